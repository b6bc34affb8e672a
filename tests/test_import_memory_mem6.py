"""Issue 12, round mem6: the cold import's end (after the last report) holds nothing a
record but the lines' places in records.jsonl, packed (`importer.LineSpans`).

Before, the end made a dict of every line's digest (`relearn`'s `digests`), a list of
the lines in id order, a dict of the new lines' digests by position, a list of `Kept`
spans, a dict of them by id, a set of the new ids, and, while the manifest was saved,
a sorted list of the spans and a list of every new line's update: about 600 bytes a
record, which grew with the records (0.6 GB at 1,000,000).

These tests check the structure (what is made and how it is held), not sizes or times:
each fails if a per-record list or dict comes back in one of those places."""

import inspect
import itertools
from array import array
from collections.abc import Iterator, Mapping

from public_records.ingest import importer, learned
from public_records.ingest.importer import Kept, LineSpans, LineSpill, write_records
from public_records.ingest.learned import line_digest


class _LookupOnly(Mapping):
    """A mapping that can only be looked up by key: listing, copying or walking it
    fails (the import's lines are a dict of every record; the end must not copy it)."""

    def __init__(self, items: dict):
        self._items = items
        self.looked_up = 0

    def __getitem__(self, key):
        self.looked_up += 1
        return self._items[key]

    def __iter__(self):
        raise AssertionError("the lines were walked or copied, not looked up by id")

    def __len__(self):
        raise AssertionError("the lines were measured, not looked up by id")


def _spans(n: int) -> LineSpans:
    spans = LineSpans([f"r{i:05d}" for i in range(n)])
    for i in range(n):
        spans.append(i * 10, 10, line_digest(str(i)), i % 3 == 0)
    return spans


def test_line_spans_hold_no_object_a_line():
    """A line's place, length, digest and newness are packed into arrays: the only
    per-line Python objects the spans reach are the ids they were given (the same list,
    not a copy)."""
    ids = [f"r{i:05d}" for i in range(500)]
    spans = LineSpans(ids)
    for i in range(500):
        spans.append(i * 10, 10, line_digest(str(i)), i % 2 == 0)
    assert spans.ids is ids
    held = {name: value for name, value in vars(spans).items() if name != "ids"}
    # (and a dict of the rare digests that do not pack: none here)
    assert all(v == {} for v in held.values() if isinstance(v, dict))
    packed = [v for v in held.values() if not isinstance(v, dict)]
    assert packed and all(isinstance(v, (array, bytearray)) for v in packed), held


def test_a_digest_that_does_not_pack_reads_back_as_given():
    """A damaged manifest's digest (not 32 lower-case hex characters) is kept as it is."""
    spans = LineSpans(["a", "b", "c", "d"])
    for i, digest in enumerate(["x", "AB" * 16, "ab" * 16, "ab" * 17]):
        spans.append(i, 1, digest, False)
    assert [kept.digest for _, kept in spans.items()] == ["x", "AB" * 16, "ab" * 16, "ab" * 17]


def test_line_spans_read_back_as_kept_lines():
    spans = _spans(40)
    assert len(spans) == 40
    assert spans.get("r00007") == Kept(70, 10, line_digest("7"))
    assert spans.get("r00040") is None and spans.get("a") is None and spans.get("r0") is None
    assert spans.any_new() and not _spans(0).any_new()
    items, new_items = spans.items(), spans.new_items()
    # made one at a time as they are taken, never listed
    assert isinstance(items, Iterator) and isinstance(new_items, Iterator)
    assert [rid for rid, _ in items] == spans.ids
    assert [rid for rid, _ in new_items] == [f"r{i:05d}" for i in range(0, 40, 3)]
    nothing_new = LineSpans(["a"])
    nothing_new.append(0, 5, "00" * 16, False)
    assert not nothing_new.any_new()


def test_write_records_looks_each_line_up_by_id(tmp_path):
    """records.jsonl is written from the import's dict of lines looked up by id, in
    the ids' order: the lines are not listed, and the digests come from the lines
    (a text line's made here, a spilled one's packed in it), not from a dict given."""
    spill = LineSpill(tmp_path / "spill")
    try:
        texts = {rid: f'{{"id": "{rid}", "text": "正文{rid}"}}\n' for rid in ("a", "b", "c")}
        lines = {"a": spill.add(texts["a"]), "b": texts["b"], "c": spill.add(texts["c"])}
        spill.flush()
        lookups = _LookupOnly(lines)
        ids = ["a", "b", "c"]
        jsonl = tmp_path / "records.jsonl"
        spans = write_records(jsonl, lookups, ids, spill.fd)
    finally:
        spill.close()
    assert jsonl.read_text(encoding="utf-8") == "".join(texts[rid] for rid in ids)
    assert isinstance(spans, LineSpans) and spans.ids is ids
    assert lookups.looked_up == 2 * len(ids)  # once for the places, once to write
    offsets = list(itertools.accumulate((len(texts[r].encode()) for r in ids), initial=0))
    for i, rid in enumerate(ids):
        kept = spans.get(rid)
        assert kept == Kept(offsets[i], len(texts[rid].encode()), line_digest(texts[rid]))
    assert [rid for rid, _ in spans.new_items()] == ids


