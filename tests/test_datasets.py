"""The bulk downloads validate against the documented schemas (docs/schema/)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import shutil

import pytest
from downloads import read_download
from jsonschema import Draft202012Validator
from public_records.site.datasets import APPEARANCE_COLUMNS
from sitebuild import ROOT, SEED, build_site

SCHEMAS = ROOT / "docs" / "schema"


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    work = tmp_path_factory.mktemp("data")
    seeds = work / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    shutil.copytree(ROOT / "seeds" / "registry", seeds / "registry")
    (seeds / "zhang.txt").write_text(
        "2024年9月3日，铜陵县召开会议。县长张伟主持会议并讲话。", encoding="utf-8"
    )
    (seeds / "zhang2.txt").write_text(
        "2024年9月4日，铜陵县召开会议。县长章伟主持会议并讲话。", encoding="utf-8"
    )
    return build_site(seeds, work) / "data"


def test_records_jsonl_validates(data):
    v = validator("record.schema.json")
    lines = read_download(data, "records.jsonl").splitlines()
    assert len(lines) == 3
    for line in lines:
        errors = sorted(v.iter_errors(json.loads(line)), key=str)
        assert not errors, errors[0].message


def test_officials_and_tags_validate(data):
    for name, schema in [
        ("officials.json", "officials.schema.json"),
        ("topics.json", "tags.schema.json"),
        ("places.json", "tags.schema.json"),
    ]:
        errors = list(validator(schema).iter_errors(json.loads(read_download(data, name))))
        assert not errors, (name, errors[0].message)


def test_every_csv_is_utf8_with_a_byte_order_mark(data):
    """Excel reads a CSV without a BOM in the system's legacy code page (mojibake)."""
    files = [data / "appearances.csv.gz", *sorted((data / "officials").glob("*.csv"))]
    assert len(files) > 1
    for path in files:
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        assert raw.startswith(b"\xef\xbb\xbf"), path.name
        assert raw.count(b"\xef\xbb\xbf") == 1, path.name  # once, not per row
        assert raw[3:].decode("utf-8").startswith("record_id,"), path.name


def test_appearances_csv_has_documented_columns_and_rows(data):
    rows = list(csv.DictReader(io.StringIO(read_download(data, "appearances.csv", "utf-8-sig"))))
    assert tuple(rows[0]) == APPEARANCE_COLUMNS
    pan = [r for r in rows if r["name"] == "潘功发"]
    assert pan == [
        {
            "record_id": SEED.stem,
            "date": "2024-08-02",
            "date_evidence": "inferred",
            "person_id": "pan-gongfa-daguan",
            "name": "潘功发",
            "title": "区委书记",
            "roles": "chair;speaker;leader",
        }
    ]


def test_homophones_get_two_officials_and_two_pages(data):
    people = json.loads(read_download(data, "officials.json"))["persons"]
    ids = {p["name"]: p["id"] for p in people}
    assert {"张伟", "章伟"} <= set(ids) and ids["张伟"] != ids["章伟"]
    site = data.parent
    for name in ("张伟", "章伟"):
        assert (site / "officials" / ids[name] / "index.html").exists()
        assert (site / "zh-hant" / "officials" / ids[name] / "index.html").exists()
        assert (data / "officials" / f"{ids[name]}.csv").exists()


def test_unregistered_officials_are_listed_on_the_build_report(data):
    people = json.loads(read_download(data, "officials.json"))["persons"]
    provisional = [p for p in people if not p["registered"]]
    assert {p["name"] for p in provisional} == {"张伟", "章伟"}
    report = (data.parent / "report" / "index.html").read_text("utf-8")
    section = report.split('id="provisional-h"', 1)[1]
    for person in provisional:
        assert person["id"].startswith("p-") and person["id"] in section
    assert "pan-gongfa-daguan" not in section  # registered people are not listed
