"""Issue 18, round 15: titles derived from real pages' shapes seen on surveys of unlabelled
pages (invented sentences, no real page's line): a group split into teams, a subject 我县
in a clause the title skips, a doubled place name, a caption printed twice above the lead
(its Taiwan bracketed byline is checked on the credits module's pattern:
test_credits_review_bylines.py)."""

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


def test_our_county_in_a_clause_the_title_skips_stays_the_subject():
    # 我县按照…，开展…: the clause is skipped as leading, its subject is not
    text = "3月5日，我县按照上级要求，全面开展防汛隐患排查。\n"
    assert derive_title(text) == "我县全面开展防汛隐患排查"
    text = "我市高度重视防汛工作，3月5日，召开全市防汛工作会议，市长甲乙出席。\n"
    assert derive_title(text) == "我市召开全市防汛工作会议"
    text = "3月5日，我区根据上级统一部署，扎实开展安全生产大检查。\n"
    assert derive_title(text) == "我区扎实开展安全生产大检查"


def test_a_clause_with_its_own_subject_keeps_it():
    text = "我县高度重视防汛工作，3月5日，县长甲乙带队检查防汛准备情况。\n"
    assert derive_title(text) == "县长甲乙带队检查防汛准备情况"


def test_a_place_name_printed_twice_is_said_once():
    text = "3月5日，某山县某山县召开安全生产工作会议，县长甲乙出席。\n"
    assert derive_title(text) == "某山县召开安全生产工作会议"
    # a place inside a longer name stays (某区区委)
    text = "3月5日，某山区区委召开常委会议。\n"
    assert derive_title(text) == "某山区区委召开常委会议"


def test_a_caption_printed_twice_above_the_lead_gives_way_to_the_lead():
    # the caption's sentence, then the same sentence again as the first paragraph, then
    # the report's own lead with its day
    caption = "县长甲乙在某镇田间察看小麦长势。\n"
    lead = "3月5日，县长甲乙到某镇调研春耕生产工作，察看小麦长势，听取情况汇报。\n"
    assert derive_title(caption + caption + lead) == "县长甲乙到某镇调研春耕生产工作"


def test_a_caption_line_then_the_same_words_as_a_sentence_is_no_headline():
    # the caption's line without a full stop, then its words again as a paragraph: not the
    # headline, the dated lead after them gives the title
    caption = "县长甲乙在某镇田间察看小麦长势"
    lead = "3月5日，县长甲乙到某镇调研春耕生产工作，察看小麦长势，听取情况汇报。\n"
    text = caption + "\n" + caption + "。\n" + lead
    assert derive_title(text) == "县长甲乙到某镇调研春耕生产工作"
    # a headline whose words open a lead that goes on stays the headline
    text = "某县召开春耕生产工作会议\n某县召开春耕生产工作会议，县长甲乙出席。\n" + lead
    assert derive_title(text) == "某县召开春耕生产工作会议"


def test_some_of_the_groups_is_no_split():
    # 部分3个村民小组: some of the groups visited, not the party split up (no 走访部)
    text = "3月5日，县长甲乙走访部分3个村民小组，察看春耕生产。\n"
    assert derive_title(text) == "县长甲乙走访3个村民小组"  # 部分 left out as before
