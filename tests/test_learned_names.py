"""Names learned across the archive (ingest/learned.py): a person named with a title in
one record is found without a title in the other records of the same place and
period, with the sentence and the teaching record as evidence; namesakes elsewhere,
records out of the window and names the registry rejects are left alone.

The corpus is invented: reports of one county (青溪县) over a few months, and one of
another county (白石县) that names a namesake."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from public_records.ingest.importer import run_import
from public_records.ingest.learned import WINDOW_MONTHS, learn, month_index
from public_records.registry import Registry, RegistryError, load_registry_text
from public_records.site.aggregate import RecordView, aggregate

QINGXI = {
    "qx-01": (
        "2024-03-05",
        "青溪县",
        "3月5日，青溪县召开县委常委会会议，县委书记钱江主持会议并讲话，"
        "县长孙立平、县委副书记周晓梅出席会议。\n会议研究部署了春季农业生产工作。",
    ),
    "qx-02": (
        "2024-04-10",
        "青溪县",
        "4月10日，青溪县召开全县安全生产工作会议。\n"
        "钱江指出，要压实安全生产责任，守住安全底线。孙立平、周晓梅出席会议。",
    ),
    "qx-03": (
        "2024-06-18",
        "青溪县",
        "6月18日，青溪县防汛工作会议召开。\n钱江同志在会上强调，要做好防汛准备。",
    ),
    # Two years later: out of the window, nothing is learned.
    "qx-04": (
        "2026-09-01",
        "青溪县",
        "9月1日，青溪县召开会议。\n钱江指出，要抓好秋季生产。",
    ),
    # Another county, same name, no title: another person, never merged.
    "bs-01": (
        "2024-04-12",
        "白石县",
        "4月12日，白石县召开乡村振兴推进会。\n钱江指出，要加快发展特色产业。",
    ),
}


def write_seeds(seeds: Path, reports: dict, registry: str = "") -> None:
    seeds.mkdir(parents=True, exist_ok=True)
    for rid, (date, place, text) in reports.items():
        (seeds / f"{rid}.txt").write_text(text + "\n", encoding="utf-8")
        (seeds / f"{rid}.yml").write_text(f"date: {date}\nplace: {place}\n", encoding="utf-8")
    if registry:
        (seeds / "registry").mkdir(exist_ok=True)
        (seeds / "registry" / "officials.yml").write_text(registry, encoding="utf-8")


def lines(content: Path) -> dict[str, dict]:
    path = content / "records" / "records.jsonl"
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def mentions(record: dict) -> dict[str, dict]:
    return {m["name"]: m for m in record["mentions"]}


@pytest.fixture
def archive(tmp_path):
    seeds, content, cache = tmp_path / "seeds", tmp_path / "content", tmp_path / "cache"
    write_seeds(seeds, QINGXI)
    run_import(seeds, content, cache, jobs=1)
    return seeds, content, cache


def test_title_less_mentions_are_found_with_evidence_and_teacher(archive):
    _, content, _ = archive
    records = lines(content)
    taught = mentions(records["qx-02"])
    assert taught.keys() == {"钱江", "孙立平", "周晓梅"}
    qian = taught["钱江"]
    assert qian["title"] == "" and qian["learned_from"] == "qx-01"
    assert qian["roles"] == ["speaker"]
    assert qian["evidence"] == "钱江指出，要压实安全生产责任，守住安全底线。"
    text = records["qx-02"]["text_hans"]
    assert text[qian["start"] : qian["end"]] == "钱江"
    # The bare list: both names, from their own verb.
    assert taught["孙立平"]["roles"] == ["attendee"] == taught["周晓梅"]["roles"]
    # Same person as in the teaching record.
    teacher = mentions(records["qx-01"])
    assert {n: m["person_id"] for n, m in taught.items()} == {
        n: teacher[n]["person_id"] for n in taught
    }
    # X同志在会上强调: found, a speaker.
    assert mentions(records["qx-03"])["钱江"]["roles"] == ["speaker"]
    # The teaching record's own mentions are not marked as learned.
    assert all("learned_from" not in m for m in records["qx-01"]["mentions"])


def test_namesakes_elsewhere_and_records_out_of_the_window_learn_nothing(archive):
    _, content, _ = archive
    records = lines(content)
    assert "钱江" not in mentions(records["bs-01"])
    assert "钱江" not in mentions(records["qx-04"])
    assert month_index("2026-09-01") - month_index("2024-03-05") > WINDOW_MONTHS


def test_namesakes_titled_in_two_places_stay_two_people():
    def rec(rid, place, text, title=""):
        ms = [{"name": "钱江", "title": title, "person_id": f"p-{place}", "roles": []}]
        return {
            "id": rid,
            "place": place,
            "date": {"resolved": "2024-05-01"},
            "text_hans": text,
            "mentions": ms if title else [],
        }

    learned = learn(
        [
            rec("a", "qingxi", "县长钱江出席。", "县长"),
            rec("b", "baishi", "县委书记钱江出席。", "县委书记"),
            rec("c", "qingxi", "钱江指出，要抓落实。"),
            rec("d", "baishi", "钱江强调，要抓落实。"),
        ],
        Registry(),
    )
    assert [(m["person_id"], m["learned_from"]) for m in learned["c"]] == [("p-qingxi", "a")]
    assert [(m["person_id"], m["learned_from"]) for m in learned["d"]] == [("p-baishi", "b")]


def test_both_scripts_the_official_page_and_search_input_agree(archive):
    _, content, _ = archive
    hant = (content / "records" / "zh-hant" / "qx-02.md").read_text(encoding="utf-8")
    hans = (content / "records" / "zh-hans" / "qx-02.md").read_text(encoding="utf-8")
    front_hant = json.loads(hant.split("\n")[1])
    front_hans = json.loads(hans.split("\n")[1])
    assert [m["name"] for m in front_hans["mentions"]] == ["钱江", "孙立平", "周晓梅"]
    assert [m["name"] for m in front_hant["mentions"]] == ["錢江", "孫立平", "周曉梅"]
    assert all(m["learned_from"] == "qx-01" for m in front_hant["mentions"])
    # records.jsonl (search and bulk data) holds the same mentions as the content file.
    assert lines(content)["qx-02"]["mentions"] == front_hans["mentions"]
    views = [
        RecordView(rid, f"records/{rid}/", r["title_hans"], r["date"]["resolved"], r)
        for rid, r in lines(content).items()
    ]
    summary = aggregate(views)
    qian_id = mentions(lines(content)["qx-01"])["钱江"]["person_id"]
    person = summary.people[qian_id]
    assert sorted(a.record.id for a in person.appearances) == ["qx-01", "qx-02", "qx-03"]
    assert {a.record.id: a.learned_from for a in person.appearances}["qx-02"] == "qx-01"
    rows = {r["name"]: r for r in summary.learned_rows()}
    assert rows["钱江"]["records"] == 2 and rows["钱江"]["taught_by"] == ["qx-01"]
    assert rows["钱江"]["place"] == "青溪县"


def test_a_warm_import_writes_nothing_and_removing_the_teacher_unlearns(archive):
    seeds, content, cache = archive
    folder = content / "records" / "zh-hans"
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    report = run_import(seeds, content, cache, jobs=1)
    assert report.written == 0
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    assert report.from_cache == len(QINGXI)  # every record a manifest hit: no churn
    (seeds / "qx-01.txt").unlink()
    (seeds / "qx-01.yml").unlink()
    run_import(seeds, content, cache, jobs=1)
    records = lines(content)
    assert all("learned_from" not in m for r in records.values() for m in r["mentions"])
    front = json.loads((folder / "qx-02.md").read_text(encoding="utf-8").split("\n")[1])
    assert front["mentions"] == []


PLACES = "- id: qingxi\n  name: 青溪县\n  kind: county\n"


def test_the_registry_rejects_a_learned_name(tmp_path):
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    officials = (
        "- id: qian-jiang-qingxi\n  name: 钱江\n  place: qingxi\n  learned: false\n"
        "  notes: not learned (curation)\n"
    )
    write_seeds(seeds, {k: QINGXI[k] for k in ("qx-01", "qx-02")}, officials)
    (seeds / "registry" / "places.yml").write_text(PLACES, encoding="utf-8")
    run_import(seeds, content, tmp_path / "cache", jobs=1)
    taught = mentions(lines(content)["qx-02"])
    assert "钱江" not in taught or "learned_from" not in taught["钱江"]
    assert taught["孙立平"]["learned_from"] == "qx-01"  # the others are still learned


def test_the_registry_learned_key_is_validated():
    base = "- id: a\n  name: 钱江\n  place: qingxi\n  learned: "
    for value in ("true", "false"):
        registry = load_registry_text(base + value + "\n", places=PLACES)
        assert registry.officials[0].learned is (value == "true")
    with pytest.raises(RegistryError, match="'learned' must be true or false"):
        load_registry_text(base + "maybe\n", places=PLACES)


def test_learning_scans_each_text_once_whatever_the_number_of_names():
    """Many known names in the place: the scan looks up substrings, never each name."""
    names = [f"钱{chr(0x4E00 + i)}{chr(0x4E00 + i + 1)}" for i in range(0, 4000, 2)]
    teacher = {
        "id": "t",
        "place": "q",
        "date": {"resolved": "2024-01-01"},
        "text_hans": "",
        "mentions": [{"name": n, "title": "县长", "person_id": n, "roles": []} for n in names],
    }
    learner = {
        "id": "l",
        "place": "q",
        "date": {"resolved": "2024-02-01"},
        "text_hans": f"{names[-1]}指出，要抓落实。",
        "mentions": [],
    }
    calls = 0
    real_get = dict.get

    class Counting(dict):
        def get(self, *args):
            nonlocal calls
            calls += 1
            return real_get(self, *args)

    from public_records.ingest import learned as module

    index = module.build_index([teacher, learner], Registry())
    counted = {key: Counting(months) for key, months in index.items()}
    found = module.learn_record(learner, counted, {"q": set(names)}, Registry())
    assert [m["name"] for m in found] == [names[-1]]
    assert calls <= 2 * (WINDOW_MONTHS + 1)
