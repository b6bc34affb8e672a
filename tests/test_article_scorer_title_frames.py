"""Round art42, the scorer: a headline line the title holds is not counted as removed.

The derived title counts as kept (evaluate.real.article_lines_removed). A headline line
framed as a page's title line (a column tag before a slash, the site's name after ASCII
dashes, a date field after it) or broken over two lines (each a piece the title holds
whole) was counted as an article line removed when the cleaner cut it, though the title
holds all of its words. Invented lines only; the guards keep a headline whose own words
the title lost counted as removed.
"""

from public_records.evaluate.real import article_lines_removed

_CLEAN = "会议强调,要抓好落实。"


def test_a_headline_with_a_column_tag_and_the_site_name_around_it_is_kept():
    title = "听取建言 某县县政顾问年度座谈会"
    line = "影音/聽取建言 某縣縣政顧問107年度座談會--某某日報 "
    assert article_lines_removed([line], _CLEAN, title) == []


def test_a_headline_with_a_date_field_after_it_is_kept():
    title = "103年元旦升旗典礼暨慢跑活动"
    line = "103年元旦升旗典禮暨慢跑活動 發布日期:2014-01-01"
    assert article_lines_removed([line], _CLEAN, title) == []


def test_a_headline_with_the_site_name_after_a_spaced_hyphen_is_kept():
    title = "某县召开九届常委会议"
    assert article_lines_removed(["某县召开九届常委会议 - 某某新闻网"], _CLEAN, title) == []


def test_the_first_line_of_a_headline_broken_over_two_is_kept():
    title = "《某某视线》温情暖人心 某镇走访慰问困难群众"
    assert article_lines_removed(["《某某視線》溫情暖人心"], _CLEAN, title) == []


# Guards: what the title lost is still counted.


def test_guard_a_headline_whose_own_words_the_title_lost_is_still_counted():
    line = "某县政协召开九届常委会议暨专题协商会"
    assert article_lines_removed([line], _CLEAN, "某县政协召开九届常委会议") == [line]


def test_guard_a_subtitle_after_an_em_dash_is_no_site_name():
    line = "某县召开九届常委会议——部署下半年工作"
    assert article_lines_removed([line], _CLEAN, "某县召开九届常委会议") == [line]


def test_guard_a_line_shorter_than_a_headline_inside_the_title_is_still_counted():
    assert article_lines_removed(["会议强调"], "", "某县召开常委会议强调抓落实") == ["会议强调"]


def test_guard_a_line_longer_than_the_title_is_no_piece_of_it():
    line = "某镇走访慰问困难群众送去温暖"
    assert article_lines_removed([line], _CLEAN, "某镇走访慰问困难群众") == [line]
