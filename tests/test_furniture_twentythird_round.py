"""Issue 18, furniture and credits round 23 (its survey of 33 unseen pages, tuned on the
odd half). Every line is invented (no real page's line)."""

from public_records.clean.captions import photo_credits
from public_records.clean.chrome import strip_chrome
from public_records.clean.credits import harvest_credits
from public_records.clean.furniture import strip_furniture
from public_records.clean.pipeline import clean

LEAD = "5月6日，县政协召开九届常委会议，主席王五主持，会议听取了工作报告并审议有关事项。"


def chrome_credits(header: str) -> list[tuple[str, str]]:
    """The credits the chrome step keeps from an information line above the lead."""
    result = strip_chrome(header + "\n" + LEAD)
    assert result.text.strip() == LEAD, header
    return result.meta.get("credits", [])


def test_a_credit_field_glued_to_the_next_label_keeps_the_name_alone():
    assert chrome_credits("发布时间:2017-12-08 14:55作者:甲乙丙来源:某县人大") == [
        ("作者", "甲乙丙")
    ]
    assert chrome_credits("来源:某某日报编辑:甲乙丙发布时间:2020-08-06 16:09:30") == [
        ("编辑", "甲乙丙")
    ]


def test_an_empty_credit_field_names_no_one():
    assert chrome_credits("时间:2024-07-23 16:25来源:某某发布作者:点击: 次") == []


def test_a_site_named_as_author_before_a_counter_is_one_credit():
    assert chrome_credits("來源:某某网 作者:某某网 人氣:56 發布時間:2020-06-28 08:26:27") == [
        ("作者", "某某网")
    ]


def test_a_credit_field_with_two_names_keeps_both():
    assert chrome_credits("來源:某某网 作者:王某某 李某 時間:2017-01-16") == [
        ("作者", "王某某"),
        ("作者", "李某"),
    ]


def test_a_reviewer_after_the_editor_on_the_information_line_is_a_credit():
    assert chrome_credits("2021-12-29 16:00:51 编辑: 甲乙丙 审核人:丁戊己 阅读次数:2287 |") == [
        ("编辑", "甲乙丙"),
        ("审核人", "丁戊己"),
    ]


REPORT = (
    "5月6日上午，某县召开全县安全生产工作会议，县委书记甲乙出席会议并讲话，县长丙丁主持。\n"
    "会议指出，今年以来全县上下认真落实各项安全措施，安全生产形势总体平稳，但隐患依然存在。\n"
    "会议要求，各乡镇各部门要压紧压实责任，扎实开展隐患排查整治，确保全县安全形势稳定。\n"
)


def test_a_media_centres_short_name_and_its_reporters_go_to_credits():
    result = strip_furniture(REPORT + "某某融媒 甲乙丙 丁戊 己庚辛\n")
    assert result.text == REPORT
    assert [name for _role, name in result.meta["credits"]] == ["甲乙丙", "丁戊", "己庚辛"]


def test_a_tags_label_alone_below_the_report_goes():
    for label in ("关键字", "關鍵字", "关键词", "标签"):
        assert strip_furniture(REPORT + label + "\n最新回应\n").text == REPORT, label


def test_a_photographer_who_reshot_a_picture_is_credited():
    assert photo_credits("某市长甲乙表扬绩优里邻长。（記者丙丁戊翻攝）") == [("摄影", "丙丁戊")]
    assert photo_credits("某市长出席典礼。（记者丙丁翻摄）") == [("摄影", "丙丁")]


def test_the_pieces_of_a_lead_broken_by_ad_words_stay():
    pieces = (
        "某市公所昨天表扬某市资深绩优邻长，",
        "，共有168个邻长获奖，",
        "，其中有39位服务满40年以上的资深邻长，",
        "，年龄最大超过90岁。县长甲乙及市长丙丁特别颁奖，",
    )
    ads = ("某某饭店推荐", "某某旅游", "防身器材")
    text = "".join(p + "\n" + a + "\n" for p, a in zip(pieces, ads, strict=False))
    text += pieces[-1] + "\n" + REPORT
    assert strip_furniture(text).text == "\n".join(pieces) + "\n" + REPORT


