"""Issue 18, furniture and credits round 28 (the classes round 27 left: a WordPress comment
form, an ad slot's doubled label, a site's consent notice, …). Every line is invented (no
real page's line)."""

from cleaning_checks import SAFETY_REPORT, cut_lines
from public_records.clean.credits import harvest_credits
from public_records.clean.furniture import strip_furniture
from public_records.extract.title import derive_title

HEADLINE = "某县召开安全生产工作会议\n"


def test_a_wordpress_comment_form_under_the_report_goes():
    form = [
        "發表迴響",
        "在下方填入你的資料或按右方圖示以社群網站登入:",
        "您的留言將使用 某某.com 帳號。 登出 /  變更 )",
        "您的留言將使用 Facebook 帳號。 登出 /  變更 )",
    ]
    assert cut_lines(SAFETY_REPORT + "\n".join(form) + "\n") == form


def test_a_reply_or_a_message_in_the_report_stays():
    text = SAFETY_REPORT + "对群众的留言，县长当场发表回应，承诺限期整改。\n"
    assert cut_lines(text) == []
    text = SAFETY_REPORT + "他表示，群众的留言将使用专门台账逐条登记。\n"
    assert cut_lines(text) == []


def test_an_ad_slots_doubled_label_goes():
    # between two paragraphs of the report, where no tail rule reaches it
    first = "3月2日，某乡召开村长会议，部署道路、路灯和排水沟的维护工作。\n"
    assert cut_lines(first + "廣告 廣告\n" + SAFETY_REPORT) == ["廣告 廣告"]
    assert cut_lines(first + "广告 广告 广告\n" + SAFETY_REPORT) == ["广告 广告 广告"]


def test_a_consent_notice_goes_wherever_it_stands():
    above = "使用本網站即表示您同意本站以Cookie記錄瀏覽資訊。"
    below = "點選送出即代表您同意上述規範，不同意上述規範者請勿留言。"
    text = above + "\n" + HEADLINE + SAFETY_REPORT + below + "\n"
    assert cut_lines(text) == [above, below]


def test_a_consent_notice_is_never_the_title():
    notice = "繼續瀏覽本網站，即表示你已閱讀並同意我們的隱私權政策及使用條款"
    text = strip_furniture(notice + "\n" + HEADLINE + SAFETY_REPORT).text
    assert derive_title(text) == HEADLINE.strip()
    # nor when the page's own title field holds it
    assert derive_title(text, page_title=notice) == HEADLINE.strip()


def test_a_reports_agreement_stays():
    for line in (
        "与会代表一致表示同意上述方案，签字即代表同意上述条款。",
        "县长表示，使用本地材料可节约成本，代表们表示同意。",
    ):
        assert cut_lines(HEADLINE + SAFETY_REPORT + line + "\n") == []


def test_a_photo_storys_bare_name_credit_line_is_a_credit():
    # names first, no role word before them, alone on the line between the story's items
    text = "某区政协领导走访委员小组。\n甲某某 摄影报道\n某区政协组织委员调研教育工作。\n"
    text = text.replace("甲", "罗")
    result = harvest_credits(text)
    assert result.meta["credits"] == [("摄影", "罗某某")]
    assert "摄影报道" not in result.text
    result = harvest_credits("某镇召开会议。\n王某 李某某 图文报道\n")
    assert result.meta["credits"] == [("图文", "王某"), ("图文", "李某某")]


def test_a_line_of_other_words_before_photo_report_names_no_one():
    for line in ("现场摄影报道", "本次活动摄影报道", "县委宣传部 摄影报道"):
        result = harvest_credits("某镇召开会议。\n" + line + "\n")
        assert result.meta.get("credits") is None
        assert line in result.text


def test_a_stamped_most_read_list_under_the_report_goes():
    # 最Hit, then headlines each with its publishing stamp on the next line; the last one
    # cut off by the page's end before its stamp
    items = [
        "某某藝人回應近況首度公開治療細節 花光多年積蓄「朋友冇幫過手」:佢從來冇講過要幫",
        "2031-03-02 19:48 HKT",
        "某區小巴司機轉數快收錯錢兩次 每次請乘客幫忙做一件事後中咗獎 網民:有同事都係咁做",
        "2031-03-02 15:48 HKT",
        "某屋苑住戶八達通慘被盜用 賊人靠一招「自動增值」逾百元 再到便利店狂嘟$281|某某叮",
    ]
    text = SAFETY_REPORT + "最Hit\n" + "\n".join(items) + "\n"
    assert cut_lines(text) == ["最Hit", *items]


def test_a_reports_dated_lines_without_a_related_heading_stay():
    lines = [
        "某区召开防汛工作会议部署各项任务",
        "2031-03-02 19:48",
        "某区开展安全生产大检查",
    ]
    text = SAFETY_REPORT + "\n".join(lines) + "\n"
    assert [line for line in cut_lines(text) if line in (lines[0], lines[2])] == []
