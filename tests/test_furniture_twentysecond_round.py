"""Issue 18, furniture round 22: furniture still left on unseen pages. A portal's comment
widget heading under the report (文章点评) and a hijacked page's adult-video keyword banner
(片名-片名-片名, the words of such sites: 一区二区三区, 精品自拍, 国产精品) now go; a report's
own heading of the same words (专家点评) and a sentence about cracking down on such sites
stay. Every line is invented (no real page's line)."""

from public_records.clean.furniture import strip_furniture
from public_records.clean.spam import remove_spam

REPORT = (
    "5月6日上午，某县召开全县安全生产工作会议，县委书记甲乙出席会议并讲话，县长丙丁主持。\n"
    "会议指出，今年以来全县上下认真落实各项安全措施，安全生产形势总体平稳，但隐患依然存在。\n"
    "会议要求，各乡镇各部门要压紧压实责任，扎实开展隐患排查整治，确保全县安全形势稳定。\n"
)


def cut_lines(text: str) -> list[str]:
    """The lines of `text` that the furniture step cut."""
    kept = strip_furniture(text).text.split("\n")
    return [line for line in text.split("\n") if line and line not in kept]


def test_a_portals_comment_heading_below_the_report_goes():
    for line in ("文章点评", "网友点评", "我要点评", "发表点评"):
        assert cut_lines(REPORT + line + "\n") == [line], line


def test_a_reports_own_review_heading_stays():
    for line in ("专家点评", "领导点评：", "现场点评环节"):
        assert cut_lines(REPORT + line + "\n" + REPORT) == [], line


def test_an_adult_keyword_banner_goes():
    banners = (
        "某某影院-国产精品自拍-日韩成人一区二区三区-某某视频网站100部",
        "精品自拍在线看,一区二区三区免费观看,国产精品某某播放",
    )
    for banner in banners:
        out = remove_spam(banner + "\n" + REPORT).text
        assert out == REPORT, banner


def test_a_sentence_on_cracking_down_on_such_sites_stays():
    line = "会议要求，要严厉打击传播淫秽色情视频网站等违法犯罪活动，净化网络环境。\n"
    assert remove_spam(REPORT + line).text == REPORT + line


# A spun copy (a rewriting tool swapped 来源 for 起源) signs off with its source under a
# spun label; the report's own word 起源 stays.


def test_a_spun_source_label_below_the_report_goes():
    for line in ("图文起源：某某区政府办公室", "文章起源:某某网", "信息起源：某县融媒体中心"):
        assert cut_lines(REPORT + line + "\n") == [line], line


def test_the_word_origin_in_the_report_stays():
    line = "起源：该活动起源于2015年，已连续举办八届。"
    assert cut_lines(REPORT + line + "\n" + REPORT) == []