def test_write_records_leaves_an_unchanged_file(tmp_path):
    """Every line kept where it was: the file is not written again, and the spans say
    so (nothing new: the manifest is left as it was)."""
    jsonl = tmp_path / "records.jsonl"
    texts = ['{"id": "a"}\n', '{"id": "b"}\n']
    jsonl.write_text("".join(texts), encoding="utf-8")
    mtime = jsonl.stat().st_mtime_ns
    kept = {
        "a": Kept(0, len(texts[0]), line_digest(texts[0])),
        "b": Kept(len(texts[0]), len(texts[1]), line_digest(texts[1])),
    }
    spans = write_records(jsonl, _LookupOnly(kept), ["a", "b"])
    assert jsonl.stat().st_mtime_ns == mtime
    assert not spans.any_new() and dict(spans.items()) == kept


class _Recorded:
    """The manifest's database, with what each executemany was given recorded."""

    def __init__(self, db, given: list):
        self._db, self._given = db, given

    def executemany(self, sql, params):
        self._given.append((sql, params))
        return self._db.executemany(sql, params)

    def __getattr__(self, name):
        return getattr(self._db, name)


def test_the_import_end_makes_no_list_of_every_line(tmp_path, monkeypatch):
    """run_import asks relearn for no dict of digests, gives write_records its own
    dict of lines and the report's ids, and the manifest its LineSpans; the manifest
    gives SQLite the new lines' updates as they are made (an iterator, not a list)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in (3, 1, 2):
        text = f"标题{i}\n\n2024年3月{i}日，某县召开第{i}次会议，部署有关工作。\n"
        (seeds / f"r{i}.txt").write_text(text, encoding="utf-8")
    seen: dict = {}
    relearn, write, save = learned.relearn, importer.write_records, importer.Manifest._save

    def relearn_spy(lines, *args, **kwargs):
        seen["lines"] = lines
        return relearn(lines, *args, **kwargs)

    def write_spy(path, lines, ids, spill=-1):
        seen["written"] = lines
        return write(path, lines, ids, spill)

    given: list = []

    def save_spy(self, spans, *args):
        seen["spans"] = spans
        self.db = _Recorded(self.db, given)
        return save(self, spans, *args)

    monkeypatch.setattr(learned, "relearn", relearn_spy)
    monkeypatch.setattr(importer, "write_records", write_spy)
    monkeypatch.setattr(importer.Manifest, "_save", save_spy)
    importer.run_import(seeds, tmp_path / "content", tmp_path / "cache", jobs=1)
    assert "digests" not in inspect.signature(learned.relearn).parameters
    assert seen["written"] is seen["lines"]  # the import's dict, not a list made of it
    assert isinstance(seen["spans"], LineSpans) and list(seen["spans"].ids) == ["r1", "r2", "r3"]
    updates = [params for sql, params in given if sql.startswith("UPDATE entries")]
    assert len(updates) == 1 and isinstance(updates[0], Iterator)


def test_stale_files_are_found_without_listing_a_folder_whole(tmp_path, monkeypatch):
    """The end's removal of stale files reads each folder as it is listed and holds
    only the stale names (a set of every file's name was made for each folder), and
    still removes them in name order, each told to the change log first."""
    content = tmp_path / "content"
    hans, raw = content / "records" / "zh-hans", content / "raw"
    hans.mkdir(parents=True)
    raw.mkdir()
    for name in ("b.md", "a.md", "zz.md", "y.md", "notes.txt"):
        (hans / name).write_text("x", encoding="utf-8")
    for name in ("a.txt", "c.txt", "b.txt", "a.md"):
        (raw / name).write_text("x", encoding="utf-8")

    def listed_whole(*args, **kwargs):
        raise AssertionError("a folder was listed whole")

    noted: list = []

    class Changes:
        def note(self, folder, name):
            noted.append((folder, name))

    with monkeypatch.context() as patched:
        patched.setattr(importer.os, "listdir", listed_whole)
        removed = importer._remove_stale(content, {"a": 1, "b": 2}.keys(), Changes())
    assert removed == 3
    assert sorted(p.name for p in hans.iterdir()) == ["a.md", "b.md", "notes.txt"]
    assert sorted(p.name for p in raw.iterdir()) == ["a.md", "a.txt", "b.txt"]
    assert noted == [(str(hans), "y.md"), (str(hans), "zz.md"), (str(raw), "c.txt")]
