"""After every build, output/ holds exactly what a clean build of the same reports
writes: a property test over a small synthetic corpus, with reports added, edited and
removed between builds, and builds killed at a random moment or their caches damaged.

Every file is compared byte for byte, but the search index (search/idx/): an
incremental build keeps its main index and adds a delta of the changed records
(docs/search.md, "The delta"), where a clean build writes a main index only. Its files
differ by design; what it answers must not: every query and filter below gives the
same records in the same order, with the same counts per year and month, and the
facet catalogue is the same. The archive database (data/archive.db) is patched with the
changed records, not written again: its rows are compared (every table and view, and
the schema), not its bytes. SOURCE_DATE_EPOCH fixes the build date.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from downloads import read_download
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from public_records.search.query import IndexReader
from public_records.site.store import database_rows
from public_records.synth.corpus import DEFAULT_RATES, generate
from sitebuild import ROOT, SEED, build_site

pytestmark = pytest.mark.build

SEARCH_INDEX = "search/idx/"
ARCHIVE_DB = "data/archive.db"
EPOCH = "1722556800"  # 2024-08-02: the build date of every build here


def site_files(output: Path) -> dict[str, bytes]:
    """Every file of a built site but the search index's, by its path in the site
    (the archive database by its rows)."""
    files = {
        path: p.read_bytes()
        for p in sorted(output.rglob("*"))
        if p.is_file() and not (path := p.relative_to(output).as_posix()).startswith(SEARCH_INDEX)
    }
    if ARCHIVE_DB in files:
        files[ARCHIVE_DB] = repr(database_rows(output / ARCHIVE_DB)).encode()
    return files


def search_answers(output: Path) -> dict[str, object]:
    """What the search index answers (search_query, the reference of search.js): for
    pieces of every record's title and text, and for every official, topic and place
    as a filter, the records found (by path) and the counts per year and month; and the
    facet catalogue the search page shows."""
    reader = IndexReader(output / SEARCH_INDEX)
    rows = [
        json.loads(line) for line in read_download(output / "data", "records.jsonl").splitlines()
    ]
    queries: set[str] = set()
    filters: set[tuple[str, str]] = set()
    for row in rows:
        for text in (row["title_hans"], row["text_hans"][:40], row["title_hant"]):
            queries |= {text[:2], text[2:5], text[5:12]}
        filters |= {("official", m["person_id"]) for m in row["officials"]}
        filters |= {("topic", t["id"]) for t in row["topics"]}
        filters |= {("place", p["id"]) for p in row["places"]}
    answers: dict[str, object] = {
        "catalogue": shown_catalogue(reader.catalogue()),
        "years": reader.period_totals("year"),
        "months": reader.period_totals("month"),
    }
    searches = [(q, {}) for q in sorted(queries) if q.strip()]
    searches += [("", {facet: value}) for facet, value in sorted(filters)]
    for query, chosen in searches:
        for sort in ("date", "relevance"):
            result = reader.search(query, chosen, sort=sort)
            key = f"{query}|{sorted(chosen.items())}|{sort}"
            answers[key] = (reader.paths(result.records), result.years, result.months)
    return answers


def shown_catalogue(catalogue: dict) -> dict:
    """What the search page shows of the facet catalogue: each value with its names and
    counts (and an official's count per role), in order; not the index's file numbers
    and record ranges, which a delta keeps from its main index."""
    shown: dict[str, list] = {"role": [row[:2] for row in catalogue["role"]]}
    for kind in ("official", "topic", "place"):
        shown[kind] = [
            [*row[:4], {role: v[0] for role, v in row[5].items()} if len(row) > 5 else None]
            for row in catalogue[kind]
        ]
    return shown


# ---------------------------------------------------------------------- the corpus

POOL = 8  # synthetic reports to draw from (besides the seed, always present)


def pool_report(index: int, edited: bool) -> tuple[str, bytes, str | None]:
    """(id, raw bytes, sidecar) of pool report `index`; an edited one has a sentence
    more (a changed report: its pages, feeds and data change)."""
    item = generate(16, index, DEFAULT_RATES)
    raw = item.raw
    if edited:
        raw += "\n会议还研究了其他事项。\n".encode(item.truth["encoding"], errors="replace")
    return item.id, raw, item.sidecar


def write_seeds(seeds: Path, chosen: dict[int, bool]) -> None:
    """Make seeds/ hold the seed and exactly the chosen pool reports (index -> edited)."""
    seeds.mkdir(parents=True, exist_ok=True)
    wanted = {SEED.name: SEED.read_bytes()}
    for index, edited in chosen.items():
        rid, raw, sidecar = pool_report(index, edited)
        wanted[f"{rid}.txt"] = raw
        if sidecar is not None:
            wanted[f"{rid}.yml"] = sidecar.encode("utf-8")
    for path in seeds.iterdir():
        if path.name not in wanted:
            path.unlink()
    for name, data in wanted.items():
        path = seeds / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)


BUILD = """
import sys
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from sitebuild import build_site
build_site(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def killed_build(seeds: Path, work: Path, after: float) -> None:
    """A build (import and both Pelican runs) killed `after` seconds in, with every
    process it started (a Ctrl-C or a stopped CI job stops them all)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", BUILD, str(seeds), str(work), str(ROOT / "tests")],
        env=dict(os.environ, PYTHONPATH=str(ROOT / "plugins")),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        proc.wait(timeout=after)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    # Wait for the group's last processes (a Pelican run's shared-outputs process).
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)


def damage_a_cache_file(cache: Path, pick: int, how: str) -> None:
    files = sorted(p for p in cache.rglob("*") if p.is_file())
    if not files:
        return
    victim = files[pick % len(files)]
    if how == "delete":
        victim.unlink()
    else:
        data = victim.read_bytes()
        victim.write_bytes(data[: len(data) // 2])


# Three corpora built in turn (index -> edited), and a mishap to the second build:
# none, killed after some seconds, or a cache file deleted or truncated after it.
corpora = st.dictionaries(st.integers(0, POOL - 1), st.booleans(), max_size=4)
mishaps = st.one_of(
    st.just(("none", 0.0, 0)),
    st.tuples(st.just("kill"), st.floats(0.2, 4.0), st.just(0)),
    st.tuples(st.sampled_from(["delete", "truncate"]), st.just(0.0), st.integers(0, 10_000)),
)


@settings(
    max_examples=6,
    deadline=None,
    # No shrinking: each example is four builds; a failure is reported as drawn.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=corpora, second=corpora, third=corpora, mishap=mishaps)
# Always one build killed mid-way whose reports are then gone, whatever is drawn.
@example(
    first={0: False}, second={1: False, 2: True, 4: False}, third={0: True}, mishap=("kill", 2.5, 0)
)
def test_an_incremental_build_writes_what_a_clean_build_writes(
    tmp_path_factory, monkeypatch, first, second, third, mishap
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    work = tmp_path_factory.mktemp("build")
    seeds = work / "seeds"
    write_seeds(seeds, first)
    build_site(seeds, work)
    write_seeds(seeds, second)
    kind, after, pick = mishap
    if kind == "kill":
        killed_build(seeds, work, after)
    else:
        build_site(seeds, work)
        if kind != "none":
            damage_a_cache_file(work / ".cache", pick, kind)
    write_seeds(seeds, third)
    build_site(seeds, work)

    # The clean build runs in the same folders (a path may show in the output).
    incremental = work.with_name(work.name + "-incremental")
    work.rename(incremental)
    write_seeds(seeds, third)
    build_site(seeds, work)
    expected, got = site_files(work / "output"), site_files(incremental / "output")
    assert sorted(got) == sorted(expected)
    assert [p for p in expected if expected[p] != got[p]] == []
    assert search_answers(incremental / "output") == search_answers(work / "output")
