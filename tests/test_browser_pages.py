"""The main pages in headless Chromium (Debian's chromium, driven by Playwright), as a
reader of GitHub Pages sees them: the site is built with an absolute ARCHIVE_SITEURL
under a sub-path (/repo/) and served by a server that, like Pages, answers a missing
address with the root 404.html.

Each page is also audited with axe-core (node_modules/axe-core, `npm ci`): no serious or
critical violations. Screenshots of the main pages at desktop (1280) and phone (390)
widths are written to tests/artifacts/screenshots/ (git-ignored, so `make test` leaves
the checkout clean); `make screenshots` copies them to docs/screenshots/. No page may
request anything from another host.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import threading
from pathlib import Path

import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, skip_without_chromium
from published_site import BUILD_DATE, build
from sitebuild import SEED

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "tests" / "artifacts" / "screenshots"
AXE_REPORT = ROOT / "tests" / "artifacts" / "axe.json"
SEED_ID = SEED.stem
DESKTOP, PHONE = (1280, 900), (390, 844)

skip_without_chromium()
sync_api = pytest.importorskip("playwright.sync_api")


def _serve_module():
    """tools/serve.py (`make serve`), imported by path: the same server, answering a
    missing page with the site's 404 page as GitHub Pages does."""
    spec = importlib.util.spec_from_file_location("tools_serve", ROOT / "tools" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """(base URL of the site, browser). The port is known before the build, so the
    site is built with its real absolute address."""
    root = tmp_path_factory.mktemp("pages")
    server = _serve_module().make_server(root, 0, base="repo")
    host = f"http://127.0.0.1:{server.server_address[1]}"
    output = build(root / "work", siteurl=f"{host}/repo")
    (root / "repo").symlink_to(output, target_is_directory=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield f"{host}/repo", browser
            browser.close()
    finally:
        server.shutdown()


@contextlib.contextmanager
def open_context(site, viewport=DESKTOP, **options):
    """A browser context whose pages must not fail in scripts nor leave the host."""
    base, browser = site
    host = base.rsplit("/repo", 1)[0]
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, **options)
    problems: list[str] = []
    context.on("request", lambda r: None if r.url.startswith(host) else problems.append(r.url))
    context.on("weberror", lambda e: problems.append(f"script error: {e.error}"))
    try:
        yield context
    finally:
        context.close()
    assert not problems, f"requests to other hosts or script errors: {problems}"


@pytest.fixture
def page(site):
    with open_context(site) as context:
        page = context.new_page()
        page.base = site[0]
        yield page


AUDITS: dict[str, list] = {}


def audit(page, name: str) -> None:
    """axe-core on the current page: record every violation, fail on serious/critical."""
    if not AXE.is_file():
        pytest.skip("axe-core is missing: run `npm ci` (make test does when npm is present)")
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        """async () => {
          const r = await axe.run(document, {resultTypes: ['violations']});
          return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
        }"""
    )
    AUDITS[name] = violations
    AXE_REPORT.parent.mkdir(parents=True, exist_ok=True)
    AXE_REPORT.write_text(json.dumps(AUDITS, ensure_ascii=False, indent=1), encoding="utf-8")
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert not bad, json.dumps(bad, ensure_ascii=False, indent=1)


def visit(page, path: str, status: int = 200):
    response = page.goto(page.base + path)
    assert response.status == status, path
    return response


def test_home_in_both_scripts(page):
    visit(page, "/")
    assert page.get_attribute("html", "lang") == "zh-Hans"
    assert page.inner_text("h1") == "最新记录"
    assert page.locator(".record-list > li").count() >= 7  # seed + 6 synthetic
    # The skip link is the first stop of the keyboard and is visible when focused.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").bounding_box()["x"] >= 0
    for landmark in ("header", "nav", "main", "footer"):
        assert page.locator(landmark).count() >= 1, landmark
    audit(page, "home")
    visit(page, "/zh-hant/")
    assert page.get_attribute("html", "lang") == "zh-Hant"
    assert page.inner_text("h1") == "最新記錄"
    audit(page, "home zh-hant")


