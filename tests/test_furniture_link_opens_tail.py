"""Furniture round furn44 (issue 18, stop 42): a link line under the report (原文链接:…)
opens the page's tail, as a reprint stamp or a share bar does: the short lines after it
below the body (a platform's name, a footer's links) are furniture. Lines and names
invented."""

from public_records.clean.furniture import strip_furniture

_LEAD = "5月21日，甲省民政厅在各地开展婚姻登记服务活动，民政厅负责人乙丙丁出席。"
_BODY = "乙丙丁要求，各地要做好登记高峰日的服务保障，为群众提供便利。"
_LINK = "原文链接:http://example.gov.cn/news/2021/5/21/abc.shtml"


def test_a_short_line_after_the_link_under_the_body_is_cut():
    out = strip_furniture(f"{_LEAD}\n{_BODY}\n{_LINK}\n甲省政务信息一体化应用平台\n").text
    assert "一体化应用平台" not in out
    assert _LEAD in out and _BODY in out


# Guards


def test_guard_a_paragraph_after_a_link_stays():
    more = "会议还对下一阶段工作进行了部署，要求各地认真落实婚俗改革各项任务，确保取得实效。"
    out = strip_furniture(f"{_LEAD}\n{_LINK}\n{more}\n{_BODY}\n").text
    assert more in out and _BODY in out


def test_guard_a_short_line_with_no_link_above_it_stays():
    out = strip_furniture(f"{_LEAD}\n{_BODY}\n甲省政务信息一体化应用平台\n").text
    assert "一体化应用平台" in out
