"""Issue 18, furniture and credits round 31 (credits that went astray: a TV desk's
byline whose reporters are followed by the crew's initials). Every line is invented (no
real page's line)."""

from cleaning_checks import assert_logged
from public_records.clean.credits import harvest_credits

_LEAD = "县长今天视察港口建设，要求加快工程进度。\n"


def test_a_tv_desks_byline_with_the_crews_initials_gives_its_reporters():
    # the satellite truck's crew (SNG) or a camera crew (ENG) after the reporters
    for line, names in (
        ("某某新闻/林某某、廖某、SNG 新北市报导", ["林某某", "廖某"]),
        ("地方中心／吴某 SNG 嘉义报导", ["吴某"]),
        ("（某某新闻/陈某某、ENG 金门报导）", ["陈某某"]),
    ):
        text = "某县长视察港口\n" + line + "\n" + _LEAD
        result = harvest_credits(text)
        assert result.meta["credits"] == [("记者", n) for n in names], line
        assert line not in result.text
        assert_logged(text, result)


def test_crew_initials_alone_or_with_words_name_no_one():
    for line in (
        "某某新闻/SNG 新北市报导",
        "某某新闻/深入、SNG 新北市报导",
        "某某新闻/林某、SNGX 新北市报导",
    ):
        text = "某县长视察港口\n" + line + "\n" + _LEAD
        result = harvest_credits(text)
        assert result.meta.get("credits") is None, line
        assert result.text == text


def _credit_line(tail: str) -> list[tuple[str, str]]:
    text = "某镇整治通过复查\n检查组要求该镇完善垃圾清运制度。\n" + tail + "\n查看完整评论\n"
    result = harvest_credits(text)
    assert tail not in result.text
    return result.meta.get("credits", [])


def test_a_site_notice_glued_after_a_credit_lines_last_name_is_no_name():
    # the page lost the newline between the writers' field and the comment box's notice
    assert _credit_line("作者：赵某 钱某某 孙某评论内容只代表网友观点，与本站立场 无关！") == [
        ("作者", "赵某"),
        ("作者", "钱某某"),
        ("作者", "孙某"),
    ]
    assert _credit_line("编辑：周某某网友评论仅代表其个人观点，不代表本站立场") == [
        ("编辑", "周某某")
    ]


def test_a_credit_line_without_a_notice_keeps_its_names():
    assert _credit_line("作者：赵某 钱某某 孙某") == [
        ("作者", "赵某"),
        ("作者", "钱某某"),
        ("作者", "孙某"),
    ]
    # words after the name that read as no notice are not cut into a name
    assert ("作者", "赵某") not in _credit_line("作者：赵某本文作者")


def test_a_notice_that_says_only_its_sites_stance_is_a_notice_line():
    # 只代表 as 仅代表, a space inside 立场无关
    from public_records.clean.furniture import line_kind

    assert line_kind("评论内容只代表网友观点,与本站立场 无关!") == "site notice"
    assert line_kind("评论内容只代表网友观点") == "site notice"
    assert line_kind("县长只代表县政府发言") is None


def _furniture_credits(tail: str) -> tuple[list[tuple[str, str]], str]:
    from public_records.clean.furniture import strip_furniture

    text = "某县召开会议\n5月6日，县长甲某某主持召开全县工作会议，要求压实责任。\n" + tail + "\n"
    result = strip_furniture(text)
    assert_logged(text, result)
    return result.meta.get("credits", []), result.text


def test_an_outlet_before_a_credits_role_is_no_part_of_it():
    # the county's media centre or station named before 记者 and its colon
    for tail, names in (
        ("县融媒体中心记者：吴某某", ["吴某某"]),
        ("县融媒体中心记者：吴某某 郑某", ["吴某某", "郑某"]),
        ("某县广播电视台记者：冯某 陈某某", ["冯某", "陈某某"]),
    ):
        found, text = _furniture_credits(tail)
        assert found == [("记者", n) for n in names], tail
        assert tail not in text


def test_words_after_a_reporter_and_a_colon_that_name_no_outlet_stay_read_as_before():
    # no outlet before 记者: the line is read as it was (not by the outlet's reading)
    found, text = _furniture_credits("会议要求记者：深入一线采访")
    assert found == [] and "会议要求记者：深入一线采访" in text
