"""The search page in headless Chromium (Debian's chromium, driven by Playwright): both
scripts, a two-character name, filter-only browsing, no result, URL state, the script
switch keeping the query, paging — all from a sub-path (/repo/) with relative URLs.

Expected results come from tests/search_site.sample_docs() (see test_search_index.py)
plus 12 records from many_docs(), all with 金玉 and 调研, dated 2022-01-01 to 2022-01-12.
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

import pytest
from browser import skip_without_chromium
from public_records.search.query import IndexReader

from tests.search_site import (
    build_site,
    checked_page,
    many_docs,
    sample_docs,
    serve,
    served_in_chromium,
)

pytestmark = pytest.mark.browser

skip_without_chromium()

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    build_site(root / "repo", sample_docs() + many_docs(12))
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


def results(page) -> list[tuple[str, str]]:
    """(title text, link path) of each result on the page."""
    pairs = page.eval_on_selector_all(
        "#search-results li h2 a",
        "els => els.map(a => [a.textContent, new URL(a.href).pathname])",
    )
    return [tuple(p) for p in pairs]


def submit(page, query: str) -> None:
    page.fill("#search-q", query)
    page.press("#search-q", "Enter")
    page.wait_for_function(
        "q => new URLSearchParams(location.search).get('q') === q "
        "&& document.querySelector('[data-search-index]').dataset.state === 'done'",
        arg=query,
    )


def test_traditional_query_on_simplified_page_links_simplified_records(page):
    open_search(page, "/search/?q=潘功發")
    assert results(page) == [
        ("大观区召开区委常委会扩大会议", "/repo/records/000_db5eed02fe66ddea/"),
        ("5G基站建设推进会", "/repo/records/002_5g/"),
    ]
    assert "2" in page.inner_text("#search-status")
    marks = page.eval_on_selector_all("#search-results mark", "els => els.map(e => e.textContent)")
    assert marks and set(marks) == {"潘功发"}  # highlighted in the reader's script


def test_simplified_query_on_traditional_page_links_traditional_records(page):
    open_search(page, "/zh-hant/search/?q=区委书记")
    assert results(page) == [
        ("大觀區召開區委常委會擴大會議", "/repo/zh-hant/records/000_db5eed02fe66ddea/")
    ]
    excerpt = page.inner_text("#search-results .search-excerpt")
    assert "區委書記潘功發" in excerpt
    marks = page.eval_on_selector_all("#search-results mark", "els => els.map(e => e.textContent)")
    assert marks == ["區委書記"]


def test_two_character_name_and_typing_a_query(page):
    open_search(page, "/search/")
    assert results(page) == []
    submit(page, "金玉")
    # 000 and 001 plus the twelve survey records: 14, ten on the first page
    assert page.get_attribute("[data-search-index]", "data-count") == "14"
    titles = [t for t, _ in results(page)]
    assert titles[:2] == ["大观区召开区委常委会扩大会议", "全区招商工作会议"]
    assert len(titles) == 10
    page.click("#search-next")
    page.wait_for_function("new URLSearchParams(location.search).get('page') === '2'")
    page.wait_for_selector("[data-search-index][data-state=done]")
    assert [t for t, _ in results(page)] == [
        "第4次专题调研",
        "第3次专题调研",
        "第2次专题调研",
        "第1次专题调研",
    ]


def test_no_false_hit_for_words_that_are_only_apart(page):
    open_search(page, "/search/?q=招商引资")
    assert [p for _, p in results(page)] == ["/repo/records/000_db5eed02fe66ddea/"]


def test_query_without_results_says_so(page):
    open_search(page, "/search/?q=冷链物流")
    assert results(page) == []
    assert page.inner_text("#search-status") == "没有找到符合条件的记录。"
    assert page.get_attribute("#search-status", "aria-live") == "polite"


def test_filter_only_browse_reads_only_facets(page):
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(urlsplit(r.url).path))
    open_search(page, "/search/?official=pan-gongfa&role=chair&year=2024")
    assert [p for _, p in results(page)] == ["/repo/records/000_db5eed02fe66ddea/"]
    index_files = [p.split("/search/idx/")[1] for p in fetched if "/search/idx/" in p]
    assert not [f for f in index_files if f.startswith(("g/", "q/"))], index_files
    assert page.input_value("#search-official") == "pan-gongfa"
    assert page.input_value("#search-role") == "chair"


def test_choosing_a_filter_updates_the_url(page):
    open_search(page, "/search/?q=金玉")
    page.select_option("#search-official", "jin-yu")
    page.wait_for_function("new URLSearchParams(location.search).get('official') === 'jin-yu'")
    page.select_option("#search-role", "chair")
    page.wait_for_function("new URLSearchParams(location.search).get('role') === 'chair'")
    page.wait_for_selector("[data-search-index][data-state=done]")
    assert [p for _, p in results(page)] == ["/repo/records/001_invest_apart/"]
    params = parse_qs(urlsplit(page.url).query)
    assert params == {"q": ["金玉"], "official": ["jin-yu"], "role": ["chair"]}


def test_script_switch_keeps_the_query(page):
    open_search(page, "/search/?q=海口")
    switch = page.locator("[data-script-switch]")
    assert parse_qs(urlsplit(switch.get_attribute("href")).query) == {"q": ["海口"]}
    switch.click()
    page.wait_for_selector("[data-search-index][data-state=done]")
    assert urlsplit(page.url).path == "/repo/zh-hant/search/"
    assert page.input_value("#search-q") == "海口"
    assert [p for _, p in results(page)] == [
        "/repo/zh-hant/records/000_db5eed02fe66ddea/",
        "/repo/zh-hant/records/003_undated/",
    ]


def test_back_button_restores_the_previous_search(page):
    open_search(page, "/search/?q=冷")
    submit(page, "aws")
    assert [p for _, p in results(page)] == ["/repo/records/002_5g/"]
    page.go_back()
    page.wait_for_function("new URLSearchParams(location.search).get('q') === '冷'")
    page.wait_for_selector("[data-search-index][data-state=done]")
    assert [p for _, p in results(page)] == ["/repo/records/003_undated/"]


@pytest.mark.parametrize(
    ("query", "sort"),
    [
        ("会议", "date"),  # two characters: g/
        ("大观区", "relevance"),  # three: the union of the rows 大观区召 and 大观区 + token end
        ("专题调研", "date"),  # four: one q/ row
        ("开展专题调", "date"),  # five: r/
        ("专题调研，第", "relevance"),  # six: two p/ windows chained by position
        ("金玉到企业开展专题调研", "date"),  # eleven: three windows
        ("海口镇", "relevance"),
        ("金玉 调研", "relevance"),  # two terms, counts added
    ],
)
def test_browser_finds_what_the_python_reference_finds(site, page, query, sort):
    # search.js and search_query.py must read the format the same way; the reference is
    # itself checked against a plain substring scan in test_search_index.py
    reader = IndexReader(site[2])
    expected = reader.search(query, {}, sort)
    open_search(page, f"/search/?q={quote(query)}&sort={sort}")
    assert page.get_attribute("[data-search-index]", "data-count") == str(len(expected.records))
    first_page = reader.paths(expected.records[:10])
    assert [p for _, p in results(page)] == [f"/repo/{p}" for p in first_page]


def phrase_docs():
    """Records whose Traditional pages show s2tw forms that t2s does not undo one
    character at a time (瞭解, 著力, 麻痺, 冒著), and one found only by its topic."""
    from tests.search_site import doc
    from tests.test_search_index import PHRASE_DOCS

    docs = [
        doc(i, title, text, date=f"2024-05-{k + 1:02d}")
        for k, (i, title, text) in enumerate(PHRASE_DOCS)
    ]
    topic = ("t-industry", "产业发展", "產業發展")
    docs.append(
        doc(
            "301_topic", "区委召开专题会议", "会议研究部署重点工作。", "2024-06-01", topics=(topic,)
        )
    )
    return docs


@pytest.fixture(scope="module", params=["full", "delta"])
def phrase_site(request, site, tmp_path_factory):
    root = tmp_path_factory.mktemp("phrases")
    docs = phrase_docs()
    # delta: the main index lacks the records, so they are found by the delta's scan
    main = sample_docs() if request.param == "delta" else None
    build_site(root / "repo", docs + sample_docs(), main_docs=main)
    with serve(root) as base:  # the module's browser (one Playwright at a time)
        yield base + "/repo", site[1]


def marks(page) -> list[str]:
    return page.eval_on_selector_all("#search-results mark", "els => els.map(e => e.textContent)")


@pytest.mark.parametrize(
    ("queries", "shown", "record"),
    [
        (("瞭解", "了解"), "瞭解", "201_understand"),
        (("著力", "着力"), "著力", "202_focus"),
        (("麻痺", "麻痹"), "麻痺", "203_numb"),
        (("冒著", "冒着"), "冒著", "202_focus"),
    ],
)
def test_traditional_page_finds_and_marks_every_form_it_shows(phrase_site, queries, shown, record):
    base, browser = phrase_site
    for script, prefix, form in (("hant", "/zh-hant", shown), ("hans", "", queries[1])):
        for query in queries:
            with checked_page(browser, base) as page:
                open_search(page, f"{prefix}/search/?q={quote(query)}")
                assert [p for _, p in results(page)] == [f"/repo{prefix}/records/{record}/"], (
                    script,
                    query,
                )
                found = marks(page)
                assert found and set(found) == {form}, (script, query, found)


def test_a_result_found_by_its_topic_says_why(phrase_site):
    base, browser = phrase_site
    for prefix, query, label in (
        ("", "发展", "主题：产业发展"),
        ("/zh-hant", "發展", "主題：產業發展"),
    ):
        with checked_page(browser, base) as page:
            open_search(page, f"{prefix}/search/?q={quote(query)}")
            assert [p for _, p in results(page)] == [f"/repo{prefix}/records/301_topic/"]
            why = page.locator("#search-results .search-why")
            assert why.inner_text() == label
            assert why.locator("mark").all_inner_texts() == [label[-2:]]
