"""Officials: a government's centre before a name-first title (round dev24x, stop 43,
issue 11).

国家某局湿地保护管理中心A总工程师, 县融媒体中心B主任: the organ before the name ends in
the word 中心, not in one of the organ characters (局, 委, 办…), so the name written
between organ and title was lost. A centre is read as an organ there when a level of
government or an organ is named before it; a centre after 在 is a venue; a centre named
by its work alone (协同创新中心) is no government's.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected names and titles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, str]:
    return {m.name: m.title for m in extract_officials(text)}


def test_a_national_bureaus_centre_before_the_name():
    got = found("国家海洋局海岛管理中心聂文涛总工程师一行到我县调研。")
    assert got == {"聂文涛": "国家海洋局海岛管理中心总工程师"}


def test_a_county_centre_before_the_name():
    got = found("县融媒体中心包明远主任介绍了有关情况。")
    assert got == {"包明远": "县融媒体中心主任"}


def test_two_centres_in_a_name_first_list():
    got = found("省水利厅水文中心邬春林主任、省水利厅防汛中心田立山副主任一行到我市检查。")
    assert got["邬春林"] == "省水利厅水文中心主任"
    assert got["田立山"] == "省水利厅防汛中心副主任"


# Guards: what must not change.


def test_a_centre_named_by_its_work_alone_gives_no_holder():
    # a university's research centre: its head is no official
    assert found("会上，协同创新中心邬春林主任汇报了课题情况。") == {}


def test_a_venue_after_zai_is_no_organ():
    got = found("在市会议中心聂文涛书记主持召开会议。")
    assert got == {"聂文涛": "书记"}


def test_a_caring_word_ending_in_xin_is_no_organ():
    assert found("他非常关心聂文涛书记的身体。") == {}


def test_an_organ_character_before_the_name_is_unchanged():
    assert found("县水利局聂文涛总工程师一行到我市调研。") == {"聂文涛": "县水利局总工程师"}
