"""WARC files become records: every 200 HTML (or text) response is a report with its
URL and capture date; everything else is skipped and counted; damaged files are named
with the offset, and the rest of the archive builds.

The WARC files are built here with warcio from the pages of test_ingest_html.py.
"""

from __future__ import annotations

import gzip
import io
import subprocess
import sys
from pathlib import Path

from public_records.ingest import warc
from public_records.ingest.sources import read_capture, survey, survey_warc
from test_ingest_html import (
    CHROME_WORDS,
    SIMPLIFIED,
    TRADITIONAL,
    _without_provenance,
    article_text,
    content_of,
    import_folder,
    page_bytes,
)
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

URL_0802 = "https://www.daguan.gov.cn/xwzx/zwyw/202408/t20240802_1001.html"
URL_0715 = "https://www.daguan.gov.cn/xwzx/zwyw/202407/t20240715_998.html"


def response(writer, uri, body, *, status="200 OK", ctype="text/html", date="2024-08-05T08:00:00Z"):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)


def crawl(gz: bool = True, extra=()) -> bytes:
    """A crawl of the county site: the two article pages (one GBK, declared in the HTTP
    header only by the page's <meta>; one UTF-8), robots.txt, a redirect, a 404, an
    image, a script, a style sheet, a request record, and `extra` responses."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    response(writer, "https://www.daguan.gov.cn/robots.txt", b"User-agent: *\n", ctype="text/plain")
    response(writer, "https://www.daguan.gov.cn/", b"", status="302 Found")
    response(writer, "https://www.daguan.gov.cn/old.html", b"not found", status="404 Not Found")
    gbk = page_bytes(SIMPLIFIED, "gb18030", declared="gb2312")
    response(writer, URL_0802, gbk, ctype="text/html; charset=GBK")
    response(writer, URL_0715, page_bytes(TRADITIONAL, "utf-8"), date="2024-08-05T08:01:00Z")
    response(writer, "https://www.daguan.gov.cn/images/logo.png", b"\x89PNG\r\n", ctype="image/png")
    response(
        writer, "https://www.daguan.gov.cn/js/jquery.min.js", b"x", ctype="application/javascript"
    )
    response(writer, "https://www.daguan.gov.cn/css/main.css", b"a{}", ctype="text/css")
    request = writer.create_warc_record(
        URL_0802, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
    )
    writer.write_record(request)
    for uri, body, date in extra:
        response(writer, uri, body, date=date)
    return buf.getvalue()


def test_a_warc_gives_the_records_its_pages_text_files_give(tmp_path):
    """Done means: a WARC of the pages gives the records their extracted text files
    give, apart from provenance; no menu, footer or script text reaches a record."""
    from_warc, warc_content = import_folder(tmp_path, {"crawl.warc.gz": crawl()}, "warc")
    ids = {warc.capture_id(URL_0802): SIMPLIFIED, warc.capture_id(URL_0715): TRADITIONAL}
    texts = {f"{rid}.txt": article_text(fields).encode() for rid, fields in ids.items()}
    from_texts, texts_content = import_folder(tmp_path, texts, "texts")
    assert (
        sorted(r.id for r in from_warc.records)
        == sorted(ids)
        == sorted(r.id for r in from_texts.records)
    )
    assert not from_warc.quarantined
    for rid in ids:
        for script in ("hans", "hant"):
            got = content_of(warc_content, rid, script)
            assert _without_provenance(got) == _without_provenance(
                content_of(texts_content, rid, script)
            )
            assert not [w for w in CHROME_WORDS if w in got["body"] + got["title"]]
        edits = content_of(warc_content, rid)["edits"]
        assert edits[0]["rule"] == "extracted from HTML" and "navigation" in edits[0]["note"]


def test_provenance_comes_from_the_capture(tmp_path):
    data = crawl()
    _report, content = import_folder(tmp_path, {"crawl.warc.gz": data}, "warc")
    rid = warc.capture_id(URL_0802)
    source = content_of(content, rid)["source"]
    assert source["url"] == URL_0802 and source["retrieved"] == "2024-08-05"
    assert source["file"] == "crawl.warc.gz"
    capture = source["capture"]
    assert capture["warc"] == "crawl.warc.gz" and capture["captured"] == "2024-08-05T08:00:00Z"
    # The offset is where the record starts: read there, it is this capture.
    payload = warc.read_capture(tmp_path / "warc" / "crawl.warc.gz", capture["offset"], 10**7)
    assert payload.uri == URL_0802
    # The raw download is the capture's own payload, not the WARC.
    raw = (content / "raw" / f"{rid}.txt").read_bytes()
    assert raw == payload.data == page_bytes(SIMPLIFIED, "gb18030", declared="gb2312")
    assert source["encoding"] == "gb18030"  # from the HTTP header (GBK)


def test_skipped_records_are_counted_on_the_build_report(tmp_path):
    report, _ = import_folder(tmp_path, {"crawl.warc.gz": crawl()}, "warc")
    (problem,) = [e for e in report.errors if e.path.endswith("crawl.warc.gz")]
    assert problem.severity == "info"  # information, not a problem: every crawl has them
    for counted in (
        "1 robots.txt",
        "1 redirects",
        "1 not found",
        "1 images",
        "2 scripts and style sheets",
    ):
        assert counted in problem.reason
    (entry,) = report.summary()["errors"]
    assert entry["file"] == "warc/crawl.warc.gz"  # named from the seeds folder's parent
    assert entry["severity"] == "info"


def test_skip_counts_are_listed_on_the_build_report_apart_from_problems():
    from public_records.site.report_pages import write_report_pages

    class Pages:
        def page(self, path, template, **context):
            self.written = getattr(self, "written", {}) | {template: context}

    class Archive:
        def __init__(self):
            self.people = {}

        def learned_rows(self):
            return []

    summary = {
        "records": 1,
        "errors": [
            {"file": "seeds/crawl.warc", "reason": "skipped 1 robots.txt", "severity": "info"},
            {"file": "seeds/x.yaml", "reason": "ignored", "severity": "warning"},
        ],
        "quarantined": [],
        "findings": [],
    }
    pages = Pages()
    write_report_pages(pages, Archive(), summary, [])
    report = pages.written["report"]["report"]
    # grouped by reason, each group's first rows (report_pages.grouped)
    assert [e["file"] for g in report["errors"] for e in g["rows"]] == ["seeds/x.yaml"]
    assert [e["file"] for e in report["info"]] == ["seeds/crawl.warc"]


def _strict_import(seeds: Path, content: Path) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "public_records", "import", str(seeds), str(content)]
    env = {"PYTHONPATH": str(Path(__file__).parents[1] / "plugins")}
    return subprocess.run([*cmd, "--no-cache", "--strict"], capture_output=True, text=True, env=env)


def _one_page_crawl() -> bytes:
    """A real crawl's shape: one article page, with robots.txt and an image."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    response(writer, "https://www.daguan.gov.cn/robots.txt", b"User-agent: *\n", ctype="text/plain")
    response(writer, URL_0802, page_bytes(SIMPLIFIED))
    response(writer, "https://www.daguan.gov.cn/images/logo.png", b"\x89PNG\r\n", ctype="image/png")
    return buf.getvalue()


