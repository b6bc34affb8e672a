"""Titles from the lead sentence when none is given."""

from public_records.clean import clean
from public_records.extract.title import MAX_CHARS, derive_title


def test_seed_title_is_the_meeting_name(seed_text):
    assert derive_title(clean(seed_text).text) == (
        "大观区召开区委常委会扩大会议暨重点工作“比晒拼创”总结点评会"
    )


def test_long_lead_is_cut_with_ellipsis():
    title = derive_title("近日，" + "很长的会议名称" * 20 + "。")
    assert len(title) == MAX_CHARS and title.endswith("…")


def test_lead_without_time_clause_is_kept():
    assert derive_title("区委书记潘功发主持会议，强调安全。") == "区委书记潘功发主持会议"


def test_page_headline_above_the_lead_is_the_title():
    text = (
        "县政协召开九届二十次常委会议\n"
        "5月6日上午，县政协召开九届二十次常委会议，县政协主席王五主持会议。"
    )
    assert derive_title(text) == "县政协召开九届二十次常委会议"


def test_headline_broken_over_lines_and_a_site_suffix():
    text = (
        "政协某某县第十届委员会\n第一次会议闭幕--某某日报\n"
        "12月17日，政协某某县第十届委员会第一次会议在县文化中心闭幕。"
    )
    assert derive_title(text) == "政协某某县第十届委员会 第一次会议闭幕"


def test_byline_and_city_name_are_not_headlines():
    text = "某某\n记者张三/综合报道\n1月5日，某某县政府召开常务会议，县长李四主持。"
    assert derive_title(text) == "某某县政府召开常务会议"


def test_leading_clauses_are_skipped():
    assert (
        derive_title("9月30日，为筑牢国庆节期间安全防线，副县长王五带队检查安全生产工作。")
        == "副县长王五带队检查安全生产工作"
    )
    assert (
        derive_title("连日来，县委书记张三深入乡镇调研秋粮收购，强调要保障农民利益。")
        == "县委书记张三深入乡镇调研秋粮收购"
    )
    assert derive_title("新春将至，岁寒情暖。近日，区领导走访慰问退休老干部。") == (
        "区领导走访慰问退休老干部"
    )


def test_subject_keeps_its_whole_title_chain_and_name():
    title = derive_title("1月8日，县委书记张三，县委副书记、县长李四看望慰问困难群众。")
    # the head after the secretary is said by the office, as readers say it (titles43)
    assert title == "县委书记张三、县长李四看望慰问困难群众"


def test_long_list_of_people_keeps_the_first_and_what_the_group_did():
    title = derive_title(
        "2月2日，县政协主席甲乙，县委常委、常务副县长丙丁，县委常委、组织部长戊己一行"
        "走访慰问了部分离退休老同志。"
    )
    assert title == "县政协主席甲乙一行走访慰问离退休老同志"  # no 了 (nor 部分) in a headline


def test_dateline_and_inserted_clause_are_dropped():
    title = derive_title(
        "某某网讯（记者 赵六）9月17日下午，市第八督导组在钱七副局长的带领下，"
        "到我县督导安全生产工作。"
    )
    assert title == "市第八督导组到我县督导安全生产工作"


def test_a_column_tag_a_list_date_and_a_tag_suffix_are_not_the_headline():
    lead = "\n11月8日，区委常委、副区长李四现场督导安全生产工作。"
    assert derive_title("【时政速览】区领导现场督导安全生产工作" + lead) == (
        "区领导现场督导安全生产工作"
    )
    assert derive_title("111-07-27 区领导现场督导安全生产工作" + lead) == (
        "区领导现场督导安全生产工作"
    )
    assert derive_title("区领导现场督导安全生产工作-【新闻】" + lead) == (
        "区领导现场督导安全生产工作"
    )


def test_a_headline_with_the_site_and_time_after_it_is_still_the_headline():
    text = (
        "某市取得重大阶段性成果!某区部署疫情防控和经济社会发展 某某新闻     2022-05-31 21:10\n"
        "5月31日下午，某区统筹疫情防控和经济社会发展工作会议召开，区委书记张三出席。"
    )
    assert derive_title(text) == "某市取得重大阶段性成果!某区部署疫情防控和经济社会发展"


def test_a_breadcrumb_is_no_headline_even_as_the_page_title():
    text = "某某镇开展春节走访慰问活动\n日前，某某镇开展春节走访慰问活动，镇党委书记王五带队。"
    assert derive_title(text, page_title="某某镇>开展春节走访>慰问活动") == (
        "某某镇开展春节走访慰问活动"
    )


