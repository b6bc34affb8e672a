"""Issue 12, round mem5: what a cold import holds for every record until its end. The
learned-names facts the workers return are shared (`learned.Facts.compacted`), a new
records.jsonl line is held as one packed bytes object (`importer.Spilled`), and the
learned-names cache is written without a list of every row (`LearnedCache.save`)."""

import pickle
import tracemalloc

from public_records.ingest import importer, learned
from public_records.ingest.importer import LineSpill, Spilled
from public_records.ingest.learned import Facts, LearnedCache, LearnedEntry, line_digest

N = 20_000


def _facts(i: int) -> Facts:
    """The facts of record i as a worker sends them: 30 places, 12 months, one record
    in three teaching one of 50 titled names of its place."""
    place, month = f"place-{i % 30:02d}", 2024 * 12 + i % 12
    teaches = ()
    if i % 3 == 0:
        name = i % 50
        teaches = ((f"名字{name:02d}", f"person-{i % 30:02d}-{name:02d}", "副县长"),)
    return Facts(place, month, teaches)


def _held_per_record(make) -> float:
    """Bytes held per record by a dict of id -> what `make(i)` gives, as the import
    holds it (the ids themselves are made before: the import holds them anyway)."""
    ids = [f"r{i:06d}" for i in range(N)]
    tracemalloc.start()
    held = {rid: make(i) for i, rid in enumerate(ids)}
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(held) == N
    return size / N


def test_the_facts_of_a_record_cost_a_few_bytes():
    """20,000 records' facts, each unpickled on its own as a worker's result is, hold
    under 70 bytes a record with the dict's own entry (about 300 before: a Facts with a
    __dict__, its place, month and mentions each a copy of its own)."""
    blobs = [pickle.dumps(_facts(i)) for i in range(N)]
    memo: dict = {}
    per_record = _held_per_record(lambda i: pickle.loads(blobs[i]).compacted(memo))
    assert per_record < 70


def test_compacted_facts_are_the_facts():
    memo: dict = {}
    given = [pickle.loads(pickle.dumps(_facts(i))) for i in range(400)]
    shared = [f.compacted(memo) for f in given]
    assert shared == given
    assert shared[0] is shared[300] and shared[0] is not shared[3]  # same place and month
    assert shared[3] is not shared[153]  # another month
    assert shared[3].teaches[0] is shared[153].teaches[0]  # one triple for both records
    assert shared[1].place is shared[31].place


def test_a_spilled_line_costs_a_few_bytes(tmp_path):
    """20,000 new lines' places in the spill file hold under 140 bytes each with the
    dict's entry (about 210 as a named tuple of two ints and a hex digest)."""
    spill = LineSpill(tmp_path)
    line = '{"id": "r", "text": "正文"}\n'
    try:
        assert _held_per_record(lambda i: spill.add(line)) < 140
    finally:
        spill.close()


def test_a_spilled_line_reads_back(tmp_path):
    spill = LineSpill(tmp_path)
    try:
        lines = ['{"id": "a"}\n', '{"id": "乙", "t": "正文"}\n']
        held = [spill.add(line) for line in lines]
        spill.flush()
        second = held[1]
        assert isinstance(second, Spilled) and second.spilled
        assert (second.offset, second.length) == (len(lines[0]), len(lines[1].encode()))
        assert second.digest == line_digest(lines[1])
        assert learned._Lines(None, spill.fd).text(second) == lines[1]
        assert learned._Lines.digest(second) == line_digest(lines[1])
    finally:
        spill.close()
    assert Spilled(2**40, 7, "ab" * 16).offset == 2**40  # past 4 GB of new lines


def _states(n: int) -> dict[str, LearnedEntry]:
    return {
        f"r{i:06d}": LearnedEntry(line_digest(str(i)), _facts(i), line_digest(str(i % 360)))
        for i in range(n)
    }


def test_the_learned_cache_is_written_without_a_list_of_its_rows(tmp_path):
    """Saving 20,000 new rows peaks under 120 bytes a row above what was held (a list
    of every row, about 300 bytes each, was made before the first was written)."""
    states = _states(N)
    cache = LearnedCache.load(tmp_path, tmp_path / "content", "v1")
    tracemalloc.start()
    cache.save(states.items())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert cache.rows_written == N
    assert peak / N < 120
    assert LearnedCache.load(tmp_path, tmp_path / "content", "v1").entries == states


def test_the_learned_cache_writes_only_what_changed(tmp_path):
    states = _states(400)
    LearnedCache.load(tmp_path, tmp_path / "content", "v1").save(states.items())
    cache = LearnedCache.load(tmp_path, tmp_path / "content", "v1")
    changed = dict(states)
    changed["r000003"] = LearnedEntry("0" * 32, _facts(3), "")
    del changed["r000004"]
    cache.save(changed.items(), gone=states.keys() - changed.keys())
    assert cache.rows_written == 2
    loaded = LearnedCache.load(tmp_path, tmp_path / "content", "v1").entries
    assert loaded == changed
    # the rows read back share their facts and windows, as the import's do
    assert loaded["r000000"].facts is loaded["r000300"].facts
    assert loaded["r000001"].window is loaded["r000361"].window


def test_the_import_gives_relearn_shared_facts_and_packed_lines(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in (3, 1, 2):
        text = f"标题{i}\n\n2024年3月{i}日，某县召开第{i}次会议，部署有关工作。\n"
        (seeds / f"r{i}.txt").write_text(text, encoding="utf-8")
    given = {}
    relearn = learned.relearn

    def spy(lines, *args, **kwargs):
        given["lines"], given["facts"] = (
            dict(lines),
            dict(args[6]),
        )  # content_dir, out, registry, cache_dir, version, jsonl, facts
        return relearn(lines, *args, **kwargs)

    monkeypatch.setattr(learned, "relearn", spy)
    importer.run_import(seeds, tmp_path / "content", tmp_path / "cache", jobs=1)
    facts = given["facts"]
    assert sorted(facts) == ["r1", "r2", "r3"]
    assert facts["r1"] == facts["r2"] and facts["r1"] is facts["r2"]  # same month, place
    assert all(isinstance(line, Spilled) for line in given["lines"].values())
