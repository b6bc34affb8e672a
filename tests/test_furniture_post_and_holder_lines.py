"""Round capnames (issue 11, stop 42): an information line under a report that names a
local leader's post and its holder (`党委书记：某某`, `镇长：某某`, an infobox's rows on a
place's page) is the report's, not site furniture: the shape model's word no longer cuts it,
so the officials table keeps the names read only there. The infobox's other rows (a dialling
code, a plate code) and a masthead's or a site's fields (社长, 责任编辑) are still cut.
Lines and names invented."""

from public_records.clean.furniture import _is_post_and_holder, strip_furniture

_BODY = (
    "甲乙镇，某省某市某县下辖镇，位于县城东南方向，距离县城约三十公里，北靠大河与丙丁镇隔河相望。",
    "全镇辖八个行政村和三个居委会，二〇一二年全镇完成财政总收入两千余万元，农民人均纯收入九千余元。",
)
_INFOBOX_OTHER = ("  • 电话区号：0999", "  • 车牌代码：某X", "  • 面积：60.5平方千米（2017年）")
_POSTS = ("  • 党委书记：王明远", "  • 镇长：李和")


def _page(*tail: str) -> str:
    return "\n".join((*_BODY, *tail)) + "\n"


def test_post_and_holder_lines_of_an_infobox_stay():
    bus = "  • 公交路线：2路（东线）53路（西线）"
    out = strip_furniture(_page(*_INFOBOX_OTHER, *_POSTS, bus)).text
    assert "党委书记：王明远" in out
    assert "镇长：李和" in out


def test_post_and_holder_line_is_read_as_such():
    assert _is_post_and_holder("党委书记:王明远")
    assert _is_post_and_holder("县委副书记：李和")
    assert _is_post_and_holder("副镇长：王明远")


def test_the_infobox_other_rows_still_go():
    out = strip_furniture(_page(*_INFOBOX_OTHER, *_POSTS)).text
    assert "电话区号" not in out
    assert "车牌代码" not in out


def test_a_masthead_or_site_field_is_no_post_and_holder():
    assert not _is_post_and_holder("社长：王明远")
    assert not _is_post_and_holder("责任编辑：王明远")
    assert not _is_post_and_holder("值班主任：王明远")
    assert not _is_post_and_holder("书记信箱：点击进入")
    assert not _is_post_and_holder("党委书记：王明远 镇长：李和 电话：0999")
