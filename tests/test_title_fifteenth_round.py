"""Issue 18, round 15: titles derived from real pages' shapes seen on surveys of unlabelled
pages (invented sentences, no real page's line): a group split into teams, a subject 我县
in a clause the title skips, a doubled place name, a Taiwan bracketed byline, a caption
printed twice above the lead."""

from public_records.extract.title import derive_title


def test_a_clause_that_only_splits_the_group_into_teams_is_left_out():
    # 组织…，分为两组，到…: who organised whom, and what they did; not the teams
    text = "3月5日，某县委办组织全体党员干部，分为两组，到某村开展志愿服务活动。\n"
    assert derive_title(text) == "某县委办组织全体党员干部到某村开展志愿服务活动"
    text = "3月5日，某县应急局组织执法人员，分成四个检查组，分别深入各乡镇开展隐患排查。\n"
    assert derive_title(text) == "某县应急局组织执法人员深入各乡镇开展隐患排查"


def test_zuzhi_bufen_is_organising_some_people_not_the_organisation_department():
    # 组织部分代表 (organised some deputies), not 组织部 (the department)
    text = "6月2日，某县人大常委会组织部分人大代表，分为三个小组，分别视察了全县重点项目。\n"
    assert derive_title(text) == "某县人大常委会组织部分人大代表视察全县重点项目"
    # 组织部分别…: the department, then 分别
    text = "6月2日，某县委组织部分别召开两场座谈会。\n"
    assert derive_title(text) == "某县委组织部分别召开两场座谈会"
