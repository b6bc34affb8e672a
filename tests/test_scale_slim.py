"""A slimmer site (issue 12, item 3, fifth pass): what a page would only repeat is
written once. An official's page of a person seen once (most people a report names) has
no role counts and no titles table: its one timeline row gives the date, the title as
written and the roles. A person seen more often keeps both. An official's or a topic's
page links its feed only when the feed is written (a feed lists dated records: a person
seen only in undated records has none)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from public_records.synth.corpus import parse_rates, write_corpus
from sitebuild import SEED, build_site

# Enough clean synthetic reports that some people are named in several (the published
# test site's six name everyone once)
REPORTS = 40
UNDATED_REPORT = (
    "镇党委召开防汛工作部署会\n"
    "镇党委书记欧阳明德主持会议并讲话，镇长司马青云通报近期汛情。\n"
    "会议要求各村落实值班值守制度。\n"
)

COUNT = re.compile(r"<dt>出现次数</dt><dd>(\d+)</dd>")
TIMELINE_ROW = re.compile(r'<ol class="record-list">\n<li>(.*)\n')


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("slim")
    write_corpus(work / "synth", REPORTS, seed=7, rates=parse_rates(""), clean=True)
    seeds = work / "seeds"
    shutil.copytree(SEED.parent / "registry", seeds / "registry")
    shutil.copy(SEED, seeds / SEED.name)
    # A report that gives no date: the people it names are seen only undated
    (seeds / "no_date.txt").write_text(UNDATED_REPORT, encoding="utf-8")
    for path in (work / "synth").iterdir():
        if path.suffix in (".txt", ".yml"):  # the reports and their sidecars
            shutil.copy(path, seeds / path.name)
    return build_site(seeds, work)


@pytest.fixture(scope="module")
def officials_pages(output) -> dict[str, str]:
    folder = output / "officials"
    return {p.parent.name: p.read_text(encoding="utf-8") for p in folder.glob("*/index.html")}


def test_a_person_seen_once_has_the_facts_in_the_timeline_row_only(officials_pages):
    once = {pid: html for pid, html in officials_pages.items() if COUNT.search(html)[1] == "1"}
    assert once, "the test site names some people once"
    for pid, html in once.items():
        assert 'id="roles-h"' not in html and 'id="titles-h"' not in html, pid
        row = TIMELINE_ROW.search(html)[1]
        latest = re.search(r"<dt>最近职务</dt><dd>(.*?)</dd>", html)[1]
        if latest != "—":  # the title as written is in the row
            assert f" · {latest} " in row, (pid, row)


def test_a_person_seen_more_than_once_keeps_role_counts_and_titles(officials_pages):
    more = [html for html in officials_pages.values() if int(COUNT.search(html)[1]) > 1]
    assert more, "the test site names some people more than once"
    for html in more:
        assert 'id="roles-h"' in html and 'id="titles-h"' in html


OWN_FEED = re.compile(r'href="\.\./\.\./((?:officials|topics)/[^"/]+/feed\.atom\.xml)"')


def test_a_page_links_only_a_feed_that_is_written(output):
    linked = without = 0
    for prefix in ("", "zh-hant/"):
        for page in [
            *(output / prefix).glob("officials/*/index.html"),
            *(output / prefix).glob("topics/*/index.html"),
        ]:
            html = page.read_text(encoding="utf-8")
            feeds = set(OWN_FEED.findall(html))
            written = (page.parent / "feed.atom.xml").is_file()
            assert feeds == (
                {page.parent.relative_to(output / prefix).as_posix() + "/feed.atom.xml"}
                if written
                else set()
            ), page
            linked += bool(feeds)
            without += not written
    assert linked and without, "the test site has pages with a feed and pages without"


def test_an_officials_lists_are_rows_without_end_tags_or_a_class_per_row(officials_pages):
    """The timeline and the co-appearing list are on every official's page (most of the
    site's pages on real reports): one row a line, no optional </li>, no class per row."""
    for pid, html in officials_pages.items():
        main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
        lists = re.findall(
            r'<(?:ol class="record-list"|ul class="co-list")>(.*?)</[ou]l>', main, re.S
        )
        assert lists and all("</li>" not in rows for rows in lists), pid
        co = re.search(r'<ul class="co-list">(.*?)</ul>', main, re.S)
        if co:
            assert "class=" not in co[1], pid
            # the records shared with each; none when the person is seen once (all 1)
            once = COUNT.search(html)[1] == "1"
            assert co[1].count("<span>") == (0 if once else co[1].count("<li>")), pid


def test_the_officials_index_is_one_row_a_line_and_sorts_by_count(output):
    """A row for every person of the archive, in each script: no optional end tags, the
    count sorted by its own text (sort.js reads data-value, else the text)."""
    html = (output / "officials" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r"^<tr><td data-value=.*$", html, re.M)
    assert len(rows) >= len(list((output / "officials").glob("*/index.html")))
    for row in rows:
        assert "</td>" not in row and "</tr>" not in row, row
        _name, _title, count, _last = row.split("<td")[1:]  # four cells
        assert re.fullmatch(r">\d+", count), row
