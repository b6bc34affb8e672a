"""Officials (review43 finding 6): guests by a generic noun (嘉宾, 来宾, 客商) asked to come
(欢迎各位嘉宾前来投资兴业, 欢迎客商到某县投资) are invited, not received: the one who
invites them is not made present by it. Guests welcomed (欢迎各位嘉宾, 嘉宾来到某县) and
a visiting party's coming (考察团一行来县考察) are still a host's presence (invented
sentences; a welcome of an arrival, 欢迎…的到来, is speech: finding 4)."""

from __future__ import annotations

import pytest
from public_records.extract.identify import extract_officials


def roles(text: str) -> set[str]:
    return {m.name: set(m.roles) for m in extract_officials(text)}["王建国"]


@pytest.mark.parametrize(
    "text",
    [
        "县长王建国欢迎各位嘉宾前来投资兴业。",
        "县长王建国欢迎客商到某县投资。",
        "县长王建国欢迎来宾们来某县观光。",
    ],
)
def test_an_invitation_to_come_is_no_presence(text):
    assert "attendee" not in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "县长王建国欢迎各位嘉宾。",
        "县长王建国欢迎各位嘉宾来到某县。",
        "县长王建国在门口迎接各位来宾。",
        "县长王建国欢迎考察团一行来县考察。",
    ],
)
def test_guard_guests_and_parties_received_are_presence(text):
    assert roles(text) == {"attendee"}