def test_a_photo_caption_naming_a_person_is_no_headline():
    text = (
        "某市人大常委会第一副主任、党组书记王五\n"
        "8月24日，某市人大常委会第一副主任、党组书记王五一行到某村调研工作。"
    )
    assert derive_title(text) == "某市人大常委会第一副主任王五一行到某村调研工作"


def test_a_means_clause_gives_its_subject_to_the_next_predicate():
    text = "某某融媒讯 近日，某区某镇结合“结对帮扶”工程建设，扎实开展困难群众走访慰问活动。"
    assert derive_title(text) == "某区某镇扎实开展困难群众走访慰问活动"


# Issue 18, lead titles (third round): the headline a reader gives is "who did what",
# cut at the end of the first predicate clause, without the clauses that only bring the
# subject to a place.


def test_a_clause_that_only_goes_somewhere_gives_way_to_its_purpose():
    assert derive_title(
        "3月2日下午，市委书记甲乙丙，市长丁戊等市领导，来到县第一中学，看望慰问全体教师。"
    ) == ("市委书记甲乙丙，市长丁戊等市领导看望慰问全体教师")
    assert derive_title(
        "4月5日，区政协主席庚辛带领区政协机关干部，深入某某镇某村，看望慰问了困难群众。"
    ) == ("区政协主席庚辛带领区政协机关干部看望慰问困难群众")
    # a subject clause that ends with its own going somewhere keeps the person
    assert derive_title(
        "1月8日，县委书记张三，县委副书记、县长李四来到县敬老院，看望慰问老人。"
    ) == ("县委书记张三、县长李四看望慰问老人")


def test_going_somewhere_to_do_it_in_one_clause_is_kept():
    assert derive_title("6月3日，市委书记张三到某某园区调研，强调要抓项目。") == (
        "市委书记张三到某某园区调研"
    )


def test_a_photo_caption_line_is_not_the_lead():
    text = (
        "5月6日，县长王五到某某园区调研。记者赵六摄\n"
        "本报讯（记者赵六）5月6日，县长王五深入某某园区和重点项目现场调研。"
    )
    assert derive_title(text) == "县长王五深入某某园区和重点项目现场调研"


def test_a_headline_wholly_in_brackets_is_the_headline():
    text = "【区政协年中工作会议】\n\n8月7日，区政协年中工作会议在区图书馆举行，会议听取工作报告。"
    assert derive_title(text) == "区政协年中工作会议"


def test_a_person_caption_cut_from_the_header_is_no_headline():
    lead = "8月24日，某某市人大常委会副主任、党组书记周某一行到某村调研工作。"
    assert derive_title(lead, page_title="某某市人大常委会副主任、党组书记周某") == (
        "某某市人大常委会副主任周某一行到某村调研工作"
    )


def test_a_session_is_named_as_headlines_name_it():
    assert derive_title(
        "8月21日下午，中国人民政治协商会议某某市某某区第十五届委员会第四次会议开幕。"
    ) == ("某某市某某区政协十五届四次会议开幕")
    lead = "4月29日上午，某某县第十八届人民代表大会第五次会议在县文化中心隆重开幕。"
    assert derive_title(lead) == "某某县十八届人大五次会议隆重开幕"


def test_a_date_or_a_place_inside_the_predicate_is_dropped():
    assert derive_title("晨报讯 某某市政协十四届三次会议1月14日上午在某某中心开幕。") == (
        "某某市政协十四届三次会议开幕"
    )
    assert derive_title("某某县政府于春节前召开第1次县务会议，由县长王五主持。") == (
        "某某县政府召开第1次县务会议 县长王五主持"  # the chair as headlines add it
    )


def test_a_clause_ending_in_a_time_word_is_leading():
    assert derive_title("5月26日下午，圆满完成大会议程后，某某市六届人大七次会议闭幕。") == (
        "某某市六届人大七次会议闭幕"
    )


def test_a_sentence_without_a_deed_is_skipped_for_the_next():
    text = (
        "本报讯 新春佳节即将来临，困难群众的冷暖一直牵动着县领导干部的心。"
        "2月9日，县四大班子领导分别到各乡镇看望慰问困难群众。"
    )
    assert derive_title(text) == "县四大班子领导分别到各乡镇看望慰问困难群众"


def test_done_to_an_object_is_said_with_the_verb_first():
    assert derive_title(
        "12月16日，副县长甲乙丙，副县长丁戊，安监局长己庚一行对某某局安全生产工作进行了检查。"
    ) == ("副县长甲乙丙一行检查某某局安全生产工作")


def test_who_was_gathered_to_convene_is_dropped():
    assert derive_title(
        "7月6日上午，某某街办组织机关全体干部、各村党支部书记在街办会议室召开第三季度工作部署会。"
    ) == ("某某街办召开第三季度工作部署会")
    # the organisation department is no gathering
    assert derive_title("7月6日，县委组织部在县会议中心召开组织工作会议。") == (
        "县委组织部召开组织工作会议"
    )


