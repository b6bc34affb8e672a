"""Credits in the shapes real pages give them (issue 18, item 3: credits go to credits,
not away): a photographer at a caption's end, a byline after a dateline without a role
or without brackets, names written with a space or glued, an editor in square brackets,
a reposting credit, a credit line that names no one. Sentences invented."""

from public_records.clean.captions import move_captions
from public_records.clean.credits import harvest_credits
from public_records.clean.pipeline import clean

LEAD = "5月6日,某县政协召开九届常委会议,主席甲某某主持会议并讲话。"


def test_a_photographer_at_a_captions_end_is_a_credit():
    for caption, names in (
        ("圖為會議現場。(記者 乙某某 攝)", ["乙某某"]),
        ("▲考察水库工程。记者 乙某某 摄", ["乙某某"]),
        ("▲会议闭幕。/某市新闻传媒中心记者乙某、丙某摄", ["乙某", "丙某"]),
    ):
        result = move_captions(LEAD + "\n" + caption + "\n会议强调要抓落实。")
        assert result.meta["captions"] and result.meta["credits"] == [("摄影", n) for n in names]


def test_a_caption_without_a_photographer_credits_no_one():
    for caption in ("图为会议现场。", "图为会议现场摄", "(7月13日 摄)"):
        assert "credits" not in move_captions(LEAD + caption).meta


def test_names_alone_in_brackets_after_a_dateline_are_the_reporters():
    result = harvest_credits("某地1月10日电 (甲某某 乙某某 丙某)某省政协会议10日开幕。")
    assert result.meta["credits"] == [("记者", "甲某某"), ("记者", "乙某某"), ("记者", "丙某")]
    assert result.text == "某地1月10日电 某省政协会议10日开幕。"
    # a group of words, not names, is left alone
    assert harvest_credits("某地1月10日电 (完)会议开幕。").edits == ()


def test_a_byline_after_a_dateline_without_brackets():
    result = harvest_credits("某某网讯 某某传媒中心记者甲某某报道:会议于1月27日闭幕。")
    assert result.meta["credits"] == [("记者", "甲某某")]
    assert result.text == "某某网讯 会议于1月27日闭幕。"


def test_names_written_with_a_space_or_glued_are_each_a_name():
    spaced = harvest_credits("(记者冯 某 孙 某 张 某)5日晚,大会举行主席团第一次会议。")
    assert spaced.meta["credits"] == [("记者", "冯某"), ("记者", "孙某"), ("记者", "张某")]
    glued = harvest_credits("本报讯(记者蒋某吕某)3月11日,活动在某县举行。")
    assert glued.meta["credits"] == [("记者", "蒋某"), ("记者", "吕某")]


def test_an_editor_in_square_brackets_and_a_reposting_credit():
    assert harvest_credits(LEAD + "\n【编辑:甲某某】").meta["credits"] == [("编辑", "甲某某")]
    reposted = clean(LEAD + "\n(来源:某区融媒体中心 转载:乙某某)")
    assert ("转载", "乙某某") in reposted.meta["credits"]


def test_a_slash_and_a_byline_word_after_a_name_are_no_part_of_it():
    # (the credits step reads the text once converted to Simplified)
    result = harvest_credits(LEAD + "\n记者: 詹某某/综合报导。")
    assert result.meta["credits"] == [("记者", "詹某某")]


def test_a_credit_line_that_names_no_one_is_still_cut():
    result = harvest_credits(LEAD + "\n记者: 报导。")
    assert result.text == LEAD + "\n" and "credits" not in result.meta


def test_a_short_line_closed_by_a_photographers_credit_is_a_caption():
    for line, name in (
        ("会议现场。乙某摄", "乙某"),
        ("3月3日下午,代表团在驻地召开全团会议。 记者 乙某某 摄", "乙某某"),
        ("会议现场。记者 王 某 摄", "王某"),
    ):
        result = move_captions(LEAD + "\n" + line + "\n会议强调要抓落实。")
        assert result.text == LEAD + "\n会议强调要抓落实。"
        assert result.meta["captions"] == [line] and result.meta["credits"] == [("摄影", name)]


def test_a_long_paragraph_closed_by_a_credit_keeps_its_sentences():
    paragraph = LEAD + "会议强调,要压实责任,抓好隐患排查整治,确保全县安全生产形势持续稳定。"
    result = move_captions(paragraph + " 记者 乙某某 摄\n下一段。")
    assert result.text.startswith(paragraph) and "乙某某" not in result.text
    assert result.meta["credits"] == [("摄影", "乙某某")]


def test_taiwan_bylines_without_square_brackets_or_with_an_outlet_or_two_names():
    agency = harvest_credits("(某社记者甲某某苗栗县11日电)苗栗县长乙某某今天率团参访。")
    assert agency.meta["credits"] == [("记者", "甲某某")]
    assert agency.text == "苗栗县长乙某某今天率团参访。"
    slashed = harvest_credits("记者甲某某/嘉义报导 县长乙某某率同仁送年菜。")
    assert slashed.meta["credits"] == [("记者", "甲某某")]
    two = harvest_credits("【新某某记者甲某某、丙某某报导】县议会定期大会10日起进行总质询。")
    assert two.meta["credits"] == [("记者", "甲某某"), ("记者", "丙某某")]
