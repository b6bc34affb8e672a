"""The Pelican glue: `register()` and the order of work of a run. Nothing outside site/
imports Pelican.

- PageReader reads the hand-written pages (content/pages; converted to Traditional in
  the Traditional run). Records are not Pelican articles.
- ArchiveGenerator writes everything made of records, one family of pages at a time,
  each in a module of its own: record pages (record_pages.py); the home page, archives
  and site feed (lists.py); the build report, undated records and data page
  (report_pages.py); the officials, topics and places pages and feeds (summaries.py).
  Once per build (the Simplified run) it starts the outputs shared by both scripts
  (search index, bulk data: shared.py) in a process of their own.
- Each run keeps a list of the files it wrote or kept and, at its end, removes every
  other file of its part of output/ (run_files.py).
- Each run starts with the import (import_on_start.py): content/ is brought up to date
  with seeds/ by the command line's import, one run at a time, so plain `pelican`
  builds new and changed reports; `pelican --autoreload` also watches seeds/ (watch.py).
  The pages use the registry the import used (importer.load_registry_for: a broken
  registry is replaced by the last one that loaded, kept in the import's cache).

Speed and memory (docs/scaling.md): Pelican keeps every article in memory with its
HTML and renders every article page, list page and feed on every run (its period
archives are quadratic). Here the records come from a `RecordCatalog` (catalog.py:
each content file's light front matter, cached by size and mtime), and every page is
written through `page_keys.PageWriter`, which skips a page when its template, the
theme, the code, the settings and a fingerprint of what it shows are all unchanged. A
new report re-renders its own page, its month and year archives, the home page, the
feed and the pages of the officials, topics and places it names.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
from pathlib import Path

from pelican import signals
from pelican.generators import Generator
from pelican.readers import BaseReader
from pelican.utils import truncate_html_words

from ..common.atomic import write_atomic
from ..common.gc_pause import paused_gc
from ..common.progress import Laps
from ..ingest.changes import journal_path as changes_journal
from ..ingest.importer import ImportReport, load_registry_for
from ..registry import Registry
from ..script import to_traditional
from . import publish
from .aggregate import Archive, RecordView, touched_summaries
from .aggregate_state import Kept, StateMismatch, materialize, read_kept, save_state
from .aggregate_state import build as build_state
from .catalog import RecordCatalog, cache_name, split_content
from .import_on_start import import_seeds
from .lists import write_lists
from .output_files import follow_import, sync_copies
from .page_keys import (
    SUMMARY_CODE,
    PageKeys,
    PageWriter,
    code_key,
    env_key,
    is_plain,
    output_base,
    registry_key,
)
from .record_pages import write_record_pages
from .render import markdown_to_html
from .report_pages import write_report_pages
from .run_files import RUN_FILES, SHARED_PARTS, get_writer, output_finished
from .shared import write_shared_outputs
from .summaries import write_officials, write_places, write_topics
from .watch import watch_seeds

logger = logging.getLogger(__name__)


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


def summarize_catalog(
    items: list, catalog: RecordCatalog, keys: PageKeys, state_path: Path | None = None
) -> tuple[Archive, dict]:
    """The people, topics and places of the catalog's records (`items`), their tokens
    taken from the last run's keys for the summaries no changed record names; and what
    aggregation did (for the run's laps).

    With `state_path`, the summaries are kept there between runs (aggregate_state.py)
    with the catalog generation they match: a run whose catalog started from that
    generation subtracts the changed records' old front matter and adds their new one;
    any other run (no state, a damaged one, other code, another generation, a state that
    does not agree with what is subtracted) is the full pass over every record."""
    views = {
        i.slug: RecordView(
            i.slug,
            i.url,
            i.title,
            i.metadata["record"]["date"]["resolved"],
            i.metadata["record"],
            i,
        )
        for i in items
    }
    state, followed = None, False
    kept = read_kept(state_path) if state_path is not None else Kept()
    with paused_gc():
        if (
            kept.state is not None
            and catalog.since is not None
            and kept.generation == catalog.since
        ):
            lights = {rid: view.meta for rid, view in views.items()}
            old, new = split_changed(catalog.changed, lights)
            try:
                kept.follow(old, [light["id"] for light in new], lights)
                state, followed = kept.state, True
            except (StateMismatch, KeyError, TypeError, ValueError, AttributeError, IndexError):
                logger.info("the kept summaries do not follow the catalog: the full pass")
            if followed:
                try:
                    archive = materialize(state, views)
                except KeyError:  # a record the catalog no longer has: not followed
                    logger.info("the kept summaries name a record gone: the full pass")
                    state, followed = None, False
        if state is None:
            state = build_state(view.meta for view in views.values())
            archive = materialize(state, views)
    if state_path is not None and catalog.generation is not None:
        if not followed:
            save_state(state_path, state, catalog.generation)
        elif catalog.generation != catalog.since:
            kept.save(state_path, catalog.since, catalog.generation)
    keys.reuse_summaries(
        {"people": archive.people, "topics": archive.topics, "places": archive.places},
        touched_summaries(catalog.changed),
        catalog.since,
        catalog.generation,
    )
    return archive, {"followed": followed, "visited": state.visited}


def split_changed(changed: list[dict], lights: dict) -> tuple[list[dict], list[dict]]:
    """The catalog's `changed` as the records were (old: each once) and as they are
    (new: the light front matter the catalog now holds for them).

    >>> a_old, a_new, b_old = {"id": "a"}, {"id": "a"}, {"id": "b"}
    >>> split_changed([a_old, a_new, b_old, b_old], {"a": a_new}) == ([a_old, b_old], [a_new])
    True
    """
    old: dict[int, dict] = {}
    new: dict[int, dict] = {}
    for meta in changed:
        rid = meta.get("id") if isinstance(meta, dict) else None
        (new if lights.get(rid) is meta else old)[id(meta)] = meta
    return list(old.values()), list(new.values())


class ArchiveGenerator(Generator):
    """Every page made of records (see the module docstring). In the Simplified run it
    also writes the outputs shared by both scripts (search index, bulk data)."""

    def generate_output(self, writer) -> None:
        laps = Laps()
        hant = self.settings.get("ARCHIVE_SCRIPT") == "hant"
        registry = self._registry()
        self.env.globals["ARCHIVE_REGISTRY"] = registry  # the `text` filter's names
        # Forked before the catalog is loaded: a child forked after would start with
        # every record's light front matter in its pages (1 GB at 100,000 records).
        shared = None if hant else self._start_shared_outputs(registry)
        catalog = self._catalog()
        items = catalog.load(on_error=self._unreadable)
        dated = [i for i in items if i.date]
        undated = [i for i in items if i.date is None]
        laps.lap("record catalog", records=len(items), read=catalog.read, followed=catalog.followed)
        output = Path(self.output_path)
        # Record pages show input text converted with the registry's names protected
        # (the `text` filter): a registry change renders them again.
        env = env_key(Path(self.settings["THEME"]), self.settings) + registry_key(registry)
        record_keys = PageKeys(self._cache_path(".json"), env, output)
        publish.RUN.note_records(items)  # last changes, for feeds and the sitemap
        label = f"pages ({self.settings.get('ARCHIVE_SCRIPT', 'hans')})"
        write_record_pages(PageWriter(self, writer, record_keys), items, label, catalog.followed)
        laps.lap("record pages", pages=len(items), trusted=record_keys.trusted is not None)
        keys = PageKeys(self._cache_path(".summary.json"), env + code_key(SUMMARY_CODE), output)
        pages = PageWriter(self, writer, keys)
        write_lists(pages, dated, len(undated))
        laps.lap("home, archives and feed")
        archive, done = summarize_catalog(items, catalog, keys, self._cache_path(".aggregate"))
        laps.lap("aggregate", **done)
        write_report_pages(pages, archive, self._import_report(), undated, items)
        laps.lap("report pages")
        count = write_officials(pages, archive, registry, hant)
        laps.lap("officials pages", pages=count)
        count = write_topics(pages, archive)
        laps.lap("topics pages", pages=count)
        count = write_places(pages, archive, registry, hant)
        laps.lap("places pages", pages=count)
        keys.save()
        laps.lap(
            "pages written",
            records=len(items),
            written=record_keys.written + keys.written,
            summaries_hashed=len(keys.summaries) - keys.reused,
        )
        logger.info(
            "list and summary pages and feeds: %d written, %d unchanged",
            keys.written,
            keys.skipped,
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
        output = Path(self.output_path)
        copies = self._cache_path(".copies.json")
        follow = None
        if raw:
            # The import's journal of the raw copies it changed, when it imported
            # into the content folder the copies are taken from (as the catalog's).
            import_cache, path = (
                self.settings.get("ARCHIVE_IMPORT_CACHE"),
                self.settings.get("PATH"),
            )
            if import_cache and path and Path(raw).resolve() == (Path(path) / "raw").resolve():
                journal = changes_journal(Path(import_cache), Path(path))
                follow = follow_import(journal, Path(path), copies, output)
            try:
                with os.scandir(raw) as entries:
                    names = sorted(e.name for e in entries if e.is_file(follow_symlinks=False))
            except FileNotFoundError:
                names = []
            # As strings: one pair, one stat of each side and one kept file per report.
            source = os.path.join(raw, "")
            pairs += [(source + name, f"raw/{name}") for name in names]
        base = output_base(output)
        for name in sync_copies(pairs, output, copies, follow):
            if is_plain(name):
                RUN_FILES.add_absolute(base + name)
            else:
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
        base = output_base(output)
        for name in files:  # one per search shard: tens of thousands at 100,000 records
            name = str(name)
            if is_plain(name):
                RUN_FILES.add_absolute(base + name)
            else:
                RUN_FILES.add(output / name)

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

        # The import's list of the content files it changed (ingest/changes.py): kept
        # in its cache folder, for the content folder it imported into (PATH).
        import_cache = settings.get("ARCHIVE_IMPORT_CACHE")
        changes = None
        records = Path(settings["ARCHIVE_RECORD_FILES"])
        if import_cache and settings.get("PATH"):
            content = Path(settings["PATH"])
            if records.parent.resolve() == (content / "records").resolve():
                changes = (changes_journal(Path(import_cache), content), content)
        return RecordCatalog(
            records,
            self._cache_path(".catalog.json"),
            settings["ARTICLE_URL"],
            summarize,
            changes,
        )

    def _unreadable(self, path: str, error: Exception) -> None:
        logger.error("%s: not a record content file, skipped (%s)", path, error)

    def _cache_path(self, suffix: str) -> Path:
        """Where this site's page keys and record catalog are kept: outside the output
        (which is published), one set of files per script and output folder."""
        folder = Path(
            self.settings.get("ARCHIVE_PAGE_CACHE")
            or Path(self.settings.get("CACHE_PATH") or "cache") / "record-pages"
        )
        name = cache_name(self.settings.get("ARCHIVE_SCRIPT", "hans"), Path(self.output_path))
        return folder / f"{name}{suffix}"

    def _registry(self) -> Registry:
        """The registry the import used (one function for both): seeds/registry, or,
        when it is broken, the last one that loaded, kept in the import's cache (the
        error is the import's, logged and on the build report). Broken with none kept,
        the import stopped, and so does this run (RegistryError)."""
        seeds = self.settings.get("ARCHIVE_SEEDS")
        if not seeds:
            return Registry()
        cache = self.settings.get("ARCHIVE_IMPORT_CACHE")
        registry, _ = load_registry_for(Path(seeds), ImportReport(), Path(cache) if cache else None)
        return registry

    def _import_report(self) -> dict:
        report_path = Path(self.settings["ARCHIVE_IMPORT_REPORT"])
        try:
            return json.loads(report_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            logger.warning(
                "%s is missing: run the import first (make content, or ARCHIVE_IMPORT on)",
                report_path,
            )
            return {"records": 0, "errors": [], "quarantined": [], "findings": []}


def get_generators(pelican):
    return ArchiveGenerator


def start_run(pelican) -> None:
    """The start of every run (`pelican --autoreload` runs one Pelican many times; the
    `initialized` signal comes once): a new list of the run's files, then the import."""
    RUN_FILES.reset()
    import_seeds(pelican.settings)


def _shared_outputs_job(
    records: Path, output: Path, registry: Registry, key_file: Path, files_list: Path
) -> None:
    """The shared-outputs process: write them, then the list of their files (read by
    the Simplified run, which keeps them)."""
    files = write_shared_outputs(
        records,
        output,
        registry,
        key_file=key_file,
        spill_dir=key_file.parent,
        site_root=publish.RUN.site_root,  # absolute links in the data when published
    )
    write_atomic(files_list, json.dumps(files, ensure_ascii=False).encode())


def register() -> None:
    signals.readers_init.connect(add_reader)
    signals.generator_init.connect(forget_disabled_markdown)
    # get_generators is the first signal of every run, before any content is read.
    signals.get_generators.connect(start_run)
    signals.get_generators.connect(get_generators)
    signals.get_writer.connect(get_writer)
    watch_seeds()  # --autoreload also watches seeds/
    publish.register()  # robots.txt, 404 page, feed language, build date
    # The sitemap is written by output_finished, before the output is pruned (the order
    # of two receivers of one signal is not defined).
    signals.finalized.disconnect(publish.write_sitemap)
    signals.finalized.connect(output_finished)
