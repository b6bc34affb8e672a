"""Issue 18, furniture and credits round 25 (unseen sites: a survey of 32 pages, tuned on
the odd half, and the shapes the development parts miss). Every line is invented (no real
page's line)."""

from cleaning_checks import SAFETY_REPORT, cut_lines
from public_records.clean.credits import harvest_credits
from public_records.clean.furniture import strip_furniture
from public_records.clean.pipeline import clean


def test_a_blogs_comment_form_under_the_report_goes_whole():
    form = (
        "发表留言\n"
        "您不必注册，只需留下电子邮件地址即可留言，您的电子邮件地址不会公开。"
        " 必填栏位标示为 *\n"
        "某某网友：说得很好，支持县里的做法，希望多办实事。\n"
    )
    assert cut_lines(SAFETY_REPORT + form) == [line for line in form.split("\n") if line]


def test_a_comment_rules_heading_closes_the_report():
    rules = (
        "脸书留言区\n"
        "回应文章建议规则：\n"
        "  • 请勿在留言中张贴他人个人资料，违者本站将径行删除\n"
        "  • 留言请就事论事，谩骂攻讦之言论本站保留删除之权利\n"
    )
    assert cut_lines(SAFETY_REPORT + rules) == [line for line in rules.split("\n") if line]


def test_a_channels_recommendations_heading_goes():
    assert cut_lines(SAFETY_REPORT + "频道推荐\n共有3条评论") == ["频道推荐", "共有3条评论"]
    assert cut_lines(SAFETY_REPORT + "大數據推薦\n") == ["大數據推薦"]


def test_a_news_hotline_cut_short_where_the_copy_ends_goes():
    assert cut_lines(SAFETY_REPORT + "（某某网某地新闻热线") == ["（某某网某地新闻热线"]


def test_a_sites_cookie_notice_goes_and_the_tail_above_it_with_it():
    notice = "某某新闻网为了提供更好的阅读体验，我们使用相关网站技术与Cookies记录您的使用偏好"
    tail = f"某社\n直播活动\n热门推荐\n{notice}\n"
    cut = cut_lines(SAFETY_REPORT + tail)
    assert notice in cut
    assert "热门推荐" in cut


def test_a_newspapers_imprint_line_goes_and_the_tail_above_it_with_it():
    tail = (
        "热门排行\n"
        "24小时\n"
        "7天\n"
        "承印人、出版人：某某日报有限公司 地址：某某市某某道123号某某日报大厦"
        " 某某日报有限公司版权\n"
    )
    assert cut_lines(SAFETY_REPORT + tail) == [line for line in tail.split("\n") if line]


def test_a_blogs_date_header_with_its_counter_and_category_goes():
    line = "星期五, 3月 8, 2024 Views 文章分类: 地方新闻"
    assert cut_lines(SAFETY_REPORT + line) == [line]


def test_a_news_agencys_short_name_under_the_report_goes():
    assert cut_lines(SAFETY_REPORT + "新華社\n") == ["新華社"]


def test_hashtags_under_the_report_go():
    assert cut_lines(SAFETY_REPORT + "#安全生产 #隐患排查\n") == ["#安全生产 #隐患排查"]
    assert cut_lines(SAFETY_REPORT + "新华社\n#某某工程开工\n") == ["新华社", "#某某工程开工"]


def test_a_numbered_line_of_the_report_is_no_hashtag():
    text = SAFETY_REPORT + "#1 会议强调，要抓落实。\n"
    assert cut_lines(text) == []


def test_a_sites_menu_as_long_as_a_body_line_does_not_open_the_report():
    menu = (
        "首页 新闻总汇 图片集 人气排行榜 民意调查 公共讯息 招考公告 达人专栏 宗教信仰\n"
        "地方新闻网：东城西城南城北城中城上城下城左城右城前城后城东区西区南区北区\n"
        "列印  转寄好友  分享：  字级设定：\n"
        "某县召开安全生产会议\n"
    )
    result = strip_furniture(menu + SAFETY_REPORT)
    assert result.text == "某县召开安全生产会议\n" + SAFETY_REPORT


def test_a_roster_as_long_as_a_body_line_is_not_a_menu():
    roster = "王建国 李明华 张卫东 刘晓明 陈志强 杨小平 赵大海 周明亮 吴国庆 郑永生 孙立新\n"
    assert cut_lines(roster + SAFETY_REPORT) == []


def test_another_storys_teaser_cut_short_above_the_lead_goes():
    teaser = "10月8日，某部部长某某主持召开部务会议，研究部署秋冬种工作，进.."
    assert cut_lines(teaser + "\n" + SAFETY_REPORT) == [teaser]


def test_the_reports_own_line_with_dots_above_the_lead_stays():
    # a headline ending with an ellipsis shares the lead's words: the report's
    headline = "某县召开全县安全生产工作会议，县长丙丁主持……"
    assert cut_lines(headline + "\n" + SAFETY_REPORT) == []


