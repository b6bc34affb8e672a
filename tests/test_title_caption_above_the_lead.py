"""Round titles50 (issue 18): a photo's caption printed above the lead is no headline: a
line wholly inside one pair of round brackets (`（参观某某工程）`), or an event's name and
the word for its hall or scene (`某某座谈会会场`, `某某仪式现场`) whose event the lead names
word for word. The title is then made from the lead. Headlines that only look alike stay.
Invented sentences."""

from public_records.extract.title import (
    _is_caption_above_lead,
    derive_title,
    derive_title_with_evidence,
)

LEAD = (
    "5月9日，全市某某小流域综合治理现场会在某县召开。市某局局长甲乙带领有关部门负责人，"
    "深入某县某某片区小流域，现场参观考察某县小流域综合治理情况。\n"
)
MEETING = "日前，某委秘书长丙丁主持召开部分城市某某监测工作座谈会，某司副司长戊己出席并发言。\n"


def test_a_wholly_bracketed_caption_above_the_lead_is_no_headline():
    text = "（参观某县某某片区小流域综合治理情况）\n" + LEAD + "（在某县召开总结交流会）\n"
    assert derive_title_with_evidence(text) == (
        "全市某某小流域综合治理现场会召开",
        "lead sentence",
    )


def test_a_halfwidth_bracketed_caption_is_none_either():
    text = "(参观某县某某片区小流域综合治理情况)\n" + LEAD
    assert derive_title(text) == "全市某某小流域综合治理现场会召开"


def test_a_meeting_hall_caption_above_the_lead_is_no_headline():
    text = "部分城市某某监测工作座谈会会场\n" + MEETING
    assert derive_title(text) == "某委秘书长丙丁主持召开部分城市某某监测工作座谈会"


def test_a_traditional_meeting_hall_caption_is_none_either():
    text = (
        "部分城市某某監測工作座談會會場\n"
        "日前，某委秘書長丙丁主持召開部分城市某某監測工作座談會，某司副司長戊己出席並發言。\n"
    )
    assert "會場" not in derive_title(text)


def test_a_ceremony_scene_caption_above_the_lead_is_no_headline():
    text = "某某大桥开工仪式现场\n6月3日上午，某某大桥开工仪式在某镇举行，县长甲乙宣布开工。\n"
    assert derive_title(text) == "某某大桥开工仪式举行"


# Guards: what must not change.


def test_a_headline_naming_the_meeting_stays():
    text = "部分城市某某监测工作座谈会召开\n" + MEETING
    assert derive_title(text) == "部分城市某某监测工作座谈会召开"


def test_a_hall_line_whose_event_the_lead_does_not_name_is_no_caption_of_it():
    # the lead names another event: the line is not that event's caption
    assert not _is_caption_above_lead("全县某某工作推进会会场", MEETING)


def test_a_headline_ending_at_a_site_with_a_verb_is_no_scene_caption():
    lead = "5月6日，县长甲乙深入施工现场察看进度。"
    assert not _is_caption_above_lead("县长甲乙深入施工现场", lead)


def test_a_headline_with_a_bracketed_part_stays():
    text = "某县召开某某工作会议（图）\n5月6日，某县召开某某工作会议，县长甲乙出席。\n"
    assert derive_title(text) == "某县召开某某工作会议"
