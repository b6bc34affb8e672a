"""Issue 12 item 3, a slimmer site: the bulk data downloads are published gzip-compressed
(data/NAME.gz), each inflating to the bytes the plain download held; the data page
links the .gz files in both scripts, no page links a plain one, and the S3 upload
stores them as application/gzip (no Content-Encoding: a browser saves them as they
are)."""

from __future__ import annotations

import fnmatch
import gzip
import json
import re
import sys

import feedparser
from downloads import download_record
from public_records.site.datasets import COMPRESSED, write_datasets
from published_site import built_site
from sitebuild import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from s3_upload import read_content_types


def test_bulk_downloads_are_published_only_compressed(tmp_path):
    records = [download_record(f"r{i}", f"p{i}") for i in range(2)]
    plain = tmp_path / "plain"
    data = write_datasets(records, tmp_path / "data", plain_dir=plain)
    published = {p.relative_to(tmp_path / "data").as_posix() for p in data.paths()}
    for name in COMPRESSED:
        assert f"{name}.gz" in published and name not in published, name
        assert not (tmp_path / "data" / name).exists(), name
        inflated = gzip.decompress((tmp_path / "data" / f"{name}.gz").read_bytes())
        assert inflated == (plain / name).read_bytes(), name
    lines = gzip.decompress((tmp_path / "data" / "records.jsonl.gz").read_bytes()).splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["r0", "r1"]
    # An official's own files stay plain: linked from the official's page, opened as they are.
    assert {"officials/p0.json", "officials/p0.csv"} <= published


def test_compressed_downloads_are_the_same_bytes_every_build(tmp_path):
    records = [download_record("r0", "p0")]
    write_datasets(records, tmp_path / "a")
    write_datasets(records, tmp_path / "b")
    for name in COMPRESSED:
        a = (tmp_path / "a" / f"{name}.gz").read_bytes()
        assert a == (tmp_path / "b" / f"{name}.gz").read_bytes(), name  # no name, no mtime


def test_the_site_links_the_compressed_downloads_in_both_scripts():
    site = built_site("")
    assert {p.name for p in (site / "data").iterdir() if p.is_file()} == {
        "index.html",
        "archive.db",  # opened in place by sqlite3 and Datasette: not compressed
        *(f"{name}.gz" for name in COMPRESSED),
    }
    for prefix in ("", "zh-hant/"):
        page = (site / prefix / "data" / "index.html").read_text(encoding="utf-8")
        for name in COMPRESSED:
            assert f'data/{name}.gz" type="application/gzip" download>' in page, (prefix, name)
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for name in COMPRESSED:
            assert f'data/{name}"' not in html, (path, name)


def test_s3_stores_every_compressed_download_as_gzip():
    types = read_content_types()
    for name in COMPRESSED:
        matched = [t for glob, t in types if fnmatch.fnmatch(f"data/{name}.gz", glob)]
        assert matched == ["application/gzip"], name


def test_the_sitemap_lists_pages_and_the_pages_give_their_alternates():
    """The hreflang alternates are said once, in each page's head (with x-default), not
    again as three links for every URL of the sitemap."""
    site = built_site("")
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>about/</loc>" in sitemap and "<loc>zh-hant/about/</loc>" in sitemap
    assert "xhtml:link" not in sitemap and "hreflang" not in sitemap
    for page in ("about/index.html", "zh-hant/about/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        for lang in ("zh-Hans", "zh-Hant", "x-default"):
            assert f'<link rel="alternate" hreflang="{lang}" href=' in html, (page, lang)


def test_a_feed_entry_gives_published_only_when_it_is_not_updated():
    site = built_site("")
    entries = 0
    for feed in site.rglob("*.atom.xml"):
        for entry in re.findall(r"<entry>.*?</entry>", feed.read_text(encoding="utf-8"), re.S):
            entries += 1
            updated = re.findall(r"<updated>([^<]+)</updated>", entry)
            published = re.findall(r"<published>([^<]+)</published>", entry)
            assert len(updated) == 1 and len(published) <= 1, (feed, entry)
            assert updated != published, (feed, entry)
        parsed = feedparser.parse(feed.read_bytes())
        assert not parsed.bozo and all(e.get("updated") for e in parsed.entries), feed
    assert entries > 10


def test_a_record_page_has_no_hidden_copy_button_but_its_labels():
    """record.js makes the copy button where the clipboard works (the browser tests
    click it); the page holds only its labels, in its script."""
    site = built_site("")
    for prefix, labels in (("", ("复制引用", "已复制")), ("zh-hant/", ("複製引用", "已複製"))):
        for page in (site / prefix / "records").glob("*/index.html"):
            html = page.read_text(encoding="utf-8")
            assert "<button" not in html.split('<section class="cite"', 1)[1], page
            assert f'data-copy="{labels[0]}" data-copied="{labels[1]}"' in html, page


def test_the_site_header_has_no_optional_end_tags_or_default_attributes():
    html = (built_site("") / "about" / "index.html").read_text(encoding="utf-8")
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)
    assert "</li>" not in header and 'method="get"' not in header
    assert 'type="submit"' not in header and header.count("<li>") == 7


