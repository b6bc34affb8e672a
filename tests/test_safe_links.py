"""No script URL from input reaches a page: a sidecar or front-matter `url` that is not
http(s) (javascript:, data:, vbscript:, in any case, with spaces, tabs or control
characters in or before the scheme) never becomes an href, a meta tag, a JSON-LD value
or a feed link, in either script; an http(s) URL still does."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from public_records.site.render import http_url
from sitebuild import SEED, build_site

# Sidecar values, written as YAML double-quoted scalars (so "\t" is a tab).
HOSTILE_URLS = {
    "plain": r'"javascript:alert(document.domain)"',
    "mixed-case": r'"JaVaScRiPt:alert(document.domain)"',
    "leading-spaces": r'"   javascript:alert(1)"',
    "tab-in-scheme": r'"java\tscript:alert(1)"',
    "newline-in-scheme": r'"java\nscript:alert(1)"',
    "control-first": r'"\x01javascript:alert(1)"',
    "data": r'"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="',
    "vbscript": r'"VBScript:msgbox(1)"',
    "no-slashes": r'"javascript://%0aalert(1)"',
}
SAFE_URL = "https://example.gov.cn/news/1?a=1&b=2"
FRONT_MATTER_ID = "front-matter"

# A scheme that runs script or carries a document, after dropping what a browser's URL
# parser drops (leading and trailing C0 controls and spaces; tabs and newlines
# anywhere); dropping every control and whitespace character is stricter still.
_IGNORED = re.compile(r"[\x00-\x20\x7f\s]+")
_SCRIPT_SCHEME = re.compile(r"^(?:javascript|vbscript|data|livescript):", re.I)
# A meta refresh (content="0; url=...") carries a URL after `url=`.
_REFRESH_URL = re.compile(r"url=(.*)$", re.I | re.S)


def script_url(value: str) -> bool:
    """True when a browser could read `value` as a script or data URL.

    >>> script_url(" Java\\tScript:x"), script_url("data:,x"), script_url("https://a/")
    (True, True, False)
    """
    squeezed = _IGNORED.sub("", value)
    refresh = _REFRESH_URL.search(squeezed)
    return bool(_SCRIPT_SCHEME.match(squeezed) or (refresh and script_url(refresh.group(1))))


class PageParts(HTMLParser):
    """Every attribute value of an HTML page, and the text of its JSON-LD scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attributes: list[tuple[str, str, str]] = []
        self.json_ld: list[str] = []
        self.hrefs: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            self.attributes.append((tag, name, value or ""))
            if name == "href":
                self.hrefs.append(value or "")
        self._in_json_ld = tag == "script" and dict(attrs).get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(data)


def json_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in json_strings(v)]
    return []


def page_problems(html: str, where: str) -> list[str]:
    parts = PageParts()
    parts.feed(html)
    problems = [
        f"{where}: <{tag} {name}={value!r}>"
        for tag, name, value in parts.attributes
        if script_url(value)
    ]
    for block in parts.json_ld:
        problems += [
            f"{where}: JSON-LD {s!r}" for s in json_strings(json.loads(block)) if script_url(s)
        ]
    return problems


def feed_problems(xml: str, where: str) -> list[str]:
    """A feed's attributes and element texts, and the HTML of its entries."""
    problems = []
    for element in ET.fromstring(xml).iter():
        for name, value in element.attrib.items():
            if script_url(value):
                problems.append(f"{where}: <{element.tag} {name}={value!r}>")
        text = element.text or ""
        if script_url(text):
            problems.append(f"{where}: <{element.tag}>{text!r}")
        if element.attrib.get("type") == "html" and text:
            problems += page_problems(text, f"{where} ({element.tag})")
    return problems


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The seed under one id per hostile URL (each in a sidecar), one with the URL in
    front matter, and one with an https URL; the registry copied beside them."""
    work = tmp_path_factory.mktemp("links")
    seeds = work / "seeds"
    shutil.copytree(SEED.parent / "registry", seeds / "registry")
    raw = SEED.read_bytes()
    for name, url in HOSTILE_URLS.items():
        (seeds / f"{name}.txt").write_bytes(raw)
        (seeds / f"{name}.yml").write_text(f"url: {url}\n", encoding="utf-8")
    front = f"---\nurl: {HOSTILE_URLS['plain']}\n---\n".encode() + raw
    (seeds / f"{FRONT_MATTER_ID}.txt").write_bytes(front)
    (seeds / "safe.txt").write_bytes(raw)
    (seeds / "safe.yml").write_text(f'url: "{SAFE_URL}"\n', encoding="utf-8")
    return build_site(seeds, work)


@pytest.mark.build
@pytest.mark.parametrize("prefix", ["", "zh-hant/"])
def test_no_script_url_in_any_page_or_feed(site: Path, prefix: str):
    ids = [*HOSTILE_URLS, FRONT_MATTER_ID]
    for record_id in ids:
        assert (site / prefix / "records" / record_id / "index.html").is_file(), record_id
    problems = []
    root = site / prefix
    for path in root.rglob("*"):
        rel = path.relative_to(site).as_posix()
        if not path.is_file() or (not prefix and rel.startswith("zh-hant/")):
            continue
        if path.suffix == ".html":
            problems += page_problems(path.read_text(encoding="utf-8"), rel)
        elif path.suffix == ".xml" and "feed" in path.name:
            problems += feed_problems(path.read_text(encoding="utf-8"), rel)
    assert problems == []


@pytest.mark.build
@pytest.mark.parametrize("prefix", ["", "zh-hant/"])
def test_an_https_source_url_is_still_a_link_and_a_hostile_one_is_shown_as_text(
    site: Path, prefix: str
):
    safe = (site / prefix / "records/safe/index.html").read_text(encoding="utf-8")
    parts = PageParts()
    parts.feed(safe)
    assert SAFE_URL in parts.hrefs
    assert any(SAFE_URL in s for b in parts.json_ld for s in json_strings(json.loads(b)))
    hostile = (site / prefix / "records/plain/index.html").read_text(encoding="utf-8")
    # Nothing is lost: the value given is on the page, as escaped text.
    assert "javascript:alert(document.domain)" in hostile


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.gov.cn/a?b=1&c=2", "https://example.gov.cn/a?b=1&c=2"),
        ("http://example.gov.cn/", "http://example.gov.cn/"),
        ("javascript:alert(1)", ""),
        ("JAVASCRIPT:alert(1)", ""),
        ("  javascript:alert(1)", ""),
        ("java\tscript:alert(1)", ""),
        ("java\nscript:alert(1)", ""),
        ("\x01javascript:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("vbscript:msgbox(1)", ""),
        ("//evil.example/x", ""),
        ("/records/x/", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_the_http_url_filter_passes_only_http_and_https(value, expected):
    assert http_url(value) == expected