def test_record_page_cites_itself(site):
    with open_context(site, permissions=["clipboard-read", "clipboard-write"]) as context:
        page = context.new_page()
        page.base = site[0]
        visit(page, f"/records/{SEED_ID}/")
        permalink = f"{page.base}/records/{SEED_ID}/"
        title = page.inner_text("h1")
        assert "大观区召开区委常委会扩大会议" in title
        meta = dict(
            page.eval_on_selector_all(
                "meta[name^=citation_], meta[property^='og:']",
                "els => els.map(e => [e.name || e.getAttribute('property'), e.content])",
            )
        )
        assert meta["citation_title"] == title == meta["og:title"]
        assert meta["citation_publication_date"] == "2024/08/02"
        assert meta["citation_public_url"] == permalink == meta["og:url"]
        assert meta["citation_language"] == "zh-Hans"
        cite = page.inner_text("#cite-text")
        sha = hashlib.sha256(SEED.read_bytes()).hexdigest()
        assert permalink in cite and sha in cite and f"[{BUILD_DATE}]" in cite
        assert page.inner_text(".cite time") == BUILD_DATE  # no sidecar: the build date
        page.click(".copy-button")
        page.wait_for_function("document.querySelector('.copy-status').textContent !== ''")
        assert page.inner_text(".copy-status") == "已复制"
        assert page.evaluate("navigator.clipboard.readText()") == cite.strip()
        # The raw text, from the published raw file the page links (not a second copy
        # in the page): as the seed's bytes, line ends as the HTML parser gives them.
        page.wait_for_selector("pre.raw-text[data-raw-shown]")
        raw = SEED.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        assert page.eval_on_selector("pre.raw-text", "e => e.textContent") == raw
        assert "區(qū)委" in page.inner_text("pre.raw-text")
        audit(page, "record")


def test_record_page_without_javascript(site):
    with open_context(site, java_script_enabled=False) as context:
        page = context.new_page()
        page.base = site[0]
        visit(page, f"/records/{SEED_ID}/")
        assert f"{page.base}/records/{SEED_ID}/" in page.inner_text("#cite-text")
        assert not page.is_visible(".copy-button")  # shown only where it works
        # the clean text, and links to the raw text and to the edit log beside it
        assert "潘功发主持会议并讲话" in page.inner_text(".record-text")
        link = page.eval_on_selector("pre.raw-text a", "a => a.href")
        assert link == f"{page.base}/raw/{SEED_ID}.txt"
        assert page.is_visible(".edits details")


def test_switching_script_keeps_the_page(page):
    visit(page, f"/records/{SEED_ID}/")
    page.click("[data-script-switch]")
    page.wait_for_load_state()
    assert page.url == f"{page.base}/zh-hant/records/{SEED_ID}/"
    assert page.get_attribute("html", "lang") == "zh-Hant"
    assert "大觀區召開區委常委會擴大會議" in page.inner_text("h1")
    assert "余祥" in page.inner_text(".record-text")  # names keep their characters
    audit(page, "record zh-hant")
    page.click("[data-script-switch]")
    page.wait_for_load_state()
    assert page.url == f"{page.base}/records/{SEED_ID}/"


def test_official_page_from_a_record(page):
    visit(page, f"/records/{SEED_ID}/")
    page.click(".officials a >> text=潘功发")
    page.wait_for_load_state()
    assert "/officials/" in page.url
    assert page.inner_text("h1") == "潘功发"
    assert page.locator(f".record-list a[href$='/records/{SEED_ID}/']").count() == 1
    feed = page.get_attribute("link[type='application/atom+xml'][title='潘功发']", "href")
    assert feed == page.url + "feed.atom.xml"
    audit(page, "official")
    page.click("[data-script-switch]")
    page.wait_for_load_state()
    assert page.inner_text("h1") == "潘功發"
    audit(page, "official zh-hant")


def test_search_page_finds_the_seed(page):
    visit(page, "/search/?q=潘功发")
    page.wait_for_selector("[data-search-index][data-state=done]")
    links = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.href)")
    assert f"{page.base}/records/{SEED_ID}/" in links
    audit(page, "search")
    visit(page, "/zh-hant/search/?q=潘功發")
    page.wait_for_selector("[data-search-index][data-state=done]")
    links = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.href)")
    assert f"{page.base}/zh-hant/records/{SEED_ID}/" in links
    audit(page, "search zh-hant")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("q=招商引资", True),
        ("q=潘功发", True),
        ("q=潘功發", True),
        ("q=金玉", True),
        ("q=海口", True),
        ("q=區委書記", True),
        ("q=冷链物流", False),
        ("official=pan-gongfa-daguan&role=chair", True),
        ("official=pan-gongfa-daguan&role=nonvoting", False),
    ],
)
def test_issue_queries_on_the_built_site(page, query, found):
    """The acceptance queries of the search issue, on the real seed site, both scripts."""
    for prefix in ("", "/zh-hant"):
        visit(page, f"{prefix}/search/?{query}")
        page.wait_for_selector("[data-search-index][data-state=done]")
        links = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.href)")
        assert (f"{page.base}{prefix}/records/{SEED_ID}/" in links) == found, (prefix, query)


def test_missing_page_gets_the_404_page_at_any_depth(page):
    visit(page, "/records/no-such-record/deeper/", status=404)
    assert page.inner_text("h1") == "找不到这个页面"
    assert page.get_attribute("html", "lang") == "zh-Hans"
    assert page.locator("[lang=zh-Hant]").count() >= 1  # says it in Traditional too
    audit(page, "404")
    page.click("main a >> text=最新记录")
    page.wait_for_load_state()
    assert page.url == page.base + "/"


