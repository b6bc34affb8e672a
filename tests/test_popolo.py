"""data/officials.json is Popolo: every person, post and membership validates against
Popolo's own JSON schemas (docs/schema/popolo/, draft-03, copied from popolo-spec),
`sources` and `links` are lists of links, absolute when the site has an address, and
every membership names its post (the archive knows titles, not organizations)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from downloads import read_download
from jsonschema import Draft3Validator
from published_site import PUBLISHED_URL, built_site
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

pytestmark = pytest.mark.build
POPOLO = Path(__file__).resolve().parent.parent / "docs" / "schema" / "popolo"
CLASSES = ("person", "membership", "post", "organization", "area", "link", "other_name")


def popolo_validators() -> dict[str, Draft3Validator]:
    """One validator per class; every $ref (http://www.popoloproject.com/schemas/...)
    resolves to the stored copies, never to the network."""
    schemas = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in POPOLO.glob("*.json")}
    assert set(CLASSES) <= set(schemas)
    registry = Registry().with_resources(
        (schema["id"], Resource(schema, specification=DRAFT3)) for schema in schemas.values()
    )
    validators = {}
    for name, schema in schemas.items():
        Draft3Validator.check_schema(schema)
        validators[name] = Draft3Validator(schema, registry=registry)
    return validators


@pytest.fixture(scope="module", params=["local", "published"])
def officials(request) -> tuple[dict, str]:
    root = PUBLISHED_URL if request.param == "published" else ""
    return json.loads(read_download(built_site(root) / "data", "officials.json")), root


def all_links(data: dict):
    for kind in ("persons", "posts", "memberships", "organizations"):
        for item in data.get(kind, []):
            for key in ("links", "sources"):
                for link in item.get(key, []):
                    yield kind, key, link


def test_officials_validate_against_popolo_schemas(officials):
    data, _ = officials
    validators = popolo_validators()
    counts = {}
    for kind, schema in (
        ("persons", "person"),
        ("posts", "post"),
        ("memberships", "membership"),
        ("organizations", "organization"),
    ):
        for item in data.get(kind, []):
            errors = sorted(validators[schema].iter_errors(item), key=str)
            assert not errors, (kind, item.get("id"), errors[0].message)
        counts[kind] = len(data.get(kind, []))
    assert counts["persons"] and counts["posts"] and counts["memberships"], counts


def test_popolo_validators_reject_what_popolo_forbids():
    """The schemas are in force: a link without a url or a membership with a date that
    is not a date fail (so a passing file passed something)."""
    validators = popolo_validators()
    assert list(validators["link"].iter_errors({"note": "no url"}))
    assert list(validators["membership"].iter_errors({"start_date": "2024年"}))
    assert list(validators["membership"].iter_errors({"sources": [{"note": "x"}]}))
    assert list(validators["person"].iter_errors({"sources": 3}))


def test_memberships_name_a_post_or_organization_that_exists(officials):
    data, _ = officials
    persons = {p["id"] for p in data["persons"]}
    posts = {p["id"] for p in data.get("posts", [])}
    organizations = {o["id"] for o in data.get("organizations", [])}
    assert len(posts) == len(data.get("posts", []))
    for m in data["memberships"]:
        assert m["person_id"] in persons, m
        assert m.get("post_id") in posts or m.get("organization_id") in organizations, m
        assert isinstance(m["sources"], list) and m["sources"], m


def test_links_are_absolute_when_the_site_has_an_address(officials):
    data, root = officials
    links = list(all_links(data))
    assert any(key == "sources" for _, key, _ in links)
    for kind, key, link in links:
        url = link["url"]
        if root:
            assert url.startswith(root + "/"), (kind, key, url)
            assert urlsplit(url).scheme == "https", url
        else:
            # Relative to the site's root, as documented (docs/data.md).
            assert not urlsplit(url).scheme and not url.startswith(("/", "..")), (kind, key, url)
