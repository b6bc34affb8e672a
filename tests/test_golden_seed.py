"""Golden test of the seed report: its clean Simplified and Traditional texts.

tests/golden/000_db5eed02fe66ddea.{hans,hant}.txt were produced by the pipeline and then
checked by a person, line by line against the raw seed (see the commit that added
them): pinyin gone, full-width punctuation in Han context, credits moved to metadata,
海口镇 repaired from ??阪?zhèn), and in Traditional the names 余祥, 余紅松, 江俊杰 kept
while the mirror's Simplified leftovers (并, 后, 干, 于, 范, 回, 汇) are converted. A change
to either text must be reviewed the same way before the golden file is updated.
"""

from pathlib import Path

import pytest
from public_records.ingest.process import process
from public_records.ingest.sources import read_report
from public_records.registry import load_default_registry
from sitebuild import ROOT, SEED, SEED_OFFICIALS

GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def seed_record():
    return process(read_report(SEED), load_default_registry())


def golden(name: str) -> str:
    return (GOLDEN / f"{SEED.stem}.{name}.txt").read_text(encoding="utf-8").rstrip("\n")


def test_simplified_text_matches_golden(seed_record):
    assert seed_record.text_hans == golden("hans")


def test_traditional_text_matches_golden(seed_record):
    assert seed_record.text_hant == golden("hant")


def test_seed_metadata(seed_record):
    r = seed_record
    assert r.title_hans == "大观区召开区委常委会扩大会议暨重点工作“比晒拼创”总结点评会"
    assert [(c.role, c.name) for c in r.credits] == [("撰稿人", "黄辛成"), ("审稿人", "王灿")]
    assert (r.date.resolved, r.date.evidence) == ("2024-08-02", "inferred")
    repair = [e for e in r.edits if e.rule == "mojibake"]
    assert [(e.before, e.after) for e in repair] == [("??阪?zhèn)", "海口鎮(zhèn)")]
    assert r.findings == ()


def test_seed_officials_roles_topics_places(seed_record):
    roles = {m.name: (m.title, set(m.roles)) for m in seed_record.mentions}
    assert roles["潘功发"] == ("区委书记", {"chair", "speaker", "leader"})
    # 出席 and 率队…考察: the visit's leader, no attendee besides (as the real labels read it)
    assert roles["金玉"] == ("区领导", {"speaker", "leader"})
    others = SEED_OFFICIALS[2:]
    for name in others:
        assert roles[name] == ("区领导", {"attendee"}), name
    assert set(roles) == {"潘功发", "金玉", *others}  # credits are not officials
    topics = {t.name for t in seed_record.topics}
    assert {"招商引资", "项目建设", "安全生产", "乡村振兴"} <= topics
    places = {p.name for p in seed_record.places}
    assert {"大观区", "十里铺乡", "海口镇", "菱湖街道"} <= places
    assert seed_record.place == "daguan"


def test_raw_file_is_never_modified():
    import hashlib

    digest = hashlib.sha256(Path(SEED).read_bytes()).hexdigest()
    assert digest == "636b6c98f9e6135c790e1e878b3a029aa747c0d7f632c10e49f88dca597081da"
