"""Issue 12, round mem7: `relearn` holds nothing a record of its own. A record's facts
are read again where they are held anyway (the cache's entry, the import's `facts`,
the parsed record), and each record's state goes to the learned-names cache as it is
made (`LearnedCache.save` takes an iterator). Before, `relearn` held a dict of every
record's `Facts` and a dict of every record's `LearnedEntry` to its end: the whole of
the cold import's end at stop 39 (about 0.13 MB a 1,000 records).

These tests check the structure (what `relearn` holds while it learns), not sizes or
times: each fails if a per-record dict, list or set comes back in `relearn`."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping

import pytest
from public_records.ingest import learned
from public_records.ingest.importer import run_import

from tests.test_import_plus_one_12m import _seeds

N = 24

# What relearn is given or returns, not what it makes: the import's dict of lines,
# the cache's kept entries, the import's facts of new lines, and the content files
# it rewrote (its return value, for the manifest).
GIVEN = {"lines", "kept", "known", "written"}


def _relearn_frame():
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_name != "_relearn":
        frame = frame.f_back
    assert frame is not None, "learn_record was not called from _relearn"
    return frame


def _held_per_record(frame) -> dict[str, int]:
    """The sized things `_relearn` made that have an entry for most records."""
    return {
        name: len(value)
        for name, value in frame.f_locals.items()
        if name not in GIVEN
        and hasattr(value, "__len__")
        and not isinstance(value, str)
        and len(value) >= N // 2
    }


@pytest.mark.parametrize("with_cache", [True, False], ids=["cache", "no-cache"])
def test_relearn_holds_nothing_a_record_while_it_learns(tmp_path, monkeypatch, with_cache):
    """At every record learned, `_relearn`'s own locals hold no container with an
    entry for half the records or more (its dicts of every record's facts and
    states had one for each); the cache is given the states as an iterator and keeps
    none of them after."""
    seeds = _seeds(tmp_path, N)
    learned_record = learned.learn_record
    found: list[dict] = []
    calls = [0]

    def learn_spy(record, *args, **kwargs):
        calls[0] += 1
        found.append(_held_per_record(_relearn_frame()))
        return learned_record(record, *args, **kwargs)

    given: list = []
    save = learned.LearnedCache.save

    def save_spy(self, states, *args):
        given.append(states)
        save(self, states, *args)
        given.append(self.entries)

    monkeypatch.setattr(learned, "learn_record", learn_spy)
    monkeypatch.setattr(learned.LearnedCache, "save", save_spy)
    cache = tmp_path / "cache" if with_cache else None
    run_import(seeds, tmp_path / "content", cache_dir=cache, jobs=1)
    assert calls[0] == N  # a cold import learns every record
    assert found == [{}] * N
    if with_cache:
        states, kept_after = given
        assert isinstance(states, Iterator) and not isinstance(states, Mapping)
        assert kept_after == {}


def test_a_warm_import_writes_the_rows_of_what_changed_and_deletes_the_gone(tmp_path):
    """The streamed save still writes only the changed rows and deletes the row of a
    removed report (the rows of the cache equal a cold import's)."""
    seeds = _seeds(tmp_path, N)
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    (seeds / "r005.txt").unlink()
    run_import(seeds, content, cache_dir=cache, jobs=1)
    after = learned.LearnedCache.load(cache, content, _version(cache, content)).entries
    fresh, fresh_cache = tmp_path / "fresh", tmp_path / "fresh-cache"
    run_import(seeds, fresh, cache_dir=fresh_cache, jobs=1)
    cold = learned.LearnedCache.load(fresh_cache, fresh, _version(fresh_cache, fresh)).entries
    assert "r005" not in after and len(after) == N - 1
    assert {rid: (e.line, e.facts, e.window) for rid, e in after.items()} == {
        rid: (e.line, e.facts, e.window) for rid, e in cold.items()
    }


def _version(cache, content) -> str:
    """The version the import keeps its learned-names cache under (read from it)."""
    import sqlite3

    (path,) = cache.glob("learned-*.sqlite")
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT key, value FROM meta"))["version"]
