"""Every Atom feed of a built site (tests/published_site.py) parses with a feed parser
(feedparser, as readers use), names itself and its own page, and gives each entry an id
made from the record's URL only and an `updated` time from the record, never from the
build."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest
from downloads import read_download
from feedgenerator import Atom1Feed, get_tag_uri
from public_records.site import publish
from published_site import PUBLISHED_URL, built_site

pytestmark = pytest.mark.build


@pytest.fixture(scope="module", params=["local", "published"])
def site(request) -> tuple[Path, str]:
    root = PUBLISHED_URL if request.param == "published" else ""
    return built_site(root), root


def feeds_of(output: Path) -> dict[str, feedparser.FeedParserDict]:
    parsed = {}
    for path in sorted(output.rglob("*.atom.xml")):
        rel = path.relative_to(output).as_posix()
        parsed[rel] = feedparser.parse(path.read_bytes())
    return parsed


def records_by_id(output: Path) -> dict[str, dict]:
    lines = read_download(output / "data", "records.jsonl").splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}


def expected_updated(record: dict) -> date:
    """The record's date, or the day its source was retrieved when that is later."""
    year, month, day = ([int(p) for p in record["date"]["resolved"].split("-")] + [1, 1])[:3]
    days = [date(year, month, day)]
    if record["source"]["retrieved"]:
        days.append(date.fromisoformat(record["source"]["retrieved"]))
    return max(days)


def test_every_feed_parses_as_atom_with_unique_ids(site):
    output, _ = site
    feeds = feeds_of(output)
    assert len(feeds) > 10
    for rel, feed in feeds.items():
        assert not feed.bozo, (rel, feed.get("bozo_exception"))
        assert feed.version == "atom10", rel
        ids = [e.id for e in feed.entries]
        assert ids and len(ids) == len(set(ids)), rel
    feed_ids = [f.feed.id for f in feeds.values()]
    assert len(feed_ids) == len(set(feed_ids)), "two feeds share an Atom id"


def test_feed_id_is_its_own_url_and_its_link_its_page(site):
    output, root = site
    for rel, feed in feeds_of(output).items():
        script_root, own = (
            ("zh-hant/", rel[len("zh-hant/") :])
            if rel.startswith("zh-hant/")
            else (
                "",
                rel,
            )
        )
        page = script_root + ("" if own.startswith("feeds/") else own.rsplit("/", 1)[0] + "/")
        alternate = next(link.href for link in feed.feed.links if link.rel == "alternate")
        if root:
            assert feed.feed.id == f"{root}/{rel}", rel
            assert alternate == f"{root}/{page}", rel
        else:
            assert feed.feed.id.startswith("urn:") and feed.feed.id.endswith(own), rel
            # Relative links resolve from the feed's own location.
            here = f"https://site.test/{rel}"
            assert urljoin(here, alternate) == f"https://site.test/{page}", (rel, alternate)
        assert (output / page / "index.html").is_file(), (rel, page)


def test_entry_ids_are_record_urls_and_updated_comes_from_the_record(site):
    output, root = site
    records = records_by_id(output)
    for rel, feed in feeds_of(output).items():
        script_root = "zh-hant/" if rel.startswith("zh-hant/") else ""
        newest = None
        for entry in feed.entries:
            link = urljoin(f"https://site.test/{rel}", entry.link)
            path = (
                link.removeprefix(root + "/") if root else link.removeprefix("https://site.test/")
            )
            record_id = path.removeprefix(script_root).removeprefix("records/").strip("/")
            assert record_id in records, (rel, entry.link)
            if root:
                assert entry.id == f"{root}/{script_root}records/{record_id}/", rel
            else:
                assert entry.id.endswith(f":records/{record_id}/"), rel
            updated = date.fromisoformat(entry.updated[:10])  # as written: the archive's day
            assert updated == expected_updated(records[record_id]), (rel, record_id)
            newest = max(newest or updated, updated)
        assert date.fromisoformat(feed.feed.updated[:10]) == newest, rel


@pytest.mark.parametrize("relative", [True, False])
def test_a_corrected_date_keeps_the_entry_id(relative):
    """Pelican makes entry ids from the link and the date; here only the link counts."""

    def entry_id(day: datetime) -> str:
        siteurl = "" if relative else "https://h.io/r"
        link = "records/a/" if relative else f"{siteurl}/records/a/"
        feed = Atom1Feed(
            title="t",
            link=f"{siteurl}/",
            description="",
            feed_url=f"{siteurl}/officials/p/feed.atom.xml".lstrip("/"),
        )
        feed.add_item(title="a", link=link, description="", unique_id=get_tag_uri(link, day))
        context = {"SITENAME": "地方政务记录档案", "LANG": "zh-Hans", "SITEURL": siteurl}
        context["RELATIVE_URLS"] = relative
        publish.tune_feed(context, feed)
        return feed.items[0]["unique_id"]

    assert entry_id(datetime(2024, 8, 2)) == entry_id(datetime(2023, 8, 2))


def test_feed_page_is_the_folder_of_a_feed_or_the_site_root():
    assert publish.feed_page("officials/p1/feed.atom.xml") == "officials/p1/"
    assert publish.feed_page("topics/t/feed.atom.xml") == "topics/t/"
    assert publish.feed_page("feeds/all.atom.xml") == ""


def test_only_the_site_feed_carries_whole_texts(site):
    """A record's text is not copied into the feed of every official and topic it names
    (issue 12, item 3): their entries give the summary and the link."""
    output, _ = site
    for rel, feed in feeds_of(output).items():
        whole = [e for e in feed.entries if e.get("content")]
        if rel.endswith("feeds/all.atom.xml"):
            assert whole, rel
        else:
            assert not whole and all(e.get("summary") for e in feed.entries), rel


def test_an_officials_or_topics_feed_entry_is_bounded(site):
    """Each entry of an official's or topic's feed carries the record's opening, at most
    publish.FEED_SUMMARY_CHARS characters of text (and "…"), not its 140-character
    summary as HTML (issue 12, item 4); the site feed is not bounded so."""
    output, _ = site
    records = records_by_id(output)
    checked = 0
    for rel, feed in feeds_of(output).items():
        if rel.endswith("feeds/all.atom.xml"):
            continue
        for entry in feed.entries:
            summary = entry["summary"]
            assert "<" not in summary and len(summary) <= publish.FEED_SUMMARY_CHARS + 1, rel
            record = records[entry["link"].rstrip("/").rsplit("/", 1)[-1]]
            text = record["text_hant" if "zh-hant/" in rel else "text_hans"]
            assert " ".join(text.split()).startswith(summary.rstrip("…")), (rel, summary)
            checked += 1
    assert checked > 10
