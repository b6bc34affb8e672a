"""Issue 12: aggregation follows the record catalog (site/aggregate_state.py). The
summaries are kept between runs; a run subtracts each changed or removed record's old
front matter and adds its new one. An archive built step by step over random
additions, changes and removals has the same summaries, in the same order, as one
aggregated from nothing (aggregate.aggregate, the full pass). Invented records."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from public_records.site import aggregate_state
from public_records.site.aggregate import RecordView, aggregate
from public_records.site.aggregate_state import (
    AggregateState,
    StateMismatch,
    build,
    materialize,
    order_key,
    read_kept,
    read_state,
    save_state,
)

IDS = [f"r{i}" for i in range(8)]
DATES = ["", "2023", "2023-05", "2023-05-02", "2023-05-09", "2024-01-01"]
PEOPLE = ["p1", "p2", "p-x3", "p4"]
NAMES = ["赵东", "钱南", "孙西"]  # a person's name may differ between records
TITLES = ["", "镇长", "副镇长", "书记"]
ROLES = ["chair", "speaker", "attendee", "leader"]
TAGS = ["t1", "t2", "t3"]
WORDS = ["防火", "秋粮", "招商", "巡查"]

mention = st.fixed_dictionaries(
    {
        "person_id": st.sampled_from([*PEOPLE, ""]),
        "name": st.sampled_from(NAMES),
        "title": st.sampled_from(TITLES),
        "roles": st.lists(st.sampled_from(ROLES), max_size=2, unique=True),
        "learned_from": st.sampled_from(["", "", "r1", "r5"]),
    }
)
tag = st.fixed_dictionaries(
    {
        "id": st.sampled_from(TAGS),
        "name": st.sampled_from(NAMES),
        "evidence": st.lists(st.sampled_from(WORDS), max_size=3),
    }
)


@st.composite
def record(draw, rid: str) -> dict:
    return {
        "id": rid,
        "title": draw(st.sampled_from(["会议", "调研", "座谈"])),
        "date": {"resolved": draw(st.sampled_from(DATES))},
        "place": draw(st.sampled_from(["", "x1", "x2"])),
        "mentions": draw(st.lists(mention, max_size=4)),
        "topics": draw(st.lists(tag, max_size=2)),
        "places": draw(st.lists(tag, max_size=2)),
    }


@st.composite
def step(draw) -> dict:
    """Some records set (added or changed) and some removed, at once."""
    ids = draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=3, unique=True))
    out = {}
    for rid in ids:
        out[rid] = None if draw(st.booleans()) and draw(st.booleans()) else draw(record(rid))
    return out


def views_of(lights: dict) -> dict:
    ordered = sorted(lights.values(), key=order_key)
    return {
        m["id"]: RecordView(m["id"], f"records/{m['id']}/", m["title"], m["date"]["resolved"], m)
        for m in ordered
    }


def assert_same(archive, full) -> None:
    """Every summary equal, with the order of every list and table (which decides the
    pages' order of rows and most_common's ties) the same."""
    assert archive.people.keys() == full.people.keys()
    for pid, person in full.people.items():
        mine = archive.people[pid]
        assert mine.name == person.name
        assert mine.appearances == person.appearances
        assert list(mine.co.items()) == list(person.co.items())
        assert list(mine.names.items()) == list(person.names.items())
    for family in ("topics", "places"):
        kept, made = getattr(archive, family), getattr(full, family)
        assert kept.keys() == made.keys()
        for tid, tag in made.items():
            assert kept[tid].name == tag.name
            assert kept[tid].records == tag.records
            assert list(kept[tid].evidence.items()) == list(tag.evidence.items())
    assert archive.learned == full.learned
    assert archive.learned_rows() == full.learned_rows()


@settings(max_examples=300, deadline=None)
@given(st.lists(step(), min_size=1, max_size=8))
def test_step_by_step_equals_from_nothing(steps):
    lights: dict[str, dict] = {}
    state = AggregateState()
    for change in steps:
        old = [lights[rid] for rid in change if rid in lights]
        for rid, light in change.items():
            if light is None:
                lights.pop(rid, None)
            else:
                lights[rid] = light
        new = [light for light in change.values() if light is not None]
        state.follow(old, new, lights)
        views = views_of(lights)
        full = aggregate(views.values())
        assert_same(materialize(state, views), full)
        assert_same(materialize(build(v.meta for v in views.values()), views), full)


@pytest.mark.parametrize("fraction", [0, 8])
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(step(), min_size=1, max_size=6))
def test_kept_state_and_journal_read_back(tmp_path_factory, monkeypatch, fraction, steps):
    """Kept between steps (as between runs): written whole, or a journal line a step
    (fraction 0: always the journal), read back, still following the catalog."""
    monkeypatch.setattr(aggregate_state, "JOURNAL_FRACTION", fraction)
    path = tmp_path_factory.mktemp("state") / "s.aggregate"
    lights: dict[str, dict] = {}
    generation = "g0"
    save_state(path, AggregateState(), generation)
    for n, change in enumerate(steps):
        kept = read_kept(path)
        assert kept.generation == generation
        old = [copy.deepcopy(lights[rid]) for rid in change if rid in lights]
        lights.update({rid: light for rid, light in change.items() if light is not None})
        for rid in [rid for rid, light in change.items() if light is None]:
            lights.pop(rid, None)
        kept.follow(old, list(change), lights)
        kept.save(path, generation, f"g{n + 1}")
        generation = f"g{n + 1}"
        views = views_of(lights)
        assert_same(materialize(kept.state, views), aggregate(views.values()))
    if fraction == 0 and len(steps) > 1:
        assert aggregate_state.journal_path(path).exists()


def test_a_journal_naming_many_records_is_folded_into_the_state(tmp_path, monkeypatch):
    """Every run follows every record its journal names: once a run's changes and the
    journal's name more than 1/JOURNAL_FRACTION of the catalog, the state is written
    whole (no journal left), however few bytes the journal holds (records added are
    named by their ids alone); a change among many stays a journal line. The code before
    kept the journal while its bytes were few, and each later run followed them all."""
    monkeypatch.setattr(aggregate_state, "JOURNAL_RECORDS_MIN", 2)
    path = tmp_path / "s.aggregate"

    def light(i: int, title: str = "会议") -> dict:
        person = {"person_id": f"p{i}", "name": "赵东", "title": "镇长", "roles": ["chair"]}
        return {
            "id": f"r{i}",
            "title": title,
            "date": {"resolved": "2023"},
            "place": "",
            "mentions": [{**person, "learned_from": ""}],
            "topics": [],
            "places": [],
        }

    lights = {f"r{i}": light(i) for i in range(256)}
    save_state(path, build(lights.values()), "g0")
    journal = aggregate_state.journal_path(path)

    def run(changed: list[int], since: str, generation: str) -> None:
        kept = read_kept(path)
        ids = [f"r{i}" for i in changed]
        old = [copy.deepcopy(lights[rid]) for rid in ids if rid in lights]
        lights.update({f"r{i}": light(i, "调研") for i in changed})
        kept.follow(old, ids, lights)
        kept.save(path, since, generation)
        views = views_of(lights)
        assert_same(materialize(kept.state, views), aggregate(views.values()))

    run([1], "g0", "g1")  # 1 of 256 named: a journal line
    assert journal.exists()
    run([2, 3], "g1", "g2")  # 3 (past the minimum, under an eighth)
    assert journal.exists()
    run(list(range(300, 340)), "g2", "g3")  # 40 added: 43 of 296, past an eighth
    assert not journal.exists()
    assert read_kept(path).generation == "g3"


def test_a_state_that_does_not_agree_is_refused(tmp_path):
    """Subtracting a record the state does not hold (it is not the state of the old
    records) raises; a damaged or foreign state file does not read back."""
    light = {
        "id": "r1",
        "title": "会议",
        "date": {"resolved": "2023-05-02"},
        "mentions": [{"person_id": "p1", "name": "赵东"}],
        "topics": [],
        "places": [],
    }
    try:
        AggregateState().follow([light], [], {})
    except StateMismatch:
        pass
    else:
        raise AssertionError("a record not in the state was subtracted")
    path = tmp_path / "s.aggregate"
    save_state(path, build([light]), "g1")
    state, generation = read_state(path)
    assert generation == "g1" and list(state.people) == ["p1"]
    path.write_bytes(path.read_bytes()[:-5])
    assert read_state(path) == (None, None)
    path.write_text('{"version": "1", "code": "other", "generation": "g1"}\n')
    assert read_state(path) == (None, None)
