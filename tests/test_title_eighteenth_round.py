"""Issue 18, round 18: titles readers accept (invented sentences)."""

from public_records.evaluate.real import article_lines_removed


def test_scorer_keeps_a_headline_line_whose_share_word_the_title_dropped():
    # the chrome step cut the headline line (…分享到) above the body, so the clean text
    # holds none of its words; its title is the headline without the share bar's word
    title = "某县政协召开九届常委会议"
    for line in (title + "分享到", "【要闻】" + title + " 打印 收藏"):
        assert article_lines_removed([line], "会议强调", title) == []


def test_scorer_still_counts_a_headline_line_whose_words_the_title_lost():
    line = "某县政协召开九届常委会议暨专题协商会"
    assert article_lines_removed([line], "会议强调", "某县政协召开九届常委会议") == [line]
