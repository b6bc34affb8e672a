"""Officials (roles44b, issue 11): presence in Taiwan's and Hong Kong's own words. Who
shows up in person (现身, 齐齐现身…摊位) and who comes to the event's site (也都到活动现场)
is there, as who comes to it (到场). 现身说法 (a talk drawn from one's own life) shows no
one up, and 到现场 alone stays out (到现场检查 is a visit made, which an attendance word
before it would absorb). Invented sentences, Traditional ones converted as a page is."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.script import to_simplified_text


def roles(text: str, name: str = "王建国") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(to_simplified_text(text))}
    return found.get(name, set())


def test_showing_up_at_a_stall_is_presence():
    text = "选举事务处今日推出宣传活动，财政司副司长王建国齐齐现身湾仔摊位撑场。"
    assert roles(text) == {"attendee"}


def test_showing_up_traditional_with_a_second_official():
    text = "民政事務局局長李志明及副司長王建國現身會場，與市民交流。"
    assert roles(text) == {"attendee"}
    assert roles(text, "李志明") == {"attendee"}


def test_a_roster_coming_to_the_event_site_attends():
    text = (
        "元宵晚会五千人齐聚，乡长陈明德及诸多贵宾也亲自到场，有县议员王建国、代表会主席"
        "林秀英、村长张文华也都到活动现场向乡亲献上祝福。"
    )
    for name in ("王建国", "林秀英", "张文华"):
        assert roles(text, name) == {"attendee"}, name


def test_coming_to_the_event_site_traditional():
    text = "縣議員王建國、鄉長林志成也到活動現場，與民眾同樂。"
    assert roles(text) == {"attendee"}
    assert roles(text, "林志成") == {"attendee"}


def test_guard_a_talk_from_ones_own_life_shows_no_one_up():
    text = "戒毒所举办讲座，副局长王建国以亲身经历现身说法，讲述戒毒经过。"
    assert "attendee" not in roles(text)


def test_guard_coming_to_the_site_to_inspect_is_a_visit():
    assert roles("县长王建国到现场检查防汛工作。") == {"leader"}


def test_guard_coming_to_the_site_to_inspect_then_speaking():
    text = "县长王建国到现场检查工作并指出，要压实责任。"
    assert roles(text) == {"leader", "speaker"}