def test_a_list_of_records_is_compact_rows_without_a_class_per_row():
    html = (built_site("") / "index.html").read_text(encoding="utf-8")
    rows = re.search(r'<ol class="record-list">(.*?)</ol>', html, re.S).group(1)
    rows = rows.replace('<span class="badge badge-inferred">', "<span>")  # a mark, not a row
    assert rows.count("<li><a href=") >= 7 and "class=" not in rows
    assert "<time datetime=" in rows


def test_an_officials_json_download_is_one_row_a_line_without_indentation(tmp_path):
    records = [download_record(f"r{i}", "p0") for i in range(3)]
    write_datasets(records, tmp_path / "data")
    text = (tmp_path / "data" / "officials" / "p0.json").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) == 2 + 3 and not any(line.startswith(" ") for line in lines)
    data = json.loads(text)
    assert data["person_id"] == "p0" and data["schema_version"] == 1
    assert [row["record_id"] for row in data["appearances"]] == ["r0", "r1", "r2"]


def test_a_new_record_compresses_again_only_the_piece_it_is_in(tmp_path, monkeypatch):
    """records.jsonl.gz is gzip members of pieces of the file (datasets.write_gzip): a
    rebuild after one new record compresses its piece, takes the others' members from
    the .gz in place, and writes the bytes a build from nothing writes."""
    from public_records.site import datasets

    def record(i: int) -> dict:
        row = download_record(f"r{i:04d}", f"p{i % 7}")
        row["text_hans"] = f"第{i}次会议。" + "镇长主持会议并讲话。" * 60  # a line of ~2 KB
        return row

    records = [record(i) for i in range(600)]
    plain = tmp_path / "plain"
    first = write_datasets(records, tmp_path / "data", plain_dir=plain)
    index = plain / "gz" / "records.jsonl.index"  # each member's piece, by its digest

    def members() -> set[str]:
        return {m[2] for m in json.loads(index.read_bytes())["members"]}

    before = members()
    assert len(before) > 3
    compressed: list[int] = []
    real = datasets.gzip.compress
    monkeypatch.setattr(
        datasets.gzip,
        "compress",
        lambda data, **kw: compressed.append(len(data)) or real(data, **kw),
    )
    records.append(record(600))
    write_datasets(records, tmp_path / "data", known=first.files, plain_dir=plain)
    after = members()
    assert len(after - before) == 1 and len(before - after) <= 1
    assert 0 < sum(compressed) < (plain / "records.jsonl").stat().st_size / 2
    big = gzip.decompress((tmp_path / "data" / "records.jsonl.gz").read_bytes())
    assert big == (plain / "records.jsonl").read_bytes() and big.count(b"\n") == 601
    monkeypatch.undo()
    write_datasets(records, tmp_path / "clean")
    for name in COMPRESSED:
        made = (tmp_path / "data" / f"{name}.gz").read_bytes()
        assert made == (tmp_path / "clean" / f"{name}.gz").read_bytes(), name
