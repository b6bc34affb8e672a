"""Officials (review45, issue 11): roles45 made 在场 at a clause's end and 参观 weak words
of presence (县领导A、B也在场, A参观展览: attendees). Their negations (不在场, 未在场, 没有
在场, 未参观) say the opposite: the one named is away, a mention, as 未能到场 and 不在现场
already read (absence_words). Invented sentences, Traditional ones converted as a page is."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.script import to_simplified_text


def found(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(to_simplified_text(text))}


def test_not_on_the_spot_with_an_excuse_is_a_mention():
    text = "县委书记王建国出席活动，副县长李明德因公务不在场。"
    assert found(text)["李明德"] == {"mentioned"}


def test_not_on_the_spot_ends_the_name():
    for absent in ("不在场", "未在场", "没有在场"):
        text = f"县委书记王建国出席活动，副县长李明德{absent}。"
        assert found(text).get("李明德") == {"mentioned"}, absent


def test_a_list_not_on_the_spot_traditional():
    text = "縣委書記王建國出席活動，縣領導李明德、張志華均不在場。"
    people = found(text)
    assert people["李明德"] == {"mentioned"}
    assert people["张志华"] == {"mentioned"}


def test_no_tour_made_is_a_mention():
    assert found("副县长李明德因事未参观展览。")["李明德"] == {"mentioned"}


# guards: on the spot and a tour are still presence


def test_on_the_spot_is_still_presence():
    text = "县委书记王建国出席活动，县领导李明德、张志华也在场。"
    people = found(text)
    assert people["李明德"] == {"attendee"}
    assert people["张志华"] == {"attendee"}
    assert people["王建国"] == {"attendee"}


def test_a_tour_is_still_presence():
    assert found("副县长李明德参观展览。")["李明德"] == {"attendee"}
