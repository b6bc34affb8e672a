"""What a published site needs besides its pages: sitemap.xml listing both scripts
(with each record page's last change), robots.txt, the 404 page, the build date (for
"date retrieved" in citations), Atom feeds that say their language and name themselves,
and the JSON-LD blocks of record and official pages.

The Simplified run writes sitemap.xml and robots.txt once, at the root of the whole
site; both runs write their own 404.html (GitHub Pages serves the root one).

When a record last changed: the build keeps no history, so it is taken from the record
itself: the later of its date and the day its source was retrieved (the sidecar's
`retrieved`), never the build time (`last_changed`). Feeds give it as each entry's
`updated`, the sitemap as `lastmod`.
"""

from __future__ import annotations

import logging
import os
import posixpath
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator

from ..script import to_traditional
from .catalog import record_datetime

logger = logging.getLogger(__name__)

# The sitemap protocol allows at most 50,000 URLs per file; above that, sitemap.xml
# becomes an index of numbered files.
SITEMAP_LIMIT = 50_000
# (hreflang, path prefix) of each script, as pelican.conf.py lays them out.
SCRIPTS = (("zh-Hans", ""), ("zh-Hant", "zh-hant/"))
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def page_url(output_file: str) -> str:
    """The URL path of a written file, relative to its script's root.

    >>> page_url("records/a1/index.html"), page_url("index.html"), page_url("search/x.html")
    ('records/a1/', '', 'search/x.html')
    """
    return output_file[: -len("index.html")] if output_file.endswith("index.html") else output_file


def sitemap_paths(written: Iterable[str]) -> list[str]:
    """URL paths for the sitemap from the files one run wrote (relative to its root):
    HTML pages only, without the 404 page, sorted and without duplicates.

    >>> sitemap_paths(["records/b/index.html", "index.html", "404.html",
    ...                "feeds/all.atom.xml", "records/b/index.html"])
    ['', 'records/b/']
    """
    return sorted(
        {
            page_url(f)
            for f in written
            if f.endswith(".html") and posixpath.basename(f) != "404.html"
        }
    )


def site_paths(paths: Iterable[str], output: Path) -> list[str]:
    """The files a run wrote (`paths`, as its writers name them) relative to `output`,
    as POSIX paths. A path under `output` is cut by its spelling, made absolute and
    normal (no file system call: a run writes or keeps one per page, tens of thousands);
    any other is resolved, links and all, as before.

    >>> site_paths(["/o/site/a/index.html", "/o/site/./b//index.html"], Path("/o/site"))
    ['a/index.html', 'b/index.html']
    """
    prefix = os.path.join(os.path.abspath(output), "")
    root = None
    relative = []
    for path in paths:
        absolute_path = os.path.abspath(path)
        if absolute_path.startswith(prefix):
            relative.append(absolute_path[len(prefix) :].replace(os.sep, "/"))
            continue
        root = root or output.resolve()
        relative.append(Path(path).resolve().relative_to(root).as_posix())
    return relative


def absolute(root: str, path: str) -> str:
    """A URL of the site: under `root` when the site has one, else relative to the
    site's root (where sitemap.xml lives).

    >>> absolute("https://u.github.io/repo", "records/a/"), absolute("", "records/a/")
    ('https://u.github.io/repo/records/a/', 'records/a/')
    >>> absolute("https://u.github.io/repo", ""), absolute("", "")
    ('https://u.github.io/repo/', './')
    """
    if root:
        return f"{root.rstrip('/')}/{path}"
    return path or "./"


