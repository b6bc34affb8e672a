"""Officials (roles44b, issue 11): a roster opened by a phrase of presence (出席贵宾包括,
出席的有) goes on past items that are no officials (an association's officers, its whole
board, its members: 客属会理事长A、全体理监事及上百位会员), and the officials named after
them are the roster's, there (dev bx023's 客家处长). A list with no such opener keeps its
own predicate. Invented sentences."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.script import to_simplified_text


def roles(text: str, name: str = "李志明") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(to_simplified_text(text))}
    return found.get(name, set())


def test_roster_goes_on_past_the_members():
    text = "活动出席贵宾包括县议员王建国、全体理监事及上百位会员、客家处长李志明。"
    assert roles(text) == {"attendee"}
    assert roles(text, "王建国") == {"attendee"}


def test_roster_goes_on_past_association_officers_traditional():
    text = "出席貴賓包括縣議員王建國、客屬會理事長趙大同、前任理事長蕭大雄、鄉長李志明。"
    assert roles(text) == {"attendee"}


def test_roster_of_the_have_form_goes_on_past_the_board():
    assert roles("出席的有县议员王建国、全体理监事、处长李志明。") == {"attendee"}


def test_guard_a_list_with_its_own_verb_keeps_it():
    assert roles("县长王建国、全体理监事、处长李志明出席。") == {"attendee"}


def test_guard_a_list_that_speaks_keeps_speech():
    text = "县长王建国、全体理监事、处长李志明先后致词。"
    assert roles(text) == {"speaker"}


def test_guard_no_roster_opener_no_presence():
    assert "attendee" not in roles("感谢县议员王建国、全体理监事、处长李志明的支持。")


def test_a_list_after_including_goes_on_past_an_association_officer():
    text = "启动礼邀得多位嘉宾担任主礼，包括司长王建国、理事长赵大同、前立法会主席李志明。"
    assert roles(text, "王建国") == {"attendee"}
    assert roles(text) == {"attendee"}
