"""A page's article-information row whose credit field runs on (round credits45, issue 18
item 3): more names after the first, set apart by spaces, and a reporter's role without a
colon before more (作者:甲某 乙某某 本报通讯员 丙某某); a name the page's lost space glued to the
next field's label (责任编辑:甲乙文字大小:大中小, 作者:甲乙丙源自:某镇). Rows and names invented."""

import pytest
from public_records.clean.pipeline import clean

LEAD = "5月6日,某县召开安全生产工作会议,县长赵某某出席会议并讲话。"


def _credits(row: str) -> list[tuple[str, str]]:
    result = clean("某县召开安全生产工作会议\n" + row + "\n" + LEAD + "\n会议强调要抓落实。")
    return [tuple(c) for c in result.meta.get("credits", [])]


def test_more_names_and_a_role_without_a_colon_in_a_field():
    credits = _credits("2021-03-05 09:17:00  来源:某某干部报  作者:周某 林某某 本报通讯员 史某某  ")
    for credit in (("作者", "周某"), ("作者", "林某某"), ("通讯员", "史某某")):
        assert credit in credits


@pytest.mark.parametrize(
    ("row", "credit"),
    [
        (
            "日期: 2023-05-10浏览量:165来源:某某宣传责任编辑:毕某文字大小:大中小",
            ("责任编辑", "毕某"),
        ),
        ("时间:2018-11-08 13:40  作者:李某某源自:某某镇", ("作者", "李某某")),
    ],
)
def test_a_name_glued_to_the_next_fields_label(row, credit):
    assert credit in _credits(row)


def test_guards_the_next_fields_label_is_no_name():
    credits = _credits("作者:周某 时间:2021-03-05 浏览:12")
    assert ("作者", "周某") in credits
    assert all(name not in ("时间", "浏览") for _role, name in credits)
