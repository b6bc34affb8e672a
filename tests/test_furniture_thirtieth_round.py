"""Issue 18, furniture and credits round 30 (credits that went astray: a credit line whose
role is set apart from its names by a bar, the names written with spaces, as chat-app
copies print them; reporters glued after a paragraph's last sentence before an e-paper's
table-cell bar). Every line is invented (no real page's line)."""

from cleaning_checks import SAFETY_REPORT, assert_logged
from public_records.clean.credits import harvest_credits
from public_records.clean.furniture import strip_furniture


def _credits(text: str) -> list[tuple[str, str]]:
    return [tuple(c) for c in strip_furniture(text).meta.get("credits", [])]


def test_a_barred_credit_line_gives_each_spaced_name():
    # the role spaced out, a bar, then names set apart by spaces (孙 某: one name of two)
    assert _credits(SAFETY_REPORT + "记 者 | 刘某某 孙 某\n") == [
        ("记者", "刘某某"),
        ("记者", "孙某"),
    ]
    assert _credits(SAFETY_REPORT + "编辑｜吴某 郑某某\n") == [("编辑", "吴某"), ("编辑", "郑某某")]


def test_a_designers_credit_line_is_a_credit():
    # 视觉 (the page's visual design) is a production role, like 美编 and 设计
    assert _credits(SAFETY_REPORT + "视 觉 | 程 某\n") == [("视觉", "程某")]
    assert _credits(SAFETY_REPORT + "视觉：程某某\n") == [("视觉", "程某某")]


def test_a_barred_credit_line_with_one_name_reads_as_before():
    assert _credits(SAFETY_REPORT + "编辑 | 张三\n") == [("编辑", "张三")]
    assert _credits(SAFETY_REPORT + "总策划:王 ? 飞\n") == [("总策划", "王飞")]


def test_words_after_a_barred_role_are_not_split_into_names():
    # no surname opens them: the names are not read one by one
    found = _credits(SAFETY_REPORT + "记者 | 深入 走访\n")
    assert ("记者", "深入") not in found and ("记者", "走访") not in found


def test_reporters_glued_before_a_table_cells_bar_are_credits():
    text = "会议要求，各单位要尽快整改。 记者 刘某 通讯员 孙某某 |\n上一篇 下一篇 |\n"
    result = harvest_credits(text)
    assert result.meta["credits"] == [("记者", "刘某"), ("通讯员", "孙某某")]
    assert result.text.startswith("会议要求，各单位要尽快整改。\n")
    assert_logged(text, result)


def test_a_sentence_before_a_bar_keeps_its_words():
    for text in (
        "会议要求，各单位要尽快整改。 记者会上 |\n下一段。\n",
        "会议要求，各单位要尽快整改。 记者 深入现场 |\n下一段。\n",
    ):
        result = harvest_credits(text)
        assert result.meta.get("credits") is None, text
        assert result.text == text.rstrip(" \t")


def test_a_tv_desks_byline_with_a_slash_and_a_place_is_a_credit():
    # a TV newsroom's desk or the station, a slash, the reporters, the place and 报导
    for line, names in (
        ("政治中心／林某、廖某某 台北报导", ["林某", "廖某某"]),
        ("（某某新闻/陈某 金门报导）", ["陈某"]),
        ("(地方中心／吴某某 嘉义报道)", ["吴某某"]),
    ):
        text = "某县长视察港口\n" + line + "\n县长今天视察港口建设，要求加快工程进度。\n"
        result = harvest_credits(text)
        assert result.meta["credits"] == [("记者", n) for n in names], line
        assert line not in result.text
        assert_logged(text, result)


def test_a_desks_words_that_name_no_one_stay():
    for line in ("（图／某某新闻）", "县政中心／推动 地方报导", "某某中心/深入基层 走访报导"):
        text = "某县长视察港口\n" + line + "\n县长今天视察港口建设，要求加快工程进度。\n"
        result = harvest_credits(text)
        assert result.meta.get("credits") is None, line
        assert result.text == text.rstrip(" \t")
