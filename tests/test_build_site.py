"""A whole build into a temporary folder: the seed's pages in both scripts, the switch
between them, lang attributes, escaping of hostile reports, and bad files reported."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sitebuild import SEED, SEED_OFFICIALS, build_site

pytestmark = pytest.mark.build
SEED_ID = SEED.stem
XSS = (
    "2024年8月2日下午，大观区召开区委常委会会议，传达学习全市经济工作会议精神，"
    "研究部署下半年重点工作。<script>alert(1)</script>区委书记潘功发主持会议并讲话，"
    "要求全区上下狠抓招商引资和项目建设。<img src=x onerror=alert(2)>会议还研究了其他事项。"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("site")
    seeds = work / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "xss.txt").write_text(XSS, encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    (seeds / "badmeta.txt").write_text("8月2日，召开会议。", encoding="utf-8")
    (seeds / "badmeta.yml").write_text("date: [2024\n", encoding="utf-8")
    # a day without a year and nothing to infer it from: an undated record
    (seeds / "noyear.txt").write_text(
        "3月9日上午，某某县召开县委常委会会议。县委书记甲乙丙主持会议。", encoding="utf-8"
    )
    return build_site(seeds, work)


def page(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str, name: str) -> list[dict]:
    parser = Links()
    parser.feed(html)
    return [attrs for tag, attrs in parser.tags if tag == name]


def test_record_pages_exist_in_both_scripts_at_the_same_path(site):
    hans = page(site, f"records/{SEED_ID}/index.html")
    hant = page(site, f"zh-hant/records/{SEED_ID}/index.html")
    assert '<html lang="zh-Hans">' in hans
    assert '<html lang="zh-Hant">' in hant
    assert "潘功发" in hans and "潘功發" in hant


def test_every_page_has_lang_and_hreflang_alternates(site):
    pages = list(site.rglob("*.html"))
    assert len(pages) >= 16
    for path in pages:
        html = path.read_text(encoding="utf-8")
        rel = path.relative_to(site).as_posix()
        expected = "zh-Hant" if rel.startswith("zh-hant/") else "zh-Hans"
        assert f'<html lang="{expected}">' in html, rel
        langs = {a.get("hreflang") for a in tags(html, "link") if a.get("rel") == "alternate"}
        assert {"zh-Hans", "zh-Hant"} <= langs, rel


def resolve(site: Path, page_path: str, href: str) -> Path:
    base = (site / page_path).parent
    return (base / href).resolve() / ("index.html" if href.endswith("/") else "")


def test_switcher_lands_on_the_same_record(site):
    for here, there in [
        (f"records/{SEED_ID}/index.html", f"zh-hant/records/{SEED_ID}/index.html"),
        (f"zh-hant/records/{SEED_ID}/index.html", f"records/{SEED_ID}/index.html"),
    ]:
        switch = [a for a in tags(page(site, here), "a") if "data-script-switch" in a]
        assert len(switch) == 1
        assert resolve(site, here, switch[0]["href"]) == (site / there).resolve()


def test_seed_page_shows_raw_text_edit_log_and_hash(site):
    import hashlib

    html = page(site, f"records/{SEED_ID}/index.html")
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() in html
    assert re.search(r"<code>pinyin</code> · \d+", html)  # the edit log, grouped by rule
    raw_link = [a["href"] for a in tags(html, "a") if a.get("href", "").endswith(".txt")]
    assert resolve(site, f"records/{SEED_ID}/index.html", raw_link[0]).read_bytes() == (
        SEED.read_bytes()
    )
    # The raw text, as received: the seed is UTF-8, so the page does not hold a second
    # copy of it; its raw-text box links the published file (record.js shows it there:
    # the browser tests), the same bytes as the seed.
    box = re.search(r'<pre class="raw-text" tabindex="0" data-raw="([^"]+)">(.*?)</pre>', html)
    assert box and "區(qū)委" not in html
    assert resolve(site, f"records/{SEED_ID}/index.html", box.group(1)).read_bytes() == (
        SEED.read_bytes()
    )
    assert f'<a href="{box.group(1)}">{SEED.name}</a>' in box.group(2)  # without JavaScript


def test_a_raw_text_that_is_not_its_files_utf8_is_written_into_the_page(tmp_path):
    """The page shows the published raw file instead of the text only when the file is
    the text's own UTF-8 (the same SHA-256): a report in GB18030 keeps its text inline."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = "2024年3月9日上午，某某县召开县委常委会会议。县委书记甲乙丙主持会议并讲话。"
    (seeds / "gbk.txt").write_bytes(text.encode("gb18030"))
    built = build_site(seeds, tmp_path)
    html = page(built, "records/gbk/index.html")
    assert "data-raw=" not in html
    assert f'<pre class="raw-text" tabindex="0">{text}</pre>' in html
    assert (built / "raw" / "gbk.txt").read_bytes() == text.encode("gb18030")


