"""Which sentence of a report is its news (issue 18, titles, round 7): a first
paragraph that only says what is to come, a scene set before the news, a headline
printed under the report, a subject named by what its people attend."""

from public_records.extract.title import derive_title


def test_what_is_to_come_gives_way_to_a_later_paragraph_opening_with_its_hour():
    text = (
        "11月20日，某区将召开第六次党代会。\n"
        "11月19日上午，城区主要街道横幅飘荡，彩旗飘飘，会场布置一新，气氛浓厚。\n"
        "上午11时许，区委书记甲乙到代表驻地看望代表，察看会议室布置情况。"
    )
    assert derive_title(text) == "区委书记甲乙到代表驻地看望代表"


def test_a_scene_gives_way_only_to_the_next_paragraph_and_only_to_its_day():
    text = (
        "在全县人民的期盼下，某县人大会议在县剧院隆重开幕，代表们汇聚一堂，共商发展大计。\n"
        "今天的县剧院庄严肃穆，气氛祥和，主席台花团锦簇，国徽熠熠生辉。\n"
        "下午3时，大会执行主席甲乙宣布大会开幕，县长丙丁向大会作政府工作报告。"
    )
    assert derive_title(text) == "某县人大会议隆重开幕"


def test_a_group_of_four_bodies_leaders_is_not_the_verb_organise():
    text = "1月8日，区委书记甲乙带领区四大组织领导，到某村看望慰问困难群众。"
    assert derive_title(text) == "区委书记甲乙带领区四大组织领导到某村看望慰问困难群众"
