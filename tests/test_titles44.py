"""Titles round 44: the page's own headline among the page's other lines.

Invented headlines, captions and leads (no page's sentence)."""

from public_records.extract.title import derive_title_with_evidence, page_headline


def test_a_persons_caption_under_the_headline_is_no_part_of_it():
    # A photo's caption naming a titled person (a title chain and a name, no deed),
    # printed between the headline and the lead, which names the person word for word.
    text = (
        "某新区行政中心三年内东迁 滨河片区建设绿色社区\n"
        "1\n"
        "市人大代表、某新区区长甲乙丙\n"
        "本报讯 昨天，市人大代表、某新区区长甲乙丙在市人代会期间接受采访，"
        "介绍新区行政中心东迁计划。"
    )
    assert page_headline(text) == "某新区行政中心三年内东迁 滨河片区建设绿色社区"


def test_a_caption_after_a_spaced_headline_with_a_bar():
    text = (
        "某区邻长研习会，提升基层服务效能\n"
        "![]() |\n"
        "某区长丁戊己 |\n"
        "某区公所今日举办年度邻长研习会，邀请各单位进行专业讲习，提升邻长服务知能。\n"
        "某区长丁戊己表示，邻长是区政推动的关键。"
    )
    assert derive_title_with_evidence(text)[0] == "某区邻长研习会，提升基层服务效能"


def test_a_headline_broken_over_lines_keeps_its_organ_line():
    # guard: a line naming an organ (no name after its title word) is more of the
    # headline (passes before and after)
    text = (
        "政治协商会议\n第九届某某县委员会\n第二次会议开幕\n"
        "3月5日，政治协商会议第九届某某县委员会第二次会议开幕，主席甲乙作报告。"
    )
    assert page_headline(text) == "政治协商会议 第九届某某县委员会 第二次会议开幕"


def test_a_headline_that_only_names_a_person_is_still_a_caption():
    # guard: the whole headline a caption (title chain and name) is none (existing rule)
    text = "县政协副主席庚辛\n8月2日，县政协副主席庚辛到某村调研，察看产业发展情况。"
    assert page_headline(text) == ""
