"""The Pelican glue, and the only module that imports Pelican (with publish.py).

- PageReader reads the hand-written pages (content/pages; converted to Traditional in
  the Traditional run). Records are not Pelican articles.
- ArchiveGenerator writes everything made of records: the record pages, the home page,
  the archives by year and month, the site feed, the officials, topics and places
  pages and feeds, the data page, the build report and the undated records; and, once
  per build, the outputs shared by both scripts (search index, bulk data).

Speed and memory (docs/scaling.md): Pelican keeps every article in memory with its
HTML and renders every article page, list page and feed on every run (its period
archives are quadratic). Here the records come from a `RecordCatalog` (catalog.py:
each content file's light front matter, cached by size and mtime), and every page is
written through `SummaryPages`, which skips a page when its template, the theme, the
code, the settings and a fingerprint of what it shows are all unchanged. A new report
re-renders its own page, its month and year archives, the home page, the feed and the
pages of the officials, topics and places it names.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import time
from itertools import groupby
from pathlib import Path

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator
from pelican.readers import BaseReader
from pelican.utils import truncate_html_words
from pelican.writers import Writer

from ..common.atomic import AtomicText, write_atomic
from ..common.code_hash import code_hash, package_files
from ..common.gc_pause import paused_gc
from ..common.progress import Laps, Progress
from ..registry import Registry, RegistryError, load_registry
from ..script import name_to_traditional, to_traditional
from . import publish
from .aggregate import Appearance, RecordView, aggregate
from .catalog import RecordCatalog, RecordItem, cache_name, split_content
from .chart import month_bars_svg
from .output_files import prune, sync_copies
from .render import markdown_to_html
from .shared import write_shared_outputs

logger = logging.getLogger(__name__)

# The code and data a page is rendered with besides its template and what it shows:
# this module, the record catalog, the Markdown renderer, script conversion (the `ui`
# filter) and the publishing context. (The cleaning and extraction code shows up in
# the content files themselves.)
PAGE_CODE = (
    "site/plugin.py",
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
# A year's archive page lists its records when it has at most this many; above, it
# lists its months (each month's page lists its records).
YEAR_LIST_MAX = 300


class PageReader(BaseReader):
    """The hand-written pages: Simplified source, Traditional derived."""

    enabled = True
    file_extensions = ("md",)

    def read(self, source_path: str):
        text = Path(source_path).read_text(encoding="utf-8")
        meta, body = split_content(text)
        title = str(meta.get("title", Path(source_path).stem))
        if self.settings.get("ARCHIVE_SCRIPT") == "hant":
            title, body = to_traditional(title), to_traditional(body)
        metadata = {"title": title, "slug": str(meta.get("slug", Path(source_path).stem))}
        for key in ("template", "status", "summary"):
            if key in meta:
                metadata[key] = str(meta[key])
        return markdown_to_html(body), metadata


def add_reader(readers) -> None:
    readers.reader_classes["md"] = PageReader


def forget_disabled_markdown(generator) -> None:
    """Pelican warns, for every .md file, that its own Markdown reader is disabled
    (Python-Markdown is not installed: markdown-it-py renders here), although
    PageReader reads them. The list of disabled readers exists once a generator does."""
    readers = getattr(generator, "readers", None)
    if readers is not None:
        readers.disabled_readers.pop("md", None)


class ArchiveGenerator(Generator):
    """Every page made of records (see the module docstring). In the Simplified run it
    also writes the outputs shared by both scripts (search index, bulk data)."""

    def generate_output(self, writer) -> None:
        laps = Laps()
        hant = self.settings.get("ARCHIVE_SCRIPT") == "hant"
        items = self._catalog().load(on_error=self._unreadable)
        dated = [i for i in items if i.date]
        undated = [i for i in items if i.date is None]
        laps.lap("record catalog", records=len(items))
        registry = self._registry()
        shared = None if hant else self._start_shared_outputs(registry)
        self._summary_pages = SummaryPages(
            self._cache_path(".summary.json"),
            self._page_env_key() + _code_key(SUMMARY_CODE),
            Path(self.output_path),
        )
        self._write_records(writer, items)
        laps.lap("record pages", pages=len(items))
        write = self._writer(writer)
        self._write_lists(write, writer, dated)
        laps.lap("home, archives and feed")
        views = [
            RecordView(
                i.slug,
                i.url,
                i.title,
                i.metadata["record"]["date"]["resolved"],
                i.metadata["record"],
                i,
            )
            for i in items
        ]
        with paused_gc():
            archive = aggregate(views)
        report = self._import_report()
        report["provisional"] = sorted(
            (
                {"id": p.id, "name": p.name, "count": p.count}
                for p in archive.people.values()
                if p.id.startswith("p-")
            ),
            key=lambda p: (-p["count"], p["id"]),
        )
        write("report/index.html", "report", report=report)
        write("undated/index.html", "undated", undated=undated)
        write("data/index.html", "data")
        laps.lap("aggregate and report pages")

        people = sorted(archive.people.values(), key=lambda p: (-p.count, p.id))
        groups = _group_by_place(people, registry, hant)
        write("officials/index.html", "officials", people=people, groups=groups)
        for person in people:
            official = registry.official(person.id)
            write(
                f"officials/{person.id}/index.html",
                "official",
                person=person,
                official=official,
                place_name=_place_name(official.place if official else "", registry, hant),
                chart=Markup(month_bars_svg(person.months, _ui("每月出现次数", hant))),
            )
            self._feed(
                writer,
                [a.record.item for a in person.dated],
                f"officials/{person.id}/feed.atom.xml",
                person.name,
            )
        laps.lap("officials pages", pages=len(people) + 1)
        topics = sorted(archive.topics.values(), key=lambda t: (-t.count, t.id))
        write("topics/index.html", "topics", topics=topics)
        for topic in topics:
            write(f"topics/{topic.id}/index.html", "topic", topic=topic)
            self._feed(
                writer,
                [r.item for r in topic.records if r.date],
                f"topics/{topic.id}/feed.atom.xml",
                topic.name,
            )
        laps.lap("topics pages", pages=len(topics) + 1)
        places = sorted(archive.places.values(), key=lambda p: (-p.count, p.id))
        write(
            "places/index.html", "places", places=places, tree=_place_tree(archive, registry, hant)
        )
        for place in places:
            known = registry.place(place.id)
            write(
                f"places/{place.id}/index.html",
                "place",
                place=place,
                known=known,
                ancestors=[
                    (pid, _place_name(pid, registry, hant)) for pid in registry.ancestors(place.id)
                ]
                if known
                else [],
            )

        laps.lap("places pages", pages=len(places) + 1)
        self._summary_pages.save()
        logger.info(
            "list and summary pages and feeds: %d written, %d unchanged",
            self._summary_pages.written,
            self._summary_pages.skipped,
        )
        self._copy_files()
        laps.lap("raw and theme files")
        if shared is not None:
            self._finish_shared_outputs(shared)

    def _copy_files(self) -> None:
        """The theme's static files (each script's theme/) and, in the Simplified run,
        the raw reports (raw/), copied by content (output_files.sync_copies)."""
        pairs = []
        theme_static = Path(self.settings["ARCHIVE_THEME_STATIC"])
        target = self.settings["THEME_STATIC_DIR"]
        for source in sorted(p for p in theme_static.rglob("*") if p.is_file()):
            pairs.append((source, f"{target}/{source.relative_to(theme_static).as_posix()}"))
        raw = self.settings.get("ARCHIVE_RAW_FILES")
        if raw:
            try:
                with os.scandir(raw) as entries:
                    names = sorted(e.name for e in entries if e.is_file(follow_symlinks=False))
            except FileNotFoundError:
                names = []
            pairs += [(Path(raw) / name, f"raw/{name}") for name in names]
        output = Path(self.output_path)
        for name in sync_copies(pairs, output, self._cache_path(".copies.json")):
            RUN_FILES.add(output / name)

    def _finish_shared_outputs(self, shared: multiprocessing.Process) -> None:
        """Wait for the shared outputs; their files count as this run's. When the step
        failed, its files are not known: they are left as they are (not removed), and
        the run fails at its end (output_finished)."""
        shared.join()
        files = None
        if shared.exitcode == 0:
            try:
                files = json.loads(self._cache_path(".shared-files.json").read_text("utf-8"))
            except (OSError, ValueError) as e:
                logger.error("the shared outputs' list of files does not read back (%s)", e)
        if not isinstance(files, list):
            code = shared.exitcode
            message = f"the search index and data downloads failed (exit code {code}; above)"
            RUN_FILES.fail(message, held=SHARED_PARTS)
            return
        output = Path(self.output_path)
        for name in files:
            RUN_FILES.add(output / str(name))

    def _start_shared_outputs(self, registry: Registry) -> multiprocessing.Process:
        """Write the outputs shared by both scripts (bulk data, search index) in a
        process of their own, started now: they need only records.jsonl and the
        registry, so they run beside the pages instead of after them (on two cores the
        Simplified run's pages, the Traditional run and these share the cores)."""
        files_list = self._cache_path(".shared-files.json")
        files_list.unlink(missing_ok=True)  # never the list of an earlier build
        process = multiprocessing.get_context("fork").Process(
            target=_shared_outputs_job,
            args=(
                Path(self.settings["ARCHIVE_RECORDS"]),
                Path(self.output_path),
                registry,
                self._cache_path(".shared-key"),
                files_list,
            ),
            name="shared-outputs",
        )
        process.start()
        return process

    def _catalog(self) -> RecordCatalog:
        settings = self.settings
        length, suffix = settings["SUMMARY_MAX_LENGTH"], settings["SUMMARY_END_SUFFIX"]

        def summarize(html: str) -> str:  # Pelican's rule for an article's summary
            return html if length is None else truncate_html_words(html, length, suffix)

        return RecordCatalog(
            Path(settings["ARCHIVE_RECORD_FILES"]),
            self._cache_path(".catalog.json"),
            settings["ARTICLE_URL"],
            summarize,
        )

    def _unreadable(self, path: str, error: Exception) -> None:
        logger.error("%s: not a record content file, skipped (%s)", path, error)

    def _write_records(self, writer, items: list[RecordItem]) -> None:
        """Write each record page unless nothing it is made from has changed: its
        content file (size and mtime), the theme, the plugin code and the settings."""
        started = time.perf_counter()
        save_as = self.settings["ARTICLE_SAVE_AS"]
        env = self._page_env_key()
        manifest_path = self._cache_path(".json")
        before = read_page_keys(manifest_path, env)
        pages: dict[str, list] = {}
        written = 0
        relative = self.settings["RELATIVE_URLS"]
        template = self.get_template("record")
        with Progress(f"pages ({self.settings.get('ARCHIVE_SCRIPT', 'hans')})", len(items)) as bar:
            for item in items:
                bar.advance()
                name = save_as.format(slug=item.slug)
                out = Path(self.output_path) / name
                key = f"{item.stamp[0]}:{item.stamp[1]}"
                entry = before.get(name)
                try:
                    stat = out.stat()
                    same = entry is not None and entry == [key, stat.st_mtime_ns, stat.st_size]
                except FileNotFoundError:
                    same = False
                if same:
                    pages[name] = entry
                    RUN_FILES.add(out)
                    signals.content_written.send(str(out), context=self.context)
                    continue
                light = item.metadata["record"]
                item.metadata["record"] = item.full_record()[0]
                try:
                    writer.write_file(
                        name,
                        template,
                        self.context,
                        relative_urls=relative,
                        article=item,
                        url=item.url,
                    )
                finally:
                    item.metadata["record"] = light
                written += 1
                stat = out.stat()
                pages[name] = [key, stat.st_mtime_ns, stat.st_size]
        # Pages of records that are gone (removed or now quarantined) are not written:
        # the run removes them at its end with every other file it did not write.
        _write_json(manifest_path, {"env": env, "pages": pages})
        logger.info(
            "record pages: %d written, %d unchanged, in %.1f s",
            written,
            len(items) - written,
            time.perf_counter() - started,
        )
        self.records_written = written

    def _write_lists(self, write, writer, dated: list[RecordItem]) -> None:
        """The home page (newest records), the archives (years and months with their
        counts), a page per year and per month, and the site's feed. Each list is one
        pass over the records, already sorted newest first."""
        settings = self.settings
        write(
            "index.html",
            "index",
            records=dated[: settings["ARCHIVE_HOME_RECORDS"]],
            total=len(dated),
        )
        years = []
        for year, in_year in groupby(dated, key=lambda i: i.date.year):
            in_year = list(in_year)
            months = []
            for month, in_month in groupby(in_year, key=lambda i: i.date.month):
                in_month = list(in_month)
                months.append((month, len(in_month)))
                write(
                    settings["MONTH_ARCHIVE_SAVE_AS"].format(date=in_month[0].date),
                    "period_archives",
                    dates=in_month,
                    period_num=(year, month),
                )
            write(
                settings["YEAR_ARCHIVE_SAVE_AS"].format(date=in_year[0].date),
                "period_archives",
                dates=in_year if len(in_year) <= YEAR_LIST_MAX else [],
                months=months,
                count=len(in_year),
                period_num=(year,),
            )
            years.append((year, len(in_year), months))
        write(settings["ARCHIVES_SAVE_AS"], "archives", years=years, total=len(dated))
        if settings.get("ARCHIVE_FEED_ALL"):
            self._feed(
                writer, dated, settings["ARCHIVE_FEED_ALL"], "", limit=settings["FEED_MAX_ITEMS"]
            )

    def _page_env_key(self) -> str:
        """A hash of what every record page depends on besides its own content file."""
        h = hashlib.sha256()
        theme = Path(self.settings["THEME"])
        files = [p for p in sorted(theme.rglob("*")) if p.is_file()]
        files += package_files(PAGE_CODE)
        for path in files:
            h.update(path.name.encode() + path.read_bytes())
        h.update(json.dumps(_plain(self.settings), sort_keys=True, default=str).encode())
        return h.hexdigest()[:32]

    def _cache_path(self, suffix: str) -> Path:
        """Where this site's page keys and record catalog are kept: outside the output
        (which is published), one set of files per script and output folder."""
        folder = Path(
            self.settings.get("ARCHIVE_PAGE_CACHE")
            or Path(self.settings.get("CACHE_PATH") or "cache") / "record-pages"
        )
        name = cache_name(self.settings.get("ARCHIVE_SCRIPT", "hans"), Path(self.output_path))
        return folder / f"{name}{suffix}"

    def _writer(self, writer):
        relative = self.settings["RELATIVE_URLS"]

        pages = self._summary_pages

        def write(path: str, template: str, **kwargs) -> None:
            key = pages.key(template, kwargs)
            if pages.unchanged(path, key):
                RUN_FILES.add(Path(self.output_path) / path)
                signals.content_written.send(
                    str(Path(self.output_path) / path), context=self.context
                )
                return
            writer.write_file(
                path, self.get_template(template), self.context, relative_urls=relative, **kwargs
            )
            pages.wrote(path, key)

        return write

    def _feed(self, writer, items, path: str, title: str, limit: int | None = 50) -> None:
        """An Atom feed of the newest `limit` records (a site feed is never empty)."""
        if not items and title:
            return
        items = sorted(items, key=lambda a: a.date, reverse=True)[:limit]
        sitename = self._ui(self.settings["SITENAME"])
        feed_title = f"{title} · {sitename}" if title else ""
        pages = self._summary_pages
        key = pages.key("feed", {"items": items, "title": feed_title})
        if pages.unchanged(path, key):
            RUN_FILES.add(Path(self.output_path) / path)
            return
        writer.write_feed(items, self.context, path, feed_title=feed_title)
        pages.wrote(path, key)

    def _ui(self, text: str) -> str:
        return _ui(text, self.settings.get("ARCHIVE_SCRIPT") == "hant")

    def _registry(self) -> Registry:
        try:
            return load_registry(self.settings.get("ARCHIVE_REGISTRY"))
        except RegistryError as e:
            logger.error("%s (pages are built without the registry)", e)
            return Registry()

    def _import_report(self) -> dict:
        report_path = Path(self.settings["ARCHIVE_IMPORT_REPORT"])
        try:
            return json.loads(report_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            logger.warning("%s is missing: run the import first (make content)", report_path)
            return {"records": 0, "errors": [], "quarantined": [], "findings": []}


# Code the officials, topics and places pages are made with besides PAGE_CODE.
SUMMARY_CODE = ("site/aggregate.py", "registry.py")


def _code_key(names: tuple[str, ...]) -> str:
    return code_hash(names)[:16]


class SummaryPages:
    """Keys of the officials, topics and places pages and feeds (and the report, data
    and undated pages), so that a page is rendered again only when what it is made
    from has changed: its template, theme, code and settings (`env`) and the values
    handed to the template, down to each record's title, link, light metadata and the
    size and mtime of its content file (`fingerprint`). A new report re-renders the
    pages of the people, topics and places it names and the index pages, not all."""

    def __init__(self, path: Path, env: str, output: Path):
        self.path, self.env, self.output = path, env, output
        self.before = read_page_keys(path, env)
        self.pages: dict[str, list] = {}
        self.tokens: dict[int, tuple] = {}  # id(object) -> (object, its fingerprint token)
        self.written = self.skipped = 0

    def key(self, template: str, values: dict) -> str:
        h = hashlib.sha256(template.encode())
        _fingerprint(values, h, self.tokens)
        return h.hexdigest()[:32]

    def unchanged(self, path: str, key: str) -> bool:
        entry = self.before.get(path)
        if entry is None or entry[0] != key:
            return False
        try:
            stat = (self.output / path).stat()
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
        _write_json(self.path, {"env": self.env, "pages": self.pages})


def _fingerprint(value, h, tokens: dict) -> None:
    """Feed a hash with everything a template can read of `value`. Anything of a kind
    not known here is hashed with its id, so its page is always rendered again.

    >>> import hashlib
    >>> def key(v):
    ...     h = hashlib.sha256(); _fingerprint(v, h, {}); return h.hexdigest()
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
            _fingerprint(item, h, tokens)
    elif isinstance(value, dict):  # Counter too; in order, as templates iterate them
        h.update(f"{{{len(value)}".encode())
        for k, v in value.items():
            _fingerprint(k, h, tokens)
            _fingerprint(v, h, tokens)
    elif isinstance(value, (set, frozenset)):
        _fingerprint(sorted(map(repr, value)), h, tokens)
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
    elif kind is Appearance:  # tens of thousands: its record's token and two plain fields
        sub = hashlib.sha256()
        _fingerprint(value.record, sub, tokens)
        token = repr((sub.hexdigest(), value.title_as_written, value.roles))
    else:  # a dataclass
        sub = hashlib.sha256(kind.__name__.encode())
        for name in value.__dataclass_fields__:
            _fingerprint(getattr(value, name), sub, tokens)
        token = sub.hexdigest()
    return f"{kind.__name__}:{len(token)}:{token}".encode()


def read_page_keys(path: Path, env: str) -> dict[str, list]:
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
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
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


def _write_json(path: Path, value) -> None:
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


def _ui(text: str, hant: bool) -> str:
    return to_traditional(text) if hant else text


def _place_name(place_id: str, registry: Registry, hant: bool) -> str:
    if not place_id:
        return ""
    place = registry.place(place_id)
    name = place.name if place else place_id
    return name_to_traditional(name) if hant else name


def _group_by_place(people, registry: Registry, hant: bool):
    """Officials grouped by the place the registry gives (unregistered: "未登记")."""
    groups: dict[str, list] = {}
    for person in people:
        official = registry.official(person.id)
        groups.setdefault(official.place if official else "", []).append(person)
    return [
        (pid, _place_name(pid, registry, hant) or _ui("未登记地区", hant), members)
        for pid, members in sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0]))
    ]


def _place_tree(archive, registry: Registry, hant: bool):
    """Registered places as an indented list: (depth, id, name, kind, records)."""
    rows = []
    for place in registry.places:
        count = archive.places[place.id].count if place.id in archive.places else 0
        rows.append(
            (
                registry.depth(place.id),
                place.id,
                _place_name(place.id, registry, hant),
                place.kind,
                count,
                registry.ancestors(place.id),
            )
        )
    # Depth-first order: sort by the path of names from the root.
    return sorted(rows, key=lambda r: (*reversed(r[5]), r[1]))


def get_generators(pelican):
    return ArchiveGenerator


def _shared_outputs_job(
    records: Path, output: Path, registry: Registry, key_file: Path, files_list: Path
) -> None:
    """The shared-outputs process: write them, then the list of their files (read by
    the Simplified run, which keeps them)."""
    files = write_shared_outputs(
        records, output, registry, key_file=key_file, spill_dir=key_file.parent
    )
    write_atomic(files_list, json.dumps(files, ensure_ascii=False).encode())


# The shared outputs' part of output/ (shared.py), left as it is when their step failed.
SHARED_PARTS = ("search/idx/", "data/")


class RunFiles:
    """The files one Pelican run wrote or kept in its part of output/ (one run per
    process: reset when it starts), and the failures that fail it at its end."""

    def __init__(self) -> None:
        self.reset()

    def reset(self, *_) -> None:
        self.paths: set[str] = set()
        self.held: list[str] = []
        self.failures: list[str] = []

    def add(self, path) -> None:
        self.paths.add(os.path.abspath(path))

    def fail(self, message: str, held: tuple[str, ...] = ()) -> None:
        self.failures.append(message)
        self.held += held

    def relative(self, root: Path) -> set[str]:
        base = os.path.abspath(root) + os.sep
        return {p[len(base) :].replace(os.sep, "/") for p in self.paths if p.startswith(base)}


RUN_FILES = RunFiles()


class BuildFailed(RuntimeError):
    """A step of the build failed: the run exits with an error (make html fails)."""


class ArchiveWriter(Writer):
    """Pelican's writer, writing each file whole (a temporary file, then os.replace: a
    build killed mid-write leaves no page cut short) and counting it as written."""

    def _open_w(self, filename, encoding, override=False):
        # Pelican's own checks against writing one file twice, as in Writer._open_w.
        if filename in self._overridden_files:
            if override:
                raise RuntimeError(f"Failed to overwrite {filename!r} a second time")
            return open(os.devnull, "w", encoding=encoding)
        if filename in self._written_files and not override:
            raise RuntimeError(f"Failed to overwrite {filename!r}: already written")
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        RUN_FILES.add(filename)
        return AtomicText(filename, encoding)


def get_writer(pelican):
    return ArchiveWriter


def output_finished(pelican) -> None:
    """At the end of a run: the sitemap (Simplified run), then every file of the run's
    part of output/ that it did not write or keep is removed (output_files), then the
    run fails if a step failed."""
    publish.write_sitemap(pelican)
    root = Path(pelican.output_path)
    keep = RUN_FILES.relative(root)
    if pelican.settings.get("ARCHIVE_SCRIPT", "hans") == "hans":
        # Written by publish.write_sitemap, which removes its own stale files.
        keep |= {p.name for p in root.glob("sitemap*.xml")} | {"robots.txt"}
    started = time.perf_counter()
    removed = prune(
        root, keep, others=pelican.settings.get("ARCHIVE_OTHER_SITES", ()), held=RUN_FILES.held
    )
    logger.info(
        "output: %d files, %d removed (not written by this build) in %.2f s",
        len(keep),
        len(removed),
        time.perf_counter() - started,
    )
    if RUN_FILES.failures:
        raise BuildFailed("; ".join(RUN_FILES.failures))


def register() -> None:
    signals.readers_init.connect(add_reader)
    signals.generator_init.connect(forget_disabled_markdown)
    signals.get_generators.connect(get_generators)
    signals.get_writer.connect(get_writer)
    signals.initialized.connect(RUN_FILES.reset)
    publish.register()  # robots.txt, 404 page, feed language, build date
    # The sitemap is written by output_finished, before the output is pruned (the order
    # of two receivers of one signal is not defined).
    signals.finalized.disconnect(publish.write_sitemap)
    signals.finalized.connect(output_finished)
