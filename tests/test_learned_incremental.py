"""Names learned across the archive, incrementally (ingest/learned.py, LearnedCache):
with a cache folder, a run parses only the records.jsonl lines that changed and
learns again only the records whose line or whose place's index slice changed, and
its result (lines and content files) is the full pass's, step after step.

The archives are invented: records of a few places and months, each naming some
people with a title (县长X出席会议) and some without (X指出…), written as the
import writes them (records_line, content_file)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from public_records.ingest import learned
from public_records.ingest.importer import ContentFolder, content_file, records_line
from public_records.ingest.markdown import SCRIPTS
from public_records.model import DateInfo, Mention, Record
from public_records.registry import Registry
from public_records.script import to_traditional

NAMES = ("钱江", "孙立平", "周晓梅", "李明")
VERSION = "test-version"

# A record's spec: (place, month number from 2024-01, titled names, title-less names)
Spec = tuple[str, int, frozenset, frozenset]


def make_record(rid: str, spec: Spec) -> Record:
    place, month, titled, said = spec
    text, mentions = f"{place}召开会议。", []
    for name in sorted(titled):
        start = len(text) + 2
        text += f"县长{name}出席会议。"
        mentions.append(Mention(name, "县长", ("attendee",), start, start + len(name), "p-" + name))
    for name in sorted(said - titled):
        text += f"{name}指出，要抓落实。"
    year, mon = divmod(month, 12)
    return Record(
        rid,
        f"{rid}.txt",
        "0" * 64,
        "utf-8",
        "",
        text_hans=text,
        text_hant=to_traditional(text),
        title_hans="会议",
        title_hant=to_traditional("会议"),
        date=DateInfo(resolved=f"{2024 + year}-{mon + 1:02d}-05", precision="day"),
        place=place,
        mentions=tuple(mentions),
    )


def put(content: Path, lines: dict[str, str], rid: str, spec: Spec) -> None:
    """The record as the import writes it before names are learned."""
    record = make_record(rid, spec)
    for script in SCRIPTS:
        folder = content / "records" / f"zh-{script}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{rid}.md").write_text(content_file(record, script), encoding="utf-8")
    lines[rid] = records_line(record)


def drop(content: Path, lines: dict[str, str], rid: str) -> None:
    del lines[rid]
    for script in SCRIPTS:
        (content / "records" / f"zh-{script}" / f"{rid}.md").unlink()


def relearn(content: Path, lines: dict[str, str], cache: Path | None) -> set[str]:
    written = learned.relearn(lines, content, ContentFolder(content), Registry(), cache, VERSION)
    return {str(Path(path).relative_to(content)) for path in written}


def files(content: Path) -> dict[str, bytes]:
    return {str(p.relative_to(content)): p.read_bytes() for p in content.rglob("*.md")}


def learned_mentions(lines: dict[str, str]) -> dict[str, list]:
    return {
        rid: learned._learned(learned._parse_line(line)["mentions"]) for rid, line in lines.items()
    }


class Counts:
    """How many lines were parsed and records learned (calls, not time)."""

    def __init__(self, monkeypatch):
        self.parsed = self.learned = 0
        parse, learn = learned._parse_line, learned.learn_record

        def counting_parse(line):
            self.parsed += 1
            return parse(line)

        def counting_learn(*args):
            self.learned += 1
            return learn(*args)

        monkeypatch.setattr(learned, "_parse_line", counting_parse)
        monkeypatch.setattr(learned, "learn_record", counting_learn)

    def reset(self) -> None:
        self.parsed = self.learned = 0


specs = st.tuples(
    st.sampled_from(["qingxi", "baishi"]),
    st.integers(0, 30),
    st.frozensets(st.sampled_from(NAMES), max_size=2),
    st.frozensets(st.sampled_from(NAMES), max_size=3),
)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("add"), specs),
        st.tuples(st.just("edit"), st.integers(0, 50), specs),
        st.tuples(st.just("remove"), st.integers(0, 50)),
        st.just(("nothing",)),
    ),
    min_size=1,
    max_size=7,
)


@settings(max_examples=25, deadline=None)
@given(start=st.lists(specs, min_size=1, max_size=8), changes=steps)
def test_each_step_gives_the_full_pass_result(tmp_path_factory, start, changes):
    root = tmp_path_factory.mktemp("archive")
    content, cache = root / "content", root / "cache"
    lines: dict[str, str] = {}
    current: dict[str, Spec] = {}
    for i, spec in enumerate(start):
        current[f"r{i:03d}"] = spec
        put(content, lines, f"r{i:03d}", spec)
    relearn(content, lines, cache)
    for n, change in enumerate(changes):
        ids = sorted(current)
        if change[0] == "add":
            rid = f"n{n:03d}"
            current[rid] = change[1]
            put(content, lines, rid, change[1])
        elif change[0] == "edit" and ids:
            rid = ids[change[1] % len(ids)]
            current[rid] = change[2]
            put(content, lines, rid, change[2])
        elif change[0] == "remove" and ids:
            rid = ids[change[1] % len(ids)]
            del current[rid]
            drop(content, lines, rid)
        # The full pass on the same input (a copy), against the incremental run.
        full_content, full_lines = root / f"full{n}", dict(lines)
        shutil.copytree(content, full_content)
        full_written = relearn(full_content, full_lines, None)
        written = relearn(content, lines, cache)
        assert lines == full_lines
        assert written == full_written
        assert files(content) == files(full_content)
        # And the archive built from scratch with the full pass.
        scratch, scratch_lines = root / f"scratch{n}", {}
        for rid, spec in current.items():
            put(scratch, scratch_lines, rid, spec)
        relearn(scratch, scratch_lines, None)
        assert learned_mentions(lines) == learned_mentions(scratch_lines)
        assert lines == scratch_lines
        assert files(content) == files(scratch)


def archive_of(places: int, content: Path) -> dict[str, str]:
    """Eight records a place, within a year: a teacher and seven learners each."""
    lines: dict[str, str] = {}
    for p in range(places):
        place = f"place{p:03d}"
        put(content, lines, f"{place}-0", (place, 3, frozenset({"钱江"}), frozenset()))
        for i in range(1, 8):
            put(content, lines, f"{place}-{i}", (place, 3 + i, frozenset(), frozenset(NAMES)))
    return lines


@pytest.mark.parametrize("places", [5, 20])
def test_one_change_costs_the_same_in_an_archive_four_times_larger(tmp_path, monkeypatch, places):
    content, cache = tmp_path / "content", tmp_path / "cache"
    lines = archive_of(places, content)
    counts = Counts(monkeypatch)
    relearn(content, lines, cache)
    assert counts.parsed == counts.learned == 8 * places  # the first run reads all

    counts.reset()
    assert relearn(content, lines, cache) == set()  # nothing changed: nothing read
    assert (counts.parsed, counts.learned) == (0, 0)

    # A learner's text changes, the index does not: that one line is read and learned.
    put(content, lines, "place000-5", ("place000", 8, frozenset(), frozenset(NAMES[:2])))
    counts.reset()
    relearn(content, lines, cache)
    assert (counts.parsed, counts.learned) == (1, 1)

    # A new teacher in place000: its place's records learn again, no other place's.
    put(content, lines, "place000-new", ("place000", 6, frozenset({"孙立平"}), frozenset()))
    counts.reset()
    written = relearn(content, lines, cache)
    assert (counts.parsed, counts.learned) == (9, 9)
    assert written and all("place000-" in path for path in written)


def test_a_damaged_or_foreign_cache_gives_the_full_pass_result(tmp_path, monkeypatch):
    content, cache = tmp_path / "content", tmp_path / "cache"
    lines = archive_of(3, content)
    relearn(content, lines, cache)
    (cache_file,) = cache.glob("learned-*.sqlite")
    good = cache_file.read_bytes()

    def changed(statement: str) -> bytes:
        cache_file.write_bytes(good)
        with contextlib.closing(sqlite3.connect(cache_file)) as db, db:
            db.execute(statement)
        return cache_file.read_bytes()

    damaged = {
        "cut short": good[: len(good) // 2],
        "a row changed": changed("UPDATE entries SET place = 'place002' WHERE place = 'place001'"),
        "a month not a number": changed("UPDATE entries SET month = 'x'"),
        "teaches not JSON": changed("UPDATE entries SET teaches = '[' WHERE teaches != '[]'"),
        "a table gone": changed("DROP TABLE entries"),
        "not a database": b"\x00\xff garbage",
        "another version": changed(f"UPDATE meta SET value = 'other' WHERE value = '{VERSION}'"),
    }
    counts = Counts(monkeypatch)
    for n, (what, data) in enumerate(damaged.items()):
        # a new teacher in place001 (a change the damaged cache would hide)
        put(
            content,
            lines,
            f"place001-t{n}",
            ("place001", 5, frozenset({NAMES[n % len(NAMES)]}), frozenset()),
        )
        full_content, full_lines = tmp_path / f"full{n}", dict(lines)
        shutil.copytree(content, full_content)
        relearn(full_content, full_lines, None)
        cache_file.write_bytes(data)
        counts.reset()
        relearn(content, lines, cache)
        assert counts.parsed == len(lines), what  # a miss: every line read again
        assert lines == full_lines, what
        assert files(content) == files(full_content), what
