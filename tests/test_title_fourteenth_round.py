"""Issue 18, round 14: titles derived from the lead, shapes found on a survey of new
pages (tests/real/survey-titles2, git-ignored; invented leads, no real page's line)."""

from public_records.extract.title import derive_title


def test_places_closed_by_deng_di_leave_no_stray_di():
    # 深入甲、乙、丙等地，实地调研…: 等地 is "and other places", no group named after 等;
    # the manner word before the deed (实地) stays with it
    text = "3月4日，县长甲乙率队深入某园区、某企业、某市场等地，实地督导安全生产工作。\n"
    assert derive_title(text) == "县长甲乙率队实地督导安全生产工作"


def test_people_taken_along_then_where_they_went_and_the_deed():
    # 带领…同志，到某地现场办公: where the party went and its deed, not the people alone
    # (the staff taken along are left out, as headlines leave them)
    text = "5月6日上午，副县长甲乙带领有关部门负责同志，到某镇重点项目现场办公。\n"
    assert derive_title(text) == "副县长甲乙到某镇重点项目现场办公"


def test_a_group_described_by_you_zucheng_is_not_a_deed():
    # 由…组成的督导组 names the group led; what it did follows the comma
    text = (
        "4月2日，某县人大常委会副主任甲乙带领由部分人大代表组成的督导组，对某镇道路建设进行督导。\n"
    )
    # headlines name the group, not its members
    assert derive_title(text) == "某县人大常委会副主任甲乙带领督导组督导某镇道路建设"


def test_a_span_of_days_after_the_subject_does_not_take_the_subject_away():
    # 某指挥部于…期间，在全县开展…: 期间 ends the clause, but the subject is in it
    text = (
        "为做好防汛工作，某县防汛指挥部于3月1日至5日期间，在全县开展防汛安全检查活动，"
        "重点检查水库。\n"
    )
    assert derive_title(text) == "某县防汛指挥部在全县开展防汛安全检查活动"


def test_a_row_opening_with_an_enumeration_comma_is_no_headline():
    # a copy broken into rows at its marks: 、某某等情况 is the tail of a list, not a headline
    text = (
        "，为做好防汛工作，某县防汛指挥部于3月1日至5日期间，"
        "在全县开展防汛安全检查活动，重点检查水库\n"
        "、在建工程等情况。\n"
        "检查中\n"
        "，县水利局分六组对各乡镇进行实地检查。\n"
    )
    assert derive_title(text) == "某县防汛指挥部在全县开展防汛安全检查活动"


def test_a_visit_verb_or_an_on_the_spot_verb_after_jinxing_goes_before_its_object():
    # 对…进行走访慰问 / 进行现场督导: headlines say the verb, then its object
    text = "6月2日，县长甲乙对某镇困难群众进行走访慰问。\n"
    assert derive_title(text) == "县长甲乙走访慰问某镇困难群众"
    text = "6月2日，县长甲乙带队到某镇，对防汛工作进行实地检查。\n"
    assert derive_title(text) == "县长甲乙带队到某镇检查防汛工作"


def test_a_title_too_long_drops_the_places_before_an_ellipsis():
    # a title chain, a group taken along, places and the deed: over a headline's length,
    # the places go first, so the deed is said whole
    text = (
        "4月2日，县人大常委会主任甲乙，副主任丙丁、戊己，带领城镇环资委委员深入县交通局、"
        "某镇，对全县道路示范县创建工作开展调研。\n"
    )
    title = derive_title(text)
    assert "…" not in title, title
    assert title.endswith("调研全县道路示范县创建工作"), title


def test_an_organizer_and_the_people_it_organized_go_on_to_the_deed():
    # 组织某某，开展…活动: who organized whom to do what (data/title_escort_verbs.txt)
    text = "近日，某局机关党委组织各支部党员，开展春节走访慰问活动，为困难党员送去温暖。\n"
    assert derive_title(text) == "某局机关党委组织各支部党员开展春节走访慰问活动"


def test_people_organized_whose_roster_goes_on_past_the_comma_stay_as_they_were():
    # 组织甲、乙，以及丙40余人深入某区…: the roster goes on; round 18 leaves its rest out
    # and goes on to the deed (tests/test_title_eighteenth_round.py), no longer the
    # people alone
    text = (
        "11月5日，某市人大常委会组织市人大常委会组成人员和人大代表，以及各工作部门负责人"
        "40余人深入某区，就重点项目建设情况开展集中视察。\n"
    )
    assert (
        derive_title(text) == "某市人大常委会组织市人大常委会组成人员和人大代表视察重点项目建设情况"
    )
