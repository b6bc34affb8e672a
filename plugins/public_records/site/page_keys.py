"""Write a page only when what it is made from has changed: the one mechanism every
page made of records goes through (record pages, lists, feeds, summaries, reports).

A page's key is a hash of what it shows (`PageKeys.key`: the template and a fingerprint
of the values handed to it, down to each record's title, link, light metadata and the
size and mtime of its content file), or a key its writer gives (a record page: its
content file's size and mtime). Keys are kept per `env` (theme, code and settings), so
a change to any of those renders every page again. A page whose key and file (mtime and
size) are unchanged is not rendered; it still counts as written by this run, so the run
keeps it (run_files.py).

The officials', topics' and places' summaries are on many pages, and each is made of
all its records: hashing one means hashing each of its appearances. Their tokens are
kept between runs (`PageKeys.reuse_summaries`) and reused for a summary that no
changed record touches (the record catalog says which records were read again, added
or removed since its cache's generation, and the tokens are trusted only against the
generation they were saved with): after one new report only the summaries it names
are hashed again.

Record pages are checked without a stat each (`PageKeys.trust_folder`) when the record
catalog followed the import's list of changed files (catalog.py) and the pages' folder
(output/records/) is the very folder, with the same mtime, that the last run left: then
no record's folder was added or removed since, and a page whose key is unchanged is
taken as the last run left it. A page deleted or edited by hand inside its record's
folder is then not seen; a catalog that did not follow gives the stat pass. A run
stopped while it wrote record pages leaves a mark (`open_mark`): the next one does not
trust the folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from markupsafe import Markup

from ..common.atomic import write_atomic
from ..common.code_hash import code_hash, package_files
from .aggregate import Appearance, RecordView
from .catalog import RecordItem
from .publish import WRITTEN, site_paths
from .run_files import RUN_FILES

# The code and data a page is rendered with besides its template and what it shows:
# the page writers, the record catalog, the Markdown renderer, script conversion (the `ui`
# filter) and the publishing context. (The cleaning and extraction code shows up in
# the content files themselves.)
PAGE_CODE = (
    "site/plugin.py",
    "site/page_keys.py",
    "site/record_pages.py",
    "site/lists.py",
    "site/summaries.py",
    "site/report_pages.py",
    "site/catalog.py",
    "site/render.py",
    "common/safe_url.py",
    "script.py",
    "data.py",
    "site/publish.py",
    "site/chart.py",
    "data/hant_phrases.tsv",
    "data/name_chars_keep.txt",
)
# Code the officials, topics and places pages are made with besides PAGE_CODE.
SUMMARY_CODE = ("site/aggregate.py", "site/aggregate_state.py", "registry.py")


def env_key(theme: Path, settings: dict) -> str:
    """A hash of what every page depends on besides what it shows: the theme's files,
    the code in PAGE_CODE and the settings."""
    h = hashlib.sha256()
    files = [p for p in sorted(theme.rglob("*")) if p.is_file()]
    files += package_files(PAGE_CODE)
    for path in files:
        h.update(path.name.encode() + path.read_bytes())
    h.update(json.dumps(_plain(settings), sort_keys=True, default=str).encode())
    from ..script import DEFAULT_HANT_CONFIG  # ARCHIVE_OPENCC_HANT writes every page

    h.update(DEFAULT_HANT_CONFIG.encode())
    return h.hexdigest()[:32]


def registry_key(registry) -> str:
    """A hash of the registry's content (names, places, notes): what the `text` filter
    protects and shows."""
    return hashlib.sha256(repr(registry).encode()).hexdigest()[:16]


def code_key(names: tuple[str, ...]) -> str:
    return code_hash(names)[:16]


def output_base(output: Path) -> str:
    """The output folder as an absolute, normal path ending in a separator."""
    return os.path.join(os.path.abspath(output), "")


def is_plain(path: str) -> bool:
    """Whether a page's path relative to output/ joins it as it is: relative, with no
    empty, `.` or `..` part (and no part starting with a dot), so `base + path` is the
    absolute, normal path that os.path.abspath would give.

    >>> [is_plain(p) for p in ("records/a/index.html", "a//b", "./a", "a/../b", "/a")]
    [True, False, False, False, False]
    """
    return bool(path) and path[0] != "/" and "//" not in path and "/." not in "/" + path


class PageKeys:
    """The keys of one family of pages, kept at `path` between runs (see the module
    docstring). A new report re-renders the pages of the people, topics and places it
    names and the index pages, not all."""

    def __init__(self, path: Path, env: str, output: Path):
        self.path, self.env, self.output = path, env, output
        self.base = output_base(output)
        saved = _read_json(path)
        self.before = read_page_keys(path, env, saved)
        self.pages: dict[str, list] = {}
        self.tokens: dict[int, tuple] = {}  # id(object) -> (object, its fingerprint token)
        self.written = self.skipped = 0
        # Summary tokens kept between runs (reuse_summaries): those saved by the last
        # run, with the catalog generation they hold for, and this run's summaries.
        self.known_generation, self.known_tokens = read_summary_tokens(path, env, saved)
        # The folder whose pages are taken without a stat (trust_folder): saved with
        # its stamp at the end of the run, trusted while the stamp is the same.
        self.saved_folder = saved.get("folder") if isinstance(saved, dict) else None
        self.folder: str | None = None
        self.trusted: str | None = None  # "records/": pages under it are not stated
        self.restamping = False  # whether the end of the run saves the stamp again
        self.generation: str | None = None
        self.summaries: dict[str, object] = {}  # "family/id" -> summary
        self.reused = 0

    def reuse_summaries(
        self,
        families: Mapping[str, Mapping[str, object]],
        touched: Mapping[str, set[str]] | None,
        since: str | None,
        generation: str | None,
    ) -> None:
        """Take the tokens the last run saved for the summaries (`families`: family ->
        id -> summary) that no changed record touches (`touched`: family -> ids, from
        the record catalog's changes since its generation `since`), instead of hashing
        their appearances again; every summary's token is saved with `generation`, the
        catalog's generation now. Nothing is reused when the tokens were saved against
        another generation (a run stopped after the catalog was written and before the
        keys were), or when what changed is not known (`touched` or `since` None)."""
        self.generation = generation
        trusted = touched is not None and since is not None and self.known_generation == since
        for family, table in families.items():
            hit = touched.get(family, set()) if touched is not None else set()
            for summary_id, summary in table.items():
                name = f"{family}/{summary_id}"
                self.summaries[name] = summary
                token = self.known_tokens.get(name) if trusted else None
                if token is not None and summary_id not in hit:
                    self.tokens[id(summary)] = (summary, token.encode())
                    self.reused += 1

    def key(self, template: str, values: dict) -> str:
        h = hashlib.sha256(template.encode())
        fingerprint(values, h, self.tokens)
        return h.hexdigest()[:32]

    def trust_folder(self, folder: str, trust: bool) -> bool:
        """Keep the stamp of output/`folder` (a plain relative folder, "records") with
        the keys, and, when `trust` and the stamp is the one the last run saved, take
        the pages under it whose key is unchanged without a stat. True when trusted."""
        if not folder or not is_plain(folder) or "{" in folder:
            return False
        self.folder = folder
        saved = self.saved_folder
        mark = open_mark(self.path)
        if trust and isinstance(saved, list) and len(saved) == 2 and saved[0] == folder:
            if saved[1] is not None and saved[1] == folder_stamp(self.base + folder):
                self.trusted = folder + "/" if not mark.exists() else None
        # Until save(): a run stopped in between may have left a page half-written.
        mark.parent.mkdir(parents=True, exist_ok=True)
        mark.touch()
        return self.trusted is not None

    def unchanged(self, path: str, key: str) -> bool:
        entry = self.before.get(path)
        if entry is None or entry[0] != key:
            return False
        if self.trusted is not None and path.startswith(self.trusted):
            self.pages[path] = entry
            self.skipped += 1
            return True
        try:
            stat = os.stat(self.base + path if is_plain(path) else self.output / path)
        except FileNotFoundError:
            return False
        if entry[1:] != [stat.st_mtime_ns, stat.st_size]:
            return False
        self.pages[path] = entry
        self.skipped += 1
        return True

    def wrote(self, path: str, key: str) -> None:
        stat = (self.output / path).stat()
        self.pages[path] = [key, stat.st_mtime_ns, stat.st_size]
        self.written += 1

    def save(self) -> None:
        saved: dict = {"env": self.env, "pages": self.pages}
        if self.folder is not None:
            saved["folder"] = [self.folder, folder_stamp(self.base + self.folder)]
        if self.generation is not None:
            tokens = {name: self.token(s).decode() for name, s in self.summaries.items()}
            saved["summaries"] = {"generation": self.generation, "tokens": tokens}
        write_json(self.path, saved)
        if self.folder is not None:
            open_mark(self.path).unlink(missing_ok=True)
            if not self.restamping:
                self.restamping = True
                RUN_FILES.on_pruned(self.restamp)

    def restamp(self, removed: list[str]) -> None:
        """When the end of the run removed files under the folder (the pages of records
        gone), its stamp saved as the removal left it: saved before it, the next run
        would find the folder changed and check every page with a stat (a run after
        one report removed, as after one added)."""
        prefix = f"{self.folder}/"
        if any(path.startswith(prefix) for path in removed):
            self.save()

    def token(self, value) -> bytes:
        """The fingerprint token of a record, person or tag (hashed once per run)."""
        entry = self.tokens.get(id(value))
        if entry is None:
            entry = self.tokens[id(value)] = (value, _object_token(value, self.tokens))
        return entry[1]


class PageWriter:
    """Pelican's writer behind `PageKeys`: `page` renders a template to a path and
    `feed` writes an Atom feed, each only when its key changed; `if_changed` is the
    step both are made of, for writers that give their own key (record pages)."""

    def __init__(self, generator, writer, keys: PageKeys):
        self.generator, self.writer, self.keys = generator, writer, keys
        self.output = Path(generator.output_path)
        self.base = output_base(self.output)
        self.relative = generator.settings["RELATIVE_URLS"]
        # Feed titles name the site as its pages do (the `ui` filter: the Taiwan glossary,
        # then OpenCC, in the Traditional run), once per run.
        ui = generator.env.filters.get("ui", str)
        self.sitename = ui(generator.settings["SITENAME"])
        # The pages this writer rendered (announced by Pelican's writer) and kept
        # without announcing them (feeds): the rest of its keys' pages are the pages it
        # kept, given to the sitemap at once (kept_pages) instead of a signal each.
        self.rendered: set[str] = set()
        self.quiet: set[str] = set()
        WRITTEN.add_kept(self.kept_pages)

    def kept_pages(self) -> list[str]:
        """The pages kept this run and not rendered, relative to the output folder."""
        kept = []
        skip = self.rendered | self.quiet
        for path in self.keys.pages:
            if path in skip:
                continue
            if not is_plain(path):
                path = site_paths([str(self.output / path)], self.output)[0]
            kept.append(path)
        return kept

    def if_changed(
        self, path: str, key: str, render: Callable[[], None], signal: bool = True
    ) -> bool:
        """Render `path` unless its key and file are unchanged; True when rendered.
        Either way the file is this run's; a page (not a feed) is in the sitemap: a
        rendered one announced by Pelican's writer, a kept one given by kept_pages."""
        if self.keys.unchanged(path, key):
            # Most pages of a run are kept: their path is made by joining strings (no
            # pathlib, no normpath: tens of thousands a run) when it needs no normalizing.
            if is_plain(path):
                RUN_FILES.add_absolute(self.base + path)
            else:
                RUN_FILES.add(str(self.output / path))
            if not signal:
                self.quiet.add(path)
            return False
        render()
        self.keys.wrote(path, key)
        self.rendered.add(path)
        return True

    def page(
        self,
        path: str,
        template: str,
        key_values: dict | None = None,
        derived: Callable[[], dict] | None = None,
        **values,
    ) -> None:
        """Render `template` with `values` to `path` when its key changed. The key is
        the fingerprint of `values`, or of `key_values` when given: what the page is
        made from when the rest of `values` is derived from it by the page's code (an
        official's timeline and chart from the person), so that the derived values
        need not be hashed. `derived` gives more such values, made only when the page
        is rendered (an official's chart: a pass over the person's appearances that a
        kept page does not need)."""

        def render() -> None:
            self.writer.write_file(
                path,
                self.generator.get_template(template),
                self.generator.context,
                relative_urls=self.relative,
                **values,
                **(derived() if derived is not None else {}),
            )

        key = self.keys.key(template, values if key_values is None else key_values)
        self.if_changed(path, key, render)

    def feed(self, items, path: str, title: str, limit: int | None = 50, made_from=None) -> None:
        """An Atom feed of the newest `limit` records (a site feed is never empty).

        With `made_from` (an official or a topic, whose token covers its records), the
        key is its fingerprint and `items` a callable that gives the records (the caller
        writes no feed when there are none), called only when the feed is written: a
        kept feed neither lists nor sorts the summary's records."""
        feed_title = f"{title} · {self.sitename}" if title else ""

        def newest(records) -> list:
            return sorted(records, key=lambda a: a.date, reverse=True)[:limit]

        if made_from is not None:
            values = {"made_from": made_from, "title": feed_title, "limit": limit}
            key = self.keys.key("feed", values)
            shown = None
        else:
            if not items and title:
                return
            shown = newest(items)
            key = self.keys.key("feed", {"items": shown, "title": feed_title})

        def render() -> None:
            entries = shown if shown is not None else newest(items())
            self.writer.write_feed(entries, self.generator.context, path, feed_title=feed_title)

        self.if_changed(path, key, render, signal=False)


def fingerprint(value, h, tokens: dict) -> None:
    """Feed a hash with everything a template can read of `value`. Anything of a kind
    not known here is hashed with its id, so its page is always rendered again.

    >>> import hashlib
    >>> def key(v):
    ...     h = hashlib.sha256(); fingerprint(v, h, {}); return h.hexdigest()
    >>> key({"a": [1, "x"]}) == key({"a": [1, "x"]}), key({"a": [1, "x"]}) == key({"a": [1, "y"]})
    (True, False)
    >>> key(["a|str:1:b"]) == key(["a", "b"])
    False
    >>> first, second = object(), object()
    >>> key(first) == key(second)
    False
    """
    kind = type(value)
    if value is None or kind in (str, int, float, bool, Markup):
        text = str(value)
        h.update(f"{kind.__name__}:{len(text)}:{text}".encode())
    elif kind in (list, tuple):
        h.update(f"[{len(value)}".encode())
        for item in value:
            fingerprint(item, h, tokens)
    elif isinstance(value, dict):  # Counter too; in order, as templates iterate them
        h.update(f"{{{len(value)}".encode())
        for k, v in value.items():
            fingerprint(k, h, tokens)
            fingerprint(v, h, tokens)
    elif isinstance(value, (set, frozenset)):
        fingerprint(sorted(map(repr, value)), h, tokens)
    elif hasattr(value, "__dataclass_fields__") or kind is RecordItem:
        # Records, people and tags recur on many pages: each is hashed once per build
        # (the object is kept beside its token, so that its id is not reused).
        entry = tokens.get(id(value))
        if entry is None:
            entry = tokens[id(value)] = (value, _object_token(value, tokens))
        h.update(entry[1])
    else:
        h.update(f"{kind.__name__}@{id(value)}|".encode())


def _object_token(value, tokens: dict) -> bytes:
    kind = type(value)
    if kind is RecordItem:
        token = value.token
    elif kind is RecordView:
        item = value.item.token if value.item is not None else None
        light = value.item.metadata.get("record") if value.item is not None else None
        # The view's metadata is usually the item's light record, which its token covers.
        meta = (
            "item" if value.meta is light else json.dumps(value.meta, sort_keys=True, default=str)
        )
        token = repr((value.id, value.url, value.title, value.date, meta, item))
    elif kind is Appearance:  # tens of thousands: its record's token and its plain fields
        sub = hashlib.sha256()
        fingerprint(value.record, sub, tokens)
        token = repr((sub.hexdigest(), value.title_as_written, value.roles, value.learned_from))
    else:  # a dataclass
        sub = hashlib.sha256(kind.__name__.encode())
        for name in value.__dataclass_fields__:
            fingerprint(getattr(value, name), sub, tokens)
        token = sub.hexdigest()
    return f"{kind.__name__}:{len(token)}:{token}".encode()


def open_mark(path: Path) -> Path:
    """The file that says a run is writing the pages whose keys are at `path`.

    >>> open_mark(Path("cache/hans-0123.json")).name
    'hans-0123.open'
    """
    return path.with_suffix(".open")


def folder_stamp(folder: str) -> list[int] | None:
    """A folder's device, inode and mtime (None: not there)."""
    try:
        st = os.stat(folder)
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_mtime_ns]


