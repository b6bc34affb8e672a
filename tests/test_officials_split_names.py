"""Officials: a name written around its title, the Taiwan way of naming an official
(嘉义市林副市长瑞彦 is 林瑞彦, 嘉义市副市长), seen in lists of deputy heads on real pages
(issue 11, fifth development batch).

Each sentence is written here in the shape of a class seen on real pages (never copied
from them); the expected people and titles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in extract_officials(text)}


def test_a_list_of_names_written_around_their_titles():
    got = found(
        "会议于台南市登场，台南市王副市长一明、屏东县周副县长杰、高雄市李副市长建华齐聚一堂。"
    )
    assert set(got) == {"王一明", "李建华", "周杰"}
    assert got["李建华"] == ("高雄市副市长", ("attendee",))


def test_a_title_after_a_surname_alone_is_no_split_name():
    assert found("王县长一行到乡里调研。") == {}
    assert found("会上，李局长指出要抓好落实。") == {}
    # a word after the title is no given name, and one character needs a mark after it
    assert found("周主任还到工地察看。") == {}
    assert found("屏东县周副县长杰出贡献奖颁奖。") == {}