def clean_text(html: str) -> str:
    m = re.search(r'<section class="record-text".*?>(.*?)</section>', html, re.S)
    assert m, "record text section missing"
    return re.sub(r"<[^>]+>", "", m.group(1))


def test_seed_clean_text_in_simplified(site):
    text = clean_text(page(site, f"records/{SEED_ID}/index.html"))
    assert not re.search(r"\([a-zü\u00e0-\u01dc]+\)", text), "pinyin left"
    han = "\u4e00-\u9fff"
    assert not re.search(f"[{han}][,;:()][{han}]", text), "ASCII punctuation left"
    for name in SEED_OFFICIALS:
        assert name in text
    assert "撰稿人" not in text  # credits are metadata, shown in the header
    html = page(site, f"records/{SEED_ID}/index.html")
    assert "撰稿人：黄辛成" in html and "审稿人：王灿" in html


def test_seed_traditional_text_keeps_names(site):
    text = clean_text(page(site, f"zh-hant/records/{SEED_ID}/index.html"))
    assert "余祥" in text and "余紅松" in text
    assert "餘祥" not in text and "餘紅松" not in text
    assert "並講話" in text and "并" not in text


def test_seed_date_is_labelled_inferred(site):
    html = page(site, f"records/{SEED_ID}/index.html")
    assert 'datetime="2024-08-02"' in html
    assert "推断" in html and "二十届三中全会" in html


def test_report_markup_is_escaped_everywhere(site):
    for path in ["records/xss/index.html", "zh-hant/records/xss/index.html"]:
        html = page(site, path)
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for path in site.rglob("*.html"):
        assert "<script>alert" not in path.read_text(encoding="utf-8"), path


def test_bad_files_are_listed_by_name_and_the_rest_builds(site):
    report = page(site, "report/index.html")
    for name, reason in [
        ("empty.txt", "is empty"),
        ("binary.txt", "is binary"),
        ("badmeta.yml", "malformed YAML"),
    ]:
        assert name in report and reason in report, name
    assert (site / f"records/{SEED_ID}/index.html").exists()
    assert "empty" not in {p.name for p in (site / "records").iterdir()}


def test_the_report_lists_records_whose_title_is_made_from_the_lead(site):
    # xss.txt has no headline line: its title is made from the lead (issue 18, item 4)
    report = page(site, "report/index.html")
    section = report[report.index('id="titles-h"') :]
    assert 'href="/records/xss/"' in section or "/records/xss/" in section


def test_archives_list_the_seed_under_its_year_and_month(site):
    assert SEED_ID in page(site, "archives/2024/08/index.html")
    assert SEED_ID in page(site, "zh-hant/archives/2024/index.html")


def test_search_page_ui_strings_follow_the_script(site):
    """The search page's strings go through the same `ui` conversion as the navigation."""
    hans = page(site, "search/index.html")
    hant = page(site, "zh-hant/search/index.html")
    assert "<h1>搜索记录</h1>" in hans
    assert "<h1>搜尋記錄</h1>" in hant  # Taiwan usage (data/hant_ui_glossary.tsv)
    assert ">搜尋</a>" in hant  # the navigation says the same word as the page
    assert "记录" not in hant.split("<main", 1)[1]  # no Simplified UI string left


def test_home_page_counts_and_links_the_undated_records(site):
    """The home page lists dated records; a reader must not take their count for the
    whole archive, so it also says how many are undated and links their list."""
    undated = page(site, "undated/index.html")
    listed = len(re.findall(r'href="[^"]*records/[^/"]+/"', undated.split("<main", 1)[1]))
    assert listed >= 1  # noyear.txt
    for prefix in ("", "zh-hant/"):
        home = page(site, f"{prefix}index.html")
        link = re.search(r'<a href="([^"]*undated/)">([^<]*)</a>', home.split("<main", 1)[1])
        assert link and re.search(rf"\b{listed}\b", link[2]), link
