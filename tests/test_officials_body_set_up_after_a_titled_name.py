"""Officials on real pages (issue 11, round names54): a body set up by the one named,
written right after the titled name with no mark between (副市长某某成立专案小组…, 县长某某
成立工作小组), ends the name as a verb does (召集, 启动 already did). Sentences and names
written here (a Taiwan page's Traditional, converted as the pipeline converts it before
reading officials)."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_body_set_up_after_the_name():
    assert _names("由副市长陈立德成立跨局处专案小组重新审视计画。") == ["陈立德"]
    assert _titles("县长周海明成立工作专班推进项目建设。") == {"周海明": "县长"}


def test_guards_a_name_ending_in_cheng_and_the_word_alone():
    assert _names("县长张成立出席会议。") == ["张成立"]
    assert _names("县政府成立工作小组。") == []
    assert _names("副市长王明主持会议并成立专班。") == ["王明"]
