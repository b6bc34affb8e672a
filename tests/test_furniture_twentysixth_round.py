"""Issue 18, furniture and credits round 26 (the shapes the new development part dev-b12
misses, no rule having seen its sites). Every line is invented (no real page's line)."""

from cleaning_checks import SAFETY_REPORT, cut_lines
from public_records.clean.credits import harvest_credits
from public_records.clean.furniture import strip_furniture

LAST = "会议要求，各部门要压紧压实责任，确保全县安全形势稳定。"


def test_roles_joined_by_a_slash_before_a_name_closing_a_paragraph_are_credits():
    result = harvest_credits(LAST + "（文/图 周某某）")
    assert result.text == LAST
    assert result.meta["credits"] == [("文/图", "周某某")]
    result = harvest_credits(LAST + "（文字/摄影：吴某 郑某某）\n下一段。")
    assert [name for _role, name in result.meta["credits"]] == ["吴某", "郑某某"]


def test_a_closing_group_of_roles_before_words_that_are_no_name_stays():
    assert harvest_credits(LAST + "（文/图 深入基层调研）").edits == ()
    assert harvest_credits(LAST + "（图/文 某某）").edits == ()  # 某某: no surname


def test_a_writers_place_and_verb_after_a_slash_in_a_date_field_line_are_no_part_of_the_name():
    line = "2020-05-06 10:20    作者：周某某/某地报导   来源：某某日报   VIEW:\n"
    result = strip_furniture(line + SAFETY_REPORT)
    assert ("作者", "周某某") in result.meta["credits"]
    assert not any("报导" in name for _role, name in result.meta["credits"])


def test_a_blogs_anti_spam_notice_closes_the_report():
    tail = (
        "发表留言\n"
        "本站使用 Antispam 服务减少垃圾留言。了解你的留言资料如何处理\n"
        "某某网友：支持县里的做法。\n"
    )
    assert cut_lines(SAFETY_REPORT + tail) == [line for line in tail.split("\n") if line]


def test_a_call_to_join_a_fan_page_for_more_news_goes():
    assert cut_lines(SAFETY_REPORT + "加入LINE群组，即可收到更多最新消息！") == [
        "加入LINE群组，即可收到更多最新消息！"
    ]
    line = "按讚加入粉絲專頁,掌握最新資訊"
    assert cut_lines(SAFETY_REPORT + line) == [line]


def test_a_report_sentence_on_joining_a_group_stays():
    line = "县长指出，要引导更多青年加入志愿服务队伍，获取更多实践锻炼机会。"
    assert cut_lines(SAFETY_REPORT + line) == []
    line = "会上，该县还邀请居民加入社区群组，以便获取更多防汛信息。"
    assert cut_lines(SAFETY_REPORT + line) == []


def test_a_summary_box_with_its_label_in_brackets_repeating_the_lead_goes():
    summary = "【摘要】 5月6日上午，某县召开全县安全生产工作会议。"
    head = f"某县领导到开工现场走访\n{summary}\n"
    assert cut_lines(head + SAFETY_REPORT) == [summary]


def test_a_summary_box_in_brackets_that_the_text_does_not_repeat_stays():
    head = "【摘要】 今年全县共排查整治各类隐患一千二百余处，安全形势持续向好。\n"
    assert cut_lines(head + SAFETY_REPORT) == []


def test_a_press_release_label_with_its_date_above_the_lead_goes():
    head = "某县长率队参访某市 开启双城交流\n某某县政府新闻参考资料   109.05.06\n"
    assert cut_lines(head + SAFETY_REPORT) == ["某某县政府新闻参考资料   109.05.06"]
    head = "某县长率队参访某市 开启双城交流\n某某市政府新闻稿 2020-05-06\n"
    assert cut_lines(head + SAFETY_REPORT) == ["某某市政府新闻稿 2020-05-06"]


def test_a_reporters_photo_credit_with_a_slash_between_sentences_is_a_credit():
    text = "会场座无虚席。 记者周某某/摄影 某县召开大会，部署全年工作。"
    result = harvest_credits(text)
    assert result.meta["credits"] == [("摄影", "周某某")]
    assert "周某某" not in result.text


def test_a_slash_and_a_photo_word_after_a_clause_that_is_no_name_stays():
    text = "会场座无虚席。 展板上有图片/摄影 作品展示了全县发展成就。"
    assert harvest_credits(text).edits == ()


def test_a_cut_lines_reporters_set_apart_by_spaces_after_their_role_are_credits():
    line = "记者  周某某  吴某  郑某某        来源：某某网\n"
    result = strip_furniture("某县召开会议\n" + line + SAFETY_REPORT)
    names = [name for _role, name in result.meta.get("credits", [])]
    assert {"周某某", "吴某", "郑某某"} <= set(names)


def test_an_outlets_reporter_glued_to_a_taiwan_place_opening_the_lead_is_a_credit():
    text = "【某某2020年05月06日讯】（某某记者周某某台湾台中报导）某县召开会议，部署全年工作。"
    result = harvest_credits(text)
    assert result.meta["credits"] == [("记者", "周某某")]
    assert "周某某" not in result.text


def test_an_invitation_to_join_a_named_fan_page_goes():
    line = "邀請您加入「某某新聞」的粉絲專頁"
    assert cut_lines(SAFETY_REPORT + line + "\n") == [line]


def test_a_dialogs_dismiss_button_and_a_comments_closed_notice_go():
    tail = "我知道了\n\n评论被关闭。\n"
    assert cut_lines(SAFETY_REPORT + tail) == ["我知道了", "评论被关闭。"]


def test_a_copyright_notice_broken_over_two_lines_under_the_report_goes():
    tail = (
        "本稿件所含文字、图片资料，版权均属\n"
        "某某日报所有，任何媒体或个人未经授权不得转载，违者将依法追究责任。\n"
    )
    assert cut_lines(SAFETY_REPORT + tail) == [line for line in tail.split("\n") if line]


def test_a_report_line_on_copyright_stays():
    line = "会议强调，要加强对版权归属清晰的作品的保护，推动文化产业发展。"
    assert cut_lines(SAFETY_REPORT + line) == []