def test_what_a_visit_looked_into_is_said_with_the_verb_first():
    # 就X进行调研 -> 调研X, as 对X进行了检查 -> 检查X
    assert derive_title("7月6日下午，区长甲乙丙一行到某某镇就现代农业发展情况进行调研。") == (
        "区长甲乙丙一行到某某镇调研现代农业发展情况"
    )


def test_a_clause_saying_a_season_has_come_is_leading():
    # 农历春节到了，… sets the time, as 新春佳节来临之际 does
    assert derive_title("农历春节到了，县长翁章梁率同仁到各乡镇送年菜。") == (
        "县长翁章梁率同仁到各乡镇送年菜"
    )


def test_a_cppcc_session_with_its_place_after_the_term_gets_its_short_name():
    # 中国人民政治协商会议第十三届某市委员会第四次会议, the place after the term
    assert derive_title(
        "1月5日上午，中国人民政治协商会议第十三届某某市委员会第四次会议在市会议中心隆重开幕。"
    ) == ("某某市政协十三届四次会议隆重开幕")


def test_three_people_in_one_clause_give_the_first_and_the_group():
    # a chain joined by 、 whose titles themselves hold 、: three people or more keep the
    # first and 一行, or the first and 等 (his title chain and name: the whole subject);
    # two stay whole
    assert derive_title(
        "7月6日下午，区委副书记、区长甲乙丙、区政协主席丁戊己、区委常委、副区长庚辛壬一行"
        "到某某镇调研现代农业。"
    ) == ("区委副书记、区长甲乙丙一行到某某镇调研现代农业")
    assert derive_title(
        "2月1日，区委书记甲乙、区长丙丁、区政协主席戊己分别带队走访慰问困难群众。"
    ) == ("区委书记甲乙等带队走访慰问困难群众")
    assert derive_title("5月6日，县委书记张三、县长李四到某村调研。") == (
        "县委书记张三、县长李四到某村调研"
    )


def test_a_long_roster_of_clauses_before_the_verb_gives_the_first_and_the_deed():
    names = ("甲一", "乙二", "丙三", "丁四", "戊五")
    people = "，".join(f"县委常委、副县长{name}" for name in names)
    lead = (
        f"9月12日下午，某某县委书记张三，县长李四，{people}，县政协主席王五，"
        f"县人大常委会主任赵六，以及有关部门负责人，督查了果品博览会筹备情况。"
    )
    assert derive_title(lead) == "某某县委书记张三等督查果品博览会筹备情况"


def test_one_official_and_deng_as_subject_is_said_as_the_group():
    # 县委书记甲等 (the first of a roster): the title keeps him, title chain and name, and
    # the group word the lead gives after 等 (titles55: a faithful title keeps its whole
    # subject; it was said as the place's 领导 before)
    assert derive_title("1月20日，某某县委书记张三等四大班子领导分组开展节日慰问活动。") == (
        "某某县委书记张三等四大班子领导分组开展节日慰问活动"
    )
    assert derive_title("2月3日，区委书记李四等带队走访慰问离休干部。") == (
        "区委书记李四等带队走访慰问离休干部"
    )
    assert derive_title("2月3日，市委书记王五等市领导看望慰问劳动模范。") == (
        "市委书记王五等市领导看望慰问劳动模范"
    )
    # two people named before 等 and a group word: the lead names them, the title too
    assert derive_title("3月1日，市委书记甲乙，市长丙丁等市领导参加义务植树。") == (
        "市委书记甲乙，市长丙丁等市领导参加义务植树"
    )


def test_a_long_list_after_the_verb_keeps_its_first_two():
    # places, units, tasks or kinds of people listed after the verb: a title keeps the
    # first two and 等 (with what the list's closing 等 leads into); two stay whole
    assert derive_title(
        "7月30日，县长赵六慰问县人武部、县消防大队、县公安局、县武警中队等单位官兵。"
    ) == ("县长赵六慰问县人武部、县消防大队等单位官兵")
    assert derive_title(
        "1月25日，县长赵六走访慰问离休干部、困难党员、低保户、残疾人和孤寡老人。"
    ) == ("县长赵六走访慰问离休干部、困难党员等")
    assert derive_title("1月25日，县长赵六走访慰问离休干部、困难党员。") == (
        "县长赵六走访慰问离休干部、困难党员"
    )


def test_the_names_of_the_people_visited_are_left_out():
    assert derive_title("1月28日，区长钱七走访慰问退休老干部孙一平、周二、吴三、郑四海等。") == (
        "区长钱七走访慰问退休老干部"
    )
