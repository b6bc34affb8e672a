"""Names keep their characters through Traditional -> Simplified conversion (issue 11,
class 6): OpenCC's t2s phrase table rewrites words that are also names (沈默 -> 沉默).
The reference is the raw text converted to Simplified character by character."""

import pytest
from public_records.ingest.process import process
from public_records.model import Record
from public_records.registry import Registry
from public_records.script import chars_to_simplified, name_to_traditional, to_simplified_text


def _record(text: str, **sidecar) -> Record:
    return Record("t", "t.txt", "", "utf-8", text, sidecar=sidecar)


# Each: a Traditional report naming an official whose name holds a phrase that t2s
# rewrites when read as a word, and the name as the character conversion gives it.
CASES = [
    ("縣委書記吳沈默主持會議並講話。", "吴沈默"),
    ("區長沈默出席會議。", "沈默"),
    ("副縣長王沈默，縣政協主席李明出席會議。", "王沈默"),
    # Found by converting 縣長+surname+character(s)+出席 for 100 surnames and every
    # level-1 character both ways: 97 names differ. Each class once: 沈 read as 沉, a
    # surname 於 that a phrase keeps, 徵 and 祕 that a phrase keeps.
    ("縣長沈浮明主持會議。", "沈浮明"),
    ("縣長於倫明出席會議。", "于伦明"),
    ("副縣長魏徵出席會議。", "魏征"),
    ("縣長李祕明出席會議。", "李秘明"),
]

# Traditional characters that are also standard Simplified characters with a use of
# their own in names (data/name_chars_keep_hans.txt): OpenCC's t2s table gives another
# character first (乾 -> 干, 於 -> 于, 著 -> 着), which would rename the person.
KEPT_IN_NAMES = [
    ("縣長彭乾銘主持會議。", "彭乾铭"),
    ("副縣長李著明出席會議。", "李著明"),
]


@pytest.mark.parametrize(("raw", "name"), KEPT_IN_NAMES)
def test_a_name_keeps_the_characters_simplified_also_writes(raw, name):
    record = process(_record(raw), Registry())
    assert name in [m.name for m in record.mentions]
    assert name in record.text_hans
    assert chars_to_simplified(name) == name
    assert name_to_traditional(name) in record.text_hant


@pytest.mark.parametrize(("raw", "name"), CASES)
def test_a_name_is_its_character_conversion_in_text_mentions_and_both_scripts(raw, name):
    assert to_simplified_text(raw) != chars_to_simplified(raw)  # OpenCC does rewrite it
    record = process(_record(raw), Registry())
    assert name in record.text_hans
    assert name in [m.name for m in record.mentions]
    # ... and the Traditional text shows the name as names are converted (余 stays 余).
    assert name_to_traditional(name) in record.text_hant


def test_ordinary_words_are_still_converted_by_phrase():
    record = process(_record("縣長吳沈默強調，不能沈默。"), Registry())
    assert "吴沈默" in record.text_hans
    assert record.text_hans.endswith("不能沉默。")


def test_a_sidecar_title_keeps_the_names_of_the_text():
    record = process(_record("縣長吳沈默主持會議。", title="吳沈默主持會議"), Registry())
    assert record.title_hans == "吴沈默主持会议"


def test_the_change_is_logged_like_every_conversion():
    record = process(_record("縣長吳沈默主持會議。"), Registry())
    script_edits = [e for e in record.edits if e.rule == "script"]
    assert any("吳" in e.before and "吴" in e.after for e in script_edits)
