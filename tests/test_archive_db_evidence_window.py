"""The published database gives a mention's sentence by where it stands in the record's
text (`mention_rows`); the place is looked for only around the name the sentence holds,
so a long report's many mentions cost the sentences' lengths, not the text's length once
a mention (review45b: the first form asked SQLite's instr over the whole text for each
mention, three times). Invented texts."""

from public_records.site.store import evidence_at


def test_the_sentence_around_the_name_not_its_first_copy():
    text = "县长甲乙出席。" + "丙丁戊。" * 1000 + "县长甲乙出席。"
    name_at = len(text) - 5
    assert evidence_at(text, "县长甲乙出席。", name_at, name_at + 2) == len(text) - 7


def test_a_sentence_far_before_its_name_is_not_looked_for():
    # the window is the sentence's length either side of the name: a copy of the
    # sentence far away is not searched for (the sentence is then kept as text)
    text = "县长甲乙出席。" + "丙丁戊。" * 1000 + "甲乙"
    name_at = len(text) - 2
    assert evidence_at(text, "县长甲乙出席。", name_at, name_at + 2) is None


def test_no_place_without_the_name_span():
    assert evidence_at("县长甲乙出席。", "县长甲乙出席。", None, None) is None
