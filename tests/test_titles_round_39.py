"""Titles round 39 (issue 18): a lead whose leader clause holds a word with a task verb
inside that does nothing (a post 二级调研员, a place 某检查点, the people 优抚对象, a party
由某某带队的调研组) was cut before its deed: the lead-in was taken for a deed of its own.
Such words are no predicate, so the leader clause goes on to what the party did.
Invented sentences, not copied from any page."""

from public_records.extract.title import _predicate_mask, derive_title


def test_a_post_named_by_a_task_leads_the_party_on_to_its_deed():
    lead = (
        "3月9日，某县一级调研员甲乙带领部分县政协委员，就某河流域生态修复工作进行视察。"
        "视察组先后来到甲镇、乙镇。"
    )
    assert derive_title(lead) == "某县一级调研员甲乙带领部分县政协委员视察某河流域生态修复工作"


def test_a_place_named_by_a_task_is_where_the_party_went_not_its_deed():
    lead = (
        "近日，某乡党委书记甲乙带队深入某路口检查点、某桥头等重点部位，开展节前交通安全专项检查，"
        "确保群众平安出行。"
    )
    title = derive_title(lead)
    assert title.startswith("某乡党委书记甲乙带队深入")
    assert title.endswith("开展节前交通安全专项检查")


def test_a_party_led_by_an_official_and_named_by_its_task_goes_on_to_where_it_went():
    lead = "5月8日，由某市政协副主席甲乙带队的考察组，到我县考察文旅融合发展工作。"
    assert derive_title(lead) == "某市政协副主席甲乙带队的考察组到我县考察文旅融合发展工作"


def test_the_people_a_visit_is_for_are_no_deed():
    lead = (
        "8月1日上午，县长甲乙，副县长丙丁来到某部队、某镇优抚对象家中，开展走访慰问活动，"
        "送去节日的问候。"
    )
    assert "开展走访慰问活动" in derive_title(lead)


def test_a_task_with_what_it_is_done_to_stays_a_deed():
    # 检查点位 and 调研员工 are a task and its object; 调研组织… a task of its own
    assert _predicate_mask("逐一检查点位") == "逐一检查点位"
    assert _predicate_mask("深入车间调研员工食堂") == "深入车间调研员工食堂"
    assert _predicate_mask("甲乙带队调研组织建设") == "甲乙带队调研组织建设"
