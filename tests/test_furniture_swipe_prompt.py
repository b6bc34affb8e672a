"""Furniture round dev24 (issue 18, stop 43): a picture carousel's swipe prompt alone on its
line (滑动查看图片, 左右滑动查看更多, 向左滑动查看更多图片) is a media label
(furniture_lines.tsv), as 上滑查看 and 查看大图 are; a sentence about swiping stays. Lines
and names invented."""

import pytest
from public_records.clean.furniture import line_kind
from public_records.ingest.process import process
from public_records.model import Record

_LEAD = "7月4日，甲县县委书记乙丙丁到东山湿地公园调研保护工作，园区负责人陪同。"
_BODY = "乙丙丁要求，各部门要落实巡护责任，做好湿地修复和监测工作。"


def _processed(raw: str):
    return process(Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw))


@pytest.mark.parametrize("line", ["滑动查看图片", "左右滑动查看更多", "向左滑动查看更多图片"])
def test_a_swipe_prompt_is_furniture(line):
    assert line_kind(line) == "media label"


def test_guard_a_sentence_about_swiping_stays():
    assert line_kind("市民可在屏幕上滑动查看图片和视频，了解湿地保护成果。") is None


def test_the_prompt_between_paragraphs_is_cut_from_the_page():
    out = _processed(f"{_LEAD}\n滑动查看图片\n{_BODY}\n")
    assert "滑动" not in out.text_hans
    assert _LEAD in out.text_hans and _BODY in out.text_hans
