"""The seed report has no chrome, footer, captions, spam, masks or duplicates: every
line-cutting step must return it unchanged (its damage is for later steps)."""

from __future__ import annotations

from pathlib import Path

import pytest
from public_records.clean import captions, chrome, duplicates, footer, masked, pagetype, spam
from public_records.clean.pipeline import STEPS

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_db5eed02fe66ddea.txt"

MY_STEPS = {
    "pagetype": pagetype.classify_page,
    "chrome": chrome.strip_chrome,
    "footer": footer.cut_footer,
    "captions": captions.move_captions,
    "spam": spam.remove_spam,
    "masked": masked.restore_masked,
    "duplicates": duplicates.drop_duplicates,
}


@pytest.mark.parametrize("name", list(MY_STEPS))
def test_seed_passes_unchanged(name):
    raw = SEED.read_text(encoding="utf-8")
    result = MY_STEPS[name](raw)
    assert result.text == raw
    assert result.edits == ()
    assert result.findings == ()


def test_steps_run_in_order_after_normalize_and_before_mojibake():
    names = [step.name for step in STEPS]
    mine = [n for n in names if n in MY_STEPS]
    assert mine == list(MY_STEPS)
    assert names.index("normalize") < names.index("pagetype")
    later = [n for n in ("mojibake", "pinyin", "script") if n in names]
    assert all(names.index("duplicates") < names.index(n) for n in later)


def test_seed_through_the_whole_pipeline_has_no_edit_from_these_steps():
    from public_records.clean.pipeline import clean

    result = clean(SEED.read_text(encoding="utf-8"))
    rules = {"chrome", "footer", "captions", "spam", "masked", "duplicates"}
    assert not [e for e in result.edits if e.rule in rules]
    assert result.meta["page_type"] == "report"
    assert not result.meta.get("traditional_original")
