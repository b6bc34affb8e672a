"""Every internal link and asset of a built site resolves to a file, in both scripts,
with relative URLs (the local build) and with an absolute ARCHIVE_SITEURL under a
sub-path (the published build): href and src of every HTML page, #fragments, the links
in the Atom feeds and the addresses in the sitemap. No page loads anything from another
host."""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
from published_site import PUBLISHED_URL, built_site

pytestmark = pytest.mark.build

# The site root each build's URLs are resolved against. The relative build is given a
# root below a host's top so that a link climbing out of the site is seen as broken.
ROOTS = {"relative": "http://local.invalid/site/", "absolute": PUBLISHED_URL + "/"}
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# Elements whose URL the browser fetches while showing the page (not a link to follow).
FETCHED = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src")}
FETCHED_LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest"}


class PageLinks(HTMLParser):
    """The (tag, attribute, url) of every link and asset, and every id, of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str, str]] = []  # tag, attr, rel, url
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for attr in ("href", "src", "action"):
            if attrs.get(attr) is not None:
                self.urls.append((tag, attr, attrs.get("rel") or "", attrs[attr]))


@functools.cache
def parse(path: Path) -> PageLinks:
    parser = PageLinks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def site(mode: str) -> Path:
    return built_site("" if mode == "relative" else PUBLISHED_URL)


def resolve(site_dir: Path, root: str, base: str, url: str) -> tuple[Path | None, str, str]:
    """(file, fragment, problem) for `url` as seen from the document at URL `base`.
    file is None for a link to another host (problem "external") or a broken one."""
    full, fragment = urldefrag(urljoin(base, url))
    parts, site_parts = urlsplit(full), urlsplit(root)
    if parts.scheme in ("mailto", "tel", "data", "javascript"):
        return None, "", "external"
    if (parts.scheme, parts.netloc) != (site_parts.scheme, site_parts.netloc):
        return None, "", "external"
    path = unquote(parts.path)
    if not path.startswith(site_parts.path):
        return None, "", f"leaves the site ({path})"
    rel = path[len(site_parts.path) :]
    target = site_dir / rel
    if rel == "" or rel.endswith("/") or target.is_dir():
        target = target / "index.html"
    if not target.is_file():
        return None, fragment, f"no file {target.relative_to(site_dir)}"
    return target, fragment, ""


def page_url(root: str, site_dir: Path, path: Path) -> str:
    return root + path.relative_to(site_dir).as_posix()


def check_url(site_dir, root, page, tag, attr, rel, url) -> str:
    """ "" when fine, else what is wrong with this link."""
    target, fragment, problem = resolve(site_dir, root, page_url(root, site_dir, page), url)
    fetched = (tag, attr) in FETCHED or (tag == "link" and FETCHED_LINK_RELS & set(rel.split()))
    if problem == "external":
        # Readers follow links to the original report; the page itself loads nothing
        # from elsewhere (no web fonts, no CDN scripts).
        return f"loads {url} from another host" if fetched else ""
    if problem:
        return problem
    if fragment and target.suffix == ".html" and fragment not in parse(target).ids:
        return f"no id #{fragment} in {target.relative_to(site_dir)}"
    return ""


@pytest.mark.parametrize("mode", ["relative", "absolute"])
def test_every_internal_link_and_asset_resolves(mode):
    site_dir, root = site(mode), ROOTS[mode]
    pages = sorted(site_dir.rglob("*.html"))
    scripts = {p.relative_to(site_dir).parts[0] == "zh-hant" for p in pages}
    assert scripts == {True, False}, "both scripts are built"
    assert len(pages) >= 60
    broken, checked = [], 0
    for page in pages:
        for tag, attr, rel, url in parse(page).urls:
            checked += 1
            problem = check_url(site_dir, root, page, tag, attr, rel, url)
            if problem:
                broken.append(f"{page.relative_to(site_dir)}: <{tag} {attr}={url!r}> {problem}")
    assert not broken, f"{len(broken)} broken of {checked}:\n" + "\n".join(broken[:30])
    assert checked > 2000


def test_the_checker_sees_broken_links_and_foreign_assets(tmp_path):
    """The checker itself: a missing file, a missing fragment, a climb out of the site
    and a stylesheet from a CDN are each reported; a link to another host is not."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<p id="here">', encoding="utf-8")
    page = tmp_path / "index.html"
    page.write_text("", encoding="utf-8")
    root = ROOTS["relative"]

    def check(tag, attr, url, rel=""):
        return check_url(tmp_path, root, page, tag, attr, rel, url)

    assert check("a", "href", "a/") == ""
    assert check("a", "href", "a/#here") == ""
    assert check("a", "href", "a/#gone") == "no id #gone in a/index.html"
    assert check("a", "href", "b/") == "no file b/index.html"
    assert check("a", "href", "../x/").startswith("leaves the site")
    assert check("a", "href", "https://example.gov.cn/news/1") == ""
    assert check("link", "href", "https://cdn.example/x.css", "stylesheet").startswith("loads")
    assert check("script", "src", "https://cdn.example/x.js").startswith("loads")


@pytest.mark.parametrize("mode", ["relative", "absolute"])
def test_feed_links_resolve_from_the_feed(mode):
    site_dir, root = site(mode), ROOTS[mode]
    feeds = sorted(site_dir.rglob("*.atom.xml"))
    kinds = {f.relative_to(site_dir).parts[-3] for f in feeds if f.name == "feed.atom.xml"}
    assert kinds == {"officials", "topics"}
    assert (site_dir / "feeds/all.atom.xml").is_file()
    assert (site_dir / "zh-hant/feeds/all.atom.xml").is_file()
    broken = []
    for feed in feeds:
        base = page_url(root, site_dir, feed)
        for link in ET.parse(feed).getroot().iter(f"{ATOM}link"):
            target, _, problem = resolve(site_dir, root, base, link.get("href"))
            expected = feed if link.get("rel") == "self" else None
            if problem or (expected and target != expected):
                broken.append(f"{feed.relative_to(site_dir)}: {link.get('href')} {problem}")
    assert not broken, "\n".join(broken[:20])


@pytest.mark.parametrize("mode", ["relative", "absolute"])
def test_sitemap_addresses_resolve(mode):
    site_dir, root = site(mode), ROOTS[mode]
    tree = ET.parse(site_dir / "sitemap.xml").getroot()
    locs = [loc.text for loc in tree.iter(f"{SITEMAP}loc")]
    assert locs
    broken = [url for url in locs if resolve(site_dir, root, root + "sitemap.xml", url)[2]]
    assert not broken, broken[:20]


def test_stylesheets_and_scripts_name_no_other_host():
    site_dir = site("relative")
    for path in [*site_dir.glob("theme/**/*.css"), *site_dir.glob("theme/**/*.js")]:
        text = path.read_text(encoding="utf-8")
        assert "@import" not in text, path
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), path
        assert not re.search(r"fetch\(\s*['\"]https?://", text), path
