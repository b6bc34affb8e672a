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


def test_a_share_bar_word_glued_after_the_last_sentence_is_cut():
    text = REPORT.rstrip("\n") + " 赞赏 |\n"
    result = strip_furniture(text)
    assert result.text.rstrip() == REPORT.rstrip("\n")
    assert [e.note for e in result.edits] == ["分享栏"]
    assert line_kind("赞赏") == "share"


def test_a_word_after_a_sentence_inside_the_report_stays():
    # not the last line, no space before it, or no widget's word: the article's own text
    inside = "会议要求各单位抓好落实。 分享\n" + REPORT
    assert strip_furniture(inside).text == inside
    glued = REPORT + "会议号召全体干部向先进学习。点赞\n"
    assert strip_furniture(glued).text == glued
    word = REPORT + "会议号召全体干部向先进学习。 赞赏先进\n"
    assert strip_furniture(word).text == word


def test_two_signed_names_whose_separator_was_lost_go_to_credits():
    # a mirror lost the mark between two names (read back as 〓, a lost character)
    from public_records.clean.credits import harvest_credits

    r = harvest_credits("会议要求抓好落实。（甲乙丙〓丁戊己）")
    assert r.text == "会议要求抓好落实。"
    assert r.meta["credits"] == [("署名", "甲乙丙"), ("署名", "丁戊己")]


def test_a_name_with_a_lost_character_inside_stays_one_name():
    from public_records.clean.credits import harvest_credits

    r = harvest_credits("会议要求抓好落实。（甲〓丙）")
    assert r.meta["credits"] == [("署名", "甲〓丙")]
    # a bracket of words, not two names: stays
    inside = "会议要求抓好落实。（详见附件〓第三部分说明）"
    assert harvest_credits(inside).text == inside


def test_a_reporters_byline_spaced_out_above_the_report_goes_to_credits():
    for line, name in (("记 者 甲 乙", "甲乙"), ("记者 丙丁戊 报道", "丙丁戊")):
        result = strip_furniture(line + "\n" + REPORT)
        assert result.text == REPORT
        assert result.meta["credits"] == [("记者", name)]


def test_a_spaced_out_column_name_gives_no_credit():
    # a spaced-out line whose first word is no reporter's role, or a role with no name
    for line in ("图 片 新 闻", "记 者 节 特 别 报 道 专 题"):
        assert not strip_furniture(line + "\n" + REPORT).meta.get("credits")


def test_a_unit_signing_alone_as_the_pages_last_line_goes_to_credits():
    result = strip_furniture(REPORT + "某市政协某某镇联络委员会\n")
    assert result.text == REPORT
    assert result.meta["credits"] == [("来源", "某市政协某某镇联络委员会")]


def test_a_unit_line_followed_by_its_date_stays():
    # a notice signed by its unit and dated under it: the notice's own lines
    notice = REPORT + "某县人民政府办公室\n2023年5月6日\n"
    assert "某县人民政府办公室" in strip_furniture(notice).text
    # a unit line between the report's lines stays
    inside = REPORT + "某县人民政府办公室\n会议号召全体干部向先进学习。\n"
    assert "某县人民政府办公室" in strip_furniture(inside).text