def test_strict_import_passes_a_crawl_with_robots_and_images_and_fails_a_truncated_one(tmp_path):
    good, cut = tmp_path / "good", tmp_path / "cut"
    good.mkdir(), cut.mkdir()
    (good / "crawl.warc.gz").write_bytes(_one_page_crawl())
    whole = crawl(gz=False)
    (cut / "cut.warc").write_bytes(whole[: whole.index(b"t20240715") + 2000])
    passed = _strict_import(good, tmp_path / "c-good")
    assert passed.returncode == 0, passed.stderr
    assert "1 records" in passed.stdout and "0 unreadable" in passed.stdout
    assert "info:" in passed.stderr and "1 robots.txt" in passed.stderr  # still said
    failed = _strict_import(cut, tmp_path / "c-cut")
    assert failed.returncode == 1 and "cut.warc" in failed.stderr and "truncated" in failed.stderr


def test_duplicate_captures_keep_the_newest_and_list_the_others(tmp_path):
    newer = SIMPLIFIED | {"paras": [*SIMPLIFIED["paras"], "会议还研究了其他事项。"]}
    extra = [(URL_0802.replace("https", "http"), page_bytes(newer), "2024-09-01T00:00:00Z")]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl(extra=extra))
    captures, problems = survey_warc(path)
    by_id = {c.record_id: c for c in captures}
    kept = by_id[warc.capture_id(URL_0802)]
    assert kept.date == "2024-09-01T00:00:00Z" and len(kept.older) == 1
    assert "1 older captures of a URL" in problems[0].reason
    _raw, record = read_capture(path, kept)
    assert "会议还研究了其他事项" in record.meta["body"]
    (older,) = [f for f in record.findings if f.code == "older_captures"]
    assert "2024-08-05T08:00:00Z" in older.message and f"{kept.older[0][1]:,}" in older.message


