"""A page of many short lines above its first body line: each line is checked against a
headline of at most MAX_HEADLINE_LINES pieces, so the headline search's work grows with
the text, not its square (speed itself is measured by the bench, not here)."""

from public_records.extract import title
from public_records.extract.title import MAX_HEADLINE_LINES, page_headline


def distinct_short_lines(count: int) -> list[str]:
    # short lines sharing no character, so none prints another again
    return ["".join(chr(0x4E00 + 200 + 8 * n + k) for k in range(8)) for n in range(count)]


def test_each_line_is_checked_against_a_bounded_headline(monkeypatch):
    seen: list[int] = []
    repeats = title._repeats

    def counted(line, pieces):
        seen.append(len(pieces))
        return repeats(line, pieces)

    monkeypatch.setattr(title, "_repeats", counted)
    lines = distinct_short_lines(200)
    page_headline("\n".join(lines) + "\n12月17日，县政府召开常务会议，县长张三主持会议并讲话。")
    assert seen and max(seen) <= MAX_HEADLINE_LINES


def test_a_headline_holds_a_bounded_number_of_lines():
    lines = distinct_short_lines(50)
    lead = "12月17日，" + "".join(lines[:3]) + "，县长张三主持会议并讲话。"
    assert page_headline("\n".join(lines) + "\n" + lead).count(" ") < MAX_HEADLINE_LINES
