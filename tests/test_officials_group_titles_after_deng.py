"""Officials named in a list closed by 等 and a group's title (round group43, issue 11).

Two gaps of the shape: a group's title that joins two levels or organs by 、 after 等
(A、B等市、区领导), and a first item after a collective title that is a chief-system word
and a name too (县领导林长、B、C). Invented sentences only.
"""

from public_records.extract.identify import extract_officials


def names(text):
    return [m.name for m in extract_officials(text)]


def titled(text):
    return [(m.name, m.title) for m in extract_officials(text)]


# --- a group's title joined by 、 after 等 -------------------------------------------


def test_levels_joined_after_deng():
    assert titled("3月5日,张德明、李文华等市、区领导出席。") == [
        ("张德明", "市、区领导"),
        ("李文华", "市、区领导"),
    ]


def test_organs_joined_after_deng():
    assert names("会上,张德明、李文华等县委、县政府领导出席。") == ["张德明", "李文华"]
    assert names("3月5日,张德明、李文华等区人大、政协领导出席。") == ["张德明", "李文华"]
    assert names("3月5日,张德明、李文华等县人大、县政协领导出席。") == ["张德明", "李文华"]


def test_two_levels_counted_after_deng():
    assert names("3月5日,张德明、李文华、王建国等市、县两级领导出席。") == [
        "张德明",
        "李文华",
        "王建国",
    ]


# --- a chief-system word as the first name after a collective title --------------------


def test_forest_chief_word_as_first_name():
    assert names("3月5日,县领导林长、李文华、王建国出席仪式。") == ["林长", "李文华", "王建国"]
    assert names("3月5日,县领导林长、李文华等出席。") == ["林长", "李文华"]


def test_forest_chief_word_not_read_as_place_and_name():
    # 区领导林长、… once gave the false name 区林长.
    assert names("3月5日,区领导林长、李文华、王建国等参加。") == ["林长", "李文华", "王建国"]


# --- guards: what must not change -------------------------------------------------------


def test_guard_plain_group_title_after_deng():
    assert names("3月5日,张德明、李文华等县领导参加调研。") == ["张德明", "李文华"]
    assert names("3月5日,张德明、李文华、王建国等市委常委出席会议。") == [
        "张德明",
        "李文华",
        "王建国",
    ]


def test_guard_organs_joined_without_deng_name_no_one():
    assert names("他强调，要加强党委、政府领导，张德明出席。") == []
    assert names("各乡镇党委、政府领导，县直有关单位负责人参加。") == []


def test_guard_chief_posts_listed_are_no_names():
    assert names("3月5日,县级林长、河长、路长出席会议。") == []
    assert names("各级林长、河长要履职尽责。") == []
    assert names("县领导林长、河长、路长出席。") == []


def test_guard_chief_word_before_a_titled_item():
    assert names("县领导林长、副县长李文华出席。") == ["李文华"]


def test_guard_given_name_opening_with_the_word():
    assert titled("市领导林长春、李文华出席仪式。") == [("林长春", "市领导"), ("李文华", "市领导")]


# --- a group's title of several words, then 和 and another group --------------------------


def test_group_of_leading_bodies_then_he_another_group():
    assert titled("3月5日,张德明、李文华等区四套班子领导和各部门负责人出席。") == [
        ("张德明", "区四套班子领导"),
        ("李文华", "区四套班子领导"),
    ]


# --- 该 (that place's) between 等 and the group's title -----------------------------------


def test_that_place_before_the_group_title():
    assert titled("3月5日,张德明、李文华等该区领导出席。") == [
        ("张德明", "区领导"),
        ("李文华", "区领导"),
    ]
    assert names("3月5日,张德明、李文华等该市领导陪同调研。") == ["张德明", "李文华"]


def test_that_place_group_title_then_he():
    got = titled("张德明、李文华、王建国、刘志强等该区四套班子领导和各部门负责人出席。")
    assert got == [(n, "区四套班子领导") for n in ("张德明", "李文华", "王建国", "刘志强")]


def test_guard_leadership_and_a_noun():
    assert names("要加强党的领导和支持。") == []
    assert names("该县四套班子领导出席。") == []
    assert titled("3月5日,张德明、李文华等县领导和老干部出席。") == [
        ("张德明", "县领导"),
        ("李文华", "县领导"),
    ]
