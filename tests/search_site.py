"""A small served site for the search tests and the search benchmark.

It renders theme/templates/search.html (through the real base.html) for both scripts the
way pelican.conf.py lays them out (Simplified at the root, Traditional under zh-hant/,
the index once under search/idx), under a sub-path, and serves it with http.server on
127.0.0.1, so the client is tested as a reader on GitHub Pages would use it.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import jinja2
from browser import CHROMIUM, CHROMIUM_ARGS
from public_records.search.delta import update_index
from public_records.search.index import IndexStats, SearchDoc, write_index

ROOT = Path(__file__).resolve().parent.parent
THEME = ROOT / "theme"


def render_search_page(script: str, siteurl: str) -> str:
    """search.html for one script, with the settings pelican.conf.py gives templates."""
    from public_records.script import ui_to_traditional

    hant = script == "hant"
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(THEME / "templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["ui"] = ui_to_traditional if hant else str
    return env.get_template("search.html").render(
        SITEURL=siteurl,
        BASE_SUFFIX="/.." if hant else "",
        ARCHIVE_SCRIPT=script,
        SCRIPT=script,
        LANG="zh-Hant" if hant else "zh-Hans",
        SITENAME="地方政务记录档案",
        ARCHIVE_NAV=[("search/", "搜索")],
        THEME_STATIC_DIR="theme",
        output_file="search/index.html",
    )


def build_site(
    site_root: Path,
    docs: list[SearchDoc],
    siteurl: str = "..",
    record_pages: bool = True,
    workers: int | None = None,
    main_docs: list[SearchDoc] | None = None,
) -> IndexStats:
    """Write pages, script and index under site_root (served as the sub-path root).

    siteurl is SITEURL of the Simplified site as seen from search/index.html: ".." for
    relative URLs (the local default), or an absolute path such as "/repo".
    main_docs: build the main index from these records first, then bring it up to
    `docs` with a delta (search_delta; the state is kept beside site_root). Returns the
    main build's figures.
    """
    idx = site_root / "search" / "idx"
    if main_docs is None:
        stats = write_index(docs, idx, workers=workers)
    else:
        state = site_root.parent / f".{site_root.name}-search-state.json"
        stats = update_index(main_docs, idx, state, code="test", workers=workers).index
        update = update_index(docs, idx, state, code="test", workers=workers)
        if update.mode != "delta":
            raise AssertionError(f"expected a delta: {update}")
    write_pages(site_root, docs, siteurl, record_pages)
    return stats


def write_pages(
    site_root: Path, docs: list[SearchDoc], siteurl: str = "..", record_pages: bool = True
) -> None:
    """The search page and the theme in both scripts (and a stub page per record)."""
    for script, prefix in (("hans", ""), ("hant", "zh-hant/")):
        page = site_root / prefix / "search" / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        url = siteurl if siteurl == ".." or script == "hans" else f"{siteurl}/zh-hant"
        page.write_text(render_search_page(script, url), encoding="utf-8")
        static = site_root / prefix / "theme"
        shutil.copytree(THEME / "static", static, dirs_exist_ok=True)
        for doc in (
            docs if record_pages else ()
        ):  # a stub record page, so a followed link lands somewhere
            record = site_root / prefix / doc.path / "index.html"
            record.parent.mkdir(parents=True, exist_ok=True)
            title = doc.title_hant if script == "hant" else doc.title_hans
            record.write_text(f"<!doctype html><title>{title}</title><h1>{title}</h1>")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


@contextlib.contextmanager
def served_in_chromium(directory: Path) -> Iterator[tuple[str, object]]:
    """Serve `directory` and start Debian's Chromium: (base URL, browser)."""
    from playwright import sync_api

    with serve(directory) as base, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield base, browser
        finally:
            browser.close()


@contextlib.contextmanager
def checked_page(browser, base: str) -> Iterator[object]:
    """A page in a fresh browser context; on leaving, fails the test if the page raised
    a script error or asked any host but the test server."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    host = base.split("/repo")[0]
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(host) else outside.append(r.url))
    page.base = base
    try:
        yield page
    finally:
        context.close()
    assert not errors, errors
    assert not outside, f"external requests: {outside}"


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 at a free port; yield the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def doc(
    id: str,
    title: str,
    text: str,
    date: str = "",
    place: tuple[str, str, str] = ("", "", ""),
    officials: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (),
    topics: tuple[tuple[str, str, str], ...] = (),
) -> SearchDoc:
    """A SearchDoc with the Traditional forms made by OpenCC (names pass through)."""
    from public_records.script import to_traditional

    return SearchDoc(
        id=id,
        path=f"records/{id}/",
        title_hans=title,
        title_hant=to_traditional(title),
        text_hans=text,
        text_hant=to_traditional(text),
        date=date,
        place_id=place[0],
        place_hans=place[1],
        place_hant=place[2],
        officials=officials,
        topics=topics,
    )


PAN = ("pan-gongfa", "潘功发", "潘功發")
JIN = ("jin-yu", "金玉", "金玉")
DAGUAN = ("daguan", "大观区", "大觀區")
HAIKOU = ("haikou", "海口镇", "海口鎮")
LINHU = ("linhu", "菱湖街道", "菱湖街道")
INVEST = ("t-invest", "招商引资", "招商引資")


def sample_docs() -> list[SearchDoc]:
    """Hand-made records; the tests work out their expected results from these texts."""
    return [
        doc(
            "000_db5eed02fe66ddea",
            "大观区召开区委常委会扩大会议",
            "8月2日下午，大观区召开区委常委会扩大会议。区委书记潘功发主持会议并讲话。"
            "区领导金玉等出席。要狠抓招商引资。统筹抓好党的二十届三中全会精神学习宣传贯彻。"
            "会前，潘功发、金玉率队赴海口镇考察。",
            date="2024-08-02",
            place=DAGUAN,
            officials=((*PAN, ("chair", "speaker")), (*JIN, ("attendee", "leader"))),
            topics=(INVEST,),
        ),
        doc(
            "001_invest_apart",
            "全区招商工作会议",
            "全区招商工作稳步推进，外商引进和引资规模扩大。金玉主持会议。"
            "学习二十届三次会议精神和三中全会。",
            date="2024-03-15",
            place=DAGUAN,
            officials=((*JIN, ("chair",)),),
        ),
        doc(
            "002_5g",
            "5G基站建设推进会",
            "潘功发出席5G基站建设推进会，与AWS代表座谈。",
            date="2023-11-20",
            place=DAGUAN,
            officials=((*PAN, ("attendee",)),),
        ),
        doc(
            "003_undated",
            "海口镇冷库建设",
            "海口镇冷库建设进展顺利。",
            place=HAIKOU,
        ),
    ]


def many_docs(count: int) -> list[SearchDoc]:
    """`count` records that all contain 调研, for paging (none of sample_docs has it)."""
    return [
        doc(
            f"1{i:02d}_survey",
            f"第{i + 1}次专题调研",
            f"金玉到企业开展专题调研，第{i + 1}站。",
            date=f"2022-01-{i + 1:02d}",
            place=LINHU,
            officials=((*JIN, ("leader",)),),
        )
        for i in range(count)
    ]
