"""Officials (review45b, issue 11): roles45b's adverb of manner (亲切地说, 动情地表示) lets a
clause that names no one go on with the open subject's predicate. A place word ending on 地
(各地, 当地, 本地, 外地, 基地) is no manner: the clause it opens has its own subject (全县各地
召开了动员会: the county's places held them, not the one who attended). Invented sentences."""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str, name: str = "王建国") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(text)}
    return found.get(name, set())


def test_places_everywhere_are_the_clause_own_subject():
    assert roles("县长王建国出席启动仪式，全县各地召开了动员会。") == {"attendee"}
    assert roles("县长王建国出席启动仪式，全县各地讲话。") == {"attendee"}


def test_local_places_are_the_clause_own_subject():
    assert roles("市长王建国出席开幕式，镇村当地主持了座谈。") == {"attendee"}


def test_guard_an_adverb_of_manner_still_goes_on():
    assert roles("县长王建国出席开幕式，亲切地讲话。") == {"attendee", "speaker"}
    assert roles("县长王建国出席开幕式，语重心长地讲话。") == {"attendee", "speaker"}
