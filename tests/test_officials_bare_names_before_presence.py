"""Officials on real pages (issue 11, round names52): a sentence that opens with a run of
clauses of bare names alone (no title), each ended by a comma, and whose rest gives presence
alone (出席, 列席), names people present (某某、某某、某某，市法院、市检察院负责人列席会议; a
plenary's roster going on after the sentence that named its title: 市领导还有：…。某某，
某某、某某也应邀出席大会). The names take the colon's title of the sentence before, if
any. Three names or more in the run, as for any roster without a title (two are none: the
eighteenth round's guard).
Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_bare_names_before_a_group_that_sits_in():
    text = "市人大常委会主任王大成出席。周立新、何美玲、邓海波，市法院、市检察院负责人列席会议。"
    assert _names(text) == ["王大成", "周立新", "何美玲", "邓海波"]
    assert _roles(text)["周立新"] == ("nonvoting",)


def test_a_roster_goes_on_from_the_sentence_before():
    text = (
        "应邀出席大会的市领导还有：李大伟、吴晓东。\n"
        "孙立平，贾文、陈志强，焦海涛，老领导叶华明也应邀出席大会。"
    )
    got = _names(text)
    assert {"孙立平", "贾文", "陈志强", "焦海涛"} <= set(got)
    assert _titles(text)["陈志强"] == "市领导"
    assert _roles(text)["焦海涛"] == ("attendee",)


def test_guards_no_presence_no_names():
    assert _names("周立新、何美玲、邓海波，市法院负责人研究工作。") == []
    # two bare names are no roster
    assert _names("周立新、何美玲，市法院负责人列席会议。") == []
    # a rest of the sentence that gives more than presence
    assert _names("周立新、何美玲、邓海波，市法院、市检察院负责人出席并讲话。") == []
