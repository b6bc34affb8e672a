"""What a published site needs besides its pages: sitemap.xml listing both scripts,
robots.txt, the 404 page, the build date (for "date retrieved" in citations) and Atom
feeds that say their language.

The Simplified run writes sitemap.xml and robots.txt once, at the root of the whole
site; both runs write their own 404.html (GitHub Pages serves the root one).
"""

from __future__ import annotations

import logging
import os
import posixpath
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr
from zoneinfo import ZoneInfo

from pelican import signals
from pelican.generators import Generator

from ..script import to_traditional

logger = logging.getLogger(__name__)

# The sitemap protocol allows at most 50,000 URLs per file; above that, sitemap.xml
# becomes an index of numbered files.
SITEMAP_LIMIT = 50_000
# (hreflang, path prefix) of each script, as pelican.conf.py lays them out.
SCRIPTS = (("zh-Hans", ""), ("zh-Hant", "zh-hant/"))
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


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


def sitemap_urlset(paths: Iterable[str], root: str) -> str:
    """One sitemap: every path in every script, each <url> listing both scripts as
    hreflang alternates (and Simplified as x-default).

    >>> xml = sitemap_urlset(["records/a/"], "https://h.io/r")
    >>> print(xml[xml.index("<url>"):])
    <url><loc>https://h.io/r/records/a/</loc>
    <xhtml:link rel="alternate" hreflang="zh-Hans" href="https://h.io/r/records/a/"/>
    <xhtml:link rel="alternate" hreflang="zh-Hant" href="https://h.io/r/zh-hant/records/a/"/>
    <xhtml:link rel="alternate" hreflang="x-default" href="https://h.io/r/records/a/"/>
    </url>
    <url><loc>https://h.io/r/zh-hant/records/a/</loc>
    <xhtml:link rel="alternate" hreflang="zh-Hans" href="https://h.io/r/records/a/"/>
    <xhtml:link rel="alternate" hreflang="zh-Hant" href="https://h.io/r/zh-hant/records/a/"/>
    <xhtml:link rel="alternate" hreflang="x-default" href="https://h.io/r/records/a/"/>
    </url>
    </urlset>
    <BLANKLINE>
    """
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">',
    ]
    for path in paths:
        alternates = [(lang, absolute(root, prefix + path)) for lang, prefix in SCRIPTS]
        links = [
            f'<xhtml:link rel="alternate" hreflang="{lang}" href={quoteattr(url)}/>'
            for lang, url in [*alternates, ("x-default", alternates[0][1])]
        ]
        for _, url in alternates:
            lines += [f"<url><loc>{escape(url)}</loc>", *links, "</url>"]
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def sitemap_files(paths: list[str], root: str, limit: int = SITEMAP_LIMIT) -> dict[str, str]:
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
        return {"sitemap.xml": sitemap_urlset(paths, root)}
    files = {}
    for n, start in enumerate(range(0, len(paths), per_file), 1):
        files[f"sitemap-{n}.xml"] = sitemap_urlset(paths[start : start + per_file], root)
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


# ------------------------------------------------------------------- Pelican glue


def tune_feed(context: Mapping, feed) -> None:
    """Every feed says its language (xml:lang), its author (the archive) and a title
    in its script; in relative builds its links resolve from the feed's location."""
    hant = context.get("ARCHIVE_SCRIPT") == "hant"
    sitename = context["SITENAME"]
    sitename_ui = to_traditional(sitename) if hant else sitename
    meta = feed.feed
    meta["language"] = context.get("LANG") or context.get("DEFAULT_LANG")
    meta["title"] = feed_title(str(meta["title"]), sitename, sitename_ui)
    meta["author_name"] = meta.get("author_name") or sitename_ui
    for item in feed.items:
        item["author_name"] = item.get("author_name") or None  # the feed's author covers it
    if context.get("RELATIVE_URLS"):
        path = meta["feed_url"]
        meta["id"] = f"urn:archive:{meta['language']}:{path}"  # Atom ids must be absolute
        meta["link"] = relative_to_feed(meta["link"], path)
        for item in feed.items:
            # Pelican's tag: URI needs a domain ("tag:None,..." without one); a record's
            # page path is as stable an id.
            page = item["link"].lstrip("./")
            item["unique_id"] = f"urn:archive:{meta['language']}:{page}"
            item["link"] = relative_to_feed(item["link"], path)
        meta["feed_url"] = posixpath.basename(path)


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
    Kept out of the settings, which the record-page cache hashes."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def reset(self) -> None:
        self.paths = []

    def add(self, path: str, context: Mapping | None = None) -> None:
        self.paths.append(path)


WRITTEN = WrittenFiles()


def start_build(pelican) -> None:
    pelican.settings["ARCHIVE_BUILD_DATE"] = build_date(
        os.environ, pelican.settings.get("TIMEZONE") or "Asia/Shanghai"
    ).isoformat()
    WRITTEN.reset()


def write_sitemap(pelican) -> None:
    """Once per build, in the Simplified run: sitemap.xml and robots.txt."""
    settings = pelican.settings
    if settings.get("ARCHIVE_SCRIPT", "hans") != "hans":
        return
    output = Path(pelican.output_path)
    written = [Path(p).resolve().relative_to(output.resolve()).as_posix() for p in WRITTEN.paths]
    root = settings.get("SITE_ROOT", "")
    files = sitemap_files(sitemap_paths(written), root)
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
    signals.content_written.connect(WRITTEN.add)
    signals.feed_generated.connect(tune_feed)
    signals.get_generators.connect(get_generators)
    signals.finalized.connect(write_sitemap)
