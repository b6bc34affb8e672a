"""Checks shared by the cleaning-step tests: the edit log must account for the change."""

from __future__ import annotations

from public_records.clean.furniture import strip_furniture
from public_records.model import StepResult

# A report's body for the furniture tests: a line of furniture is put below it.
FURNITURE_LEAD = "5月6日上午，某某县政协召开九届二十次常委会议，县政协主席王五主持会议并讲话。"
FURNITURE_BODY = (
    FURNITURE_LEAD + "\n会议强调，要围绕中心工作建言献策。\n王五要求，各专委会要抓好落实。"
)


def replay(before: str, result: StepResult) -> str:
    """Apply `result.edits` (offsets in `before`) to `before`; each Edit's `before` must
    be exactly the span it names. Returns the rebuilt text."""
    out: list[str] = []
    last = 0
    for edit in sorted(result.edits, key=lambda e: e.start):
        assert edit.start >= last, f"overlapping edits: {edit}"
        assert before[edit.start : edit.end] == edit.before, edit
        out.append(before[last : edit.start])
        out.append(edit.after)
        last = edit.end
    out.append(before[last:])
    return "".join(out)


def assert_logged(before: str, result: StepResult) -> None:
    """The edits rebuild the step's output from its input: nothing changed silently."""
    assert replay(before, result) == result.text


def assert_cut_below(lines: list[str]) -> None:
    """Each line, alone below FURNITURE_BODY, is cut by the furniture step and logged;
    the body stays whole."""
    for line in lines:
        raw = FURNITURE_BODY + "\n" + line
        result = strip_furniture(raw)
        assert result.text.rstrip("\n") == FURNITURE_BODY, line
        assert len(result.edits) == 1 and result.edits[0].rule == "furniture", line
        assert_logged(raw, result)


def assert_kept_between(lines: list[str]) -> None:
    """Each line, between FURNITURE_BODY and a paragraph after it, is left alone by the
    furniture step (an article's own line of a furniture-like shape)."""
    for line in lines:
        raw = FURNITURE_BODY + "\n" + line + "\n王五要求，各专委会要抓好落实。"
        assert strip_furniture(raw).edits == (), line
