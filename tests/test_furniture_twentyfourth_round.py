"""Issue 18, furniture and credits round 24 (unseen sites: a survey of 33 pages, tuned on
the odd half, and the credit shapes the development parts miss). Every line is invented
(no real page's line)."""

from cleaning_checks import SAFETY_REPORT, cut_lines
from public_records.clean.captions import move_captions
from public_records.clean.chrome import strip_chrome
from public_records.clean.credits import harvest_credits
from public_records.clean.furniture import strip_furniture
from public_records.clean.pipeline import clean

LEAD = "5月6日，县政协召开九届常委会议，主席王五主持，会议听取了工作报告并审议有关事项。"


def furniture_credits(line: str, text: str = SAFETY_REPORT) -> list[tuple[str, str]]:
    """The credits the furniture step keeps from `line` above the report; the line goes."""
    result = strip_furniture(line + "\n" + text)
    assert result.text == text, line
    return result.meta.get("credits", [])


def test_a_byline_with_a_ring_between_name_and_place_is_a_credit():
    assert furniture_credits("甲乙丙◎某地报导") == [("记者", "甲乙丙")]


def test_an_outlets_byline_before_a_dash_is_a_credit():
    assert furniture_credits("某某新闻—甲乙丙/某地") == [("记者", "甲乙丙")]
    assert furniture_credits("某某新闻─丁戊/某地") == [("记者", "丁戊")]


def test_a_reporters_field_on_the_information_line_is_a_credit():
    header = "某某报.tw 记者:甲乙丙 / 某某市 报导 发布时间:2019-05-07 22:20:36"
    result = strip_chrome(header + "\n" + LEAD)
    assert result.text.strip() == LEAD
    assert result.meta.get("credits") == [("记者", "甲乙丙")]


def test_a_sites_name_glued_after_an_editors_name_is_left_out():
    result = harvest_credits(SAFETY_REPORT + "责任编辑:余某某地网")
    assert result.meta["credits"] == [("责任编辑", "余某")]
    assert result.text.strip() == SAFETY_REPORT.strip()


def test_a_site_named_by_its_kind_stays_whole():
    result = harvest_credits(SAFETY_REPORT + "编辑:古田新闻网")
    assert result.meta["credits"] == [("编辑", "古田新闻网")]


def test_a_four_character_name_with_a_compound_surname_after_a_dateline_is_a_credit():
    result = harvest_credits("某网讯(欧阳某某)5月6日，某县召开全县安全生产工作会议，县长丙丁主持。")
    assert result.meta["credits"] == [("记者", "欧阳某某")]
    assert "欧阳某某" not in result.text


def test_a_captions_photographers_after_a_slash_and_their_unit_are_credits():
    text = SAFETY_REPORT + "某市政协会议闭幕。/某某传媒中心记者王某、周某摄\n"
    result = move_captions(text)
    assert result.text == SAFETY_REPORT
    assert result.meta["credits"] == [("摄影", "王某"), ("摄影", "周某")]


def test_a_mark_asking_to_read_on_goes_from_inside_the_report():
    lines = SAFETY_REPORT.splitlines()
    text = f"{lines[0]}\n↓请继续阅读↓\n{lines[1]}\n↓請繼續往下閱讀↓\n{lines[2]}\n"
    assert cut_lines(text) == ["↓请继续阅读↓", "↓請繼續往下閱讀↓"]


def test_a_link_to_the_original_article_goes():
    assert cut_lines(SAFETY_REPORT + "查看原始文章\n") == ["查看原始文章"]


def test_a_polls_question_above_its_options_goes():
    poll = "你赞成延长假期吗？\n  • 投票： (0%)\n  • 投票： (0%)\n总票数：\n最后一票："
    assert cut_lines(SAFETY_REPORT + poll)[0] == "你赞成延长假期吗？"


def test_a_question_the_report_ends_with_stays():
    # no widget under it: the report's own last line
    assert cut_lines(SAFETY_REPORT + "下一步怎么办？\n") == []


def test_a_places_name_alone_right_above_the_lead_is_a_column_label():
    lead = "某某网讯 某甲镇党委换届选举工作严格按程序推进，选优配强领导班子，圆满完成各项任务。"
    text = "某甲镇\n" + lead + "\n"
    assert cut_lines(text) == ["某甲镇"]


def test_an_image_file_glued_after_the_last_sentence_goes_with_its_han_words():
    text = SAFETY_REPORT.rstrip("\n") + "某某图片_20200901093957.jpg\n"
    result = move_captions(text)
    assert result.text == SAFETY_REPORT
    assert result.meta["images"] == ["某某图片_20200901093957.jpg"]


def test_credit_names_in_latin_letters_are_read_whole():
    for tail, credits in (
        ("攝：Jason Lee", [("摄影", "Jason Lee")]),
        ("文：Mary Chan 攝：Tony Wong", [("文字", "Mary Chan"), ("摄影", "Tony Wong")]),
        ("記者：Ken Lau", [("记者", "Ken Lau")]),
    ):
        result = clean(SAFETY_REPORT + tail)
        assert result.text.strip() == SAFETY_REPORT.strip(), tail
        assert result.meta["credits"] == credits, tail


def test_a_writers_and_a_photographers_one_character_roles_keep_their_names():
    result = clean(SAFETY_REPORT + "文：甲乙 攝：丙丁")
    assert result.meta["credits"] == [("文字", "甲乙"), ("摄影", "丙丁")]