_UNREAD = object()


def _read_json(path: Path):
    """The JSON value of `path`, or None when it does not read back."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_page_keys(path: Path, env: str, old=_UNREAD) -> dict[str, list]:
    """The page keys saved at `path` for this `env`: page -> [key, mtime_ns, size].
    A file that does not read back as that (damaged, of another shape, of another
    env) gives none, and an entry of another shape is left out: each is a miss.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "keys.json"
    >>> _ = path.write_text('{"env": "e", "pages": {"a": ["k", 1, 2], "b": 3, "c": ["k"]}}')
    >>> read_page_keys(path, "e"), read_page_keys(path, "other")
    ({'a': ['k', 1, 2]}, {})
    >>> _ = path.write_text('[1, 2]')
    >>> read_page_keys(path, "e")
    {}
    """
    if old is _UNREAD:
        old = _read_json(path)
    if not isinstance(old, dict) or old.get("env") != env or not isinstance(old.get("pages"), dict):
        return {}
    return {
        name: entry
        for name, entry in old["pages"].items()
        if isinstance(entry, list)
        and len(entry) == 3
        and isinstance(entry[0], str)
        and all(type(n) is int for n in entry[1:])
    }


def read_summary_tokens(path: Path, env: str, old=_UNREAD) -> tuple[str | None, dict[str, str]]:
    """The summary tokens saved at `path` for this `env`, and the record catalog's
    generation they hold for; (None, {}) when there are none that read back.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "keys.json"
    >>> _ = path.write_text('{"env": "e", "pages": {}, "summaries": {"generation": "g",'
    ...                     ' "tokens": {"people/p1": "t", "people/p2": 3}}}')
    >>> read_summary_tokens(path, "e"), read_summary_tokens(path, "other")
    (('g', {'people/p1': 't'}), (None, {}))
    """
    if old is _UNREAD:
        old = _read_json(path)
    if not isinstance(old, dict) or old.get("env") != env:
        return None, {}
    saved = old.get("summaries")
    if not isinstance(saved, dict) or not isinstance(saved.get("tokens"), dict):
        return None, {}
    generation = saved.get("generation")
    if not isinstance(generation, str) or not generation:
        return None, {}
    tokens = {k: v for k, v in saved["tokens"].items() if isinstance(v, str)}
    return generation, tokens


def write_json(path: Path, value) -> None:
    """Replace `path` whole (a build stopped half-way leaves the old file)."""
    write_atomic(path, json.dumps(value).encode())


def _plain(value, depth: int = 0):
    """Settings as plain data for a hash: functions and objects by type name only
    (their repr holds an address that changes every run), ARCHIVE_WRITTEN left out
    (it grows while the site is written)."""
    if isinstance(value, dict):
        return {
            str(k): _plain(v, depth + 1)
            for k, v in value.items()
            if not (depth == 0 and k == "ARCHIVE_WRITTEN")
        }
    if isinstance(value, (list, tuple)):
        return [_plain(v, depth + 1) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return type(value).__name__
