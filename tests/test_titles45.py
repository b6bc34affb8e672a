"""Round titles45 (issue 18): a derived title too long for a headline and with no clause end
to stop at is cut so that what it keeps is whole: never inside a pair of quotation or
book-title marks (the cut goes before the pair, or a clause end before it), and before 暨
when the cut falls in the second of two joined events (the first named whole, no
ellipsis). Invented sentences."""

from public_records.clean.chrome import strip_chrome
from public_records.extract.title import MAX_CHARS, derive_title


def test_a_cut_never_falls_inside_quotation_marks():
    text = (
        "11月2日，全县机关干部职工、各界别政协委员和驻县单位及有关企业干部积极践行"
        "“扶危济困、崇德向善、守望相助、邻里互帮”的倡议，踊跃参加捐款活动。\n"
    )
    # (titles51: with 的传统美德 the virtue gives way to the deed, 踊跃参加捐款活动; the
    # cut is read here on a call, 的倡议, that no rule passes over)
    title = derive_title(text)
    assert title == "全县机关干部职工、各界别政协委员和驻县单位及有关企业干部积极践行…"
    assert "“" not in title


def test_a_cut_never_falls_inside_book_title_marks():
    text = (
        "6月8日，某市人大常委会副主任甲乙带领某市人大常委会执法检查组部分成员认真学习贯彻"
        "《某某省某某某某某某某某保护条例实施办法》精神并开展执法检查。\n"
    )
    title = derive_title(text)
    assert "《" not in title or "》" in title
    assert len(title) <= MAX_CHARS


def test_a_clause_end_inside_quotes_cut_by_the_length_is_no_end():
    # the comma inside the slogan the length cuts into is no clause end to stop at
    text = (
        "3月5日，某某县教育体育局联合县妇联、县团委等单位在县文化广场开展"
        "“弘扬雷锋精神，争做时代新人，共建文明城市”主题志愿服务活动。\n"
    )
    title = derive_title(text)
    assert title.count("“") == title.count("”")


def test_a_cut_in_the_second_of_two_joined_events_ends_before_its_jointure():
    text = (
        "9月26日，区委书记甲乙主持召开区委理论学习中心组第十五次集中学习会暨某某学习教育"
        "专题读书班第十一次交流研讨会。\n"
    )
    assert derive_title(text) == "区委书记甲乙主持召开区委理论学习中心组第十五次集中学习会"


def test_guards_joined_events_that_fit_and_a_shared_head_noun():
    # two joined events that fit are said whole
    text = "9月26日，区委书记甲乙主持召开区委常委会会议暨理论学习中心组学习会。\n"
    assert derive_title(text) == "区委书记甲乙主持召开区委常委会会议暨理论学习中心组学习会"
    # a 暨 that joins topics of one meeting (安全生产暨消防工作会议) is no event's end
    text = (
        "5月3日，县委副书记、县长甲乙，县委常委、常务副县长丙丁出席全县春季农业生产"
        "及森林防火、安全生产暨消防工作和防汛备汛工作调度推进会议并讲话。\n"
    )
    assert not derive_title(text).endswith("安全生产")


# Rule 2: a page's own headline that opens with a book title keeps its opening 《 (the
# header's junk marks before a line are stripped, but a 《 that its 》 closes is the
# headline's own).


def test_a_headline_opening_with_a_book_title_keeps_its_opening_mark():
    text = (
        "当前位置：首页 > 要闻\n《某某市某某行为促进条例》实施座谈会召开\n"
        "发布时间：2031-06-03 来源：某某网 浏览：12次\n"
        "6月3日，某某市人大常委会召开座谈会，市人大常委会副主任甲乙出席并讲话。\n"
    )
    assert strip_chrome(text).meta["page_title"] == "《某某市某某行为促进条例》实施座谈会召开"


def test_a_headline_glued_to_its_fields_keeps_its_opening_mark():
    text = (
        "《某县志》评审会召开 发布时间：2031-05-08 来源：某某网\n"
        "5月8日，某县召开评审会，副县长甲乙出席会议并讲话。\n"
    )
    assert strip_chrome(text).meta["page_title"] == "《某县志》评审会召开"


def test_guards_marks_before_a_headline_are_still_stripped():
    # a bracket or bar before the headline, and a 《 no 》 closes, are no part of it
    text = (
        "当前位置：首页 > 要闻\n【某县召开安全生产工作会议\n"
        "发布时间：2031-06-03 来源：某某网\n"
        "6月3日，某县召开安全生产工作会议，县长甲乙出席并讲话。\n"
    )
    assert strip_chrome(text).meta["page_title"] == "某县召开安全生产工作会议"
    text = text.replace("【某县", "《某县")
    assert strip_chrome(text).meta["page_title"] == "某县召开安全生产工作会议"


# Rule 3: 成员 (党组成员, 班子成员) is a post's word, not a two-character name after 组, so a
# roster shortened for a headline keeps the person whose chain of posts opens with it.


def test_a_roster_shortened_keeps_the_name_after_a_party_group_member():
    text = (
        "9月28日至30日，省某某办党组成员、副主任甲乙，省某某办工程处副处长丙丁、"
        "省某某办综合处副处长戊己一行深入某某县、某某县调研指导某某工作。\n"
    )
    title = derive_title(text)
    assert "甲乙" in title
    assert title.endswith("调研指导某某工作")


def test_guards_a_member_word_alone_and_a_real_name():
    # a chain without 成员 is read as before; a name ending the chain stays a name
    text = "3月2日，县委常委、副县长甲乙，县政府办公室主任丙丁到某镇检查春耕生产。\n"
    assert derive_title(text).startswith("县委常委、副县长甲乙")
    text = "3月2日，某局党组成员、副局长甲乙到某镇检查安全生产工作。\n"
    assert derive_title(text) == "某局党组成员、副局长甲乙到某镇检查安全生产工作"
