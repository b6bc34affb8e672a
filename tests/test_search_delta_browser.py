"""The search page with a delta, in headless Chromium: the main index is built from the
records A of tests/test_search_delta.py, then brought up to the final records with a
delta. search.js must find a record that is only in the delta, no longer find removed
ones, and answer every query (with filters, both orders, page two) as the Python
reference does; the reference is itself checked against a full build in
test_search_delta.py.
"""

from __future__ import annotations

import gzip
import json
from urllib.parse import quote, urlencode, urlsplit

import pytest
from browser import skip_without_chromium
from public_records.search.query import IndexReader

from tests.search_site import build_site, checked_page, served_in_chromium
from tests.test_search_delta import final_records, records_a

pytestmark = pytest.mark.browser

skip_without_chromium()

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    build_site(root / "repo", final_records(), main_docs=records_a())
    with served_in_chromium(root) as (base, browser):
        yield base + "/repo", browser, root / "repo" / "search" / "idx"


@pytest.fixture
def page(site):
    base, browser, _index = site
    with checked_page(browser, base) as page:
        yield page


def open_search(page, path: str) -> None:
    page.goto(page.base + path)
    page.wait_for_selector("[data-search-index][data-state=done]")


def result_paths(page) -> list[str]:
    return page.eval_on_selector_all(
        "#search-results li h2 a", "els => els.map(a => new URL(a.href).pathname)"
    )


def options(page, select: str) -> list[tuple[str, str]]:
    return [
        tuple(o)
        for o in page.eval_on_selector_all(
            f"#search-{select} option", "els => els.slice(1).map(o => [o.value, o.textContent])"
        )
    ]


def test_a_record_only_in_the_delta_is_found_in_both_scripts(site, page):
    reader = IndexReader(site[2])
    assert reader.meta["delta"]  # the site really has a delta
    open_search(page, "/search/?q=雙港鎮")
    assert result_paths(page) == [
        "/repo/records/004_new_2025/",
        "/repo/records/007_year_only/",
        "/repo/records/006_undated/",
    ]
    titles = page.eval_on_selector_all("#search-results h2 a", "els => els.map(a => a.textContent)")
    assert titles[0] == "双港镇召开乡村振兴推进会"
    marks = page.eval_on_selector_all("#search-results mark", "els => els.map(e => e.textContent)")
    assert "双港镇" in marks
    open_search(page, "/zh-hant/search/?q=双港镇")
    assert page.inner_text("#search-results h2 a >> nth=0") == "雙港鎮召開鄉村振興推進會"


def test_removed_and_replaced_records_are_not_found(page):
    open_search(page, "/search/?q=冷库建设")  # 003, removed
    assert result_paths(page) == []
    open_search(page, "/search/?q=5G基站")  # 002, removed
    assert result_paths(page) == []
    open_search(page, "/search/?q=招商引资")  # 000 lost it; its old copy is in the main index
    assert result_paths(page) == ["/repo/records/004_new_2025/"]


CASES = [
    ("金玉", {}, "date"),
    ("金玉", {}, "relevance"),
    ("专题调研", {}, "relevance"),  # the delta's record has it 40 times (capped at 35)
    ("调研", {"year": "2022"}, "date"),
    ("潘功發", {}, "date"),
    ("二十届三中全会", {}, "relevance"),  # seven characters: positions in main, scan in delta
    ("会议 金玉", {}, "relevance"),
    ("5g", {}, "date"),
    ("", {"official": "jin-yu"}, "date"),
    ("", {"official": "pan-gongfa", "role": "attendee"}, "date"),
    ("", {"year": "2025"}, "date"),  # a year only the delta has
    ("", {"place": "shuanggang"}, "date"),
    ("", {"topic": "t-village"}, "relevance"),
    ("", {"role": "leader", "year": "2022", "month": "2022-01"}, "date"),
]


@pytest.mark.parametrize(("query", "filters", "sort"), CASES)
def test_browser_with_a_delta_finds_what_the_python_reference_finds(
    site, page, query, filters, sort
):
    reader = IndexReader(site[2])
    expected = reader.search(query, filters, sort)
    params = {"q": query, **filters, "sort": sort}
    open_search(page, "/search/?" + urlencode({k: v for k, v in params.items() if v}))
    assert page.get_attribute("[data-search-index]", "data-count") == str(len(expected.records))
    assert result_paths(page) == [f"/repo/{p}" for p in reader.paths(expected.records[:10])]
    if len(expected.records) > 10:
        page.click("#search-next")
        page.wait_for_function("new URLSearchParams(location.search).get('page') === '2'")
        page.wait_for_selector("[data-search-index][data-state=done]")
        second = reader.paths(expected.records[10:20])
        assert result_paths(page) == [f"/repo/{p}" for p in second]
    # counts beside the years: of the results (with the delta's)
    years = options(page, "year")
    assert [v for v, _label in years] == sorted(reader.period_totals("year"), reverse=True)
    assert {v: label for v, label in years if expected.years.get(v)} == {
        v: f"{v} ({n})" for v, n in expected.years.items()
    }


def test_filter_lists_show_the_counts_of_the_final_records(site, page):
    reader = IndexReader(site[2])
    cat = reader.catalogue()
    open_search(page, "/search/")
    assert options(page, "official") == [(r[0], f"{r[1]} ({r[3]})") for r in cat["official"]]
    assert options(page, "place") == [(r[0], f"{r[1]} ({r[3]})") for r in cat["place"]]
    assert options(page, "topic") == [(r[0], f"{r[1]} ({r[3]})") for r in cat["topic"]]
    assert [v for v, _ in options(page, "role")] == [r[0] for r in cat["role"]]
    totals = reader.period_totals("year")
    assert options(page, "year") == [
        (y, f"{y} ({totals[y]})") for y in sorted(totals, reverse=True)
    ]


def test_the_delta_is_read_once_per_page_load(site, page):
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(urlsplit(r.url).path.split("/search/idx/")[-1]))
    open_search(page, "/search/?q=" + quote("金玉 调研"))
    page.fill("#search-q", "双港镇")
    page.press("#search-q", "Enter")
    page.wait_for_function("new URLSearchParams(location.search).get('q') === '双港镇'")
    page.wait_for_selector("[data-search-index][data-state=done]")
    deltas = [f for f in fetched if f.startswith("delta-")]
    assert deltas == [IndexReader(site[2]).meta["delta"]]


def test_a_stale_meta_naming_a_deleted_delta_is_read_again(site, page):
    """A meta from the HTTP cache may name a delta that a later build deleted."""
    meta_path = site[2] / "meta.json.gz"
    stale = json.loads(gzip.decompress(meta_path.read_bytes()))
    stale["delta"] = "delta-0000000000000000.json.gz"
    served: list[str] = []

    def first_meta_stale(route):
        served.append("stale" if not served else "fresh")
        if served[-1] == "stale":
            route.fulfill(status=200, body=gzip.compress(json.dumps(stale).encode()))
        else:
            route.continue_()

    page.route("**/search/idx/meta.json.gz", first_meta_stale)
    open_search(page, "/search/?q=雙港鎮")
    assert served == ["stale", "fresh"]
    assert page.get_attribute("[data-search-index]", "data-count") == "3"