def test_truncated_warc_is_named_with_its_offset_and_the_rest_builds(tmp_path):
    whole = crawl(gz=False)
    cut = whole[: whole.index(b"t20240715") + 2000]  # inside the second article's record
    report, _content = import_folder(
        tmp_path, {"cut.warc": cut, "other.txt": article_text(SIMPLIFIED).encode()}, "cut"
    )
    errors = [e for e in report.errors if e.severity == "error"]
    assert len(errors) == 1 and errors[0].path.endswith("cut.warc")
    assert "at offset" in errors[0].reason and "truncated" in errors[0].reason
    # The first article, before the cut, and the text report are imported.
    assert sorted(r.id for r in report.records) == sorted(["other", warc.capture_id(URL_0802)])


def test_truncated_gzip_warc_is_named(tmp_path):
    whole = crawl()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    _captures, problems = survey_warc(path)
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1 and "offset" in errors[0].reason


def test_corrupt_and_empty_warcs_are_named(tmp_path):
    (tmp_path / "junk.warc").write_bytes(b"this is not a web archive\r\n\r\nat all")
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    response(writer, "https://www.daguan.gov.cn/logo.png", b"\x89PNG", ctype="image/png")
    (tmp_path / "images.warc.gz").write_bytes(buf.getvalue())
    (tmp_path / "whole.warc.gz").write_bytes(gzip.compress(crawl(gz=False)))
    reasons = {}
    for name in ("junk.warc", "images.warc.gz", "whole.warc.gz"):
        captures, problems = survey_warc(tmp_path / name)
        assert not captures and [p.severity for p in problems] == ["error"]
        reasons[name] = problems[0].reason
    assert reasons["junk.warc"].startswith("at offset 0: is not a WARC file")
    assert (
        "no HTML or text response" in reasons["images.warc.gz"]
        and "1 images" in reasons["images.warc.gz"]
    )
    assert "warcio recompress" in reasons["whole.warc.gz"]


