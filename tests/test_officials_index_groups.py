"""The officials index groups people by place: a registered official by the registry's
place, an unregistered person by the registered place the person's records are about,
so that an archive's many unregistered names are not one long table."""

from public_records.registry import Official, Place, Registry
from public_records.site.aggregate import RecordView, aggregate
from public_records.site.summaries import _group_by_place

REGISTRY = Registry(
    officials=(Official("o1", "潘功发", place="d"),),
    places=(Place("d", "大观区", "district"), Place("h", "海口镇", "township", "d")),
)


def record(rid: str, date: str, place: str, *people: tuple[str, str]) -> RecordView:
    mentions = [{"person_id": pid, "name": name, "roles": ["attendee"]} for pid, name in people]
    return RecordView(rid, f"records/{rid}/", rid, date, {"place": place, "mentions": mentions})


def groups(records, hant: bool = False) -> dict[str, list[str]]:
    people = sorted(aggregate(records).people.values(), key=lambda p: p.id)
    return {
        name: [p.id for p in members]
        for _, name, members in _group_by_place(people, REGISTRY, hant)
    }


def test_unregistered_people_are_grouped_by_the_place_of_their_records():
    records = [
        record("a", "2024-08-02", "h", ("o1", "潘功发"), ("p-1", "金玉")),
        record("b", "2024-09-01", "h", ("p-1", "金玉"), ("p-2", "司明")),
        record("c", "2024-09-02", "d", ("p-1", "金玉")),
        record("e", "2024-09-03", "", ("p-3", "白石")),
        record("f", "2024-09-04", "unregistered-place", ("p-4", "何方")),
    ]
    assert groups(records) == {
        "大观区": ["o1"],  # the registry's place, though the records are about 海口镇
        "海口镇": ["p-1", "p-2"],  # two of 金玉's three records are about 海口镇
        "未登记地区": ["p-3", "p-4"],  # no registered place: last
    }
    assert list(groups(records, hant=True)) == ["大觀區", "海口鎮", "未登記地區"]


def test_a_tie_between_places_goes_to_the_newest_record():
    records = [
        record("a", "2024-08-02", "d", ("p-1", "金玉")),
        record("b", "2024-09-01", "h", ("p-1", "金玉")),
    ]
    assert groups(records) == {"海口镇": ["p-1"]}
