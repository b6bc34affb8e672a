"""Pelican settings for both scripts. One config, one run per script:

    ARCHIVE_SCRIPT=hans pelican -s pelican.conf.py   # Simplified site -> output/
    ARCHIVE_SCRIPT=hant pelican -s pelican.conf.py   # Traditional site -> output/zh-hant/

Each run starts by importing seeds/ into content/ (new and changed reports; one run
imports at a time, the other waits), so plain `pelican` is enough; `make html` runs the
import and then both in parallel. SITEURL comes from the
environment (ARCHIVE_SITEURL) when publishing; locally every URL is relative, so the
site works from any folder or sub-path.
"""

import hashlib
import os
import pickle
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))

from public_records.script import DEFAULT_HANT_CONFIG, ui_to_traditional  # noqa: E402
from public_records.site.render import (  # noqa: E402
    edit_rows,
    finding_label,
    http_url,
    rule_label,
    text_filter,
    utf8_sha256,
)
from public_records.site.template_cache import SafeBytecodeCache  # noqa: E402

ARCHIVE_SCRIPT = os.environ.get("ARCHIVE_SCRIPT", "hans")
if ARCHIVE_SCRIPT not in ("hans", "hant"):
    raise SystemExit(f"ARCHIVE_SCRIPT must be hans or hant, not {ARCHIVE_SCRIPT!r}")
HANT = ARCHIVE_SCRIPT == "hant"

SITENAME = "地方政务记录档案"
SITE_ROOT = os.environ.get("ARCHIVE_SITEURL", "").rstrip("/")  # absolute root when published
SITEURL = SITE_ROOT + ("/zh-hant" if (HANT and SITE_ROOT) else "")
RELATIVE_URLS = not SITE_ROOT
# The root of the whole site, seen from this script's site: shared files (raw reports,
# search index, bulk data) live there once.
BASE_SUFFIX = "/.." if HANT else ""
SCRIPT_PREFIX = "zh-hant/" if HANT else ""
LANG = "zh-Hant" if HANT else "zh-Hans"
DEFAULT_LANG = LANG  # each run has one language, so Pelican sees no "translations"
TIMEZONE = "Asia/Shanghai"
LOCALE = ("C.UTF-8",)

# Overridable so that tests can build a site from their own content into a temp folder.
PATH = os.environ.get("ARCHIVE_CONTENT", str(ROOT / "content"))
OUTPUT_ROOT = os.environ.get("ARCHIVE_OUTPUT", str(ROOT / "output"))
OUTPUT_PATH = str(Path(OUTPUT_ROOT) / "zh-hant") if HANT else OUTPUT_ROOT
DELETE_OUTPUT_DIRECTORY = False  # the two runs share output/
# Each run removes, at its end, every file of its part of output/ that it did not write
# (plugins/public_records/site/output_files.py): the Traditional run owns zh-hant/, the
# Simplified run the rest.
ARCHIVE_OTHER_SITES = [] if HANT else ["zh-hant"]
# Records are not Pelican articles: the plugin reads this script's content files
# (plugins/public_records/site/catalog.py) and writes every page made of them. Pelican reads
# the hand-written pages only.
ARTICLE_PATHS = []
ARCHIVE_RECORD_FILES = str(Path(PATH) / "records" / f"zh-{ARCHIVE_SCRIPT}")
PAGE_PATHS = ["pages"]
# The plugin copies the raw reports (Simplified run: raw/, shared by both scripts) and the
# theme's static files (each script's theme/), comparing by content, not by mtime.
STATIC_PATHS = []
THEME_STATIC_PATHS = []
ARCHIVE_RAW_FILES = None if HANT else str(Path(PATH) / "raw")
ARCHIVE_THEME_STATIC = str(ROOT / "theme" / "static")
READERS = {"html": None, "htm": None, "rst": None}

THEME = str(ROOT / "theme")
PLUGIN_PATHS = [str(ROOT / "plugins")]
PLUGINS = ["public_records"]
# The raw reports and their registry (seeds/registry). Each run starts by importing them
# into PATH with the command line's import and cache (plugins/public_records/site/
# import_on_start.py); a build of another content folder (ARCHIVE_CONTENT, as the tests
# make) imports only when ARCHIVE_SEEDS names its seeds. `-e ARCHIVE_IMPORT=false` turns
# the import off (content/ made by `make content`).
ARCHIVE_SEEDS = os.environ.get("ARCHIVE_SEEDS", str(ROOT / "seeds"))
ARCHIVE_IMPORT = "ARCHIVE_SEEDS" in os.environ or "ARCHIVE_CONTENT" not in os.environ
ARCHIVE_IMPORT_LOCK_TIMEOUT = 900  # seconds a run waits for another run's import
# `pelican --autoreload` also watches these (site/watch.py): reports, sidecars, registry.
ARCHIVE_WATCH = [ARCHIVE_SEEDS] if ARCHIVE_IMPORT else []
ARCHIVE_IMPORT_REPORT = str(Path(PATH) / "records" / "import-report.json")
ARCHIVE_RECORDS = str(Path(PATH) / "records" / "records.jsonl")

