"""Officials: the failure classes of real pages (issue 11, second development batch).

Each sentence is written here in the shape of a class seen on real pages (never copied
from them); the expected people, titles and roles are worked out by hand.
"""

from __future__ import annotations

import pytest
from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in extract_officials(text)}


def test_an_open_predicate_ends_with_its_sentence():
    # 检查 opens a clause of the next sentence: it is not the attendee's verb.
    got = found("副县长钱文斌出席会议。每到一处，检查人员都仔细询问。")
    assert got == {"钱文斌": ("副县长", ("attendee",))}


@pytest.mark.parametrize(
    "text, name, title",
    [
        # A county or city head written right after the place's name (台东县长).
        ("台东县长林振华出席典礼并致词。", "林振华", "台东县长"),
        ("草屯镇长简国平、埔里镇长罗文忠都到场。", "罗文忠", "埔里镇长"),
        ("委员拜会台东县长林振华及县议会议长陈大文。", "林振华", "台东县长"),
        ("客人由台南市长赖志强亲自接待。", "赖志强", "台南市长"),
    ],
)
def test_a_level_title_after_a_place_name(text, name, title):
    assert found(text)[name][0] == title


def test_a_level_title_after_a_place_name_keeps_words_out():
    assert found("大观区长江岸线整治完成。") == {}
    assert found("该县长期坚持植树造林。") == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A three-character name whose first two characters are a word (林长, 庄稼).
        ("乡长林长青主持会议。", {"林长青": ("乡长", ("chair",))}),
        (
            "大会执行主席庄稼明、王小红、李立新出席。",
            {n: ("大会执行主席", ("attendee",)) for n in ("庄稼明", "王小红", "李立新")},
        ),
        # 在 inside a given name, between 、 of a list after one title.
        (
            "往届县政协主席张在田、刘文、王学军在主席台就座。",
            {n: ("往届县政协主席", ("attendee",)) for n in ("张在田", "刘文", "王学军")},
        ),
    ],
)
def test_every_item_of_a_list_after_a_title_is_a_name(text, expected):
    assert found(text) == expected


def test_a_list_after_a_colon_takes_the_title_before_it():
    got = found("出席会议的县领导还有：周建明、吴海、郑立新。")
    assert got == {n: ("县领导", ("attendee",)) for n in ("周建明", "吴海", "郑立新")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "会议选举周建明、吴海为县人大常委会副主任。",
            {n: ("县人大常委会副主任", ("mentioned",)) for n in ("周建明", "吴海")},
        ),
        (
            "会议推选郑立新、吴海等2位同志为大会执行主席。",
            {n: ("大会执行主席", ("mentioned",)) for n in ("郑立新", "吴海")},
        ),
        (
            "周建明、吴海、郑立新担任副团长。",
            {n: ("副团长", ("mentioned",)) for n in ("周建明", "吴海", "郑立新")},
        ),
    ],
)
def test_names_named_to_a_post_take_its_title(text, expected):
    assert found(text) == expected


def test_names_before_a_counted_title():
    got = found("县议会张大同等5位议员出席说明会。")
    assert got == {"张大同": ("议员", ("attendee",))}


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("会议由主持人郑立新主持。", "郑立新", ("主持人", ("chair",))),
        ("副县长何明远解读了文件。", "何明远", ("副县长", ("speaker",))),
        ("镇长许国栋今（3）日率团出访。", "许国栋", ("镇长", ("leader",))),
        ("村第一书记马文华有关工作的介绍。", "马文华", ("村第一书记", ("speaker",))),
        ("县议会议长林士文因公出国。", "林士文", ("县议会议长", ("mentioned",))),
        ("在代理乡长洪立文上任后，工程重启。", "洪立文", ("代理乡长", ("mentioned",))),
        ("双方与陈国强市长进行座谈。", "陈国强", ("市长", ("attendee",))),
    ],
)
def test_wider_titles_and_words_after_a_name(text, name, expected):
    assert found(text)[name] == expected


def test_announcing_the_opening_is_chairing():
    got = found("执行主席周建明宣布大会开幕。")
    assert got == {"周建明": ("执行主席", ("chair",))}


def test_a_leader_whose_instructions_are_followed_is_mentioned():
    # a doctrine's name alone names no one since stop 36: tests/test_doctrine_names.py
    assert found("要对标对表习近平总书记重要指示精神。")["习近平"][1] == ("mentioned",)


def test_words_after_a_title_are_not_names():
    # 齐 is a surname, 齐声 a word; 陈瑛说 is 陈瑛 and 说.
    assert found("蓝绿议员齐声反对。") == {}
    assert found("原民议员陈瑛说，这是好事。") == {"陈瑛": ("原民议员", ("speaker",))}


def test_a_counted_list_of_places_is_no_list_of_people():
    # The items before 等5位里长 are villages: one of them is no name, so none is.
    got = found("镇长许国华今日率领顶山、草中、郭厝、玉顺等5位里长，前往邻县拜会。")
    assert got == {"许国华": ("镇长", ("leader",))}


def test_names_of_the_surname_lai():
    got = found("市议会赖文华、刘士明等2位议员出席。")
    assert set(got) == {"赖文华", "刘士明"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A verb inside a document's name is no act of the reader.
        ("县委常委王立新领学《督查巡查工作办法》。", {"王立新": ("县委常委", ("speaker",))}),
        # The verb of a 的-phrase before a title is that person's, not the list's before it.
        (
            "大会执行主席周建明、吴海，列席会议的副县长郑立新在主席台就座。",
            {
                "周建明": ("大会执行主席", ("attendee",)),
                "吴海": ("大会执行主席", ("attendee",)),
                # sitting in is being there: nonvoting, no attendee besides (round 9)
                "郑立新": ("副县长", ("nonvoting",)),
            },
        ),
        (
            # (秘书长, not 理事长: a bare council chair holds no office, test_prec38)
            "秘书长周建明、处长吴海等贵宾共聚一堂。",
            {"周建明": ("秘书长", ("attendee",)), "吴海": ("处长", ("attendee",))},
        ),
        ("受委托，县政协副主席吴海向大会报告提案工作。", {"吴海": ("县政协副主席", ("speaker",))}),
        # The host who receives a visiting group is there.
        ("考察团由县长林振华亲自接待。", {"林振华": ("县长", ("attendee",))}),
    ],
)
def test_roles_of_real_page_shapes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A roster after a verb of presence and a colon, or after its 的还有.
        ("在主席台就座的有：周建明、吴海、郑立新。", {"周建明", "吴海", "郑立新"}),
        ("出席会议的还有周建明、吴海。", {"周建明", "吴海"}),
        # A list after one title cut by commas goes on to its verb.
        ("市领导周建明、吴海，郑立新、王学军出席。", {"周建明", "吴海", "郑立新", "王学军"}),
    ],
)
def test_rosters_without_a_title_before_each_part(text, expected):
    got = found(text)
    assert set(got) == expected
    assert all("attendee" in roles for _, roles in got.values())


def test_a_roster_needs_a_verb_of_presence():
    assert found("会议强调：周建明、吴海。") == {}


def test_elected_names_take_the_post():
    got = found("何立新当选为县政协主席，吴海当选为县政协副主席。")
    assert got == {
        "何立新": ("县政协主席", ("mentioned",)),
        "吴海": ("县政协副主席", ("mentioned",)),
    }
