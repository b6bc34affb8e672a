"""Furniture of Taiwan and Hong Kong news pages that round cna43's survey found left
(issue 18): a news agency's picture credit alone on its line when it names the place the
picture came from (中央社记者甲乙丙新北摄 114年3月22日) or credits a picture sent rather than
taken (中央社记者甲乙丙传真 107年8月24日); a news site's footer row of QR prompts between its
print button's brackets (扫描二维码访问某某网移动版 】 【打 印扫描二维码访问某某社微信); and a tags
label with its object before it (文章标签), alone on its line; and a news site's own
promotion lines under its report (追蹤《某某IG》美食、旅遊…, 訂閱《某某新聞 MEDIA》,youtube記得開啟
小鈴鐺: the dev page ca015's kind). Each leaves the body; a
report's own sentences with the same words stay. Lines and names are invented in the shapes
real pages have."""

from __future__ import annotations

import pytest
from public_records.clean.captions import move_captions, photographer_alone
from public_records.clean.furniture import line_kind

from tests.cleaning_checks import (
    FURNITURE_BODY,
    assert_cut_below,
    assert_kept_between,
    assert_logged,
)

LEAD = "某某县长甲乙丙今天视察老街改造工程，要求施工单位注意安全，如期完工。"


@pytest.mark.parametrize(
    "line",
    [
        "中央社记者丁戊己新北摄 114年3月22日",
        "中央社記者丁戊己台中攝 112年6月5日",
        "中央社记者丁戊己传真 107年8月24日",
        "中央社記者丁戊傳真 113年3月5日",
        "中央社记者丁戊己翻摄 111年12月8日",
    ],
)
def test_an_agency_credit_alone_is_a_photographer_line(line):
    from public_records.clean.fold import fold

    assert photographer_alone(fold(line).text)


@pytest.mark.parametrize(
    "line",
    ["中央社记者丁戊己传真 107年8月24日", "中央社記者丁戊己新北攝 114年3月22日"],
)
def test_an_agency_credit_alone_leaves_the_body(line):
    raw = f"{LEAD}\n{line}\n某县长表示，老街改造完成后将带动地方观光。\n"
    result = move_captions(raw)
    assert line not in result.text
    assert LEAD in result.text
    assert "老街改造完成后将带动地方观光" in result.text


@pytest.mark.parametrize(
    "line",
    [
        "记者丁戊己传真给编辑部一份名单。",
        "中央社记者丁戊己传真询问县府，县府表示将尽快答复。",
        "县长甲乙丙新北摄影展开幕致词。",
    ],
)
def test_a_sentence_with_the_same_words_is_no_credit(line):
    from public_records.clean.fold import fold

    assert not photographer_alone(fold(line).text)
    raw = f"{LEAD}\n{line}\n"
    assert line in move_captions(raw).text


@pytest.mark.parametrize(
    "line",
    [
        "扫描二维码访问某评网移动版 】 【打 印扫描二维码访问某评社微信  ",
        "掃描二維碼訪問某評網移動版 】 【打 印掃描二維碼訪問某評社微信",
        "【打 印】扫描二维码关注某某新闻 扫描二维码下载某某客户端",
        "文章标签",
        "文章標籤",
        "新闻关键词：老街 改造",
    ],
)
def test_a_qr_row_or_tags_label_below_the_report_is_cut(line):
    assert_cut_below([line])


@pytest.mark.parametrize(
    "line, kind",
    [
        ("扫描二维码访问某评网移动版 】 【打 印扫描二维码访问某评社微信", "qr code"),
        ("文章标签", "tags"),
        ("新闻标签: 老街 改造", "tags"),
    ],
)
def test_each_line_has_its_kind(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "县府请民众扫描二维码访问县府网站，查询老街改造进度，并可留言提出建议。",
        "文章标签化管理是某县融媒体中心今年推出的新做法，方便读者检索。",
        "新闻标签要准确，某县宣传部要求各单位认真核对。",
    ],
)
def test_a_report_line_with_the_same_words_stays(line):
    assert_kept_between([line])


def test_the_qr_row_cut_is_logged():
    from public_records.clean.furniture import strip_furniture

    raw = f"{FURNITURE_BODY}\n扫描二维码访问某评网移动版 】 【打 印扫描二维码访问某评社微信\n"
    result = strip_furniture(raw)
    assert "二维码" not in result.text
    assert_logged(raw, result)


@pytest.mark.parametrize(
    "line",
    [
        "- 閱覽《某某新聞網》提供您最新消息、多元資訊。",
        "- 追蹤《 某某IG 》美食、旅遊、影劇,攏抵家。",
        "- 訂閱《 某某新聞HOO MEDIA 》,youtube記得開啟小鈴鐺。",
        "- 追蹤《 某某MEDIA 粉絲專頁 》,有好康抽獎不錯過。",
    ],
)
def test_a_sites_promotion_line_below_the_report_is_cut(line):
    assert_cut_below([line])


def test_the_promotion_lines_are_cut_together_and_logged():
    from public_records.clean.furniture import strip_furniture

    promos = (
        "- 閱覽《某某新聞網》提供您最新消息、多元資訊。\n"
        "- 追蹤《 某某IG 》美食、旅遊、影劇,攏抵家。\n"
        "- 訂閱《 某某新聞HOO MEDIA 》,youtube記得開啟小鈴鐺。"
    )
    raw = f"{FURNITURE_BODY}\n{promos}"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert_logged(raw, result)


@pytest.mark.parametrize(
    "line",
    [
        "订阅《人民日报》《求是》等党报党刊，某县完成今年党报党刊征订任务。",
        "订阅《某某日报》新闻客户端的党员达到1200人，县委宣传部表示将继续推广。",
        "关注《某某新闻联播》节目的群众越来越多，某县新闻网也开设了专栏。",
    ],
)
def test_a_report_line_on_subscribing_stays(line):
    assert_kept_between([line])
