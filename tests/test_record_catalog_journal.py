"""The record catalog's cache is not written whole after a few changes: one line a run is
appended to its journal (catalog.py), and the cache is written whole only when the
journal would pass 1/JOURNAL_FRACTION of it, or does not read back. Every load gives
what a load from nothing gives."""

from __future__ import annotations

from public_records.site import catalog as catalog_module
from public_records.site.catalog import RecordCatalog, journal_path
from test_record_catalog import _content, _write


def _load(tmp_path) -> tuple[RecordCatalog, list[tuple[str, str]]]:
    catalog = RecordCatalog(tmp_path / "zh-hans", tmp_path / "cache" / "c.json", "r/{slug}/")
    return catalog, [(i.slug, i.title) for i in catalog.load()]


def _fresh(tmp_path) -> list[tuple[str, str]]:
    """What a load with no cache gives."""
    catalog = RecordCatalog(tmp_path / "zh-hans", tmp_path / "fresh" / "c.json", "r/{slug}/")
    (tmp_path / "fresh" / "c.json").unlink(missing_ok=True)
    return [(i.slug, i.title) for i in catalog.load()]


def test_one_new_record_appends_one_line_not_the_whole_cache(tmp_path):
    folder = tmp_path / "zh-hans"
    for i in range(40):
        _write(folder, f"r{i:02}", _content(f"r{i:02}", f"2024-01-{i % 28 + 1:02}", f"题{i}"))
    first, _ = _load(tmp_path)
    cache = tmp_path / "cache" / "c.json"
    whole = cache.read_bytes()

    _write(folder, "new", _content("new", "2024-02-01", "新"))
    added, items = _load(tmp_path)
    assert added.read == 1 and added.since == first.generation
    assert cache.read_bytes() == whole  # not written again
    assert len(journal_path(cache).read_bytes().splitlines()) == 1
    assert items == _fresh(tmp_path)

    (folder / "r03.md").unlink()  # a removal is a line too
    removed, items = _load(tmp_path)
    assert removed.since == added.generation and cache.read_bytes() == whole
    assert len(journal_path(cache).read_bytes().splitlines()) == 2
    assert items == _fresh(tmp_path) and ("r03", "题3") not in items

    warm, items = _load(tmp_path)  # nothing changed: nothing written, nothing read
    assert warm.read == 0 and warm.generation == removed.generation
    assert items == _fresh(tmp_path)


def test_a_long_journal_or_one_cut_short_writes_the_cache_whole(tmp_path, monkeypatch):
    folder = tmp_path / "zh-hans"
    for i in range(10):
        _write(folder, f"r{i}", _content(f"r{i}", "2024-01-01", f"题{i}"))
    _load(tmp_path)
    cache = tmp_path / "cache" / "c.json"
    journal = journal_path(cache)

    monkeypatch.setattr(catalog_module, "JOURNAL_FRACTION", 1000)  # any line is too long
    _write(folder, "a", _content("a", "2024-02-01", "甲"))
    _, items = _load(tmp_path)
    assert not journal.exists() and items == _fresh(tmp_path)

    monkeypatch.setattr(catalog_module, "JOURNAL_FRACTION", 2)
    _write(folder, "b", _content("b", "2024-02-02", "乙"))
    _load(tmp_path)
    assert journal.exists()
    journal.write_bytes(journal.read_bytes()[:-20])  # a run killed while appending
    whole = cache.read_bytes()
    cut, items = _load(tmp_path)
    assert cut.read == 1  # b's entry was in the lost line: b is read again
    assert items == _fresh(tmp_path)
    assert cache.read_bytes() != whole and not journal.exists()  # written whole
    again, items = _load(tmp_path)
    assert again.read == 0 and items == _fresh(tmp_path)
