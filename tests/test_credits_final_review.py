"""A final reviewer who signs a page out (终审核发, 审核发布, 审核签发) is one credit role:
the name after it goes to the credits whole, not as 终审 with a name beginning 核发, and a
line of that credit alone is a credit, not furniture that loses the name (promise 1).
Sentences and names invented (stop 37, after furn37 found the shapes on invented lines)."""

import pytest
from public_records.clean.credits import harvest_credits
from public_records.ingest.process import process
from public_records.model import Record


@pytest.mark.parametrize(
    ("raw", "credits"),
    [
        (
            "召开会议。\n编辑:甲乙 审核:丙丁 终审核发:戊己",
            [("编辑", "甲乙"), ("审核", "丙丁"), ("终审核发", "戊己")],
        ),
        ("召开会议。\n审核签发：庚辛", [("审核签发", "庚辛")]),
        ("召开会议。\n责任编辑：甲乙 审核发布：壬癸", [("责任编辑", "甲乙"), ("审核发布", "壬癸")]),
    ],
)
def test_a_final_reviewers_role_is_one_role(raw, credits):
    result = harvest_credits(raw)
    assert result.text.strip() == "召开会议。"
    assert result.meta["credits"] == credits


def test_the_final_reviewers_line_alone_keeps_its_name_in_the_credits():
    raw = "县委书记甲乙丙主持召开县委常委会议。\n会议传达学习了有关文件精神。\n终审核发:丁戊己\n"
    record = Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw)
    out = process(record)
    assert "丁戊己" not in out.text_hans
    assert [(c.role, c.name) for c in out.credits] == [("终审核发", "丁戊己")]


def test_a_sentence_about_signing_out_stays():
    result = harvest_credits("会议要求，各单位文件须经终审核发后方可印发。")
    assert result.text == "会议要求，各单位文件须经终审核发后方可印发。"
    assert not result.meta.get("credits")
