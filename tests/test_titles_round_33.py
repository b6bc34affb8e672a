"""Titles round 33 (issue 18): invented sentences, each failing before its rule, with
guards that pass before and after."""

from public_records.extract.title import lead_title

# Rule 1: planning said with its manner and no object (周密部署、精心安排, 提前谋划) between a
# place or a party and its deed is how the deed was readied, not the deed: the title goes on
# from the doer to what was done (data/title_manner_phrases.txt).


def test_planning_chain_gives_way_to_the_deed():
    lead = "近日，某县周密部署、精心安排，组织各乡镇开展秋季防火演练。"
    assert lead_title(lead) == "某县组织各乡镇开展秋季防火演练"


def test_planning_chain_before_a_dated_deed():
    lead = "某区精心组织、周密筹备，于6月3日举办首届社区运动会。"
    assert lead_title(lead) == "某区举办首届社区运动会"


def test_single_planning_phrase_keeps_its_doer():
    # the lead's last clause stands when no clause before is the deed: its doer with it
    lead = "某镇提前谋划，全力做好汛期值守工作。"
    assert lead_title(lead) == "某镇全力做好汛期值守工作"


def test_planning_after_a_party_leader():
    lead = "6月1日，县长甲乙带队统筹安排，深入某镇检查夏粮收购工作。"
    assert lead_title(lead).startswith("县长甲乙带队深入某镇检查夏粮收购")


def test_planning_as_an_object_stays():
    # guard: after a light verb the planning is the deed itself (进行周密部署)
    lead = "5月9日，某县召开专题会议，对汛期工作进行周密部署，县长甲乙主持。"
    assert lead_title(lead).startswith("某县召开专题会议")


def test_planning_inside_its_clause_stays():
    # guard: a phrase that does not close its clause is the clause's own words
    lead = "3月2日，某镇召开会议精心部署春耕生产。"
    assert "精心部署春耕生产" in lead_title(lead)
