"""Issue 12, round mem8: the import's content folders hold no name of their own.
`ContentFolder` asks the file system whether a file is there as it writes it (one
`lstat`), and makes a folder at the first file missing from it. Before, it listed each
folder after 64 look-ups and kept the listing up to date as it wrote: a set of every
file's name in each folder, about 212 bytes a record to the import's end, the largest
part of what a cold import's parent held for each record at stop 39.

These tests check the structure (what a `ContentFolder` holds after many writes), not
sizes or times: each fails if a per-file set, list or dict of names comes back. The
others check that a write still does what the listing made it do."""

from __future__ import annotations

import gc
import os
import types
from pathlib import Path

from public_records.ingest.importer import ContentFolder, run_import

from tests.test_import_plus_one_12m import _fresh, _same_tree, _seeds

FILES = 200  # a folder's files: past the 64 the old listing began after


def _held(folder: ContentFolder) -> list[object]:
    """Every object a ContentFolder reaches, but its journal (the change log spills its
    names to SQLite: its own test) and the classes and modules it names."""
    todo = [v for k, v in vars(folder).items() if k != "changes"]
    seen: set[int] = set()
    held = []
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, (type, types.ModuleType)):
            continue
        seen.add(id(obj))
        held.append(obj)
        todo.extend(gc.get_referents(obj))
    return held


def _sized(held: list[object], at_least: int) -> list[object]:
    return [
        o for o in held if isinstance(o, (set, frozenset, dict, list, tuple)) and len(o) >= at_least
    ]


def test_a_folder_that_wrote_many_files_holds_none_of_their_names(tmp_path):
    out = ContentFolder(tmp_path / "content")
    names = [f"syn_{i:06d}.md" for i in range(FILES)]
    for parts in (("records", "zh-hans"), ("records", "zh-hant"), ("raw",)):
        folder = out.folder(*parts)
        for name in names:
            assert out.write(folder, name, name.encode())[0]  # new
        for name in names[::2]:
            assert not out.write(folder, name, name.encode())[0]  # the same bytes
        for name in names[1::2]:
            assert out.write(folder, name, b"changed " + name.encode())[0]
    held = _held(out)
    assert _sized(held, FILES // 2) == []
    assert not set(names) & {o for o in held if isinstance(o, str)}


def test_a_cold_import_holds_no_name_in_its_content_folder(tmp_path, monkeypatch):
    folders: list[ContentFolder] = []
    real_init = ContentFolder.__init__

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        folders.append(self)

    monkeypatch.setattr(ContentFolder, "__init__", init)
    seeds = _seeds(tmp_path, n=80)
    content = tmp_path / "content"
    report = run_import(seeds, content, cache_dir=tmp_path / "cache", jobs=1)
    assert len(report.records) == 80 and report.written == 240
    (out,) = folders
    assert _sized(_held(out), 40) == []
    monkeypatch.undo()
    _same_tree(content, _fresh(seeds, tmp_path))


def test_a_write_compares_replaces_and_makes_its_folder(tmp_path):
    out = ContentFolder(tmp_path / "content")
    folder = out.folder("records", "zh-hans")
    assert not os.path.exists(folder)
    assert out.write(folder, "a.md", b"one")[0]  # the folder is made
    path = Path(folder) / "a.md"
    inode = path.stat().st_ino
    written, (size, mtime) = out.write(folder, "a.md", b"one")
    assert (written, size, mtime) == (False, 3, path.stat().st_mtime_ns)
    assert path.stat().st_ino == inode  # left as it was
    assert out.write(folder, "a.md", b"two")[0]
    assert path.read_bytes() == b"two" and path.stat().st_ino != inode  # renamed over it
    # A dangling link is there, as a listing names it: it is replaced by the file.
    os.symlink(tmp_path / "nowhere", Path(folder) / "b.md")
    assert out.write(folder, "b.md", b"three")[0]
    assert (
        not (Path(folder) / "b.md").is_symlink()
        and (Path(folder) / "b.md").read_bytes() == b"three"
    )
    assert sorted(os.listdir(folder)) == ["a.md", "b.md"]  # no temporary file left
