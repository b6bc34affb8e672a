"""Checks shared by the cleaning-step tests: the edit log must account for the change."""

from __future__ import annotations

from public_records.clean.furniture import strip_furniture
from public_records.model import StepResult

# A report's body for the furniture tests: a line of furniture is put below it.
FURNITURE_LEAD = "5月6日上午，某某县政协召开九届二十次常委会议，县政协主席王五主持会议并讲话。"
FURNITURE_BODY = (
    FURNITURE_LEAD + "\n会议强调，要围绕中心工作建言献策。\n王五要求，各专委会要抓好落实。"
)


# A three-line report for the tests that put furniture below (or inside) a longer body.
SAFETY_REPORT = (
    "5月6日上午，某县召开全县安全生产工作会议，县委书记甲乙出席会议并讲话，县长丙丁主持。\n"
    "会议指出，今年以来全县上下认真落实各项安全措施，安全生产形势总体平稳，但隐患依然存在。\n"
    "会议要求，各乡镇各部门要压紧压实责任，扎实开展隐患排查整治，确保全县安全形势稳定。\n"
)


def cut_lines(text: str) -> list[str]:
    """The lines of `text` that the furniture step cut."""
    kept = strip_furniture(text).text.split("\n")
    return [line for line in text.split("\n") if line and line not in kept]


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