PAGES = {
    "home": "/",
    "record": f"/records/{SEED_ID}/",
    "record-hant": f"/zh-hant/records/{SEED_ID}/",
    "official": "/officials/{official}/",
    "officials": "/officials/",
    "search": "/search/?q=区委书记",
    "404": "/no/such/page/",
}


def seed_official(page) -> str:
    """The page name of the seed's chair (潘功发), as the seed record's page links it."""
    visit(page, f"/records/{SEED_ID}/")
    href = page.get_attribute(".officials a >> text=潘功发", "href").rstrip("/")
    return href.rsplit("/", 1)[1]


@pytest.mark.parametrize("width", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_main_pages_fit_the_width_and_are_saved_as_screenshots(site, width):
    with open_context(site, viewport=width) as context:
        page = context.new_page()
        page.base = site[0]
        official = seed_official(page)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for name, path in PAGES.items():
            page.goto(page.base + path.format(official=official))
            if name == "search":
                page.wait_for_selector("[data-search-index][data-state=done]")
            # Nothing wider than the screen: no sideways scrolling on a phone.
            overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
            assert overflow <= 0, f"{name} is {overflow}px wider than {width[0]}"
            kind = "desktop" if width == DESKTOP else "phone"
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{kind}.png"))


# The lines each cell's text takes (text nodes only: a header's sort button and its ▼
# are not the text): a date, "日期不详" or a header of up to four characters in more
# than one line is a word broken in two.
BROKEN_WORDS = """() => {
  const lines = (el) => {
    const tops = new Set();
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      if (!node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
    }
    return tops.size;
  };
  const word = /^(\\d{4}(-\\d\\d){0,2}|日期不[详詳])$/;
  return [...document.querySelectorAll("table td, table th")]
    .filter((c) => word.test(c.textContent.trim()) ||
                   (c.tagName === "TH" && c.textContent.trim().length <= 4))
    .filter((c) => lines(c) > 1)
    .map((c) => c.textContent.trim());
}"""


def test_dates_and_short_labels_stay_whole_on_a_phone(site):
    """At phone width the officials' tables broke a date after its first hyphen
    (2024-02-/09), 日期不详 and two-character headers (改/后) between characters."""
    with open_context(site, viewport=PHONE) as context:
        page = context.new_page()
        page.base = site[0]
        official = seed_official(page)
        for prefix in ("", "/zh-hant"):
            for path in (
                f"/officials/{official}/",
                "/officials/",
                "/topics/",
                f"/records/{SEED_ID}/",
            ):
                visit(page, prefix + path)
                assert page.evaluate(BROKEN_WORDS) == [], prefix + path


def test_one_page_of_results_shows_no_pager(page):
    """The pager's flex box overrode its `hidden`: "上一页 第 1 / 1 页 下一页" showed under
    one page of results, and under none."""
    for query in ("潘功发", "冷链物流"):
        visit(page, f"/search/?q={query}")
        page.wait_for_selector("[data-search-index][data-state=done]")
        assert page.get_attribute("#search-pager", "hidden") is not None, query
        assert not page.is_visible("#search-pager"), query


def test_a_record_id_as_the_query_links_the_record(page):
    """A record's id (the id a citation gives) typed into search found nothing: the
    search reads the records' text, not their ids. The record's page is linked above."""
    for prefix in ("", "/zh-hant"):
        visit(page, f"{prefix}/search/?q={SEED_ID}")
        page.wait_for_selector("[data-search-index][data-state=done]")
        assert page.is_visible("#search-by-id a"), prefix
        page.click("#search-by-id a")
        page.wait_for_load_state()
        assert page.url == f"{page.base}{prefix}/records/{SEED_ID}/"
        visit(page, f"{prefix}/search/?q=no-such-record")  # an id's shape, no such record
        page.wait_for_selector("[data-search-index][data-state=done]")
        assert not page.is_visible("#search-by-id"), prefix


def test_the_chart_axis_is_readable_on_a_phone(site):
    """The monthly chart shrinks to the screen's width: its 11-unit axis labels were
    drawn in a 6 px font on a phone."""
    with open_context(site, viewport=PHONE) as context:
        page = context.new_page()
        page.base = site[0]
        visit(page, f"/records/{SEED_ID}/")
        page.click(".officials a >> text=潘功发")
        page.wait_for_load_state()
        heights = page.eval_on_selector_all(
            ".chart text.axis", "els => els.map(e => e.getBoundingClientRect().height)"
        )
        # the box of a label's line: 9 px for the 6 px text it was, 16 px now
        assert heights and min(heights) >= 12, heights
