"""Page types to quarantine, Traditional originals (N04) and the Traditional share (N03)."""

from __future__ import annotations

from pathlib import Path

import pytest
from public_records.clean.pagetype import classify_page, traditional_share

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_db5eed02fe66ddea.txt"


def codes(result):
    return {(f.code, f.severity) for f in result.findings}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "第十二章 初入官场\n李明是市.委办公室的科员,副.書記找他谈话。\n"
            "本章未完,请点击下一页继续阅读",
            "page_web_novel",
        ),
        ("在20**年XX县经济工作会议上的讲话\n同志们:今年以来,X委认真落实……", "page_template"),
        ("The district committee held an enlarged meeting on 2 August.", "page_not_chinese"),
        ("大観区で会議が開かれました。区長が出席しました。", "page_not_chinese"),
        ("8月2日下战书,区委文书掌管会议并侧重指出,要狠抓落实。", "page_synonym_spun"),
    ],
)
def test_non_reports_are_quarantined(text, code):
    result = classify_page(text)
    assert (code, "error") in codes(result)
    assert result.meta["page_type"] == code.removeprefix("page_")
    assert result.text == text and result.edits == ()


@pytest.mark.parametrize(
    "text",
    [
        "会议学习了党章第三章的内容。",  # a chapter of a document, not of a novel
        "区人民医院新购X光机一台。",  # X-ray, not a placeholder
        "区委召开常委会(扩大)会议,AWS 云平台项目签约。",  # some Latin letters
        "全区上下要向贫困下战书。",  # one spun-looking word is only a warning
        "散会了。市.委",  # one dotted word is not enough
    ],
)
def test_reports_are_not_quarantined(text):
    result = classify_page(text)
    assert not [f for f in result.findings if f.severity == "error"]
    assert result.meta["page_type"] == "report"


def test_weak_spin_evidence_marks_low_trust():
    result = classify_page("全区上下要向贫困下战书。")
    assert ("low_trust_synonym_spun", "warning") in codes(result)
    assert result.meta["low_trust"] is True


def test_taiwan_original_is_flagged_not_quarantined():
    result = classify_page("縣府今(8)日召開記者會,議員表示「支持」。")
    assert codes(result) == {("traditional_original", "warning")}
    assert result.meta["traditional_original"] is True


def test_mainland_mirror_is_not_a_traditional_original():
    result = classify_page(SEED.read_text(encoding="utf-8"))
    assert "traditional_original" not in result.meta
    assert result.findings == ()


def test_traditional_share_counts_characters_t2s_changes():
    # 區, 書, 記 change under t2s; 委, 主, 持, 会, 议 do not: 3 of 8.
    assert traditional_share("區委書記主持会议") == 0.375
    assert traditional_share("区委书记主持会议") == 0.0
    assert traditional_share("AWS") == 0.0


def test_seed_reads_as_traditional():
    share = classify_page(SEED.read_text(encoding="utf-8")).meta["traditional_share"]
    assert share > 0.05  # NOISE.md N03: a few percent is enough
