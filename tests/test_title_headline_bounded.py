"""A page of many short lines above its first body line: the headline search reads each
line against a bounded headline, so its work grows with the text, not its square (speed
itself is measured by the bench, not here)."""

from public_records.extract.title import MAX_HEADLINE_LINES, page_headline


def short_lines(count: int) -> str:
    # distinct short lines with no full stop, each one more headline-shaped piece
    return "\n".join(f"第{n}届某某县会议召开" for n in range(count))


def test_a_headline_holds_a_bounded_number_of_lines():
    text = short_lines(50) + "\n" + "12月17日，某某县第1届会议召开，县长张三主持会议并讲话。" * 2
    assert page_headline(text).count(" ") < MAX_HEADLINE_LINES
