"""A lead whose official said something while doing something (在某市检查…时强调，…)
gives the deed as the title, without 时强调 / 时表示 (issue 18, titles, round 8;
data/title_rewrites.tsv)."""

from public_records.extract.title import derive_title


def test_stressed_while_inspecting_gives_the_inspection():
    text = "6月3日，副省长甲乙在某市检查防汛备汛工作时强调，要压实责任，确保安全度汛。"
    assert derive_title(text) == "副省长甲乙在某市检查防汛备汛工作"


def test_said_while_visiting_gives_the_visit():
    text = "某市长甲乙今（18）日走访某宫、某庙参香祈福时表示，祝福市民平安健康。"
    assert derive_title(text) == "某市长甲乙走访某宫、某庙参香祈福"


def test_what_was_stressed_after_a_colon_stays_in_a_headline():
    text = (
        "区委书记甲乙调研时强调：紧盯关键环节\n"
        "5月6日，区委书记甲乙到某镇调研时强调，要紧盯关键环节。"
    )
    assert derive_title(text) == "区委书记甲乙调研时强调：紧盯关键环节"
