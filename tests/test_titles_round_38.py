"""Titles round 38 (issue 18): a title made from the lead that is longer than MAX_CHARS is
no longer cut with an ellipsis inside its object or its subject (`…来我市调研经…`,
`…的政协委员们集中…`): the deed is said without its object, or the people without the
session they attend, first. Invented sentences, not copied from any page."""

from public_records.extract.title import (
    MAX_CHARS,
    _deed_without_object,
    _without_attended_session,
    derive_title,
)


def test_a_long_title_ends_at_its_visit_verb_not_inside_its_object():
    lead = (
        "9月11日，某部某局某处处长甲乙带领驻某市某委员会机关挂职干部一行来我市，"
        "对经济社会高质量发展、基层人大工作情况进行调研。某市人大常委会副主任丙丁参加活动。"
    )
    assert derive_title(lead) == "某部某局某处处长甲乙带领驻某市某委员会机关挂职干部一行来我市调研"


def test_after_a_verb_a_headline_does_not_end_with_the_tasks_are_said_by_the_first():
    lead = (
        "5月6日，某省某厅某处处长甲乙带领驻某市省直机关挂职干部和部分省人大代表一行来我县，"
        "对安全生产、森林防火工作开展情况进行检查。"
    )
    assert derive_title(lead) == (
        "某省某厅某处处长甲乙带领驻某市省直机关挂职干部和部分省人大代表一行来我县检查安全生产等工作"
    )


def test_people_are_said_without_the_session_they_attend_when_the_title_is_too_long():
    lead = (
        "12月30日下午，出席某县第十八届人民代表大会第四次会议的人大代表和政协某县第十届委员会"
        "第四次会议的政协委员们，集中视察参观某循环产业园等重点项目。"
    )
    assert derive_title(lead) == "人大代表和政协委员们集中视察参观某循环产业园等重点项目"


def test_no_derived_title_of_these_leads_ends_with_an_ellipsis():
    leads = [
        "9月11日，某部某局某处处长甲乙带领驻某市某委员会机关挂职干部一行来我市，"
        "对经济社会高质量发展、基层人大工作情况进行调研。",
        "12月30日下午，出席某县第十八届人民代表大会第四次会议的人大代表和政协某县第十届委员会"
        "第四次会议的政协委员们，集中视察参观某循环产业园等重点项目。",
    ]
    for lead in leads:
        title = derive_title(lead)
        assert not title.endswith("…") and len(title) <= MAX_CHARS


def test_a_title_that_fits_keeps_its_object():
    lead = "3月5日，某市人大常委会某室副主任甲乙一行来我县调研县乡人大工作和建设情况。"
    assert derive_title(lead) == "某市人大常委会某室副主任甲乙一行来我县调研县乡人大工作和建设情况"
    assert _deed_without_object("县长甲乙到某镇调研春耕生产") == "县长甲乙到某镇调研春耕生产"


def test_a_task_group_name_is_no_visit_verb():
    title = (
        "某省某厅某处处长甲乙带领驻某市省直机关挂职干部和部分省人大代表组成的调研组一行前往我县某镇"
        "某村某合作社了解乡村振兴和基层治理工作情况"
    )
    assert _deed_without_object(title) == title


def test_a_session_not_said_before_people_stays():
    title = "县长甲乙主持召开全县经济工作会议的筹备会议部署经济工作"
    assert _without_attended_session(title) == title