def test_a_greeting_ending_with_a_comma_above_the_report_still_goes():
    assert strip_furniture("欢迎您，\n" + REPORT).text == REPORT


def test_a_column_menu_above_the_headline_goes():
    text = "旗下栏目: 某某县 某某区 某市/某区 某某镇\n某县召开全县安全生产工作会议\n" + REPORT
    assert strip_furniture(text).text == "某县召开全县安全生产工作会议\n" + REPORT


def test_a_local_columns_path_of_places_goes_and_a_headline_after_a_place_stays():
    # the places are the lead's own (no banner by its words), the column's path still
    city = REPORT.replace("某县", "某某市某某区").replace("全县", "全区")
    text = "某某市/某某区\n某某市某某区召开安全生产工作会议\n" + city
    assert strip_furniture(text).text == "某某市某某区召开安全生产工作会议\n" + city
    headline = "某某县/县长甲乙视察防汛工程\n"
    assert strip_furniture(headline + REPORT).text == headline + REPORT


LEAD_LINE = REPORT.split("\n", 1)[0]


def test_more_credit_roles_are_read_in_a_closing_group_or_line():
    cases = (
        (LEAD_LINE + "\n（图文：王某某 审核：李某）", [("图文", "王某某"), ("审核", "李某")]),
        (LEAD_LINE + "（实习：王某某）", [("实习", "王某某")]),
        (LEAD_LINE + "（见习记者 王某某）", [("见习记者", "王某某")]),
        (LEAD_LINE + "\n发稿人： 王某某", [("发稿人", "王某某")]),
        (LEAD_LINE + "\n监审：王某", [("监审", "王某")]),
    )
    for text, credits in cases:
        result = harvest_credits(text)
        assert result.text.strip() == LEAD_LINE, text
        assert result.meta["credits"] == credits, text


def test_two_character_names_written_spaced_in_a_closing_group_are_credits():
    result = harvest_credits(LEAD_LINE + "（汪 某 祖 某）")
    assert result.text == LEAD_LINE
    assert result.meta["credits"] == [("署名", "汪某"), ("署名", "祖某")]
    assert harvest_credits(LEAD_LINE + " （吴 某）").meta["credits"] == [("署名", "吴某")]


def test_a_towns_signature_set_apart_by_spaces_after_the_last_sentence_is_a_credit():
    result = harvest_credits(LEAD_LINE + "某村镇  魏某")
    assert (result.text, result.meta["credits"]) == (LEAD_LINE, [("署名", "魏某")])
    # no space between the unit's words and a name: a sentence's end, left alone
    assert harvest_credits(LEAD_LINE + "此次活动由某镇主办").edits == ()


def test_a_name_shaped_item_between_two_cut_widget_lines_below_the_report_goes():
    goods = "\n".join(
        ("某某斋狼毫笔", "招财印（纪念印章）", "书法宣纸", "文房笔", "墨韵─毛笔与砚台", "墨韵")
    )
    kept = strip_furniture(REPORT + goods).text
    assert "文房笔" not in kept and kept.startswith(REPORT)
    # the report's signature right under it stays
    assert strip_furniture(REPORT + "王某某\n" + goods).text.startswith(REPORT + "王某某")


def test_two_writers_names_in_brackets_under_the_report_are_credits():
    result = strip_furniture(REPORT + "(王某某 李某某)\n")
    assert result.text == REPORT
    assert result.meta["credits"] == [("署名", "王某某"), ("署名", "李某某")]
    # words that are no names, in brackets, stay
    assert strip_furniture(REPORT + "(出席 会议)\n").text == REPORT + "(出席 会议)\n"


def test_a_reporters_byline_opening_the_lead_without_brackets_is_a_credit():
    for byline in ("记者王某某报道：", "记者王某报道，", "  记者王某某 李某报道:"):
        result = harvest_credits(byline + LEAD_LINE)
        assert result.text.strip() == LEAD_LINE, byline
        assert all(role == "记者" for role, _name in result.meta["credits"]), byline
    assert harvest_credits("记者深入报道，" + LEAD_LINE).edits == ()


