"""Furniture round 41 (issue 18): furniture left on mainland pages copied whole. Lines and
names invented.

Rule 1: a source field broken over two lines under a report — the label left alone
(`信息来源:`) and a unit's name alone on the next line (`某某县人民政府办公室`) — is the
page's source line: the unit is cut as furniture (logged as a source line) and kept as the
record's 来源 credit; the report stays, and so does a sentence after an empty label."""

import pytest
from public_records.clean.furniture import strip_furniture
from public_records.ingest.process import process
from public_records.model import Record


def _processed(raw: str):
    return process(Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw))


_LEAD = "5月6日,甲县副县长乙丙丁到东山镇检查防汛工作,镇负责人陪同。"
_BODY = "乙丙丁要求,各村要排查隐患点位,落实值班值守,确保安全度汛。"


@pytest.mark.parametrize(
    "label, unit, credited",
    [
        ("信息来源:", "甲县人民政府办公室", "甲县人民政府办公室"),
        ("来源:", "甲县应急管理局", "甲县应急管理局"),
        ("文章来源:", "东山镇人民政府", "东山镇人民政府"),
        ("信息來源:", "甲縣人民政府辦公室", "甲县人民政府办公室"),  # the folded copy's name
    ],
)
def test_a_source_unit_under_its_empty_label_is_cut(label, unit, credited):
    raw = f"{_LEAD}\n{_BODY}\n{label}\n{unit}\n"
    result = strip_furniture(raw)
    lines = result.text.split("\n")
    assert unit not in lines
    assert _LEAD in lines and _BODY in lines
    assert (unit, "来源行") in [(e.before.strip(), e.note) for e in result.edits]
    assert ("来源", credited) in result.meta["credits"]


def test_the_whole_page_keeps_its_report_and_credits_the_unit():
    out = _processed(f"{_LEAD}\n{_BODY}\n信息来源:\n甲县人民政府办公室\n")
    assert "甲县人民政府办公室" not in out.text_hans
    assert "排查隐患点位" in out.text_hans and "检查防汛工作" in out.text_hans
    assert "甲县人民政府办公室" in [c.name for c in out.credits]


@pytest.mark.parametrize("line", ["会议要求各单位抓紧落实整改任务。", "乙丙丁强调要压实各镇责任"])
def test_a_sentence_after_an_empty_label_stays(line):
    result = strip_furniture(f"{_LEAD}\n信息来源:\n{line}\n{_BODY}\n")
    assert line in result.text.split("\n")
