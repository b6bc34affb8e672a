"""Issue 18, furniture and credits round 27 (shapes found on unseen sites: county and
district portals, newspaper e-papers, Taiwan and Hong Kong pages, pinyin mirrors).
Every line is invented (no real page's line)."""

from cleaning_checks import SAFETY_REPORT, cut_lines
from public_records.clean.credits import harvest_credits
from public_records.clean.furniture import strip_furniture
from public_records.clean.spam import remove_spam


def test_an_adult_sites_title_banner_of_its_own_words_goes():
    banner = "某某一本一道中文字幕-某某在线观看-大香蕉某某\n"
    result = remove_spam(banner + SAFETY_REPORT)
    assert result.text == SAFETY_REPORT
    banner = "大香蕉视频 一区二区三区 最新地址\n"
    assert remove_spam(banner + SAFETY_REPORT).text == SAFETY_REPORT


def test_a_line_with_one_of_the_banners_words_stays():
    # one such word is no banner; a sentence is never one
    line = "县融媒体中心为纪录片配上中文字幕，供群众在线观看。\n"
    assert remove_spam(line + SAFETY_REPORT).text == line + SAFETY_REPORT
    line = "宣传片配有中文字幕\n"
    assert remove_spam(line + SAFETY_REPORT).text == line + SAFETY_REPORT


LEAD = "7月8日，某县持续降雨，某镇、某街道组织干部群众转移安置受灾群众，全力保障安全。\n"


def test_a_headline_that_says_what_was_done_about_an_event_is_no_banner():
    # the lead does not repeat its words (其他河流 沿线乡镇), but it says what was done
    headline = "某河 某某河沿线乡镇和园区:积极应对强降雨"
    assert cut_lines(headline + "\n" + LEAD + SAFETY_REPORT) == []
    assert strip_furniture(headline + "\n" + LEAD + SAFETY_REPORT).edits == ()


def test_a_column_banner_above_the_headline_still_goes():
    text = "防汛专题\n某镇全力应对强降雨\n" + LEAD + SAFETY_REPORT
    assert cut_lines(text) == ["防汛专题"]


LAST = "会议要求，各部门要压紧压实责任，确保全县安全形势稳定。"


def test_a_role_and_names_glued_after_a_paragraph_with_the_sites_footer_below_are_credits():
    result = harvest_credits(LAST + "作者:周某某\n| ||||\n某某网 版权所有")
    assert result.meta["credits"] == [("作者", "周某某")]
    assert result.text.split("\n")[0] == LAST
    result = harvest_credits(LAST + "记者：吴某 郑某某\n下一段。")
    assert result.meta["credits"] == [("记者", "吴某"), ("记者", "郑某某")]


def test_a_roles_colon_glued_after_a_sentence_before_words_that_are_no_names_stays():
    for text in (LAST + "记者：现场看到\n下一段。", LAST + "编辑：某某某某\n下一段。"):
        result = harvest_credits(text)
        assert result.edits == () and "credits" not in result.meta, text


def test_an_other_stories_line_with_its_headline_after_the_label_goes():
    lines = ("其他報道:某局稱新措施下月實施 某某批評:做法欠妥", "更多新闻：某县召开防汛工作会议")
    for line in lines:
        assert cut_lines(SAFETY_REPORT + line) == [line], line


def test_a_related_words_line_goes_with_its_colon_in_any_form():
    for line in ("相關字詞﹕某某會議 某某局長 某某工程", "相关字词:安全生产 隐患排查"):
        assert cut_lines(SAFETY_REPORT + line) == [line], line


def test_a_sentence_on_other_reports_stays():
    line = "其他报道指出，该工程将于年底前完工，届时将惠及沿线群众。"
    assert cut_lines(SAFETY_REPORT + line) == []


def test_a_trainees_role_glued_to_the_name_in_an_opening_group_is_a_credit():
    result = harvest_credits("本报讯（见习生吴某某、实习生郑某）8月9日，某市召开会议。")
    assert result.meta["credits"] == [("见习生", "吴某某"), ("实习生", "郑某")]