def test_slashed_credits_glued_after_the_last_sentence_are_credits():
    text = (
        "某市议会第三届第八次定期大会今日闭幕，议长甲乙丙祝福大家连任成功。图/某某会提供、文/高某某"
    )
    result = harvest_credits(text)
    assert result.meta["credits"] == [("文字", "高某某")]
    assert result.text == "某市议会第三届第八次定期大会今日闭幕，议长甲乙丙祝福大家连任成功。"


def test_a_slashed_phrase_that_names_no_one_stays():
    text = "会议要求各部门抓好落实。图/深入调研"
    assert harvest_credits(text).edits == ()


def test_five_characters_glued_in_a_byline_that_read_one_way_are_two_names():
    text = "某网讯(记者 甲某某 通讯员 马某一胡某 丁某某)9月3日，某县召开全县安全生产工作会议。"
    names = [name for _role, name in harvest_credits(text).meta["credits"]]
    assert names == ["甲某某", "马某一", "胡某", "丁某某"]


def test_five_characters_that_read_two_ways_or_name_an_outlet_stay_whole():
    text = "某网讯(记者 刘某马康某 通讯员 古田新闻网)9月3日，某县召开全县安全生产工作会议。"
    names = [name for _role, name in harvest_credits(text).meta["credits"]]
    assert "刘某马康某" in names and "古田新闻网" in names


def test_a_units_supply_line_opening_the_lead_gives_the_writer():
    lead = "为深入贯彻落实上级安全生产决策部署，7月9日下午，某某镇召开安全生产工作推进会。"
    result = harvest_credits("某某镇供稿(周某某)" + lead)
    assert result.meta["credits"] == [("来源", "某某镇"), ("供稿", "周某某")]
    assert result.text == lead


def test_a_name_glued_after_the_last_sentence_above_a_source_field_is_a_signature():
    report = "会议要求，各村要加大监管，努力打造平安某镇。"
    result = harvest_credits(report + "王某某\n稿件来源: 某某在线\n")
    assert result.meta["credits"] == [("署名", "王某某")]
    assert result.text.startswith(report + "\n稿件来源")


def test_a_word_glued_above_a_source_field_that_is_no_name_stays():
    text = "会议要求，各村要加大监管，努力打造平安某镇。图片\n来源: 某某在线\n"
    result = harvest_credits(text)
    assert result.text.startswith("会议要求，各村要加大监管，努力打造平安某镇。图片\n")
    assert all(role != "署名" for role, _name in result.meta.get("credits", []))


def test_a_photographers_credit_between_a_caption_and_the_next_paragraph_is_a_credit():
    result = harvest_credits("开幕会现场。 王某 摄 报告提出，做好今后五年工作要坚持总体思路。")
    assert result.meta["credits"] == [("摄影", "王某")]
    assert result.text == "开幕会现场。 报告提出，做好今后五年工作要坚持总体思路。"


def test_an_outlet_and_a_name_written_spaced_closing_the_report_sign_it():
    report = "会议研究了有关事项，提出了高质量的意见和建议。"
    result = harvest_credits(report + "(某某公共频道 董 科)")
    assert result.meta["credits"] == [("署名", "董科")]
    assert result.text == report


def test_a_unit_alone_closing_the_report_still_signs_for_no_one():
    text = "会议研究了有关事项，提出了高质量的意见和建议。(某某公共频道)"
    assert harvest_credits(text).edits == ()


def test_a_writers_name_after_the_unit_in_a_source_field_is_a_credit():
    result = clean(SAFETY_REPORT + "來源:政府辦??劉某某/文??\n")
    assert ("文字", "刘某某") in result.meta["credits"]
    result = harvest_credits(SAFETY_REPORT + "来源：某某办 张某/文\n")
    assert ("文字", "张某") in result.meta["credits"]


def test_a_headlines_words_after_an_editors_name_are_no_credit():
    line = "责任编辑:朱某某 林某某探访坚尼地城居民 向区内长者送上节日祝福"
    result = harvest_credits(SAFETY_REPORT + line + "\n")
    assert result.meta["credits"] == [("责任编辑", "朱某某")]
    assert result.text.strip() == SAFETY_REPORT.strip()


def test_a_byline_with_a_division_slash_is_a_credit_and_goes():
    text = "記者林某某\u2215某地報導\n" + SAFETY_REPORT + "文\u2215甲某某 圖\u2044乙某某\n"
    result = clean(text)
    assert result.meta["credits"] == [("记者", "林某某"), ("文字", "甲某某"), ("图", "乙某某")]
    assert result.text.strip() == SAFETY_REPORT.strip()


def test_an_outlets_tag_glued_before_the_lead_goes():
    text = "【某某新聞報道】" + SAFETY_REPORT
    assert clean(text).text.strip() == SAFETY_REPORT.strip()
    text = "【某報專訊】" + SAFETY_REPORT
    assert clean(text).text.strip() == SAFETY_REPORT.strip()


def test_a_reporters_tag_glued_before_the_lead_is_still_a_credit():
    result = clean("【記者甲某某報導】" + SAFETY_REPORT)
    assert result.meta["credits"] == [("记者", "甲某某")]
