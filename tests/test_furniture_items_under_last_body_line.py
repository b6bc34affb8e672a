"""Round art42: the short lines under the report's last body line, when that line ends
with a colon, are its items, not the page's closing list.

The list opener (`…以下几点:`, `参加会议的单位有:`) was read only on a short line below the
body; a body line ending with one left its items (`二是压实责任`, `县财政局`) to the shape
model, which cut them as furniture. Invented sentences only; the guards keep the page's
own widgets and lists under the items cut.
"""

from public_records.clean.furniture import strip_furniture

_HEAD = "某县召开安全生产工作会议\n"


def _kept(text: str) -> str:
    return strip_furniture(text).text


def test_items_under_a_body_line_ending_with_a_colon_are_kept():
    items = ["一是提高站位", "二是压实责任", "三是狠抓落实"]
    text = (
        _HEAD + "5月6日,某县召开安全生产工作会议,县长王五出席会议并讲话。会议强调,要做到以下几点:\n"
    )
    kept = _kept(text + "\n".join(items) + "\n")
    for item in items:
        assert item in kept


def test_a_list_of_units_under_the_body_is_kept():
    units = ["县发改局", "县财政局", "县自然资源局"]
    text = "某县召开联席会议\n5月6日,某县召开联席会议,副县长王五主持会议。参加会议的单位有:\n"
    kept = _kept(text + "\n".join(units) + "\n")
    for unit in units:
        assert unit in kept


def test_lines_of_a_poem_quoted_under_the_body_are_kept():
    lines = ["春风吹绿了田野", "汗水浇灌着希望", "我们在这里扎根"]
    text = "某镇举办诗歌朗诵会\n5月6日,某镇举办诗歌朗诵会,镇党委书记王五出席。以下是获奖作品节选:\n"
    kept = _kept(text + "\n".join(lines) + "\n")
    for line in lines:
        assert line in kept


def test_the_last_body_line_opens_items_by_its_colon():
    from public_records.clean.furniture import is_list_opener

    assert is_list_opener("参加会议的单位有：")
    assert not is_list_opener("会议还研究了其他事项。")


# Guards: the page's widgets and lists under the items are still cut.


def test_guard_a_share_bar_and_related_headlines_under_the_items_are_still_cut():
    text = (
        "某县召开联席会议\n5月6日,某县召开联席会议,副县长王五主持会议。参加会议的单位有:\n"
        "县发改局\n县财政局\n分享到:微信 QQ 微博\n相关新闻\n某县召开防灾减灾工作会议\n"
    )
    kept = _kept(text)
    assert "分享到" not in kept and "相关新闻" not in kept


def test_guard_a_closing_list_under_a_body_line_ending_with_a_full_stop_is_unchanged():
    text = (
        "某县召开联席会议\n5月6日,某县召开联席会议,副县长王五主持会议,研究部署下一步工作。\n"
        "分享到:微信 QQ 微博\n相关新闻\n某县召开防灾减灾工作会议\n"
    )
    kept = _kept(text)
    assert "相关新闻" not in kept and "分享到" not in kept
