"""Furniture round 43 (issue 18): government sites' link groups and field values, a feed
page's teasers, a mirror's glued share bar, channel recommendations and printed markup.
Lines and names invented.

Rule 1: a site's link-group heading between runs of dashes (--某某链接--, --某某区党政部门--)
is cut; a subtitle opening with a dash, and a sentence, stay.
Rule 2: a source field's label alone on its line (来源:) with the unit's name on the next
line (某某乡党政办): the name is the field's value, cut and kept as the source.
Rule 3: on a feed page (its story closed by 阅读全文>> |), the other lines cut short with an
ellipsis before the list's bar (…某某… |) are other stories' teasers: cut.
Rule 4: a share bar's items glued (我来说两句打印文章发送给好友) and a channel's
recommendations label with headlines set apart by bars (频道推荐> 甲… | 乙… |) are cut.
Rule 5: a line that wraps a line above it in an HTML element's tags (<P>headline</P>) is cut."""

import pytest
from public_records.clean.chrome import strip_chrome
from public_records.clean.fold import fold
from public_records.clean.furniture import line_kind, strip_furniture
from public_records.ingest.process import process
from public_records.model import Record


def _processed(raw: str):
    return process(Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw))


_HEAD = "东山镇召开秋收秋种工作推进会"
_LEAD = "9月6日下午,东山镇召开秋收秋种工作推进会,镇村干部60余人参加会议。"
_BODY = "会议强调,各村要抓住晴好天气,加快收获进度,确保颗粒归仓。"


# Rule 1


@pytest.mark.parametrize(
    "line", ["--政协链接--", "--甲乙市丙丁区党政部门--", "——综合门户网站链接——", "--相關連結--"]
)
def test_a_link_group_heading_between_dashes_is_cut(line):
    raw = f"{_HEAD}\n{_LEAD}\n{_BODY}\n{line}\n--友情链接--\n"
    out = strip_furniture(raw)
    assert line not in out.text.split("\n")
    assert _LEAD in out.text and _BODY in out.text


@pytest.mark.parametrize(
    "line", ["——走近乡镇党委书记", "--会议强调,要加强部门链接--", "各部门要加强网站链接管理。"]
)
def test_a_subtitle_or_a_sentence_with_dashes_stays(line):
    raw = f"{_HEAD}\n{_LEAD}\n{line}\n{_BODY}\n"
    assert line in strip_furniture(raw).text.split("\n")


# Rule 2

_FIELDS = "来源、时间等字段行"


def test_a_source_value_under_its_bare_label_is_cut_and_kept():
    raw = f"{_HEAD}\n发布时间:\n2031-09-06\n来源:\n东山镇党政办\n{_LEAD}\n{_BODY}\n"
    r = strip_chrome(raw)
    assert "东山镇党政办" not in r.text.split("\n")
    assert r.meta.get("source_name") == "东山镇党政办"
    assert [e.note for e in r.edits if e.before.strip() == "东山镇党政办"] == [_FIELDS]
    assert _LEAD in r.text and _BODY in r.text


@pytest.mark.parametrize(
    "line",
    ["东山镇党政办召开专题会议,部署秋收工作。", "东山镇召开秋收秋种工作推进会"],
)
def test_a_sentence_or_headline_under_a_bare_label_is_not_read_as_its_value(line):
    r = strip_chrome(f"来源:\n{line}\n{_LEAD}\n")
    assert r.meta.get("source_name") != line
    assert not [e for e in r.edits if e.before.strip() == line and e.note == _FIELDS]


def test_a_unit_name_under_a_label_with_its_value_is_not_read_as_a_value():
    r = strip_chrome(f"来源:东山镇人民政府\n东山镇党政办\n{_LEAD}\n")
    assert r.meta.get("source_name") == "东山镇人民政府"
    assert not [e for e in r.edits if e.before.strip() == "东山镇党政办" and e.note == _FIELDS]


# Rule 3

_OWN = (
    "〔记者甲乙/东山报导〕东山镇新建儿童游戏场昨启用,设置滑梯、沙坑等设施,"
    "镇长丙丁说,建置经费四百万元… 阅读全文>> |"
)
_OTHER = (
    "〔记者戊己/西河报导〕西河渔港新泊区去年九月完工启用,"
    "今年成为居民观赏夕照的新去处,渔民期待改建拍卖市场… |"
)


def test_other_stories_teasers_on_a_feed_page_are_cut():
    raw = f"{_OWN}\n{_OTHER}\n"
    out = strip_furniture(raw)
    assert _OTHER not in out.text
    assert _OWN.rstrip(" |") in out.text


def test_a_line_ending_with_a_bar_stays_without_a_read_more_line():
    raw = f"{_LEAD}\n{_OTHER}\n"
    assert _OTHER.rstrip() in strip_furniture(raw).text


def test_a_sentence_ending_with_an_ellipsis_stays_on_a_feed_page():
    line = "西河渔港新泊区去年九月完工启用,今年成为居民观赏夕照的新去处……"
    raw = f"{_OWN}\n{line}\n"
    assert line in strip_furniture(raw).text


# Rule 4


@pytest.mark.parametrize("line", ["我來說兩句打印文章發送給好友", "我来说两句打印文章关闭窗口"])
def test_a_glued_share_bar_is_cut(line):
    assert line_kind(fold(line).text) == "share"
    raw = f"{_HEAD}\n{_LEAD}\n{_BODY}\n{line}\n"
    assert "打印文章" not in _processed(raw).text_hans


def test_a_channel_recommendation_line_is_cut():
    line = "频道推荐> 甲国宣布延长停火协议期限 | 乙市举办国际马拉松赛事 | 丙省出台稳就业新政策 |"
    assert line_kind(fold(line).text.strip(" |")) == "related"
    out = _processed(f"{_HEAD}\n{_LEAD}\n{_BODY}\n{line}\n")
    assert "频道推荐" not in out.text_hans and "推进会" in out.title_hans


@pytest.mark.parametrize(
    "line",
    [
        "镇长说,他要打印文章发送给好友。",
        "频道推荐工作要抓紧,各部门要配合。",
        "收藏家甲乙向镇文化站捐赠藏品",
    ],
)
def test_sentences_with_bar_or_channel_words_stay(line):
    assert line_kind(line) is None


# Rule 5


def test_a_headline_wrapped_in_markup_under_itself_is_cut():
    raw = f"{_HEAD}\n<P>{_HEAD}</P>\n{_LEAD}\n{_BODY}\n"
    out = strip_furniture(raw)
    assert f"<P>{_HEAD}</P>" not in out.text
    assert _LEAD in out.text


def test_a_paragraph_in_markup_that_repeats_nothing_stays():
    line = "<p>会议要求,各村要落实秋粮收购政策。</p>"
    raw = f"{_HEAD}\n{_LEAD}\n{line}\n{_BODY}\n"
    assert line in strip_furniture(raw).text
