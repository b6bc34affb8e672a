"""Titles round 40 (issue 18): a means phrase closing its clause between the doer and
the deed (某县通过走访、座谈、宣讲等途径，推动…; 采取暗访的方式，) was read as the
deed, its list of ways as a list of objects, and the title stopped there. Such a phrase
joins the manner phrases a title leaves out, so the doer meets the deed; a vote
(审议通过了…) and 以及/以来 are no means. And a paper named by its place alone
(某州讯（某某局）近日，…) is a dateline, as 本报讯 is, so the title starts at the subject.
Invented sentences, not copied from any page."""

from public_records.extract.title import _without_byline, _without_manner, derive_title


def test_a_list_of_ways_is_no_deed():
    lead = (
        "某报讯近日，某市某县通过集中宣讲、入户走访、线上答题等途径，"
        "推动某某会议精神在田间地头落地生根。"
    )
    assert derive_title(lead) == "某市某县推动某某会议精神在田间地头落地生根"


def test_a_way_said_with_its_noun_leaves_the_doer_to_its_deed():
    lead = "6月3日，某区区长甲乙采取暗访的方式，到某街道检查燃气安全工作。"
    assert derive_title(lead) == "某区区长甲乙到某街道检查燃气安全工作"


def test_a_means_phrase_is_cut_only_where_it_closes_its_clause():
    assert _without_manner("某镇以视频会议形式，召开防汛工作部署会") == "某镇召开防汛工作部署会"
    # inside its clause it stays
    assert _without_manner("某镇以视频会议形式召开部署会") == "某镇以视频会议形式召开部署会"


def test_a_vote_and_a_list_after_yiji_are_no_means():
    kept = "会议审议通过了关于某某工作方式，决定…"
    assert _without_manner(kept) == kept
    kept = "县长甲乙以及有关部门负责人以上述形式，到某镇调研"
    assert _without_manner(kept).startswith("县长甲乙以及有关部门负责人")


def test_a_paper_named_by_its_place_and_a_units_bracket_are_a_dateline():
    lead = "某州讯（某某局）近日，某州某某局集中开展专题调研活动，深入基层了解情况。"
    assert derive_title(lead) == "某州某某局集中开展专题调研活动"


def test_a_word_ending_in_xun_that_is_no_outlet_stays():
    # no space, bracket or colon after 讯: the lead's own words
    row = "视讯会议上，县长甲乙要求各地做好防汛工作。"
    assert _without_byline(row) == row


def test_yi_inside_a_word_opens_no_means():
    kept = "各村可以灵活形式，组织群众学习"
    assert _without_manner(kept) == kept
