"""Every JSON-LD block of a built site (tests/published_site.py) is JSON-LD a reader can
use: it parses, has no nulls, names itself with the page's URL (+ #record, #person),
refers to other things as {"@id": ...} nodes whose pages exist, and carries the raw
file's digest on a MediaObject (schema.org's `sha256` belongs there), never as a bare
property of the article. Published, every @id and URL is absolute."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from published_site import PUBLISHED_URL, built_site
from sitebuild import SEED

pytestmark = pytest.mark.build
BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
LOCAL_ROOT = "https://site.test/"  # where a relative build is taken to be served, to resolve
REFERENCES = ("mentions", "about", "subjectOf", "isBasedOn", "contentLocation", "workLocation")


@pytest.fixture(scope="module", params=["local", "published"])
def site(request) -> tuple[Path, str]:
    root = PUBLISHED_URL if request.param == "published" else ""
    return built_site(root), root


def blocks(output: Path):
    """(page path, parsed block) for every JSON-LD block of every page."""
    for page in sorted(output.rglob("*.html")):
        rel = page.relative_to(output).as_posix()
        for text in BLOCK.findall(page.read_text(encoding="utf-8")):
            yield rel, json.loads(text)


def nodes(value):
    """Every JSON object in `value`, at any depth."""
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from nodes(v)
    elif isinstance(value, list):
        for v in value:
            yield from nodes(v)


def page_url(rel: str, root: str) -> str:
    return f"{root or LOCAL_ROOT.rstrip('/')}/{rel.removesuffix('index.html')}"


def resolve(url: str, rel: str, root: str) -> str:
    return urljoin(page_url(rel, root), url)


def test_every_block_follows_the_rules(site):
    output, root = site
    site_root = (root or LOCAL_ROOT.rstrip("/")) + "/"
    kinds: dict[str, int] = {}
    for rel, block in blocks(output):
        here = page_url(rel, root)
        assert block["@context"] == "https://schema.org", rel
        kinds[block["@type"]] = kinds.get(block["@type"], 0) + 1
        own = {"NewsArticle": "#record", "Person": "#person"}[block["@type"]]
        assert resolve(block["@id"], rel, root) == here + own, (rel, block["@id"])
        assert resolve(block["url"], rel, root) == here, (rel, block["url"])
        for node in nodes(block):
            for key, value in node.items():
                assert value not in (None, "", [], {}), (rel, key)
                if key == "sha256":
                    assert node.get("@type") == "MediaObject", (rel, "a bare sha256")
            if "@id" in node:
                target = resolve(node["@id"], rel, root)
                if root:
                    assert urlsplit(node["@id"]).scheme in ("http", "https"), (rel, node)
                if target.startswith(site_root):  # a page of this site: it exists
                    path = target[len(site_root) :].split("#")[0]
                    assert (output / path).is_file() or (output / path / "index.html").is_file(), (
                        rel,
                        node["@id"],
                    )
        for key in REFERENCES:
            for ref in block.get(key, []) if isinstance(block.get(key), list) else [block.get(key)]:
                assert ref is None or (isinstance(ref, dict) and ("@id" in ref or "name" in ref)), (
                    rel,
                    key,
                    ref,
                )
    assert kinds.get("NewsArticle", 0) >= 2 and kinds.get("Person", 0) >= 2, kinds


def test_record_block_carries_the_raw_file_digest_and_references(site):
    output, root = site
    for prefix in ("", "zh-hant/"):
        rel = f"{prefix}records/{SEED.stem}/index.html"
        [(_, block)] = [b for b in blocks(output) if b[0] == rel]
        media = [n for n in block["isBasedOn"] if n.get("@type") == "MediaObject"]
        assert len(media) == 1, block["isBasedOn"]
        assert media[0]["sha256"] == __import__("hashlib").sha256(SEED.read_bytes()).hexdigest()
        raw = resolve(media[0]["contentUrl"], rel, root)
        assert raw == f"{root or LOCAL_ROOT.rstrip('/')}/raw/{SEED.stem}.txt", raw
        assert "sha256" not in block
        people = [resolve(m["@id"], rel, root) for m in block["mentions"]]
        assert len(people) == len(set(people)) > 5
        assert all(p.endswith("/#person") and f"/{prefix}officials/" in p for p in people)
        assert all(isinstance(t, dict) and "@id" in t for t in block["about"])