def test_a_dateline_and_a_name_in_one_bracket_opening_the_lead_is_a_credit():
    result = harvest_credits("（某某新闻网讯 王某）" + LEAD_LINE)
    assert (result.text, result.meta["credits"]) == (LEAD_LINE, [("记者", "王某")])


def test_a_papers_reporters_line_is_a_credit_line():
    result = strip_furniture(REPORT + "某某日报·某某客户端记者 王某某 李某某\n")
    assert result.text == REPORT
    assert result.meta["credits"] == [("记者", "王某某"), ("记者", "李某某")]


def test_a_summary_box_opening_with_the_reporters_byline_still_goes():
    text = "文章简介: 记者王某某报道:" + LEAD_LINE[:30] + "\n记者王某某报道:" + REPORT
    result = clean(text)
    assert "文章简介" not in result.text and result.text.startswith(LEAD_LINE[:30])


def test_a_papers_reporters_line_under_the_page_header_is_no_page_title():
    text = "来源:某某客户端\n某某日报·某某客户端记者 王某某 李某某\n" + REPORT
    result = clean(text)
    assert "王某某" not in result.text
    assert ("记者", "王某某") in result.meta["credits"]


def test_taiwan_bylines_with_the_place_glued_to_the_name_are_credits():
    # a paper's own bracket after its dateline tag, the place glued before 报导
    result = harvest_credits("【某某报4月7日讯】(某某报记者王某某嘉义报导) " + LEAD_LINE)
    assert result.meta["credits"] == [("记者", "王某某")]
    assert result.text.endswith(LEAD_LINE) and "报导" not in result.text
    # an agency's dateline with the day in Chinese numerals
    result = harvest_credits("（某某社记者王某某台北五日电）" + LEAD_LINE)
    assert (result.text, result.meta["credits"]) == (LEAD_LINE, [("记者", "王某某")])


def test_a_sites_name_glued_before_a_slashed_byline_line_is_a_byline():
    result = strip_furniture("某某新闻网记者王某某/南投报导\n" + REPORT)
    assert result.text == REPORT
    assert result.meta["credits"] == [("记者", "王某某")]


def test_a_closing_group_with_its_role_after_a_slash_is_a_credit():
    result = harvest_credits(LEAD_LINE + "（陈某某/文）")
    assert (result.text, result.meta["credits"]) == (LEAD_LINE, [("文", "陈某某")])


def test_reporters_glued_after_the_last_sentence_without_colons_are_credits():
    result = harvest_credits(LEAD_LINE + "记者程某某、通讯员靳某")
    assert result.text == LEAD_LINE
    assert result.meta["credits"] == [("记者", "程某某"), ("通讯员", "靳某")]
    assert harvest_credits(LEAD_LINE + "记者会上").edits == ()


def test_a_credit_fields_name_written_with_a_space_between_its_characters_is_read_whole():
    result = strip_furniture(REPORT + "监制:郝某某 | 责编:赵 某\n")
    assert result.text == REPORT
    assert ("责编", "赵某") in result.meta["credits"]


def test_a_two_character_name_written_spaced_in_brackets_under_the_report_is_a_credit():
    result = strip_furniture(REPORT + "(陈 某)")
    assert result.text == REPORT
    assert result.meta["credits"] == [("署名", "陈某")]


def test_a_dated_byline_without_a_place_above_the_report_gives_its_reporter():
    result = strip_furniture("2022.05.17 记者 林某某 报导\n" + REPORT)
    assert result.text == REPORT
    assert result.meta["credits"] == [("记者", "林某某")]


def test_a_role_written_with_a_space_inside_in_a_closing_group_keeps_its_names():
    result = harvest_credits(LEAD_LINE + "（记 者:吴某某 张某某 见习记者 汪某某）")
    assert result.text == LEAD_LINE
    assert result.meta["credits"] == [
        ("记者", "吴某某"),
        ("记者", "张某某"),
        ("见习记者", "汪某某"),
    ]
