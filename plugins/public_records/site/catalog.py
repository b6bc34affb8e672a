"""The records one script's site is built from, read from the content files the import
wrote (content/records/zh-hans/*.md or zh-hant/*.md) without Pelican.

Records are not Pelican articles: Pelican would keep every one in memory with its
rendered HTML, render every article page, index page, period archive and feed on every
run, and its period archives are quadratic (docs/scaling.md). Here a record is a
`RecordItem`: what lists, feeds and summary pages need (link, title, date, the *light*
front matter) plus, read again only when asked, its HTML and its full front matter.

The light front matter of every content file is kept in a small cache keyed by the
file's size and mtime (the import rewrites a file only when its bytes change), so a
warm build reads no content file at all: it lists the folder, stats each file and
reads the files that changed.

The catalog also says what changed since its cache was written (`RecordCatalog.since`,
`changed`: the light front matter of every record read again, added or removed, before
and after): page keys reuse what they knew of the summaries no changed record touches
(page_keys.PageKeys.reuse_summaries). Each write of the cache gets a new `generation`,
so that what was known is trusted only against the catalog state it was made with.

A run that changed a few records does not write the whole cache again (4 MB at 10,000
records; 20 MB as JSON lines before): it appends one line to a journal beside it
(`journal_path`) with the entries it read again and the names removed, from the
generation it started from to its own. Reading applies the journal's lines in order
while each starts from the generation reached; the cache is written whole (and the
journal removed) when the journal would pass 1/JOURNAL_FRACTION of the cache's size,
when it has a line that does not read back or does not follow (a run killed while
appending, or between writing the cache and removing the journal), and when there is no
cache. So a run after one new report writes one entry, and a whole write comes once per
many changed records.

When the import keeps its list of changed content files (ingest/changes.py, given as
`changes`), the cache also holds the import generation it is up to date with, and a
run whose cache is at a generation the import's journal still names stats and reads
only the files named since, instead of listing the folder and stating every file:
after one new report, one or two files. A journal that does not say for certain
(missing, damaged, an import not finished, a folder changed since by hand, a file
that did not read) gives today's full pass, which then takes the journal's last
generation.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from ..common.compact import compact
from ..common.gc_pause import paused_gc
from ..ingest.changes import changes_since, last_generation
from ..ingest.markdown import read_content
from .render import markdown_to_html

logger = logging.getLogger(__name__)

# What a record page shows but no list needs: kept on disk, read again when the page
# is written (these are most of a record's bytes).
PAGE_ONLY = ("raw_text", "edits")
MENTION_PAGE_ONLY = ("evidence", "start", "end")  # a mention's sentence and place
SOURCE_LISTED = ("retrieved",)  # of the source, what lists and the sitemap read
# 2: one line per file; 3: lighter mentions and source; 4: the entries pickled, 8
# times faster to read back than JSON lines made compact (0.10 against 0.79 CPU s at
# 20,000 records), with the strings they share still shared
CATALOG_VERSION = "4"
JOURNAL_FRACTION = 3  # the journal may grow to 1/3 of the cache (pickled: a third of JSON)


def split_content(text: str) -> tuple[dict, str]:
    """A content file's front matter and body; the import writes the front matter as
    one line of JSON, hand-written pages use YAML.

    >>> split_content('---\\n{"id": "a", "title": "会议"}\\n---\\n\\n正文\\n')
    ({'id': 'a', 'title': '会议'}, '\\n正文\\n')
    >>> split_content("---\\ntitle: 关于\\n---\\n\\n正文\\n")
    ({'title': '关于'}, '\\n正文\\n')
    """
    if text.startswith("---\n{"):
        end = text.find("\n---\n", 4)
        if end > 0:
            return json.loads(text[4:end]), text[end + 5 :]
    return read_content(text)


@lru_cache(maxsize=1 << 16)
def record_datetime(resolved: str) -> datetime | None:
    """The first day of the record's resolved date (YYYY, YYYY-MM or YYYY-MM-DD).
    Cached: a run asks it three times a record (the item, the sitemap's last change)
    and an archive's records share a few thousand dates (datetimes are immutable).

    >>> record_datetime("2024-08-02"), record_datetime("2024"), record_datetime("")
    (datetime.datetime(2024, 8, 2, 0, 0), datetime.datetime(2024, 1, 1, 0, 0), None)
    """
    if not resolved:
        return None
    parts = [int(p) for p in resolved.split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2])


def light_record(meta: dict) -> dict:
    """The front matter without what only the record's own page shows: the raw text,
    the edit log, each mention's sentence and place in the text, the source but its
    retrieval date (what the sitemap and feeds date a record by).

    >>> mention = {"person_id": "p1", "name": "金玉", "evidence": "金玉主持。", "start": 0}
    >>> light_record({"id": "a", "edits": [], "source": {"sha256": "0", "retrieved": "2024"},
    ...     "mentions": [mention]})
    {'id': 'a', 'source': {'retrieved': '2024'}, 'mentions': [{'person_id': 'p1', 'name': '金玉'}]}
    """
    light = {k: v for k, v in meta.items() if k not in PAGE_ONLY}
    if isinstance(light.get("mentions"), list):
        light["mentions"] = [
            {k: v for k, v in m.items() if k not in MENTION_PAGE_ONLY} if isinstance(m, dict) else m
            for m in light["mentions"]
        ]
    if isinstance(light.get("source"), dict):
        light["source"] = {k: v for k, v in light["source"].items() if k in SOURCE_LISTED}
    return light


class RecordItem:
    """One record as templates and feeds see it. It has the attributes the theme's
    templates and Pelican's feed writer read of an article (slug, url, title, date,
    metadata["record"], content, summary, get_content), so the same templates serve.

    `date` is None for an undated record. `content` (the record text as HTML) and
    `full_record()` (the front matter with the raw text and edit log) read the content
    file again; the HTML is kept once made (feeds and the record page both use it), and
    so is its summary while the HTML is kept (the record page's description and each
    feed that lists the record ask for it: 3.4 times a record at 2,000 reports)."""

    __slots__ = (
        "_content",
        "_summarize",
        "_summary",
        "date",
        "metadata",
        "slug",
        "source",
        "stamp",
        "title",
        "url",
    )

    def __init__(
        self,
        light: dict,
        source: str,
        stamp: tuple[int, int],
        url: str,
        summarize: Callable[[str], str] | None = None,
    ):
        self.slug: str = light["id"]
        self.url = url
        self.title: str = light["title"]
        self.date = record_datetime(light["date"]["resolved"])
        self.metadata = {"record": light}
        self.source = source
        self.stamp = stamp  # (size, mtime_ns) of the content file
        self._content: str | None = None
        self._summary: str | None = None  # made from _content, dropped with it
        self._summarize = summarize

    def __repr__(self) -> str:
        return f"RecordItem({self.slug!r})"

    @property
    def token(self) -> str:
        """Identifies everything this item shows: the light record, its HTML and its
        link are all made from the content file, and a new content file has a new
        size or mtime."""
        return f"{self.slug}|{self.url}|{self.stamp[0]}|{self.stamp[1]}"

    def full_record(self) -> tuple[dict, str]:
        text = Path(self.source).read_text(encoding="utf-8")
        meta, body = split_content(text)
        if self._content is None:
            self._content = markdown_to_html(body)
        return meta, self._content

    def drop_content(self) -> None:
        """Forget the HTML and its summary (made again from the content file when asked)."""
        self._content = None
        self._summary = None

    @property
    def content(self) -> str:
        if self._content is None:
            self.full_record()
        return self._content or ""

    def get_content(self, siteurl: str = "") -> str:  # what Pelican's feed writer calls
        return self.content

    @property
    def summary(self) -> str:
        """The beginning of the HTML (the settings' rule, given by the site), or all;
        made once while the HTML is kept (it depends on the HTML alone)."""
        if self._summarize is None:
            return self.content
        summary = self._summary
        if summary is None or self._content is None:
            summary = self._summary = self._summarize(self.content)
        return summary


class RecordCatalog:
    """The records of one content folder, with their light front matter cached by the
    size and mtime of each file (one cache file per folder and site)."""

    def __init__(
        self,
        folder: Path,
        cache_path: Path,
        url_format: str,
        summarize: Callable[[str], str] | None = None,
        changes: tuple[Path, Path] | None = None,
    ):
        self.folder, self.cache_path, self.url_format = folder, cache_path, url_format
        self.summarize = summarize
        # The import's journal of changed content files and its content folder
        # (ingest/changes.py), or None: every run lists and stats the folder.
        self.changes = changes
        self.followed = False  # whether this run took the journal's list (no full pass)
        self.read = 0  # content files parsed this run (the rest came from the cache)
        # The generation of the cache this run started from (None: none read back, so
        # nothing is known to be unchanged) and the one it leaves; the light front
        # matter of the records read again, added or removed, as they were and are.
        self.since: str | None = None
        self.generation: str | None = None
        self.changed: list[dict] = []

    def load(self, on_error: Callable[[str, Exception], None] | None = None) -> list[RecordItem]:
        """Every record of the folder: dated ones newest first, then undated ones,
        ties by id (a stable order, whatever the file system lists first)."""
        with paused_gc():
            return self._load(on_error)

    def _load(self, on_error: Callable[[str, Exception], None] | None) -> list[RecordItem]:
        state = read_catalog(self.cache_path)
        known, self.since = state.files, state.generation
        self.changed = []
        read_again: list[str] = []  # the names of the entries made this run
        memo: dict[str, str] = {}  # compact()'s strings, for the files read this run
        files: dict[str, list] = {}
        items: list[RecordItem] = []
        unreadable = False

        def take(name: str, path: str, stamp: list[int], hit) -> None:
            """The record of file `name` (its stamp as it is now): the cached entry
            when it is this file's, else the file read again."""
            nonlocal unreadable
            item = None
            if cached_light_matches(hit, stamp, name):
                light = hit[2]
                try:
                    item = self._item(light, path, stamp)
                except (ValueError, KeyError, TypeError, AttributeError):
                    item = None  # a damaged cache entry: a miss, the file is read
            if item is None:
                if isinstance(hit, list) and len(hit) == 3 and isinstance(hit[2], dict):
                    self.changed.append(hit[2])  # what the record was
                elif hit is not None:
                    # A damaged entry: what the record was (whom it named) is unknown,
                    # so nothing is known to be unchanged this run.
                    self.since = None
                try:
                    meta, _ = split_content(Path(path).read_text(encoding="utf-8"))
                    light = compact(light_record(meta), memo)
                    self.read += 1
                    read_again.append(name)
                    self.changed.append(light)
                    item = self._item(light, path, stamp)
                except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
                    # Not a content file the import wrote (or a damaged one): said, skipped.
                    unreadable = True
                    if on_error is not None:
                        on_error(path, e)
                    return
            files[name] = [*stamp, light]
            items.append(item)

        # What the import changed since the cache's import generation (None: not known
        # for certain, or no journal: the full pass).
        follow, imported = None, None
        if self.changes is not None:
            journal, content_dir = self.changes
            if self.since is not None:
                follow = changes_since(journal, state.imported, content_dir)
            if follow is None:
                imported = last_generation(journal)  # read before the folder is listed
        if follow is not None and self._follow(follow.changed, known, files, items, take):
            imported = follow.generation
            self.followed = True
        else:
            self.followed = False
            files.clear()
            items.clear()
            try:
                entries = sorted(
                    (e for e in os.scandir(self.folder) if e.name.endswith(".md")),
                    key=lambda e: e.name,
                )
            except FileNotFoundError:
                entries = []
            for entry in entries:
                stat = entry.stat()
                stamp = [stat.st_size, stat.st_mtime_ns]
                take(entry.name, entry.path, stamp, known.get(entry.name))
        if unreadable:
            imported = None  # said again by the next run's full pass
        for name in known.keys() - files.keys():  # removed (or no longer readable)
            hit = known[name]
            if isinstance(hit, list) and len(hit) == 3 and isinstance(hit[2], dict):
                self.changed.append(hit[2])
            else:
                self.since = None  # damaged: whom the removed record named is unknown
        self.generation = self.since
        # Written when it changed, or has no generation yet (else it holds just this).
        removed = known.keys() - files.keys()
        if self.read or removed or self.since is None or imported != state.imported:
            self.generation = uuid.uuid4().hex
            line = None
            if self.since is not None and state.journal_ok:
                change = {
                    "from": self.since,
                    "generation": self.generation,
                    "set": {name: files[name] for name in read_again},
                    "del": sorted(removed),
                    "import": imported,
                }
                line = (json.dumps(change, ensure_ascii=False) + "\n").encode()
                if (state.journal_bytes + len(line)) * JOURNAL_FRACTION > state.cache_bytes:
                    line = None  # the journal would grow too long: a whole write
            if line is not None:
                with journal_path(self.cache_path).open("ab") as f:
                    f.write(line)
            else:
                self._write_whole(files, imported)
        return sort_items(items)

    def _follow(self, changed: set[str], known: dict, files: dict, items: list, take) -> bool:
        """The records as the cache has them but for the files the import named
        (`changed`: "zh-hans/a.md", of every script), stated and taken again; False,
        with nothing taken, when a cache entry is not of its shape (the full pass)."""
        prefix = self.folder.name + "/"
        named = {n[len(prefix) :] for n in changed if n.startswith(prefix) and n.endswith(".md")}
        folder = os.path.join(self.folder, "")
        for name, hit in known.items():
            if name in named:
                continue
            if not (isinstance(hit, list) and len(hit) == 3 and isinstance(hit[2], dict)):
                return False
            if hit[2].get("id") != name.removesuffix(".md"):
                return False
            try:
                items.append(self._item(hit[2], folder + name, hit))
            except (ValueError, KeyError, TypeError, AttributeError):
                return False
            files[name] = hit
        for name in sorted(named):
            path = folder + name
            try:
                stat = os.stat(path)
            except FileNotFoundError:
                continue  # removed
            take(name, path, [stat.st_size, stat.st_mtime_ns], known.get(name))
        return True

    def _write_whole(self, files: dict[str, list], imported: str | None = None) -> None:
        """The cache written whole, with this run's generation, and no journal
        (write_catalog_state)."""
        write_catalog_state(self.cache_path, files, self.generation, imported)
        # Killed here, the journal's first line does not follow the new generation: it
        # is not applied, and the next change writes the cache whole again.
        journal_path(self.cache_path).unlink(missing_ok=True)

    def _item(self, light: dict, source: str, stamp: list[int]) -> RecordItem:
        url = self.url_format.format(slug=light["id"])
        return RecordItem(light, source, (stamp[0], stamp[1]), url, self.summarize)


def journal_path(cache_path: Path) -> Path:
    """The journal of a catalog cache (beside it).

    >>> journal_path(Path("cache/hans-0123.catalog.json")).name
    'hans-0123.catalog.journal'
    """
    return cache_path.with_suffix(".journal")


def follow_journal(
    journal: bytes, generation: str | None, shaped: Callable[[dict], bool]
) -> tuple[list[dict], bool]:
    """The changes of a kept state's journal (one JSON line a run) that follow one another
    from `generation`, in order, each `shaped` as its reader expects; and whether the whole
    journal did (False at the first line that does not, or when the last line is cut
    short: the changes before it still hold).

    >>> lines = b'{"from": "a", "generation": "b"}\\n{"from": "b", "generation": "c"}\\n'
    >>> changes, whole = follow_journal(lines, "a", bool)
    >>> [c["generation"] for c in changes], whole
    (['b', 'c'], True)
    >>> follow_journal(lines, "b", bool)  # it does not start where the state is
    ([], False)
    >>> [c["generation"] for c in follow_journal(lines[:-1], "a", bool)[0]]  # cut short
    ['b', 'c']
    """
    changes = []
    for line in journal.split(b"\n"):
        if not line:
            continue
        try:
            change = json.loads(line)
        except ValueError:
            return changes, False
        if not (
            isinstance(change, dict)
            and change.get("from") == generation
            and isinstance(change.get("generation"), str)
            and shaped(change)
        ):
            return changes, False
        changes.append(change)
        generation = change["generation"]
    return changes, journal.endswith(b"\n")


@dataclass
class CatalogState:
    """A catalog cache as read back, its journal applied: the entries, the generation
    they are (None: none known), the sizes of the cache and of its journal, and whether
    the journal read back whole and in order (a line may be appended to it)."""

    files: dict
    generation: str | None
    cache_bytes: int = 0
    journal_bytes: int = 0
    journal_ok: bool = True
    imported: str | None = None  # the import generation the entries are up to date with


def read_catalog(path: Path) -> CatalogState:
    """The cache at `path` (read_catalog_state) with the lines of its journal applied
    in order, each while it starts from the generation reached; a line that does not
    read back, is not of its shape or does not follow ends the journal, which is then
    not ok.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "c.json"
    >>> write_catalog_state(path, {"a.md": 1}, "g1", None)
    >>> _ = journal_path(path).write_text(
    ...     '{"from": "g1", "generation": "g2", "set": {"b.md": 2}, "del": ["a.md"]}\\n'
    ...     '{"from": "g2", "generation": "g3", "set": {"c.md": 3}, "del": []}\\n')
    >>> state = read_catalog(path)
    >>> state.files, state.generation, state.journal_ok
    ({'b.md': 2, 'c.md': 3}, 'g3', True)
    >>> with journal_path(path).open("a") as f:
    ...     _ = f.write('{"from": "g3", "generation": "g4", "set": {"d.md"')  # cut short
    >>> state = read_catalog(path)
    >>> sorted(state.files), state.generation, state.journal_ok
    (['b.md', 'c.md'], 'g3', False)
    >>> _ = journal_path(path).write_text(
    ...     '{"from": "g0", "generation": "g5", "set": {"x.md": 5}, "del": []}\\n')
    >>> state = read_catalog(path)
    >>> state.files, state.generation, state.journal_ok
    ({'a.md': 1}, 'g1', False)
    """
    files, generation, imported = read_catalog_state(path)
    try:
        cache_bytes = path.stat().st_size
    except OSError:
        cache_bytes = 0
    state = CatalogState(files, generation, cache_bytes, imported=imported)
    try:
        journal = journal_path(path).read_bytes()
    except OSError:
        return state
    state.journal_bytes = len(journal)
    if generation is None:
        state.journal_ok = False  # a journal without its cache: written whole next
        return state
    changes, state.journal_ok = follow_journal(journal, generation, _catalog_change_shaped)
    for change in changes:
        for name in change["del"]:
            files.pop(name, None)
        files.update(change["set"])
        state.generation = change["generation"]
        imported = change.get("import")
        state.imported = imported if isinstance(imported, str) else None
    return state


def _catalog_change_shaped(change: dict) -> bool:
    return (
        isinstance(change.get("set"), dict)
        and isinstance(change.get("del"), list)
        and all(isinstance(name, str) for name in change["del"])
    )


def write_catalog_state(
    path: Path, files: dict[str, list], generation: str | None, imported: str | None
) -> None:
    """Write the cache whole (read_catalog_state reads it), through a temporary file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    head = {"version": CATALOG_VERSION, "generation": generation, "import": imported}
    with tmp.open("wb") as f:
        f.write(json.dumps(head).encode() + b"\n")
        pickle.dump(files, f, protocol=5)
    tmp.replace(path)


class _PlainUnpickler(pickle.Unpickler):
    """Reads back only what JSON holds (dicts, lists, strings, numbers, None): any
    other object, which a pickle makes through a named class or function, is refused,
    so a cache file cannot run code."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"not plain data: {module}.{name}")


def read_catalog_state(path: Path) -> tuple[dict, str | None, str | None]:
    """The cached entries (file name -> [size, mtime_ns, light front matter]), the
    cache's generation and the import generation it is up to date with. A cache that
    does not read back as that is empty (every file is then read), and has no
    generation (None: nothing is known to be unchanged).

    The cache is a header line (version, generation, import generation), then the
    entries pickled (plain data only: _PlainUnpickler), as they were held: the short
    strings they share (`compact`) are shared again when read back (docs/scaling.md,
    memory), without a pass over every string.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "c.json"
    >>> write_catalog_state(path, {"a.md": [1, 2, {}]}, "g1", "i1")
    >>> read_catalog_state(path)
    ({'a.md': [1, 2, {}]}, 'g1', 'i1')
    >>> _ = path.write_bytes(path.read_bytes()[:-3])  # cut short
    >>> read_catalog_state(path)
    ({}, None, None)
    >>> _ = path.write_bytes(b'{"version": "4", "generation": "g1"}\\n' + pickle.dumps(
    ...     {"a.md": Path("x")}))
    >>> read_catalog_state(path)  # an object other than plain data: refused
    ({}, None, None)
    >>> _ = path.write_text('{"version": "1", "files": {}}')
    >>> read_catalog_state(path)
    ({}, None, None)
    """
    try:
        handle = path.open("rb")
    except OSError:
        return {}, None, None
    with handle:
        try:
            head = json.loads(handle.readline())
        except ValueError:
            return {}, None, None
        if not isinstance(head, dict) or head.get("version") != CATALOG_VERSION:
            return {}, None, None
        generation = head.get("generation")
        try:
            files = _PlainUnpickler(handle).load()
            if handle.read(1):
                raise ValueError("more after the entries")
        except Exception:  # a damaged pickle raises about anything
            return {}, None, None
    if not isinstance(files, dict) or not all(isinstance(k, str) for k in files):
        return {}, None, None
    if not (isinstance(generation, str) and generation):
        return files, None, None
    imported = head.get("import")
    return files, generation, imported if isinstance(imported, str) else None


def cached_light_matches(hit, stamp: list[int], file_name: str) -> bool:
    """Whether a cache entry is the one of this file as it is: its size and mtime, and
    a front matter whose id is the file's (the import names a file after its record),
    so an entry of another shape or of another record is a miss.

    >>> light = {"id": "a", "title": "t", "date": {"resolved": ""}}
    >>> cached_light_matches([5, 7, light], [5, 7], "a.md")
    True
    >>> cached_light_matches([5, 7, light], [5, 8], "a.md"), cached_light_matches(
    ...     [5, 7, light], [5, 7], "b.md"), cached_light_matches(3, [5, 7], "a.md")
    (False, False, False)
    """
    return (
        isinstance(hit, list)
        and len(hit) == 3
        and hit[:2] == stamp
        and isinstance(hit[2], dict)
        and hit[2].get("id") == file_name.removesuffix(".md")
    )


def sort_items(items: list[RecordItem]) -> list[RecordItem]:
    """Dated records newest first, then undated ones; ties by id.

    >>> def item(i, d):
    ...     return RecordItem({"id": i, "title": i, "date": {"resolved": d}}, "", (0, 0), i)
    >>> [i.slug for i in sort_items([item("a", "2024"), item("b", ""), item("c", "2024-03"),
    ...                              item("d", "2024-03")])]
    ['c', 'd', 'a', 'b']
    """
    by_id = sorted(items, key=lambda i: i.slug)
    dated = sorted((i for i in by_id if i.date), key=lambda i: i.date, reverse=True)
    return dated + [i for i in by_id if i.date is None]


def cache_name(script: str, output: Path) -> str:
    """One cache per script and output folder (tests build many sites side by side)."""
    where = hashlib.sha256(str(output.resolve()).encode()).hexdigest()[:16]
    return f"{script}-{where}"
