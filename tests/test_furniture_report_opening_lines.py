"""Round art42: the report's own short lines above its first body line are no banners.

A speech's salutation and the heading above it, a subtitle opening with a dash, a lead
written in short lines from a line that opens as a sentence, and a headline block's middle
line were cut as banners or column names (they share few words with the lead). Invented
sentences only; the guards keep the banners and column names that are the site's.
"""

from public_records.clean.furniture import strip_furniture


def _kept(text: str) -> str:
    return strip_furniture(text).text


_BODY = "某街巡逻队成立以来,队员们坚持每天巡逻,累计排查隐患一百余处,受到居民好评。\n"


def test_a_lead_written_in_short_lines_is_kept_from_its_sentence_opener_down():
    lines = [
        "据某区介绍,某街上有一群热心的“红马甲”",
        "他们以小区为家,着眼于细微之处",
        "他们善于发现问题",
        "用心守护一方平安",
    ]
    kept = _kept("\n".join(lines) + "\n" + _BODY)
    for line in lines:
        assert line in kept


def test_the_pronoun_or_time_adverb_opens_the_run_too():
    for opener in ("她们坚守岗位,风雨无阻", "近日,某街道组织志愿者开展巡逻"):
        kept = _kept(opener + "\n守护一方平安\n" + _BODY)
        assert opener in kept and "守护一方平安" in kept


def test_a_speech_salutation_and_its_heading_block_are_kept():
    heading = [
        "政 府 工 作 报 告",
        "——2031年3月2日在某镇第九届人民代表大会",
        "第三次会议上",
        "某镇镇长 甲乙丙",
        "各位代表:",
    ]
    body = "现在,我代表镇政府向大会报告工作,请予审议,并请列席人员提出意见。\n"
    kept = _kept("\n".join(heading) + "\n" + body)
    for line in heading:
        assert line in kept


def test_a_salutation_alone_above_the_body_is_kept():
    text = "各位领导、同志们:\n今天我们在这里召开全镇工作会议,总结去年工作,部署今年任务。\n"
    assert "各位领导、同志们:" in _kept(text)


def test_a_subtitle_opening_with_a_dash_is_kept():
    text = (
        "扎根乡村二十年\n——记某镇党委书记甲乙丙\n"
        "5月6日,记者来到一处村庄,见到了正在田间察看作物长势的老书记。\n"
    )
    assert "——记某镇党委书记甲乙丙" in _kept(text)


def test_a_line_between_two_headline_lines_the_lead_repeats_is_kept():
    text = (
        "全县重点项目现场推进会举行\n撸起袖子加油干 奋力跑出加速度\n推动项目建设不断取得新成效\n"
        "6月3日,全县重点项目现场推进会举行,推动项目建设不断取得新成效,县委书记甲乙丙出席。\n"
    )
    assert "撸起袖子加油干 奋力跑出加速度" in _kept(text)


# Guards: the site's banners and column names are still cut.


def test_guard_a_column_name_above_the_headline_is_still_cut():
    text = "政务要闻\n县政协召开常委会议\n5月6日,县政协召开九届常委会议,主席王五主持。\n"
    assert "政务要闻" not in _kept(text)


def test_guard_a_column_named_with_we_is_still_cut():
    text = "我们的节日\n某镇开展端午节活动\n6月3日,某镇开展端午节系列活动,邀请群众赛龙舟。\n"
    assert "我们的节日" not in _kept(text)


def test_guard_a_banner_above_a_speech_heading_is_still_cut():
    text = (
        "建设美丽幸福新家园\n某镇镇长 甲乙丙\n各位代表:\n"
        "现在,我代表镇政府向大会报告工作,请予审议,并请列席人员提出意见。\n"
    )
    kept = _kept(text)
    assert "建设美丽幸福新家园" not in kept and "各位代表:" in kept


def test_guard_a_link_group_label_between_dashes_is_no_subtitle():
    from public_records.clean.furniture_opening import is_dash_subtitle

    assert not is_dash_subtitle("--某某政府网站链接--")


def test_guard_a_slogan_above_a_headline_and_a_date_is_still_cut():
    text = (
        "建设美丽幸福新家园\n县政协召开九届常委会议\n"
        "5月6日,县政协召开九届常委会议,主席王五主持会议并讲话。\n"
    )
    assert "建设美丽幸福新家园" not in _kept(text)
