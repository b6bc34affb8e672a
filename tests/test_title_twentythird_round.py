"""Issue 18, round 23: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title


def test_staff_from_three_named_units_are_left_out_whole():
    # 带领甲局、乙局、丙局等部门负责人: the staff taken along, their units named; the
    # title leaves them all out, not all but the first unit
    text = (
        "3月2日上午，县长甲乙带领县应急管理局、县林业局、县水利局等相关部门负责人，"
        "到某某镇开展森林防火工作督查。"
    )
    assert derive_title(text) == "县长甲乙到某某镇开展森林防火工作督查"


def test_staff_from_two_named_units_were_left_out_already():
    text = "3月2日上午，县长甲乙带领县应急管理局、县林业局等部门负责人到某某镇检查森林防火工作。"
    assert derive_title(text) == "县长甲乙到某某镇检查森林防火工作"


def test_inspection_keeps_an_object_when_its_tasks_are_left_out():
    # 检查 ends no headline: the first tasks, 等 and 工作 say what was inspected (round 24:
    # the first two, as the first alone may miss the inspection's subject)
    text = "3月2日上午，副县长甲乙到某某镇检查森林防火、防汛备汛、安全生产工作。"
    assert derive_title(text) == "副县长甲乙到某某镇检查森林防火、防汛备汛等工作"


def test_research_visit_still_ends_the_title():
    # 调研 ends a headline well (到某镇调研): its tasks are still left out
    text = "3月2日上午，副县长甲乙到某某镇调研乡村振兴、集体经济和人居环境整治工作。"
    assert derive_title(text) == "副县长甲乙到某某镇调研"


def test_shortened_task_list_keeps_its_shared_head_noun():
    # 工作落实情况 after the last task is every task's: it stays after 等
    text = (
        "3月2日上午，副县长甲乙到某某镇检查森林防火、防汛备汛、安全生产和疫情防控"
        "工作落实情况，县林业局负责人陪同。"
    )
    assert derive_title(text) == "副县长甲乙到某某镇检查森林防火、防汛备汛等工作落实情况"


def test_list_of_people_visited_has_no_shared_head():
    text = "3月2日上午，县长甲乙走访慰问困难党员、低保户和残疾人家庭，并检查敬老院安全生产工作。"
    assert derive_title(text) == (
        "县长甲乙走访慰问困难党员、低保户和残疾人家庭并检查敬老院安全生产工作"
    )


def test_meeting_not_named_by_its_topic_goes_on_with_it():
    # 召开专题会议 says no topic: the clause after it (研究部署…) is the object the
    # title lost
    text = "7月22日，县委书记甲乙主持召开专题会议，研究部署森林防火工作，县长丙丁出席。"
    assert derive_title(text) == "县委书记甲乙主持召开专题会议研究部署森林防火工作"


def test_team_sent_out_goes_on_with_what_it_did():
    text = "7月22日，某某县纪委监委派出督查组，对全县森林防火工作开展专项督查。"
    assert derive_title(text) == "某某县纪委监委派出督查组对全县森林防火工作开展专项督查"


def test_meeting_named_by_its_topic_stays_alone():
    text = "7月22日，某某镇召开森林防火工作推进会，对下一阶段工作进行安排部署。"
    assert derive_title(text) == "某某镇召开森林防火工作推进会"


def test_hurrying_to_a_place_is_a_movement_verb_whole():
    # 赶赴 is one verb of going: the title says what was done there, not 赶 and the deed
    text = "6月20日，受强降雨影响，县委书记甲乙连夜赶赴某某镇，察看汛情，指挥抢险救灾。"
    assert derive_title(text) == "县委书记甲乙连夜察看汛情"


def test_places_visited_give_way_to_what_was_looked_into():
    # 先后到甲、乙、丙，详细了解…: the places only say where; the title is what the
    # official looked into, not the places cut with 等
    text = (
        "9月1日，县长甲乙先后到某某中学、某某小学、某某幼儿园，详细了解开学准备、校园安全等情况。"
    )
    assert derive_title(text) == "县长甲乙详细了解开学准备、校园安全等情况"


def test_aim_word_holding_dui_is_no_deed():
    # 针对 holds 对 but is no 对…进行: a forecast's detail is no deed, the official's is
    text = (
        "「某某台风」预计于本(31)日下午登陆，本次台风针对沿海乡镇风力影响较强，"
        "请各乡镇公所加强戒备。会后县长甲乙与应变中心同仁共进午餐。"
    )
    assert "针对" not in derive_title(text)


def test_deed_after_an_aim_word_is_still_found():
    text = "6月20日，县纪委针对防汛工作开展专项督查。"
    assert derive_title(text) == "县纪委针对防汛工作开展专项督查"


def test_team_formed_goes_on_to_the_visit():
    # 组建慰问组 names the team by its task (no deed yet): the party goes on past where it
    # went to what it did, said verb first
    text = (
        "新春佳节，某某镇组建慰问组，分批深入15个村（居），对困难老党员、特困退役军人、"
        "孤寡老人、低保特困户、重病患者、残疾人家庭等群体进行了慰问。"
    )
    assert derive_title(text) == "某某镇组建慰问组分批慰问困难老党员、特困退役军人等群体"


def test_police_station_sends_no_one_out():
    text = "7月22日，县公安局派出所民警深入某某村开展防诈骗宣传。"
    assert derive_title(text) == "县公安局派出所民警深入某某村开展防诈骗宣传"


def test_hong_kong_day_in_brackets_without_its_month_is_dropped():
    # 今日（五日）: the day in brackets goes with 今日, no （五日） left in the title
    text = "民政事务局局长甲乙今日（五日）到访某某区，了解地区防疫工作。"
    assert derive_title(text) == "民政事务局局长甲乙到访某某区"


def test_office_setting_up_a_post_is_the_deed():
    # 在某地设置接种站 is what the office did; the official who came by (到场关心) is a
    # detail after it
    text = "为了让长者安心接种疫苗，某某乡公所今天在乡立托儿所设置接种站，乡长甲乙到场关心。"
    assert derive_title(text) == "某某乡公所在乡立托儿所设置接种站"


def test_staff_named_as_relevant_personnel_are_left_out():
    text = "4月2日至3日，副县长甲乙带领县征兵办相关人员深入各乡镇督导征兵工作。"
    assert derive_title(text) == "副县长甲乙深入各乡镇督导征兵工作"


def test_news_site_glued_after_a_bare_bar_is_no_part_of_the_headline():
    text = (
        "某某市长甲乙视察国小开学 叮咛注意交通安全｜某某新闻网\n"
        "某某市长甲乙今天视察某某国小开学情形，叮咛学童注意交通安全。"
    )
    assert derive_title(text) == "某某市长甲乙视察国小开学 叮咛注意交通安全"


def test_headline_part_after_a_bare_bar_stays():
    text = (
        "信访接待日｜县委书记甲乙接待来访群众\n5月12日，县委书记甲乙在县信访接待中心接待来访群众。"
    )
    assert derive_title(text) == "信访接待日｜县委书记甲乙接待来访群众"


def test_header_headline_keeps_full_width_marks():
    # the chrome step keeps the header's headline folded (ASCII marks); the title shows
    # the marks as the text has them
    from public_records.extract.title import derive_title_with_evidence

    title, _evidence = derive_title_with_evidence(
        "11月5日，某某县召开森林防火工作会议。", "某某县召开森林防火工作会议,部署今冬森林防火工作"
    )
    assert title == "某某县召开森林防火工作会议，部署今冬森林防火工作"


def test_clause_saying_what_the_day_is_is_leading():
    # 5月12日是某镇领导信访接待日 says what the day is: the title is who did what on it
    text = (
        "今年以来，某某镇坚持把信访工作作为“一把手”工程。5月12日是该镇领导信访接待日，"
        "镇党委书记甲乙在镇信访室接待来访群众8批次。"
    )
    assert derive_title(text) == "镇党委书记甲乙在镇信访室接待来访群众8批次"


def test_speaker_of_the_opening_quote_is_part_of_the_scene():
    # the sentence naming who said the opening words is the quote's, no news
    text = (
        "“感谢政府帮我们解决了大问题！”5月12日，某某村村民甲乙拉着县信访局局长丙丁的手说。"
        "当天，县委书记戊己在县信访接待中心接待来访群众。"
    )
    assert derive_title(text) == "县委书记戊己在县信访接待中心接待来访群众"


def test_bureau_staff_taken_along_are_left_out():
    text = "6月10日，县委书记甲乙带领县水利局、县应急管理局负责同志，深入某某水库，检查防汛工作。"
    assert derive_title(text) == "县委书记甲乙检查防汛工作"


def test_time_of_day_after_a_bracketed_day_goes_with_it():
    text = "行政长官甲乙今日（十二月五日）上午到访某某区，视察地区设施及与区议员会面。"
    assert "上午" not in derive_title(text)


def test_after_the_meeting_glued_to_the_official_is_no_part_of_the_title():
    text = "某某台风预计明日登陆，请各单位做好防台准备。会后县长甲乙与应变中心同仁共进午餐。"
    assert derive_title(text) == "县长甲乙与应变中心同仁共进午餐"


def test_line_ending_in_a_colon_is_no_headline():
    # 某某县森林防火指挥部： labels what follows (an addressee, a unit): no headline
    text = "某某县森林防火指挥部：\n3月5日，副县长甲乙带队检查森林防火工作。"
    assert derive_title(text) == "副县长甲乙带队检查森林防火工作"