def sitemap_urlset(
    paths: Iterable[str], root: str, lastmod: Mapping[str, str] | None = None
) -> str:
    """One sitemap: every path in every script, with the day the page's record last
    changed when `lastmod` knows it (record pages). The scripts' hreflang alternates
    (and Simplified as x-default) are in each page's head (base.html), not here again:
    search engines take them from either place, and here they were three links for
    every URL (0.9 KB a record at 1,000 synthetic records, more with absolute URLs).

    >>> xml = sitemap_urlset(["records/a/"], "https://h.io/r", {"records/a/": "2024-08-02"})
    >>> print(xml[xml.index("<url>"):])
    <url><loc>https://h.io/r/records/a/</loc><lastmod>2024-08-02</lastmod></url>
    <url><loc>https://h.io/r/zh-hant/records/a/</loc><lastmod>2024-08-02</lastmod></url>
    </urlset>
    <BLANKLINE>
    """
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<urlset xmlns="{SITEMAP_NS}">',
    ]
    lastmod = lastmod or {}
    for path in paths:
        changed = f"<lastmod>{escape(lastmod[path])}</lastmod>" if path in lastmod else ""
        for _, prefix in SCRIPTS:
            lines.append(f"<url><loc>{escape(absolute(root, prefix + path))}</loc>{changed}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def sitemap_files(
    paths: list[str],
    root: str,
    limit: int = SITEMAP_LIMIT,
    lastmod: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """File name -> text. One sitemap.xml while it holds at most `limit` URLs (each
    path counts once per script); beyond that sitemap.xml is an index of sitemap-N.xml.

    >>> sorted(sitemap_files(["a/", "b/"], "", limit=4))
    ['sitemap.xml']
    >>> files = sitemap_files(["a/", "b/", "c/"], "https://h.io", limit=4)
    >>> sorted(files), files["sitemap.xml"].count("<sitemap>")
    (['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml'], 2)
    """
    per_file = max(1, limit // len(SCRIPTS))
    if len(paths) <= per_file:
        return {"sitemap.xml": sitemap_urlset(paths, root, lastmod)}
    files = {}
    for n, start in enumerate(range(0, len(paths), per_file), 1):
        files[f"sitemap-{n}.xml"] = sitemap_urlset(paths[start : start + per_file], root, lastmod)
    index = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<sitemapindex xmlns="{SITEMAP_NS}">',
        *(f"<sitemap><loc>{escape(absolute(root, name))}</loc></sitemap>" for name in files),
        "</sitemapindex>",
    ]
    files["sitemap.xml"] = "\n".join(index) + "\n"
    return files


def robots_txt(root: str) -> str:
    """robots.txt: everything may be crawled; the sitemap is named when the site has
    an absolute address (the protocol needs one).

    >>> print(robots_txt("https://u.github.io/repo"))
    User-agent: *
    Allow: /
    <BLANKLINE>
    Sitemap: https://u.github.io/repo/sitemap.xml
    <BLANKLINE>
    >>> "Sitemap:" in robots_txt("")
    False
    """
    text = "User-agent: *\nAllow: /\n\n"
    if root:
        return text + f"Sitemap: {absolute(root, 'sitemap.xml')}\n"
    return text + "# Built without ARCHIVE_SITEURL: the sitemap (sitemap.xml) has relative URLs.\n"


def build_date(environ: Mapping[str, str], timezone: str = "Asia/Shanghai") -> date:
    """The day of the build: SOURCE_DATE_EPOCH when set (reproducible builds, tests),
    else today where the archive is.

    >>> build_date({"SOURCE_DATE_EPOCH": "1722556800"})  # 2024-08-02T00:00:00Z
    datetime.date(2024, 8, 2)
    """
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return datetime.now(ZoneInfo(timezone)).date()


def feed_title(title: str, sitename: str, sitename_ui: str) -> str:
    """Pelican titles feeds "SITENAME - title" with SITENAME in Simplified. The title
    becomes "title · site name", the site name in the run's script, said once.

    >>> site, site_hant = "地方政务记录档案", "地方政務記錄檔案"
    >>> feed_title("地方政务记录档案 - 余祥 · 地方政務記錄檔案", site, site_hant)
    '余祥 · 地方政務記錄檔案'
    >>> feed_title("地方政务记录档案 - 余祥", site, site_hant)
    '余祥 · 地方政務記錄檔案'
    >>> feed_title("地方政务记录档案", site, site_hant), feed_title("其他", site, site_hant)
    ('地方政務記錄檔案', '其他')
    """
    prefix = sitename + " - "
    if not title.startswith(prefix):
        return sitename_ui if title == sitename else title
    own = title[len(prefix) :]
    suffix = " · " + sitename_ui
    return own if own.endswith(suffix) else own + suffix


def relative_to_feed(link: str, feed_path: str) -> str:
    """A link Pelican wrote relative to the script's root, made relative to the feed
    file, which is what a reader resolves it against (relative builds only).

    >>> relative_to_feed("records/a/", "officials/p/feed.atom.xml")
    '../../records/a/'
    >>> relative_to_feed("/", "feeds/all.atom.xml"), relative_to_feed("x/", "feed.xml")
    ('../', 'x/')
    """
    up = "../" * feed_path.count("/")
    return (up + link.lstrip("/")) or "./"


def feed_page(feed_path: str) -> str:
    """The page a feed is the feed of, relative to the script's root: the folder of an
    official's or topic's feed, the site's root for the feeds in feeds/.

    >>> feed_page("officials/p1/feed.atom.xml"), feed_page("feeds/all.atom.xml")
    ('officials/p1/', '')
    """
    folder = posixpath.dirname(feed_path)
    return "" if folder in ("", "feeds") else folder + "/"


def last_changed(record: Mapping[str, Any]) -> datetime | None:
    """When a record last changed, as far as the record itself tells: the later of its
    date and the day its source was retrieved (a sidecar's `retrieved`; one that is
    not a date is ignored). None for an undated record without a retrieved date.

    >>> last_changed({"date": {"resolved": "2024-08-02"}, "source": {"retrieved": "2024-09-01"}})
    datetime.datetime(2024, 9, 1, 0, 0)
    >>> last_changed({"date": {"resolved": "2024-08"}, "source": {"retrieved": "not a date"}})
    datetime.datetime(2024, 8, 1, 0, 0)
    >>> last_changed({"date": {"resolved": ""}, "source": {}}) is None
    True
    """
    days = []
    for value in (record["date"]["resolved"], (record.get("source") or {}).get("retrieved")):
        try:
            day = record_datetime(str(value or ""))
        except ValueError:  # a sidecar value that is not a date: not a change time
            day = None
        if day is not None:
            days.append(day)
    return max(days, default=None)


# ------------------------------------------------------------------- JSON-LD


def prune_empty(value: Any) -> Any:
    """`value` without None, empty strings, lists and objects, at any depth (JSON-LD
    has no use for a null, and a property without a value is better left out).

    >>> prune_empty({"a": None, "b": [None, "", {"c": []}, 1], "d": {"@id": "x"}})
    {'b': [1], 'd': {'@id': 'x'}}
    """
    if isinstance(value, Mapping):
        kept = {k: prune_empty(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in (None, "", [], {})}
    if isinstance(value, (list, tuple)):
        kept_items = [prune_empty(v) for v in value]
        return [v for v in kept_items if v not in (None, "", [], {})]
    return value


def jsonld(value: Any) -> Markup:
    """A JSON-LD block's text: pruned (`prune_empty`), without spaces between items (a
    block on every page) and safe inside <script> (<, >, & and ' escaped, as Jinja's
    tojson does).

    >>> print(jsonld({"name": "</script>", "x": None, "n": [1, 2]}))
    {"name":"\\u003c/script\\u003e","n":[1,2]}
    """
    return htmlsafe_json_dumps(prune_empty(value), ensure_ascii=False, separators=(",", ":"))


def record_jsonld(
    record: Mapping[str, Any],
    *,
    title: str,
    lang: str,
    page_url: str,
    site_url: str,
    base_url: str,
    source_url: str = "",
) -> dict[str, Any]:
    """The schema.org description of a record page: a NewsArticle whose @id is the page's
    URL + "#record"; officials, topics and the place as nodes with their own pages' ids;
    the raw copy as a MediaObject carrying its SHA-256 (schema.org's `sha256` belongs to
    MediaObject), beside the source URL it was based on. URLs are absolute when the site
    has an address (page_url, site_url and base_url are then absolute).

    >>> ld = record_jsonld({"id": "a", "date": {"resolved": "2024-08-02"},
    ...     "mentions": [{"person_id": "p1", "name": "余祥"}, {"person_id": "p1", "name": "余祥"}],
    ...     "topics": [], "source": {"sha256": "00", "file": "a.txt"}},
    ...     title="会议", lang="zh-Hans", page_url="https://h.io/records/a/",
    ...     site_url="https://h.io", base_url="https://h.io")
    >>> ld["@id"], ld["url"]
    ('https://h.io/records/a/#record', 'https://h.io/records/a/')
    >>> ld["mentions"]  # each person once, by the id of their page
    [{'@type': 'Person', '@id': 'https://h.io/officials/p1/#person', 'name': '余祥'}]
    >>> ld["isBasedOn"][1]["@type"], ld["isBasedOn"][1]["sha256"], ld["isBasedOn"][0]
    ('MediaObject', '00', None)
    """
    source = record.get("source") or {}
    raw_url = f"{base_url}/raw/{record['id']}.txt"
    people: dict[str, str] = {}
    for mention in record.get("mentions") or []:
        if mention.get("person_id"):
            people.setdefault(mention["person_id"], mention.get("name", ""))
    place = record.get("place") or ""
    # Only a place some record lists has a page (aggregate.py): no @id pointing nowhere.
    place_page = place in {p.get("id") for p in record.get("places") or []}
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": f"{page_url}#record",
        "url": page_url,
        "identifier": record["id"],
        "headline": title,
        "inLanguage": lang,
        "datePublished": record["date"]["resolved"] or None,
        "contentLocation": {
            "@type": "Place",
            "@id": f"{site_url}/places/{place}/#place" if place_page else None,
            "name": record.get("place_name") or None,
        }
        if place
        else None,
        "mentions": [
            {"@type": "Person", "@id": f"{site_url}/officials/{pid}/#person", "name": name}
            for pid, name in people.items()
        ],
        "about": [
            {
                "@type": "DefinedTerm",
                "@id": f"{site_url}/topics/{t['id']}/#topic",
                "name": t["name"],
            }
            for t in record.get("topics") or []
        ],
        "isBasedOn": [
            {"@id": source_url} if source_url else None,
            {
                "@type": "MediaObject",
                "@id": raw_url,
                "contentUrl": raw_url,
                "name": source.get("file"),
                "encodingFormat": "text/plain",
                "sha256": source.get("sha256"),
            },
        ],
    }


def person_jsonld(
    person,
    *,
    page_url: str,
    site_url: str,
    job_title: str = "",
    place_name: str = "",
    limit: int = 20,
) -> dict[str, Any]:
    """The schema.org Person of an official's page: @id the page's URL + "#person", and
    the newest `limit` records that name them as references to those records' ids."""
    return {
        "@context": "https://schema.org",
        "@type": "Person",
        "@id": f"{page_url}#person",
        "url": page_url,
        "name": person.name,
        "identifier": person.id,
        "jobTitle": job_title or None,
        "workLocation": {"@type": "Place", "name": place_name} if place_name else None,
        "subjectOf": [
            {"@id": f"{site_url}/records/{a.record.id}/#record"} for a in person.appearances[:limit]
        ],
    }


# ------------------------------------------------------------------- Pelican glue


class PublishRun:
    """What this run knows for its published files (one run per process; set when it
    starts, before the shared-outputs process is forked): the site's absolute root ("" in
    relative builds) and, per record page path, when its record last changed."""

    def __init__(self) -> None:
        self.site_root = ""
        self.changed: dict[str, datetime] = {}

    def start(self, settings: Mapping) -> None:
        self.site_root = str(settings.get("SITE_ROOT") or "")
        self.changed = {}

    def note_records(self, items: Iterable) -> None:
        """Record items (catalog.RecordItem) of this run: their pages' last changes."""
        for item in items:
            changed = last_changed(item.metadata["record"])
            if changed is not None:
                self.changed[item.url] = changed


RUN = PublishRun()


# Characters of a record's opening in an official's, topic's or place's feed: about the
# first sentence (who met, when, about what), enough to tell records apart in a reader.
FEED_SUMMARY_CHARS = 60


def feed_summary(html: str | None, limit: int = FEED_SUMMARY_CHARS) -> str:
    """An entry's summary: the text of `html` (a record's summary or content), to its
    first full stop when that comes within `limit` characters, else its first `limit`
    characters and "…"; escaped for Atom's type="html" summary (the markup is text).

    >>> feed_summary("<p>区委召开会议。会议研究了工作。</p>")
    '区委召开会议。'
    >>> feed_summary("<p>a &lt;b&gt; " + "长" * 80 + "</p>", 10)
    'a &lt;b&gt; 长长长长…'
    >>> feed_summary(None)
    ''
    """
    text = " ".join(Markup(html or "").striptags().split())
    stop = text.find("。", 0, limit)
    if stop >= 0:
        text = text[: stop + 1]
    elif len(text) > limit:
        text = text[:limit].rstrip() + "…"
    return str(Markup.escape(text))


def tune_feed(context: Mapping, feed) -> None:
    """Every feed says its language (xml:lang), its author (the archive) and a title
    in its script. Its id is its own URL (a urn of its path in relative builds, where
    its links resolve from the feed's location) and its alternate link the page it is
    the feed of; an entry's id is its record page's URL (a urn of the path in relative
    builds), whatever the record's date, and its `updated` when the record last changed
    (`last_changed`); `published` only when it is not the same time as `updated`."""
    hant = context.get("ARCHIVE_SCRIPT") == "hant"
    sitename = context["SITENAME"]
    sitename_ui = to_traditional(sitename) if hant else sitename
    meta = feed.feed
    meta["language"] = context.get("LANG") or context.get("DEFAULT_LANG")
    meta["title"] = feed_title(str(meta["title"]), sitename, sitename_ui)
    meta["author_name"] = meta.get("author_name") or sitename_ui
    relative = bool(context.get("RELATIVE_URLS"))
    siteurl = "" if relative else str(context.get("SITEURL") or "").rstrip("/") + "/"
    path = str(meta["feed_url"]).removeprefix(siteurl)
    if relative:
        meta["id"] = f"urn:archive:{meta['language']}:{path}"  # Atom ids must be absolute
        meta["link"] = relative_to_feed(feed_page(path), path)
        meta["feed_url"] = posixpath.basename(path)
    else:
        meta["id"] = meta["feed_url"]
        meta["link"] = siteurl + feed_page(path)
    # A person's, topic's or place's feed gives each record's summary and link, not its
    # whole text: a record named by five officials and four topics was copied into nine
    # feeds a script (most of the site's bytes after the record pages). The site feed
    # keeps the text.
    # And each entry is bounded: its summary is the record's opening, at most
    # FEED_SUMMARY_CHARS characters, as text (`feed_summary`).
    summary_only = path != context.get("ARCHIVE_FEED_ALL")
    for item in feed.items:
        if summary_only:
            item["description"] = feed_summary(item.get("description") or item.get("content"))
            item["content"] = None
        item["author_name"] = item.get("author_name") or None  # the feed's author covers it
        page = item["link"].removeprefix(siteurl).lstrip("./")
        changed = RUN.changed.get(page)
        if changed is not None and item.get("pubdate") is not None:
            item["updateddate"] = max(
                changed.replace(tzinfo=item["pubdate"].tzinfo), item["pubdate"]
            )
        if item.get("pubdate") is not None and item.get("updateddate") in (None, item["pubdate"]):
            # <published> is optional in Atom and said nothing <updated> does not (the
            # same time, in 5 entries of 6): an entry gives it only when it differs.
            item["updateddate"], item["pubdate"] = item["pubdate"], None
        if relative:
            # Pelican's tag: URI holds the date (and needs a domain); the page path is
            # the stable part.
            item["unique_id"] = f"urn:archive:{meta['language']}:{page}"
            item["link"] = relative_to_feed(item["link"], path)
        else:
            item["unique_id"] = item["link"]


class NotFoundGenerator(Generator):
    """404.html at the root of each script's site (GitHub Pages serves the root one)."""

    def generate_output(self, writer) -> None:
        writer.write_file(
            "404.html",
            self.get_template("404"),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
        )


class WrittenFiles:
    """The files one Pelican run writes (one run per process; reset when it starts).
    Kept out of the settings, which the record-page cache hashes.

    A page rendered this run is announced by Pelican's `content_written` signal (`add`).
    A page kept as the last run left it (page_keys.PageWriter) is not announced one by
    one (a signal per kept page cost 1.7 to 2.4 CPU s a run at 100,000 records): its
    writer gives, once, a source of the pages it kept (`add_kept`), read when the
    sitemap is written."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.kept: list[Callable[[], Iterable[str]]] = []

    def reset(self) -> None:
        self.paths = []
        self.kept = []

    def add(self, path: str, context: Mapping | None = None) -> None:
        self.paths.append(path)

    def add_kept(self, pages: Callable[[], Iterable[str]]) -> None:
        """`pages()`: the pages a writer kept this run, relative to the output folder
        and plain (page_keys.is_plain), called when the sitemap is written."""
        self.kept.append(pages)

    def relative(self, output: Path) -> list[str]:
        """Every page of this run, written or kept, relative to `output` (site_paths)."""
        paths = site_paths(self.paths, output)
        for pages in self.kept:
            paths.extend(pages())
        return paths


WRITTEN = WrittenFiles()


def start_build(pelican) -> None:
    pelican.settings["ARCHIVE_BUILD_DATE"] = build_date(
        os.environ, pelican.settings.get("TIMEZONE") or "Asia/Shanghai"
    ).isoformat()
    WRITTEN.reset()
    RUN.start(pelican.settings)


def add_template_helpers(generator) -> None:
    """The JSON-LD helpers, for every generator's templates."""
    generator.env.filters["jsonld"] = jsonld
    generator.env.globals["record_jsonld"] = record_jsonld
    generator.env.globals["person_jsonld"] = person_jsonld


def write_sitemap(pelican) -> None:
    """Once per build, in the Simplified run: sitemap.xml and robots.txt."""
    settings = pelican.settings
    if settings.get("ARCHIVE_SCRIPT", "hans") != "hans":
        return
    output = Path(pelican.output_path)
    written = WRITTEN.relative(output)
    root = settings.get("SITE_ROOT", "")
    lastmod = {path: changed.date().isoformat() for path, changed in RUN.changed.items()}
    files = sitemap_files(sitemap_paths(written), root, lastmod=lastmod)
    for stale in output.glob("sitemap-*.xml"):  # from a larger earlier build
        stale.unlink()
    for name, text in files.items():
        (output / name).write_text(text, encoding="utf-8")
    (output / "robots.txt").write_text(robots_txt(root), encoding="utf-8")
    logger.info("sitemap: %d pages per script in %d file(s)", len(written), len(files))


def get_generators(pelican):
    return NotFoundGenerator


def register() -> None:
    signals.initialized.connect(start_build)
    signals.generator_init.connect(add_template_helpers)
    signals.content_written.connect(WRITTEN.add)
    signals.feed_generated.connect(tune_feed)
    signals.get_generators.connect(get_generators)
    signals.finalized.connect(write_sitemap)
