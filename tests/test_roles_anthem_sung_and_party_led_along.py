"""Officials (roles44, issue 11): who sings the anthem at a flag-raising or a ceremony
(县长X与民众一起唱国歌) is there, as who watches it (观礼); a session's anthem sung by the
whole hall standing (X宣布大会开幕，全体起立，奏唱国歌) is no act of who opened it. Who
takes people along (率一级主管) and, in the next clause, joins others in an act of presence
(，并与民众高唱国歌) attends, as 率…出席 does; a tour that goes on (，并沿着石阶…观看) still
leads. Invented sentences."""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str, name: str = "王建国") -> set[str]:
    return {m.name: set(m.roles) for m in extract_officials(text)}[name]


def test_singing_the_anthem_with_the_people_is_presence():
    text = "县府举行元旦升旗典礼，代理县长王建国与现场民众一起唱国歌，迎接新年。"
    assert roles(text) == {"attendee"}


def test_singing_the_anthem_and_speaking():
    text = "县府举行升旗典礼，县长王建国与民众高唱国歌。王建国表示，新的一年要加倍努力。"
    assert roles(text) == {"attendee", "speaker"}


def test_party_taken_along_then_singing_with_the_people_attends():
    text = "县政府举行升旗典礼，县长王建国率一级主管，并与齐聚广场的民众高唱国歌。"
    assert roles(text) == {"attendee"}


def test_guard_the_session_anthem_is_not_the_openers():
    text = "上午9时，县人大常委会主任王建国宣布大会开幕，全体起立，高唱国歌。"
    assert roles(text) == {"chair"}
    text = "上午9时，县人大常委会主任王建国宣布大会开幕，全体代表起立奏唱国歌。"
    assert roles(text) == {"chair"}


def test_guard_a_tour_that_goes_on_is_still_led():
    text = "乡党委书记王建国带领大家一同参观了某山庄，并沿着石阶爬上山顶，沿路观看了茶园。"
    assert "leader" in roles(text)


def test_guard_a_party_led_to_a_visit_still_leads():
    assert roles("市长王建国率考察团，深入某公司调研。") == {"leader"}
