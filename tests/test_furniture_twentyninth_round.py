"""Issue 18, furniture and credits round 29 (a news app's ad line with more after its tap
prompt, a call to add a chat account or join a fan page, an in-body ad slot with its
read-on prompt). Every line is invented (no real page's line)."""

from cleaning_checks import SAFETY_REPORT, cut_lines

FIRST = "3月2日，某乡召开村长会议，部署道路、路灯和排水沟的维护工作。\n"


def test_an_app_ad_line_with_more_after_its_tap_prompt_goes():
    for line in (
        "免費抽 天天送 用APP追新聞 週週有好禮  點我下載APP  按我看辦法",
        "按此下載某某App 第一手消息不漏接",
    ):
        assert cut_lines(SAFETY_REPORT + line + "\n") == [line]


def test_a_reports_sentence_about_an_app_stays():
    for line in (
        "群众可通过政务APP点此报名，也可到村委会现场登记。",
        "县长表示，要用好“某某通”App，方便群众按我县规定办事。",
    ):
        assert cut_lines(SAFETY_REPORT + line + "\n") == []


def test_a_call_to_add_a_chat_account_or_join_a_fan_page_goes():
    for line in (
        "加入 @abcnews 好友",
        "加LINE @xyz_tv 為好友！",
        "看更多!請加入某某日報粉絲團",
        "請加入某某新聞粉絲專頁",
    ):
        assert cut_lines(SAFETY_REPORT + line + "\n") == [line]


def test_a_reports_joining_stays():
    for line in (
        "会后，20余名青年加入志愿服务队，并添加村干部为微信好友。",
        "他说，欢迎更多村民加入合作社粉丝群体，共同致富。",
    ):
        assert cut_lines(SAFETY_REPORT + line + "\n") == []


def test_an_in_body_ad_slot_with_its_read_on_prompt_goes():
    # between two paragraphs of the report, where no tail rule reaches it
    line = "廣告 更多內容請繼續往下閱讀"
    assert cut_lines(FIRST + line + "\n" + SAFETY_REPORT) == [line]
