"""Checks shared by the cleaning-step tests: the edit log must account for the change."""

from __future__ import annotations

from public_records.model import StepResult


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
