"""Officials (roles44b, issue 11): a head who takes his staff along at his own office's
ceremony and, in the next clause after 并, hands a certificate or a gift over (率领各课室
主管、同仁共同表达感谢，并特别致赠感谢状) is there, as 率领…致赠 in one clause reads: the
presenting is his own act at the ceremony, no visit. A call paid somewhere (率领…前往某村，
并致赠慰问金) stays a visit, and a tour that goes on after 并 (dev t029's shape) stays
led. Invented sentences."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.script import to_simplified_text


def roles(text: str, name: str = "王建国") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(to_simplified_text(text))}
    return found.get(name, set())


def test_staff_led_then_a_certificate_presented_attends():
    text = (
        "乡公所今日办理感谢仪式，由乡长王建国率领各课室主管、同仁共同表达感谢，并特别致赠感谢状。"
    )
    assert roles(text) == {"attendee"}


def test_staff_led_then_a_certificate_awarded_traditional():
    text = "鎮長王建國率領同仁向志工表達謝意，並頒發感謝狀。"
    assert roles(text) == {"attendee"}


def test_guard_presenting_in_the_same_clause_already_attends():
    assert roles("乡长王建国率领各课室主管致赠感谢状。") == {"attendee"}


def test_guard_a_call_paid_with_a_gift_stays_a_visit():
    text = "乡长王建国率领各课室主管前往某村，并致赠慰问金。"
    assert roles(text) == {"leader"}


def test_guard_a_tour_that_goes_on_stays_led():
    text = "县长王建国带领大家一同参观园区，并沿着石阶观看展览。"
    assert roles(text) == {"leader"}


def test_guard_the_anthem_sung_after_the_party_taken_along_still_attends():
    assert roles("县长王建国率一级主管，并与民众高唱国歌。") == {"attendee"}
