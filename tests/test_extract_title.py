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
    assert title == "县委书记张三，县委副书记、县长李四看望慰问困难群众"


def test_long_list_of_people_keeps_the_first_and_what_the_group_did():
    title = derive_title(
        "2月2日，县政协主席甲乙，县委常委、常务副县长丙丁，县委常委、组织部长戊己一行"
        "走访慰问了部分离退休老同志。"
    )
    assert title == "县政协主席甲乙一行走访慰问了部分离退休老同志"


def test_dateline_and_inserted_clause_are_dropped():
    title = derive_title(
        "某某网讯（记者 赵六）9月17日下午，市第八督导组在钱七副局长的带领下，"
        "到我县督导安全生产工作。"
    )
    assert title == "市第八督导组到我县督导安全生产工作"