def test_a_broadcasts_and_a_designers_roles_below_the_report_are_credits():
    result = clean(SAFETY_REPORT + "主播：甲乙 丙丁戊\n采写：张三 拍摄：李四\n设计：王五")
    assert result.text.strip() == SAFETY_REPORT.strip()
    assert result.meta["credits"] == [
        ("主播", "甲乙"),
        ("主播", "丙丁戊"),
        ("采写", "张三"),
        ("拍摄", "李四"),
        ("设计", "王五"),
    ]


def test_a_papers_headline_under_its_kicker_is_no_banner():
    page = "第03版：要闻\n某某区——\n老旧小区焕新颜\n"
    assert "老旧小区焕新颜" not in cut_lines(page + SAFETY_REPORT)
    assert "第03版：要闻" in cut_lines(page + SAFETY_REPORT)


def test_a_correspondents_byline_is_a_credit():
    assert furniture_credits("某地特派员甲乙丙/某某县报导") == [("特派员", "甲乙丙")]


def test_more_credit_lines_keep_their_names():
    for tail, credits in (
        ("文字：张三 图片：李四", [("文字", "张三"), ("图片", "李四")]),
        ("图片：李四 王五", [("图片", "李四"), ("图片", "王五")]),
        ("采访：张三", [("采访", "张三")]),
        ("撰文：张三", [("撰文", "张三")]),
        ("本报通讯员 张三 王五", [("通讯员", "张三"), ("通讯员", "王五")]),
        ("县融媒体中心 张三 李四", [("来源", "张三"), ("来源", "李四")]),
        ("作者：张三（某某镇）", [("作者", "张三")]),
    ):
        result = clean(SAFETY_REPORT + tail)
        assert result.text.strip() == SAFETY_REPORT.strip(), tail
        assert result.meta["credits"] == credits, tail


def test_a_picture_line_that_says_what_it_shows_is_still_a_caption():
    result = clean(SAFETY_REPORT + "图片：某某县召开安全生产会议")
    assert result.meta["captions"] == ["图片：某某县召开安全生产会议"]
    assert "credits" not in result.meta


LEAD_LINE = "5月6日上午，某县召开全县安全生产工作会议，县委书记甲乙出席会议并讲话，县长丙丁主持。"
SECOND_LINE = (
    "会议指出，今年以来全县上下认真落实各项安全措施，安全生产形势总体平稳，但隐患依然存在。"
)


def test_a_writers_byline_opening_the_lead_is_a_credit():
    for byline, credits in (
        ("文/张三 ", [("文字", "张三")]),
        ("文/张三 图/李四 ", [("文字", "张三"), ("图", "李四")]),
        ("通讯员 张三 报道：", [("通讯员", "张三")]),
    ):
        result = clean(byline + LEAD_LINE + "\n" + SECOND_LINE)
        assert result.text.startswith(LEAD_LINE), byline
        assert [name for _role, name in result.meta["credits"]] == [n for _r, n in credits]


def test_words_after_a_slash_opening_the_lead_that_name_no_one_stay():
    text = "文/深入基层 " + LEAD_LINE + "\n" + SECOND_LINE
    assert clean(text).text.startswith("文/深入基层")


def test_a_bar_written_as_a_stroke_between_role_and_name_is_no_part_of_the_name():
    result = clean(SAFETY_REPORT + "文丨张三 图丨李四")
    assert result.meta["credits"] == [("文字", "张三"), ("图", "李四")]


def test_widget_words_of_unseen_sites_below_the_report_go():
    for line in (
        "某某县融媒体中心出品",
        "欢迎转发",
        "某某发布",
        "返回目录",
        "我要投稿",
        "请继续往下阅读...",
        "不用抽 不用抢 现在用APP看新闻 保证天天中奖",
        "本文经授权转载",
        "网友回应",
        "你可能也想看",
        "尾页",
        "只看该作者",
        "点评",
    ):
        assert cut_lines(SAFETY_REPORT + line) == [line], line


def test_a_sentence_about_an_app_or_a_release_stays():
    for line in ("某县发布了防汛预警，要求各乡镇做好准备。", "群众可以下载APP查看办事指南。"):
        assert cut_lines(SAFETY_REPORT + line) == [], line


def test_names_each_followed_by_their_role_are_credits():
    for tail, credits in (
        ("甲乙/文 丙丁/图", [("文字", "甲乙"), ("图", "丙丁")]),
        ("记者 甲乙/文 丙丁/图", [("文字", "甲乙"), ("图", "丙丁")]),
        ("(甲乙/文 丙丁/摄)", [("文", "甲乙"), ("摄影", "丙丁")]),
    ):
        result = clean(SAFETY_REPORT + tail)
        assert result.text.strip() == SAFETY_REPORT.strip(), tail
        assert result.meta["credits"] == credits, tail


def test_fields_set_apart_by_bars_or_opened_by_a_production_role_keep_their_own_names():
    for tail, credits in (
        (
            "来源：某某镇 | 作者：张三 | 编辑：李四",
            [("来源", "某某镇"), ("作者", "张三"), ("编辑", "李四")],
        ),
        (
            "编辑：张三 审校：李四 终审：王五",
            [("编辑", "张三"), ("审校", "李四"), ("终审", "王五")],
        ),
    ):
        assert clean(SAFETY_REPORT + tail).meta["credits"] == credits, tail


def test_roles_joined_before_one_name_and_an_agencys_two_reporters_are_credits():
    result = clean(SAFETY_REPORT + "文、攝影／張三")
    assert result.text.strip() == SAFETY_REPORT.strip()
    assert result.meta["credits"] == [("文字", "张三"), ("摄影", "张三")]
    result = clean("（某某社記者張三、李四南投6日電）" + LEAD_LINE + "\n" + SECOND_LINE)
    assert result.text.startswith(LEAD_LINE)
    assert result.meta["credits"] == [("记者", "张三"), ("记者", "李四")]
