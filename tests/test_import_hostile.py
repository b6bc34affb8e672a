"""Hostile and broken inputs on the import side (issue 16): a newcomer file cannot take
an established id, a damaged cache is a miss (never a crash, never trusted), the public
import report names files relative to the seeds folder's parent, and a removed report
leaves nothing of itself under content/."""

from __future__ import annotations

import contextlib
import filecmp
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from public_records.ingest import importer
from public_records.ingest.importer import Claims, entry_bytes, read_entry, run_import
from sitebuild import ROOT, SEED

S = SEED.stem  # the seed's id: the established URL a newcomer tries to take


def _seeds(tmp_path: Path) -> Path:
    """The seed, two short reports of our own (one with a sidecar) and the registry."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copytree(ROOT / "seeds" / "registry", seeds / "registry")
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "b_short.txt").write_text(
        "8月2日，区委书记潘功发主持召开区委常委会会议。\n", encoding="utf-8"
    )
    (seeds / "c_titled.txt").write_text("8月3日，区长金玉主持召开会议。\n", encoding="utf-8")
    (seeds / "c_titled.yml").write_text("title: 区长主持会议\n", encoding="utf-8")
    return seeds


def _claim(seeds: Path, name: str, record_id: str) -> None:
    """A report `name`.txt whose sidecar claims `record_id`."""
    (seeds / f"{name}.txt").write_text(f"8月9日，{name}会议召开。\n", encoding="utf-8")
    (seeds / f"{name}.yml").write_text(f"id: {record_id}\n", encoding="utf-8")


def _holders(content: Path) -> dict[str, str]:
    """id -> the file its published record was made from (records.jsonl)."""
    text = (content / "records" / "records.jsonl").read_text(encoding="utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    return {line["id"]: line["source_path"] for line in lines}


def _errors(report: importer.ImportReport) -> list[tuple[str, str]]:
    return sorted((Path(e.path).name, e.reason) for e in report.errors)


def _taken(record_id: str, holder: str) -> str:
    return f"claims the id {record_id!r}, already used by {holder}"


def _provenance(report: importer.ImportReport) -> list[tuple[str, str, str]]:
    return [(r.id, r.source_path, r.sha256) for r in report.records]


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _same_tree(a: Path, b: Path) -> None:
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files_a:
        assert filecmp.cmp(a / rel, b / rel, shallow=False), rel


# --- id takeover -------------------------------------------------------------------


@pytest.mark.parametrize("cached", [True, False], ids=["cache", "no-cache"])
def test_a_newcomer_that_sorts_first_cannot_take_an_established_id(tmp_path, cached):
    seeds = _seeds(tmp_path)
    content = tmp_path / "content"
    cache = tmp_path / "cache" if cached else None
    run_import(seeds, content, cache_dir=cache, jobs=1)
    before = _tree(content)
    _claim(seeds, "0000", S)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert _errors(report) == [("0000.txt", _taken(S, SEED.name))]
    assert _holders(content)[S] == SEED.name
    # Nothing was written for the id: its pages and raw copy are the seed's, untouched.
    assert report.written == 0
    after = _tree(content)
    assert {k: v for k, v in after.items() if S in k} == {k: v for k, v in before.items() if S in k}
    assert after[f"raw/{S}.txt"] == SEED.read_bytes()


@pytest.mark.parametrize("manifest_version", ["current", "of older code"])
def test_the_file_that_held_an_id_in_the_last_import_keeps_it(tmp_path, manifest_version):
    """The manifest says who held the id, even a manifest of other code or registry
    (whose entries are no longer served); without it the file named after the id wins."""
    seeds = _seeds(tmp_path)
    _claim(seeds, "x_first", "zeta")
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    if manifest_version != "current":
        (manifest,) = cache.glob("manifest-*.sqlite")
        with contextlib.closing(sqlite3.connect(manifest)) as db, db:
            db.execute("UPDATE meta SET value = '3/old/old' WHERE key = 'version'")
    (seeds / "zeta.txt").write_text("8月10日，新文件会议召开。\n", encoding="utf-8")
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert _errors(report) == [("zeta.txt", _taken("zeta", "x_first.txt"))]
    assert _holders(content)["zeta"] == "x_first.txt"

    fresh = run_import(seeds, tmp_path / "fresh", cache_dir=None, jobs=1)
    assert _errors(fresh) == [("x_first.txt", _taken("zeta", "zeta.txt"))]
    assert _holders(tmp_path / "fresh")["zeta"] == "zeta.txt"


def test_an_id_given_up_goes_to_the_file_named_after_it_then_to_the_first_file(tmp_path):
    seeds = _seeds(tmp_path)
    _claim(seeds, "x_first", "zeta")
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    # The holder (last in file order of the three claimants) now claims another id.
    (seeds / "x_first.yml").write_text("id: other\n", encoding="utf-8")
    _claim(seeds, "0000", "zeta")
    (seeds / "zeta.txt").write_text("8月10日，新文件会议召开。\n", encoding="utf-8")
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert _errors(report) == [("0000.txt", _taken("zeta", "zeta.txt"))]
    holders = _holders(content)
    assert (holders["zeta"], holders["other"]) == ("zeta.txt", "x_first.txt")
    _same_tree(content, _fresh(seeds, tmp_path / "fresh1"))

    # The holder becomes unreadable and no file is named after the id: file order.
    (seeds / "zeta.txt").write_bytes(b"\x00\x01binary")
    _claim(seeds, "y_later", "zeta")
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert _errors(report) == [
        ("y_later.txt", _taken("zeta", "0000.txt")),
        ("zeta.txt", "is binary, not a text report"),
    ]
    assert _holders(content)["zeta"] == "0000.txt"
    _same_tree(content, _fresh(seeds, tmp_path / "fresh2"))


def test_many_claimants_of_one_id_are_each_named(tmp_path):
    seeds = _seeds(tmp_path)
    for i in range(5):
        _claim(seeds, f"a{i}", S)
    report = run_import(seeds, tmp_path / "content", cache_dir=None, jobs=1)
    assert _errors(report) == [(f"a{i}.txt", _taken(S, SEED.name)) for i in range(5)]
    assert _holders(tmp_path / "content")[S] == SEED.name


_IDS = st.sampled_from(["a", "b", "c", None])  # None: the file claims no id (unreadable)


@given(
    claims=st.lists(
        st.tuples(st.sampled_from(["a", "b", "c", "d", "e"]), _IDS), unique_by=lambda c: c[0]
    ),
    holders=st.dictionaries(st.sampled_from(["a", "b", "c"]), st.sampled_from("abcdef")),
)
def test_claims_decide_each_id_once_as_the_rule_says(claims, holders):
    """Against the rule written plainly (all claims known at once): the file that held
    the id, else the file named after it, else the first claimant, keeps it; every
    other claimant is rejected naming it, and nothing is left undecided."""
    files = sorted(f"{stem}.txt" for stem, _ in claims)
    claimed = {f"{stem}.txt": rid for stem, rid in claims}
    holder_files = {rid: f"{name}.txt" for rid, name in holders.items()}
    keeps = Claims(files, holder_files)
    got = [d for name in files for d in keeps.arrive(Path(name), claimed[name], name)]

    expected = set()
    for rid in {r for r in claimed.values() if r is not None}:
        claimants = [f for f in files if claimed[f] == rid]
        ranked = [f for f in (holder_files.get(rid), f"{rid}.txt") if f in claimants]
        winner = (ranked or claimants)[0]
        expected |= {
            (rid, f, f if f == winner else None, None if f == winner else winner) for f in claimants
        }
    assert len(got) == len(expected)
    assert {(rid, p.name, item, holder) for rid, p, item, holder in got} == expected
    assert not keeps.waiting


# --- damaged caches ------------------------------------------------------------------


def _fresh(seeds: Path, content: Path) -> Path:
    run_import(seeds, content, cache_dir=None, jobs=1)
    return content


def _entry(manifest: dict, name: str) -> dict:
    return manifest["entries"][name]


def _swap(manifest: dict, key: str | None) -> None:
    """Swap the entries (or one part of them) of two reports."""
    a, b = _entry(manifest, "b_short.txt"), _entry(manifest, "c_titled.txt")
    if key is None:
        manifest["entries"]["b_short.txt"], manifest["entries"]["c_titled.txt"] = b, a
    else:
        a[key], b[key] = b[key], a[key]


def _set(name: str, key: str, value) -> Callable[[dict], None]:
    def damage(manifest: dict) -> None:
        _entry(manifest, name)[key] = value

    return damage


def _set_record(key: str, value) -> Callable[[dict], None]:
    def damage(manifest: dict) -> None:
        _entry(manifest, "b_short.txt")["record"][key] = value

    return damage


def _drop(key: str) -> Callable[[dict], None]:
    def damage(manifest: dict) -> None:
        del _entry(manifest, "b_short.txt")[key]

    return damage


def _first_stat(value) -> Callable[[dict], None]:
    def damage(manifest: dict) -> None:
        _entry(manifest, "b_short.txt")["out"][0] = value

    return damage


def _read_manifest(cache: Path) -> tuple[Path, dict]:
    """The manifest (an SQLite database, one row a raw file, an entry in columns) as
    {"entries": name -> {"sig", "record", "out"}}, the entry as one mapping."""
    (path,) = cache.glob("manifest-*.sqlite")
    with contextlib.closing(sqlite3.connect(path)) as db:
        rows = db.execute(
            "SELECT name, rid, sig, source, sha, encoding, findings, out FROM entries"
        ).fetchall()
    entries = {}
    for name, rid, sig, source, sha, encoding, findings, out in rows:
        record = {"id": rid, "source_path": source, "sha256": sha, "encoding": encoding}
        record["findings"] = json.loads(findings)
        entries[name] = {"sig": sig, "record": record, "out": json.loads(out)}
    return path, {"entries": entries}


def _write_manifest(path: Path, manifest: dict) -> None:
    """Each row's columns as `manifest` now has its entry (rows by name; the line's
    length and digest as they were); a part missing or of the wrong shape is NULL, or
    its JSON."""
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        for name, entry in manifest["entries"].items():
            entry = entry if isinstance(entry, dict) else {}
            record = entry.get("record")
            record = record if isinstance(record, dict) else {}
            fields = [record.get(k) for k in ("id", "source_path", "sha256", "encoding")]
            fields = [f if f is None or isinstance(f, str) else json.dumps(f) for f in fields]
            findings = json.dumps(record["findings"]) if "findings" in record else None
            out = json.dumps(entry["out"]) if "out" in entry else None
            sig = entry.get("sig")
            sig = sig if sig is None or isinstance(sig, str) else json.dumps(sig)
            db.execute(
                "UPDATE entries SET rid = ?, source = ?, sha = ?, encoding = ?, sig = ?, "
                "findings = ?, out = ? WHERE name = ?",
                (*fields, sig, findings, out, name),
            )


MANIFEST_DAMAGE: dict[str, Callable[[dict], None]] = {
    "an entry a string": lambda m: m["entries"].update({"b_short.txt": "x"}),
    "an entry a list": lambda m: m["entries"].update({"b_short.txt": [1, 2]}),
    "no sig": _drop("sig"),
    "no record": _drop("record"),
    "no out": _drop("out"),
    "sig a string": _set("b_short.txt", "sig", "abc"),
    "a stat a string": _first_stat("123"),
    "a stat a list of strings": _first_stat(["1", "2"]),
    "out a mapping": lambda m: _entry(m, "b_short.txt").update(out={"x": [1, 2]}),
    "out a list of one": lambda m: _entry(m, "b_short.txt").update(out=["x"]),
    "out a string": _set("b_short.txt", "out", "x"),
    "out names another record's files": lambda m: _entry(m, "b_short.txt").update(
        out=dict(_entry(m, "c_titled.txt")["out"])
    ),
    "record a list": _set("b_short.txt", "record", []),
    "record id missing": lambda m: _entry(m, "b_short.txt")["record"].pop("id"),
    "record id a number": _set_record("id", 7),
    "record id a path": _set_record("id", "../../escape"),
    "findings a string": _set_record("findings", "x"),
    "findings of strings": _set_record("findings", ["x"]),
    "a finding with unknown fields": _set_record("findings", [{"nope": 1}]),
    "records swapped": lambda m: _swap(m, "record"),
    "outputs swapped": lambda m: _swap(m, "out"),
    "entries swapped": lambda m: _swap(m, None),
}


@pytest.mark.parametrize("damage", list(MANIFEST_DAMAGE), ids=list(MANIFEST_DAMAGE))
def test_a_damaged_manifest_is_a_miss_never_a_crash(tmp_path, damage):
    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    first = run_import(seeds, content, cache_dir=cache, jobs=1)
    manifest, data = _read_manifest(cache)
    MANIFEST_DAMAGE[damage](data)
    _write_manifest(manifest, data)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.summary() == first.summary()
    assert _provenance(report) == _provenance(first)
    _same_tree(content, _fresh(seeds, tmp_path / "fresh"))
    # The manifest written after it is whole again: the next import reads nothing.
    again = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert (again.written, again.from_cache) == (0, len(first.records))


@pytest.mark.parametrize(
    "damage",
    [lambda b: b[: len(b) // 2], lambda b: b[:0], lambda b: b"\xff\xfe" + b, lambda b: b"[1]"],
    ids=["truncated", "empty", "not UTF-8", "a list"],
)
def test_a_truncated_or_unreadable_manifest_is_a_miss(tmp_path, damage):
    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    first = run_import(seeds, content, cache_dir=cache, jobs=1)
    (manifest,) = cache.glob("manifest-*.sqlite")
    manifest.write_bytes(damage(manifest.read_bytes()))
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.summary() == first.summary()
    _same_tree(content, _fresh(seeds, tmp_path / "fresh"))


@pytest.mark.parametrize(
    "statement",
    [
        "DROP TABLE entries",
        "DROP TABLE meta",
        "UPDATE entries SET rid = 'x'",
        "UPDATE entries SET rid = NULL",
        "UPDATE entries SET llen = llen + 1",
        "UPDATE entries SET llen = 'x'",
        "UPDATE entries SET digest = 'x'",
        "UPDATE entries SET sig = NULL",
        "UPDATE entries SET source = NULL",
        "UPDATE entries SET sha = 7",
        "UPDATE entries SET findings = NULL",
        "UPDATE entries SET findings = 'not json'",
        "UPDATE entries SET out = NULL",
        "UPDATE entries SET out = 'not json'",
        "UPDATE entries SET out = '[]'",
        "UPDATE meta SET value = 'x'",
    ],
)
def test_a_manifest_damaged_in_its_tables_is_a_miss_never_a_crash(tmp_path, statement):
    """Rows of the wrong shape (a record id, a line's length or digest, an entry), a
    table gone: the import writes what an import without cache writes, and the
    manifest it leaves serves the next import whole."""
    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    first = run_import(seeds, content, cache_dir=cache, jobs=1)
    (manifest,) = cache.glob("manifest-*.sqlite")
    with contextlib.closing(sqlite3.connect(manifest)) as db, db:
        db.execute(statement)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.summary() == first.summary()
    _same_tree(content, _fresh(seeds, tmp_path / "fresh"))
    again = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert (again.written, again.from_cache) == (0, len(first.records))


def _entries_by_id(cache: Path) -> dict[str, Path]:
    return {read_entry(p.read_bytes())[0]["id"]: p for p in cache.glob("*.entry")}


def _rewrite(edit: Callable[[dict, dict, str], tuple[dict, dict, str]]) -> Callable:
    def damage(entries: dict[str, Path]) -> int:
        path = entries["b_short"]
        slim, files, line = read_entry(path.read_bytes())
        path.write_bytes(entry_bytes(*edit(slim, files, line)))
        return 1

    return damage


def _swap_entries(entries: dict[str, Path]) -> int:
    a, b = entries["b_short"], entries["c_titled"]
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    return 2


def _bytes(edit: Callable[[bytes], bytes]) -> Callable:
    def damage(entries: dict[str, Path]) -> int:
        path = entries["b_short"]
        path.write_bytes(edit(path.read_bytes()))
        return 1

    return damage


ENTRY_DAMAGE: dict[str, Callable[[dict[str, Path]], int]] = {
    "entries swapped between records": _swap_entries,
    "cut short": _bytes(lambda b: b[:-5]),
    "cut in its head": _bytes(lambda b: b[:10]),
    "empty": _bytes(lambda b: b""),
    "head a list": _bytes(lambda b: b"[1, 2]\n" + b.partition(b"\n")[2]),
    "record a list": _rewrite(lambda s, f, ln: ([], f, ln)),
    "a script missing": _rewrite(lambda s, f, ln: (s, {"hans": f["hans"]}, ln)),
    "a negative size": _bytes(lambda b: b.replace(b'[["hans", ', b'[["hans", -', 1)),
    "another id": _rewrite(lambda s, f, ln: (s | {"id": "c_titled"}, f, ln)),
    "another sha256": _rewrite(lambda s, f, ln: (s | {"sha256": "0" * 64}, f, ln)),
    "another file": _rewrite(lambda s, f, ln: (s | {"source_path": "c_titled.txt"}, f, ln)),
    "findings a string": _rewrite(lambda s, f, ln: (s | {"findings": "x"}, f, ln)),
}


@pytest.mark.parametrize("damage", list(ENTRY_DAMAGE), ids=list(ENTRY_DAMAGE))
def test_a_damaged_cache_entry_is_a_miss_never_a_crash(tmp_path, damage):
    seeds = _seeds(tmp_path)
    cache = tmp_path / "cache"
    first = run_import(seeds, tmp_path / "first", cache_dir=cache, jobs=1)
    missed = ENTRY_DAMAGE[damage](_entries_by_id(cache))
    # Another content folder: its manifest is empty, so every report asks the cache.
    report = run_import(seeds, tmp_path / "second", cache_dir=cache, jobs=1)
    assert report.from_cache == len(first.records) - missed
    assert report.summary() == first.summary()
    _same_tree(tmp_path / "second", _fresh(seeds, tmp_path / "fresh"))


def test_a_renamed_report_is_not_served_under_its_old_file_name(tmp_path):
    """The cache key is the bytes, the sidecar and the id: a report renamed with its
    sidecar (which gives the id) has the key it had, but not the same provenance."""
    seeds = _seeds(tmp_path)
    _claim(seeds, "x_old", "zeta")
    cache = tmp_path / "cache"
    run_import(seeds, tmp_path / "first", cache_dir=cache, jobs=1)
    for suffix in (".txt", ".yml"):
        (seeds / f"x_old{suffix}").rename(seeds / f"x_new{suffix}")
    run_import(seeds, tmp_path / "second", cache_dir=cache, jobs=1)
    assert _holders(tmp_path / "second")["zeta"] == "x_new.txt"
    _same_tree(tmp_path / "second", _fresh(seeds, tmp_path / "fresh"))


# --- the public import report names no builder's path ---------------------------------


def test_the_import_report_names_files_relative_to_the_seeds_parent(tmp_path):
    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)  # a registry that loads, kept
    (seeds / "c_titled.yml").write_text("title: [unclosed\n", encoding="utf-8")
    officials = seeds / "registry" / "officials.yml"
    officials.write_text("- id: x\n  name: [unclosed\n", encoding="utf-8")
    _claim(seeds, "0000", S)
    run_import(seeds, content, cache_dir=cache, jobs=1)
    text = (content / "records" / "import-report.json").read_text(encoding="utf-8")
    for root in {str(tmp_path), str(tmp_path.resolve())}:
        assert root not in text
    files = sorted(e["file"] for e in json.loads(text)["errors"])
    assert files == ["seeds/0000.txt", "seeds/c_titled.yml", "seeds/registry/officials.yml:2"]


# --- a removed report leaves nothing under content/ ------------------------------------


@pytest.mark.parametrize("cached", [True, False], ids=["cache", "no-cache"])
def test_a_removed_report_leaves_nothing_of_itself_under_content(tmp_path, cached):
    seeds = _seeds(tmp_path)
    _claim(seeds, "x_first", "zeta")
    content = tmp_path / "content"
    cache = tmp_path / "cache" if cached else None
    run_import(seeds, content, cache_dir=cache, jobs=1)
    assert {"raw/zeta.txt", "records/zh-hans/zeta.md", "records/zh-hant/zeta.md"} <= set(
        _tree(content)
    )
    for suffix in (".txt", ".yml"):
        (seeds / f"x_first{suffix}").unlink()
    (seeds / "b_short.txt").unlink()
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.removed == 6
    left = "\n".join(_tree(content))
    assert "zeta" not in left and "b_short" not in left
    assert not {"zeta", "b_short"} & set(_holders(content))
    _same_tree(content, _fresh(seeds, tmp_path / "fresh"))
