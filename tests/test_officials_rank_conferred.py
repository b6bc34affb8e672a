"""Officials: a rank conferred at a police or army ceremony (round dev24x, stop 43, issue 11).

县长X为分局长Y授阶: the name before 授阶 (授衔) was lost, as no known word followed it; the
one given the rank is there, as one given a flag (为Y授旗) is.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected names and roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in extract_officials(text)}


def test_the_one_given_a_rank_is_found_and_there():
    got = found("交接典礼上，县长邬春林为东山分局长聂文涛授阶。")
    assert got["聂文涛"] == ("东山分局长", ("attendee",))


def test_shouxian_reads_as_shoujie():
    got = found("市长邬春林为新任分局长包明远授衔，并勉励他守护治安。")
    assert got["包明远"] == ("新任分局长", ("attendee",))


# Guards: what must not change.


def test_a_flag_given_is_unchanged():
    got = found("县长邬春林为局长聂文涛授旗。")
    assert got["聂文涛"] == ("局长", ("attendee",))


def test_the_word_inside_a_ceremonys_name_gives_no_name():
    assert found("县公安局举行授衔仪式，全体民警参加。") == {}
