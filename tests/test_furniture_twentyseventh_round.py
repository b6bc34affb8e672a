"""Issue 18, furniture and credits round 27 (shapes found on unseen sites: county and
district portals, newspaper e-papers, Taiwan and Hong Kong pages, pinyin mirrors).
Every line is invented (no real page's line)."""

from cleaning_checks import SAFETY_REPORT
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
