"""Issue 18, furniture round 14: line shapes made on a survey of new pages (copies of
government sites and their mirrors), each checked on invented lines (no real page's line)."""

from public_records.clean.furniture import line_kind, strip_furniture

REPORT = (
    "6月3日，某区人大常委会组织部分代表视察全区重点项目建设情况，区人大常委会主任甲乙参加。\n"
    "视察组一行先后察看了某某路改造工程和某某公园二期项目，听取了有关单位的汇报。\n"
)


def test_a_related_lists_rows_of_date_time_and_reads_are_cut():
    rows = "".join(f"2019-03-{d:02d} 1{d % 10}:05阅读\n" for d in (12, 11, 9))
    assert line_kind("2019-03-12 15:05阅读") == "related item"
    assert line_kind("2019-03-12 15:05 浏览") == "related item"
    assert strip_furniture(REPORT + rows).text == REPORT


def test_a_sentence_read_at_a_time_stays():
    assert line_kind("2019-03-12 15:05阅读了会议材料") is None
    assert line_kind("会议于2019-03-12 15:05开始，与会人员认真阅读") is None


def test_a_related_pictures_label_under_the_report_is_cut():
    assert line_kind("相关图片") == "related"
    text = REPORT + "相关图片\n相关图片\n"
    assert strip_furniture(text).text == REPORT


def test_a_sentence_on_pictures_stays():
    assert line_kind("相关图片资料已报送县档案馆。") is None
