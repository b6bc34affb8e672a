"""Issue 18, round 16: a derived title keeps its event (invented sentences, no real page's
line). A subject too long for a headline (a roster of officials, each with a title chain)
is shortened, not the deed: each chain says its own post (县委副书记、县长甲 -> 县长甲),
then the first person and 等; a lead sentence that says no deed of anyone (a mood or a
scene, a slogan) gives way to the sentence that does."""

from public_records.extract.title import MAX_CHARS, derive_title


def test_a_long_roster_keeps_the_deed_not_cut_with_an_ellipsis():
    # two people with chains of posts, then a long deed: the roster gives way, not the deed
    text = (
        "5月6日，县委副书记、县长甲乙，县人大常委会党组书记、主任丙丁调研全县脱贫攻坚成果"
        "巩固拓展和乡村振兴有效衔接工作落实情况。\n"
    )
    title = derive_title(text)
    assert title.startswith("县委副书记、县长甲乙等"), title
    assert title.endswith("有效衔接工作落实情况"), title
    text = (
        "5月6日，市委常委、常务副市长甲乙，市人大常委会副主任丙丁出席全市2024年第一季度"
        "重点项目集中开工暨招商引资项目签约仪式。\n"
    )
    title = derive_title(text)
    assert title.endswith("招商引资项目签约仪式") and len(title) <= MAX_CHARS, title


def test_a_roster_before_a_verb_the_title_does_not_know_is_no_title_alone():
    # 观摩 is no verb of the list: the roster must not be cut off before what it did
    text = (
        "5月6日，县委书记甲乙，县委副书记、县长丙丁，县人大常委会主任戊己，县政协主席庚辛"
        "一起观摩了某某镇的乡村振兴示范点建设。\n"
    )
    title = derive_title(text)
    assert "观摩" in title and title.endswith("乡村振兴示范点建设"), title
    assert title.startswith("县委书记甲乙"), title


def test_a_roster_too_long_even_with_one_post_each_gives_the_first_and_deng():
    text = (
        "5月6日，县委书记甲乙，县委副书记、县长丙丁，县人大常委会党组书记、主任戊己，"
        "县政协党组书记、主席庚辛，县委副书记壬癸一起观摩了全县第二季度重点项目建设。\n"
    )
    title = derive_title(text)
    assert title.startswith("县委书记甲乙等"), title
    assert title.endswith("观摩了全县第二季度重点项目建设"), title


def test_a_roster_before_a_preposition_keeps_its_deed():
    # 为…讲授: the last name ends before 为
    text = (
        "5月6日，县委书记甲乙，县委副书记、县长丙丁，县人大常委会主任戊己，县政协主席庚辛"
        "为全县三千余名党员干部讲授了一堂生动的专题党课。\n"
    )
    title = derive_title(text)
    assert title.endswith("专题党课") and "…" not in title, title


def test_a_short_roster_stays_as_written():
    text = "5月6日，县委书记甲乙，县委副书记、县长丙丁到某镇调研。\n"
    # kept short; the head said by the office, joined with 、 (titles43)
    assert derive_title(text) == "县委书记甲乙、县长丙丁到某镇调研"


def test_a_lead_broken_at_a_line_inside_its_sentence_goes_on_to_the_deed():
    # the copy broke the lead after a comma: the next line holds what the people did
    text = (
        "5月6日，市委书记甲乙，市委副书记、市长丙丁，市人大常委会主任戊己等一同到委员驻地，\n"
        "看望出席市政协某届某次会议的政协委员。\n"
        "甲乙在看望委员时说，开好会议十分重要。\n"
    )
    assert derive_title(text) == "市委书记甲乙等一同看望出席市政协某届某次会议的政协委员"
    text = (
        "5月6日上午，县委书记甲乙，县委副书记、县长丙丁，县人大常委会主任戊己，县政协主席庚辛，\n"
        "\n"
        "县委副书记壬癸等县领导深入某某镇调研春耕生产。\n"
    )
    assert derive_title(text) == "县委书记甲乙等县领导深入某某镇调研春耕生产"


def test_a_motto_before_the_news_is_skipped():
    # 开局即决战 holds 局, a title character inside a word: it names no one
    text = (
        "开局即决战，起步即冲刺，某某县举行第一季度重点项目集中开工仪式，县委书记甲乙出席"
        "并宣布开工。\n"
    )
    assert derive_title(text) == "某某县举行第一季度重点项目集中开工仪式"
    text = "布局即未来，某某区召开科技创新大会，区长甲乙出席。\n"
    assert derive_title(text) == "某某区召开科技创新大会"


def test_a_purpose_said_over_several_clauses_is_skipped_to_the_doer():
    # 为…，把…送到…，进一步…: the purpose goes on until a clause names who acted
    text = (
        "新春佳节来临之际，为深入贯彻上级精神，把党的温暖送到群众家中，进一步巩固帮扶成果，"
        "某某镇开展了春节走访慰问活动。\n"
    )
    assert derive_title(text) == "某某镇开展春节走访慰问活动"
    # no clause names its doer: the first deed after the purpose stays
    text = "为确保节日安全，5月6日，召开全县安全生产工作会议。\n"
    assert derive_title(text) == "召开全县安全生产工作会议"


def test_four_names_or_more_after_one_post_keep_the_first_two_and_deng():
    text = "5月6日，区人大常委会副主任甲乙、丙丁、戊己、庚辛、壬癸分别带队视察重点项目建设。\n"
    assert derive_title(text) == "区人大常委会副主任甲乙、丙丁等带队视察重点项目建设"
    # three are named all
    text = "5月6日，区人大常委会副主任甲乙、丙丁、戊己分别带队视察重点项目建设。\n"
    assert derive_title(text) == "区人大常委会副主任甲乙、丙丁、戊己分别带队视察重点项目建设"


def test_a_scene_that_names_no_one_gives_way_to_the_paragraph_that_does():
    # 到处 is no going anywhere; nobody is named in the first paragraph
    text = (
        "一场春雨一场暖，春耕备耕正当时。在某某镇的田间地头，到处是农民忙碌的身影。\n"
        "县委书记甲乙到某某镇调研春耕生产。\n"
    )
    assert derive_title(text) == "县委书记甲乙到某某镇调研春耕生产"
    text = "青山绿水间，处处是忙碌的身影。\n某某镇组织党员干部开展植树活动。\n"
    assert derive_title(text) == "某某镇组织党员干部开展植树活动"


def test_a_lead_that_names_its_body_stays_though_its_verb_is_unknown():
    text = "因应疫情升温，某市政府行动会议暂缓办理。\n某市研考会主委表示，将视疫情恢复。\n"
    assert derive_title(text) == "某市政府行动会议暂缓办理"


def test_a_motto_sentence_with_a_deeds_word_gives_way_to_the_news():
    text = "一次走访，一份温暖。县委书记甲乙带队走访慰问困难群众。\n"
    assert derive_title(text) == "县委书记甲乙带队走访慰问困难群众"
    text = "开展调研是做好工作的基础。5月6日，县长甲乙到某某镇调研。\n"
    assert derive_title(text) == "县长甲乙到某某镇调研"
    # a dated sentence is news, though it names no doer
    text = "5月6日，召开全县安全生产会议。县长甲乙出席。\n"
    assert derive_title(text) == "召开全县安全生产会议"