def test_strict_import_fails_on_a_bad_warc(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ok.txt").write_text(article_text(SIMPLIFIED), encoding="utf-8")
    (seeds / "junk.warc").write_bytes(b"garbage\r\n\r\n")
    cmd = [sys.executable, "-m", "public_records", "import", str(seeds), str(tmp_path / "c")]
    env = {"PYTHONPATH": str(Path(__file__).parents[1] / "plugins")}
    lax = subprocess.run([*cmd, "--no-cache"], capture_output=True, text=True, env=env)
    strict = subprocess.run(
        [*cmd, "--no-cache", "--strict"], capture_output=True, text=True, env=env
    )
    assert lax.returncode == 0 and strict.returncode == 1
    assert "junk.warc" in strict.stderr
    assert (tmp_path / "c" / "records" / "zh-hans" / "ok.md").exists()


def test_capture_ids_are_stable_readable_and_distinct():
    urls = [f"https://www.daguan.gov.cn/xwzx/zwyw/202408/t20240802_{i}.html" for i in range(500)]
    urls += [u.replace(".html", ".htm") for u in urls] + [u + "?page=2" for u in urls]
    ids = [warc.capture_id(u) for u in urls]
    assert len(set(ids)) == len(urls)
    assert all(warc.capture_id(u) == i for u, i in zip(urls, ids, strict=True))
    assert all(len(i) <= 80 and i[0].isalnum() for i in ids)
    assert ids[0].startswith("daguan-gov-cn-xwzx-zwyw-202408-t20240802-0-")
    long = warc.capture_id("https://x.cn/" + "长路径/" * 100 + "?q=" + "a" * 300)
    assert len(long) <= 80 and long.startswith("x-cn-")


def test_survey_takes_warc_files(tmp_path):
    for name in ("a.warc", "b.warc.gz", "c.WARC.GZ", "a.yml"):
        (tmp_path / name).write_bytes(b"x")
    reports, problems = survey(tmp_path)
    assert [p.name for p in reports] == ["a.warc", "b.warc.gz"]
    reasons = {Path(p.path).name: p.reason for p in problems}
    assert "rename it to c.warc.gz" in reasons["c.WARC.GZ"]
    assert "sidecar without its report" in reasons["a.yml"]  # a WARC has no sidecar


def test_record_page_shows_the_capture_and_never_renders_the_page(tmp_path):
    from sitebuild import build_site

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "crawl.warc.gz").write_bytes(crawl())
    (seeds / "saved.html").write_bytes(page_bytes(SIMPLIFIED | {"title": "大观区召开防汛会议"}))
    output = build_site(seeds, tmp_path / "site")
    rid = warc.capture_id(URL_0802)
    for prefix in ("", "zh-hant/"):
        text = (output / f"{prefix}records/{rid}/index.html").read_text(encoding="utf-8")
        provenance = text[text.index('class="provenance"') : text.index('class="cite"')]
        assert f'<a href="{URL_0802}" rel="nofollow noopener">{URL_0802}</a>' in provenance
        assert f'href="https://web.archive.org/web/*/{URL_0802}"' in provenance
        assert 'datetime="2024-08-05T08:00:00Z"' in provenance and "crawl.warc.gz" in provenance
        offset = content_of(tmp_path / "site" / "content", rid)["source"]["capture"]["offset"]
        assert f"<code>{offset}</code>" in provenance and f'download="{rid}.html"' in provenance
        cite = text[text.index('id="cite-text"') :]
        assert "[2024-08-05]" in cite[:2000]  # the citation's date is the capture's
        # The page's source is shown as text on the canonical (Simplified) page, the one
        # that holds the raw text; its scripts never reach either record page.
        assert ("TRACKERSCRIPT" in text) == (prefix == "") and "<script>var _hmt" not in text
    assert (output / "raw" / f"{rid}.txt").read_bytes() == page_bytes(
        SIMPLIFIED, "gb18030", declared="gb2312"
    )
    saved = (output / "records" / "saved" / "index.html").read_text(encoding="utf-8")
    assert 'download="saved.html"' in saved and "web.archive.org" not in saved


def test_warm_import_with_cache_and_manifest_keeps_the_captures(tmp_path):
    """A WARC beside a text report, imported twice with the cache and manifest: the
    captures come from the content cache, nothing is rewritten or removed."""
    from public_records.ingest.importer import run_import

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "crawl.warc.gz").write_bytes(crawl())
    (seeds / "other.txt").write_text(article_text(SIMPLIFIED), encoding="utf-8")
    cache = tmp_path / "cache"
    first = run_import(seeds, tmp_path / "content", cache_dir=cache, jobs=1)
    second = run_import(seeds, tmp_path / "content", cache_dir=cache, jobs=1)
    ids = sorted(["other", warc.capture_id(URL_0802), warc.capture_id(URL_0715)])
    assert sorted(r.id for r in first.records) == ids == sorted(r.id for r in second.records)
    assert second.from_cache == 3 and second.written == 0 and second.removed == 0


def test_a_captured_list_page_is_quarantined_with_its_offset(tmp_path):
    from test_ingest_html import column_page

    column = "https://www.daguan.gov.cn/xwzx/zwdt/index.html"
    data = crawl(extra=[(column, column_page(), "2024-08-05T08:02:00Z")])
    captures, _ = survey_warc(_written(tmp_path, data))
    (offset,) = [c.offset for c in captures if c.uri == column]
    report, _ = import_folder(tmp_path, {"crawl.warc.gz": data}, "warc")
    assert len(report.records) == 2
    (quarantined,) = report.summary()["quarantined"]
    assert quarantined["file"] == "crawl.warc.gz"
    (reason,) = quarantined["reasons"]
    assert f"record at offset {offset:,}" in reason and "list page, not a report" in reason


def _written(folder: Path, data: bytes) -> Path:
    path = folder / "survey.warc.gz"
    path.write_bytes(data)
    return path
