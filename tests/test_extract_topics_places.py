"""Topics and places: tags with evidence, the threshold rule, and the record's place."""

from __future__ import annotations

from pathlib import Path

from public_records.extract.places import extract_places, resolve_place
from public_records.extract.topics import extract_topics
from public_records.model import Tag
from public_records.registry import Place, Registry, Topic, load_default_registry

SEED = (Path(__file__).parent / "eval" / "seed_000_clean.txt").read_text(encoding="utf-8")
REGISTRY = load_default_registry()


def test_seed_topics_include_the_required_ones_with_evidence():
    tags = {t.name: t for t in extract_topics(SEED, REGISTRY)}
    for name in ("招商引资", "项目建设", "安全生产", "乡村振兴"):
        assert name in tags, name
        assert all(phrase in SEED for phrase in tags[name].evidence)
    assert "招商引资" in tags["招商引资"].evidence
    assert "安全生产" in tags["安全生产"].evidence


def test_topic_threshold_anchor_or_enough_keywords():
    topic = Topic("aq", "安全生产", keywords=("消防", "安全"), anchors=("安全生产",), min_hits=2)
    registry = Registry(topics=(topic,))
    assert extract_topics("紧盯安全生产。", registry) == (Tag("aq", "安全生产", ("安全生产",)),)
    assert extract_topics("做好消防工作。", registry) == ()  # one keyword is not enough
    assert extract_topics("消防宣传，消防演练。", registry) == (Tag("aq", "安全生产", ("消防",)),)
    # 安全生产 is matched once, not again as 安全
    assert extract_topics("安全生产月", registry)[0].evidence == ("安全生产",)


def test_no_topics_without_registry_or_evidence():
    assert extract_topics(SEED, Registry()) == ()
    assert extract_topics("今天天气晴朗。", REGISTRY) == ()


def test_seed_places_and_resolved_place():
    tags = extract_places(SEED, REGISTRY)
    names = [t.name for t in tags]
    assert names == ["大观区", "大观经济开发区", "十里铺乡", "海口镇", "菱湖街道"]
    assert resolve_place(tags, REGISTRY) == "daguan"


def test_places_longest_match_and_not_inside_names_or_other_words():
    # 大观经济开发区 is not also 大观区; 陈福建 is a person; 海口市 is not 海口镇
    text = "大观经济开发区管委会主任陈福建介绍情况。海口市客商来访。九三学社区委会召开会议。"
    tags = extract_places(text, REGISTRY)
    assert [(t.id, t.evidence) for t in tags] == [("daguan-kaifaqu", ("大观经济开发区",))]


def test_resolve_place_prefers_the_dominant_specific_place():
    township = extract_places("海口镇召开会议。海口镇党委书记讲话。", REGISTRY)
    assert resolve_place(township, REGISTRY) == "daguan-haikou"
    county = extract_places("宿松县县长到趾凤乡督导。", REGISTRY)
    assert resolve_place(county, REGISTRY) == "susong"
    split = extract_places("大观区与宿松县开展结对共建。", REGISTRY)
    assert resolve_place(split, REGISTRY) == "anqing"  # neither dominates; their city does
    assert resolve_place((), REGISTRY) == ""


def test_places_without_gazetteer():
    assert extract_places(SEED, Registry()) == ()
    registry = Registry(places=(Place("x", "甲乡", "township"),))
    assert resolve_place(extract_places("甲乡", registry), registry) == "x"
