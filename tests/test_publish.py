"""What publishing needs, checked on built sites (tests/published_site.py) and on the
files that publish them: sitemap with hreflang alternates, robots.txt, the 404 page in
both scripts, Atom feeds that say their language, citation and OpenGraph tags, the
citation box, the Pages workflow and `make github`."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from downloads import read_download
from published_site import BUILD_DATE, PUBLISHED_URL, built_site
from sitebuild import SEED

pytestmark = pytest.mark.build
ROOT = Path(__file__).resolve().parent.parent
ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SEED_ID = SEED.stem


class Meta(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        key = attrs.get("name") or attrs.get("property")
        if tag == "meta" and key:
            self.meta.setdefault(key, []).append(attrs.get("content", ""))


def meta(html: str) -> dict[str, list[str]]:
    parser = Meta()
    parser.feed(html)
    return parser.meta


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def published() -> Path:
    return built_site(PUBLISHED_URL)


@pytest.fixture(scope="module")
def local() -> Path:
    return built_site("")


def test_sitemap_lists_every_page_in_both_scripts_whose_head_gives_the_alternates(published):
    tree = ET.parse(published / "sitemap.xml").getroot()
    urls = {u.find(f"{SM}loc").text: u for u in tree.iter(f"{SM}url")}
    pages = [
        p.relative_to(published).as_posix()
        for p in published.rglob("index.html")
        if not p.relative_to(published).as_posix().startswith("zh-hant/")
    ]
    for kind in ("records/", "officials/", "topics/", "places/", "archives/", "about/"):
        assert any(p.startswith(kind) for p in pages), kind
    for page in pages:
        path = page.removesuffix("index.html")
        hans, hant = f"{PUBLISHED_URL}/{path}", f"{PUBLISHED_URL}/zh-hant/{path}"
        for loc in (hans, hant):
            assert loc in urls, loc
            assert not list(urls[loc].iter(f"{XHTML}link")), loc  # in the page's head
        html = read(published, page)
        for lang, url in (("zh-Hans", hans), ("zh-Hant", hant), ("x-default", hans)):
            assert f'<link rel="alternate" hreflang="{lang}" href="{url}">' in html, (page, lang)
    assert len(urls) == 2 * len(pages)
    assert not any("404" in loc for loc in urls)


def test_robots_points_to_the_sitemap(published, local):
    assert f"Sitemap: {PUBLISHED_URL}/sitemap.xml" in read(published, "robots.txt")
    assert "Sitemap:" not in read(local, "robots.txt")  # the protocol needs an absolute URL
    assert "User-agent: *" in read(local, "robots.txt")


def test_404_page_in_both_scripts_with_absolute_links_when_published(published):
    for path, lang, other in (
        ("404.html", "zh-Hans", "zh-Hant"),
        ("zh-hant/404.html", "zh-Hant", "zh-Hans"),
    ):
        html = read(published, path)
        assert f'<html lang="{lang}">' in html
        assert f'lang="{other}"' in html  # a line in the other script
        assert 'name="robots" content="noindex"' in html
        # Served for any missing address at any depth: every link must be absolute.
        for url in re.findall(r'(?:href|src|action)="([^"]*)"', html):
            assert url.startswith((PUBLISHED_URL + "/", "#")), (path, url)


@pytest.mark.parametrize("mode", ["local", "published"])
def test_feeds_say_their_language_and_are_complete(mode, request):
    site = request.getfixturevalue(mode)
    feeds = sorted(site.rglob("*.atom.xml"))
    assert len(feeds) > 10
    for feed in feeds:
        root = ET.parse(feed).getroot()
        rel = feed.relative_to(site).as_posix()
        lang = "zh-Hant" if rel.startswith("zh-hant/") else "zh-Hans"
        assert root.get(XML_LANG) == lang, rel
        feed_id = root.find(f"{ATOM}id").text
        assert re.match(r"[a-z][a-z0-9+.-]*:", feed_id), (rel, feed_id)  # absolute IRI
        title = root.find(f"{ATOM}title").text
        assert title.count("地方政") == 1, (rel, title)  # the site's name, said once
        site_name = "地方政務記錄檔案" if lang == "zh-Hant" else "地方政务记录档案"
        assert title.endswith(site_name), (rel, title)
        assert root.find(f"{ATOM}author/{ATOM}name").text == site_name
        assert root.find(f"{ATOM}updated").text
        entries = root.findall(f"{ATOM}entry")
        assert entries, rel
        for entry in entries:
            for child in ("id", "title", "updated"):
                assert entry.find(f"{ATOM}{child}").text, (rel, child)
            entry_id = entry.find(f"{ATOM}id").text
            assert re.match(r"[a-z][a-z0-9+.-]*:", entry_id), (rel, entry_id)
            assert "None" not in entry_id and "/records/" in f"/{entry_id.split(':')[-1]}", entry_id
            assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
            author = entry.find(f"{ATOM}author/{ATOM}name")
            assert author is None or author.text, (rel, "empty author")


def test_record_page_carries_citation_and_opengraph_tags(published):
    for prefix, lang, locale in (("", "zh-Hans", "zh_CN"), ("zh-hant/", "zh-Hant", "zh_TW")):
        html = read(published, f"{prefix}records/{SEED_ID}/index.html")
        tags = meta(html)
        url = f"{PUBLISHED_URL}/{prefix}records/{SEED_ID}/"
        h1 = re.search(r'<h1 id="record-title">(.*?)</h1>', html).group(1)
        assert tags["citation_title"] == [h1] == tags["og:title"]
        assert tags["citation_publication_date"] == ["2024/08/02"]  # 8月2日, inferred 2024
        assert "citation_date" not in tags  # the same date once: citation_publication_date
        assert tags["citation_public_url"] == [url] == tags["og:url"]
        assert tags["citation_language"] == [lang]
        assert tags["og:locale"] == [locale]
        assert tags["article:published_time"] == ["2024-08-02"]
        assert f'<link rel="canonical" href="{url}">' in html


def test_cite_box_has_permalink_date_retrieved_and_hash(published, local):
    sha = hashlib.sha256(SEED.read_bytes()).hexdigest()
    html = read(published, f"records/{SEED_ID}/index.html")
    box = re.search(r'<section class="cite".*?</section>', html, re.S).group(0)
    url = f"{PUBLISHED_URL}/records/{SEED_ID}/"
    assert f'<a href="{url}" rel="bookmark">{url}</a>' in box
    assert f'<time datetime="{BUILD_DATE}">{BUILD_DATE}</time>' in box  # no sidecar date
    assert sha in box
    assert "cite-actions" not in box and 'data-copy="复制引用"' in box  # record.js adds the button
    # Locally the permalink is the record's path (record.js writes the full address).
    local_box = re.search(
        r'<p class="cite-text".*?</p>', read(local, f"records/{SEED_ID}/index.html"), re.S
    )
    assert f">records/{SEED_ID}/</span>" in local_box.group(0)


def test_cite_box_prefers_the_sidecar_retrieved_date(published):
    seeds = published.parent / "seeds"
    dated = [
        (p.stem, str(yaml.safe_load(p.read_text(encoding="utf-8"))["retrieved"]))
        for p in sorted(seeds.glob("*.yml"))
        if "retrieved" in (yaml.safe_load(p.read_text(encoding="utf-8")) or {})
    ]
    assert dated, "the synthetic corpus has sidecars with a retrieved date"
    for record_id, retrieved in dated:
        html = read(published, f"records/{record_id}/index.html")
        assert f'<time datetime="{retrieved}">{retrieved}</time>' in html, record_id
        assert retrieved != BUILD_DATE


def test_every_page_has_landmarks_and_a_skip_link(local):
    for page in local.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        rel = page.relative_to(local).as_posix()
        assert re.search(r'<html lang="zh-Han[st]">', html), rel
        assert '<a class="skip-link" href="#main">' in html, rel
        for landmark in ('<main id="main"', "<header", "<nav", "<footer"):
            assert landmark in html, (rel, landmark)
        assert len(re.findall(r"<h1[ >]", html)) == 1, rel


URL_ATTR = re.compile(r'(?:href|src|action)="([^"]*)"')


def page_links(site: Path):
    """(page path, URL) for every link, source and form action of every HTML page."""
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        for url in URL_ATTR.findall(page.read_text(encoding="utf-8")):
            yield rel, url


def test_published_pages_use_canonical_absolute_urls(published):
    """hreflang alternates, the script switch and links to shared files (raw reports,
    data) are canonical: absolute, and without /zh-hant/../ (issue 14)."""
    for rel, url in page_links(published):
        assert "/.." not in url and "/./" not in url, (rel, url)
    for path in ("", f"records/{SEED_ID}/", "officials/", "search/"):
        hans, hant = f"{PUBLISHED_URL}/{path}", f"{PUBLISHED_URL}/zh-hant/{path}"
        for prefix, switch in (("", hant), ("zh-hant/", hans)):
            html = read(published, f"{prefix}{path}index.html")
            assert f'<link rel="alternate" hreflang="zh-Hans" href="{hans}">' in html, path
            assert f'<link rel="alternate" hreflang="zh-Hant" href="{hant}">' in html, path
            assert re.search(rf'data-script-switch [^>]*href="{re.escape(switch)}"', html), path
    html = read(published, f"zh-hant/records/{SEED_ID}/index.html")
    assert f'href="{PUBLISHED_URL}/raw/{SEED_ID}.txt"' in html
    assert f'href="{PUBLISHED_URL}/data/"' in html


def test_local_pages_use_clean_relative_urls(local):
    """Relative URLs climb (../) only at their start and never step into a folder to
    leave it again (zh-hant/.., ./..) (issue 14)."""
    checked = 0
    for rel, url in page_links(local):
        if re.match(r"[a-z]+:|#", url) or not url:
            continue
        segments = url.split("#")[0].split("?")[0].split("/")
        if segments[0] == ".":  # "./x" from a script's root page (Pelican's SITEURL)
            rest = segments[1:]
        else:
            rest = list(itertools.dropwhile(lambda s: s == "..", segments))
        assert ".." not in rest and "." not in rest, (rel, url)
        checked += 1
    assert checked > 100
    html = read(local, f"zh-hant/records/{SEED_ID}/index.html")
    assert f'href="../../../raw/{SEED_ID}.txt"' in html
    assert '<link rel="alternate" hreflang="zh-Hans" href="../' in read(local, "zh-hant/index.html")


def test_sitemap_gives_each_record_its_last_change(published):
    records = [
        json.loads(line)
        for line in read_download(published / "data", "records.jsonl").splitlines()
        if line.strip()
    ]
    tree = ET.parse(published / "sitemap.xml").getroot()
    lastmod = {
        u.find(f"{SM}loc").text: u.find(f"{SM}lastmod").text
        for u in tree.iter(f"{SM}url")
        if u.find(f"{SM}lastmod") is not None
    }
    dated = [r for r in records if r["date"]["resolved"]]
    assert dated and any(r["source"]["retrieved"] for r in dated)
    for record in dated:
        year, month, day = ([int(p) for p in record["date"]["resolved"].split("-")] + [1, 1])[:3]
        days = [f"{year:04d}-{month:02d}-{day:02d}", record["source"]["retrieved"]]
        expected = max(d for d in days if d)  # the later of its date and its retrieval
        for prefix in ("", "zh-hant/"):
            assert lastmod[f"{PUBLISHED_URL}/{prefix}records/{record['id']}/"] == expected
    assert BUILD_DATE not in lastmod.values()  # never the build's own date


def test_every_page_names_the_favicon_and_it_is_an_svg(local):
    for page in local.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        rel = page.relative_to(local).as_posix()
        icon = re.search(r'<link rel="icon" type="image/svg\+xml" href="([^"]+)">', html)
        assert icon, rel
        target = (page.parent / icon.group(1)).resolve()
        assert target.is_file(), (rel, icon.group(1))
    svg = ET.parse(local / "theme" / "favicon.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("viewBox")


def test_no_form_has_an_empty_action(local):
    for rel, url in page_links(local):
        assert url or not rel.endswith(".html"), (rel, "empty URL")
    html = read(local, "search/index.html")
    form = re.search(r'<form id="search-form"[^>]*>', html).group(0)
    assert 'action="../search/"' in form, form


def test_print_stylesheet_hides_navigation_and_unfolds_the_record():
    css = (ROOT / "theme/static/css/site.css").read_text(encoding="utf-8")
    print_rules = css[css.index("@media print") :]
    for selector in (".site-header", ".header-search", ".cite-actions"):
        assert selector in print_rules.split("{", 1)[0] + print_rules.split("}")[0], selector
    assert ".raw-text { max-height: none" in print_rules
    assert "details::details-content" in print_rules


def test_pages_workflow_builds_with_make_html_and_deploys():
    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads on: as True
    assert "push" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    uses = [s["uses"] for job in (build, deploy) for s in job["steps"] if "uses" in s]
    for action in (
        "actions/checkout",
        "actions/configure-pages",
        "actions/cache",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ):
        pinned = [u for u in uses if u.split("@")[0] == action]
        assert len(pinned) == 1 and re.fullmatch(r"v\d+", pinned[0].split("@")[1]), action
    runs = [s for s in build["steps"] if "run" in s]
    # The build is `make html`; any step before it only sets the environment (the build
    # date from the commit: tests/test_workflow.py).
    assert runs[-1]["run"] == "make html"
    assert all('>> "$GITHUB_ENV"' in s["run"] for s in runs[:-1])
    assert runs[-1]["env"]["ARCHIVE_SITEURL"] == "${{ steps.pages.outputs.base_url }}"
    cache = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == ".venv"
    assert "requirements.txt" in cache["with"]["key"]
    upload = next(s for s in build["steps"] if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "output"
    assert deploy["needs"] == "build"


def test_make_github_builds_then_pushes_output_with_ghp_import():
    dry = subprocess.run(
        ["make", "-n", "github", "ARCHIVE_SITEURL=https://u.github.io/r"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "requirements-publish.txt" in dry or (ROOT / ".venv/.installed-publish").exists()
    assert dry.index("rm -rf output") < dry.index("make --no-print-directory html")
    assert re.search(r"ghp-import .*--branch gh-pages", dry.replace("\\\n", " "))
    pins = (ROOT / "requirements-publish.txt").read_text(encoding="utf-8")
    assert re.search(r"^ghp-import==\d+\.\d+\.\d+$", pins, re.M)