# Where the plugin writes each record page, the archives by year and month and the
# site feed (it skips every page whose inputs did not change).
ARTICLE_URL = "records/{slug}/"
ARTICLE_SAVE_AS = "records/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
ARCHIVES_SAVE_AS = "archives/index.html"
YEAR_ARCHIVE_URL = "archives/{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = "archives/{date:%Y}/index.html"
MONTH_ARCHIVE_URL = "archives/{date:%Y}/{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = "archives/{date:%Y}/{date:%m}/index.html"
# Records are not blog posts: no tags, categories or authors (Pelican's pages for those
# are also quadratic in the number of articles).
for _kind in ("TAG", "CATEGORY", "AUTHOR"):
    globals()[f"{_kind}_SAVE_AS"] = ""
    globals()[f"{_kind}S_SAVE_AS"] = ""
# The home page lists the newest records; the archives by year and month list them
# all. (Pages numbered from the newest would all change with every new record.)
ARCHIVE_HOME_RECORDS = 30
DIRECT_TEMPLATES = []
if (ROOT / "theme" / "templates" / "search.html").exists():
    DIRECT_TEMPLATES.append("search")
    SEARCH_SAVE_AS = "search/index.html"

FEED_DOMAIN = SITEURL
ARCHIVE_FEED_ALL = "feeds/all.atom.xml"  # written by the plugin: the newest records
FEED_MAX_ITEMS = 100
FEED_ALL_ATOM = None  # Pelican's own, which would list no record
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# UI strings are written in Simplified in the templates; `ui` gives them in this
# run's script (cached: a record page converts the same few labels, such as roles,
# evidence and cleaning steps, dozens of times).
JINJA_FILTERS = {
    # Traditional: the interface glossary (data/hant_ui_glossary.tsv), then OpenCC
    "ui": lru_cache(maxsize=8192)(ui_to_traditional) if HANT else str,
    "edit_rows_by_rule": edit_rows,  # notes through the `text` filter below
    "rule_label": rule_label,  # a cleaning rule's Chinese label (data/rule_labels.tsv)
    "finding_label": finding_label,  # a finding's code or severity in Chinese
    # Every URL from input becomes a link only through this (http and https only).
    "http_url": http_url,
    # a record page shows the published raw file instead of a copy when they are equal
    "utf8_sha256": utf8_sha256,
}
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}

# Caches live beside the content folder (.cache/ for `make html`, the temporary folder
# for a test build). Pelican's reader cache keeps each hand-written page until its mtime
# changes; its folder is named after the code that reads them, so a change to that code
# starts a new cache. The plugin keeps its record catalog and page keys apart.
_CACHE = Path(os.environ.get("ARCHIVE_CACHE", str(Path(PATH).parent / ".cache")))
_READER_CODE = hashlib.sha256(
    Path(__file__).read_bytes()
    + b"".join(
        (ROOT / "plugins" / "public_records" / name).read_bytes()
        for name in (
            "site/plugin.py",
            "site/render.py",
            "ingest/markdown.py",
            "site/catalog.py",
            "script.py",
        )
    )
    + DEFAULT_HANT_CONFIG.encode()  # hand-written pages are converted with it
).hexdigest()[:12]
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
CHECK_MODIFIED_METHOD = "mtime"
GZIP_CACHE = False  # a handful of hand-written pages
CACHE_PATH = str(_CACHE / "pelican" / f"{ARCHIVE_SCRIPT}-{_READER_CODE}")
# Pelican reads its cache files with pickle and survives most damage, but not a file cut
# short where pickle raises EOFError (it does not catch that: the run stops). A file that
# does not load (a run killed while writing, a full disk) is removed here and rebuilt.
# These caches hold only the hand-written pages (the records bypass Pelican's readers).
for _cached in (p for p in Path(CACHE_PATH).glob("*") if p.is_file()):
    try:
        with _cached.open("rb") as _handle:
            pickle.load(_handle)
    except Exception:  # any damage: the cache is only a cache
        _cached.unlink(missing_ok=True)
# The import's cache, as `make content` keeps it (.cache/records): the same cache
# entries, manifest and last registry that loaded, whichever of the two imports.
ARCHIVE_IMPORT_CACHE = str(_CACHE / "records")
# Input text on a page (source names, registry notes, topic evidence): converted as report
# text is, with the registry's names protected (not the UI glossary); as is when Simplified.
JINJA_FILTERS["text"] = text_filter(HANT)
ARCHIVE_PAGE_CACHE = str(_CACHE / "record-pages")
# Compiled templates, kept between runs: compiling the theme took half a second of every
# run. Jinja checks each template's source, but it also folds `"..."|ui` into the
# compiled code, so the folder is per script and per version of the conversion code.
_PACKAGE = ROOT / "plugins" / "public_records"
_UI_FILES = [*sorted((_PACKAGE / "data").iterdir()), _PACKAGE / "script.py", _PACKAGE / "data.py"]
_UI_CODE = hashlib.sha256(
    b"".join(p.read_bytes() for p in _UI_FILES if p.is_file())
    + DEFAULT_HANT_CONFIG.encode()  # ARCHIVE_OPENCC_HANT: the conversion `ui` folds in
).hexdigest()
_JINJA_CACHE = _CACHE / "jinja" / f"{ARCHIVE_SCRIPT}-{_UI_CODE[:12]}"
_JINJA_CACHE.mkdir(parents=True, exist_ok=True)
JINJA_ENVIRONMENT["bytecode_cache"] = SafeBytecodeCache(str(_JINJA_CACHE))  # damaged: a miss

# Site sections beyond records and archives: (path, Simplified label). Sections are
# listed only when their generator is present.
ARCHIVE_NAV = [("officials/", "官员"), ("topics/", "主题"), ("places/", "地点")]
if "search" in DIRECT_TEMPLATES:
    ARCHIVE_NAV.append(("search/", "搜索"))
