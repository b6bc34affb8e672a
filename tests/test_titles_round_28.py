"""Titles round 28: the headline a reader expects (issue 18)."""

from public_records.extract.title import derive_title


def test_a_place_and_site_line_is_no_headline():
    # A section's line (a town and the news site) above the page's own headline.
    text = (
        "青石镇 某川新闻网\n"
        "您当前的位置: 某川新闻网 > 乡镇风采 > 青石镇\n"
        "青石镇：志愿者上街清理小广告\n"
        "2019-05-02 09:10\n"
        "5月1日，青石镇二十余名志愿者走上街头，清理集镇主街的小广告和乱贴乱画。\n"
    )
    assert derive_title(text) == "青石镇：志愿者上街清理小广告"


def test_a_site_then_street_line_is_no_headline():
    text = (
        "某江融媒｜东湖街道\n"
        "东湖街道召开老旧小区改造推进会\n"
        "6月3日，东湖街道召开老旧小区改造推进会，部署下阶段改造工作。\n"
    )
    assert derive_title(text) == "东湖街道召开老旧小区改造推进会"


def test_a_means_clause_subject_does_the_deed_after_it():
    # 以…为主题 is how the street went about it; the deed is said where it was done.
    lead = (
        "为丰富居民文化生活，8月以来，某市青河街道以“清风入户”为主题，"
        "在辖区6个社区举办8场邻里文艺汇演，吸引3000余名居民观看。"
    )
    assert derive_title(lead) == "某市青河街道在辖区6个社区举办8场邻里文艺汇演"


def test_a_means_clause_of_a_body_keeps_its_subject():
    lead = "近日，某县文旅局以非遗进校园为契机，在县实验小学开展传统技艺展示活动，师生200余人参加。"
    assert derive_title(lead) == "某县文旅局在县实验小学开展传统技艺展示活动"


def test_an_occasion_after_a_means_clause_is_still_leading():
    lead = "某镇以党建为引领，在春节来临之际，走访慰问辖区困难群众，送去慰问金和物资。"
    assert derive_title(lead) == "某镇走访慰问辖区困难群众"


def test_a_mood_before_the_days_span_is_said_before_the_news():
    # 心系…，情牵… says how the county felt; 连日来 opens the news, whose doer it names.
    lead = (
        "元旦将至，市委、市政府心系百姓冷暖，情牵群众安危，连日来，某市四套班子领导"
        "分别带队，深入社区和养老院开展节前走访慰问活动。"
    )
    assert derive_title(lead) == "某市四套班子领导分别带队深入社区和养老院开展节前走访慰问活动"


def test_people_before_the_day_stay_the_subject():
    lead = "县委书记甲乙，县长丙丁，连日来，深入各乡镇检查防汛工作，要求压实责任。"
    assert derive_title(lead).startswith("县委书记甲乙")


def test_a_list_of_bare_names_keeps_two_and_the_deed():
    # Ten names then 等 and their group: the title keeps two, the group and the whole deed
    # instead of cutting inside the deed with ….
    lead = (
        "5月9日上午，王建国、李红梅、张志强、刘海涛、陈立新、杨春华、赵明远、黄小军、"
        "周文斌、吴德胜等县级领导干部分组开展城乡环境卫生整治“周末大检查”，现场交办问题。"
    )
    assert derive_title(lead) == "王建国、李红梅等县级领导干部分组开展城乡环境卫生整治“周末大检查”"


def test_units_before_their_group_are_no_names():
    lead = "1月5日，县委、县政府、县人大、县政协等四大班子领导走访慰问困难群众。"
    assert derive_title(lead) == "县委、县政府、县人大、县政协等四大班子领导走访慰问困难群众"
