"""Officials on real pages (issue 11, twenty-sixth round, names: people the extractor
missed or invented), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_river_chief_is_a_title_among_the_holder_s_posts():
    # 某县委书记、县级总河长、某江某段河长A: the river-chief system's post (总河长, 副河长,
    # 乡级河长) ends a chain of titles as any post does
    text = (
        "4月3日，某县委书记、县级总河长、青溪河县级河长王立文，"
        "副县长、青溪河下游段副河长何国平到某镇开展巡河工作。"
    )
    assert _titles(text) == {
        "王立文": "某县委书记、县级总河长、青溪河县级河长",
        "何国平": "副县长、青溪河下游段副河长",
    }
    assert _titles("区委副书记、区长、区总河长李德华察看防汛工作。") == {
        "李德华": "区委副书记、区长、区总河长"
    }
    # the system, its office and a group of chiefs with no name are no holder
    assert _names("全镇推行河长制，镇级河长、村级河长要履行职责。") == []
    assert _titles("某某市河长办副主任陈国栋主持会议。") == {"陈国栋": "某某市河长办副主任"}


def test_a_place_s_head_elect_is_named_after_the_suffix():
    # 某园市长当选人A: the level core glued to the place's name, then 当选人 and the name
    assert _titles("新竹县长当选人王立文出席。") == {"王立文": "新竹县长当选人"}
    # 明天 ends the name, as 今天 and 明日 do
    assert _titles("桃园市长当选人何国平明天就职。") == {"何国平": "桃园市长当选人"}
    assert _names("县长何国平明天到某乡视察。") == ["何国平"]
    # a place's name before a level core with no holder or suffix is still no title
    assert _names("大观区长江岸线整治完成。") == []


def test_he_inside_a_place_s_name_does_not_cut_the_title():
    # 政协某和县第十届委员会主席: 和 is part of the county's name the report writes again
    # (中共某和县委), not a joiner that ends the title's organ
    text = "王立文当选政协西和县第十届委员会主席。会议在中共西和县委的领导下召开。"
    assert _titles(text) == {"王立文": "政协西和县第十届委员会主席"}
    text = "太和镇党委书记何国平主持会议，太和镇镇长李德华出席。"
    assert _titles(text) == {"何国平": "太和镇党委书记", "李德华": "太和镇镇长"}
    # a joiner between two holders stays one
    text = "县长王立文和县委书记何国平出席会议。"
    assert _titles(text) == {"王立文": "县长", "何国平": "县委书记"}


def test_a_graded_secretary_is_a_title_before_or_after_the_name():
    # 简任秘书 (a Taiwan civil-service grade before the post): the whole is the title,
    # written after the name in a name-first list as well
    text = "陈县长特别向即将退休的王立文处长、何国平简任秘书及李德华副局长表达感谢。"
    assert _titles(text) == {"王立文": "处长", "何国平": "简任秘书", "李德华": "副局长"}
    assert _titles("简任秘书陈国栋出席会议。") == {"陈国栋": "简任秘书"}


def test_a_post_s_holders_in_turn_after_a_place_s_head():
    # 二十年来某中市长历经A、B、C: the post's holders named after 历经 (had, in turn), a
    # linker as 包括 is; the level core glued to the place's name takes it as 县长 does
    text = "十年来台中市长历经王立文、何国平、李德华，一棒接一棒。"
    assert _titles(text) == {n: "台中市长" for n in ("王立文", "何国平", "李德华")}
    assert _titles("本届县长包括王立文、何国平。") == {"王立文": "本届县长", "何国平": "本届县长"}
    # a place's name before a level core and 有 with no list of names is no title
    assert _names("大观区长有很多岸线。") == []


def test_the_said_place_is_no_part_of_the_title():
    # 该镇党委书记A (the said township's): 该 is a demonstrative, the title starts after it
    text = "调研组来到某镇，该镇党委书记王立文、镇长何国平陪同。"
    assert _titles(text) == {"王立文": "镇党委书记", "何国平": "镇长"}


def test_a_verb_that_governs_the_holder_ends_the_title():
    # 根据市委书记A的要求, 转达县长B的问候, 责成副县长C…: the verb is no organ of the title
    assert _titles("会议根据市委书记王立文的要求作出部署。") == {"王立文": "市委书记"}
    assert _titles("会上，他转达县长何国平的问候。") == {"何国平": "县长"}
    assert _titles("会议决定，责成副县长陈国栋，限期整改。") == {"陈国栋": "副县长"}


def test_a_development_zone_s_organ_keeps_its_first_character():
    # 经开区 (an economic development zone): 经 (via) is no stop word inside it
    text = "某某经开区工委书记、县委书记王立文，经开区管委会副主任何国平出席。"
    assert _titles(text) == {
        "王立文": "某某经开区工委书记、县委书记",
        "何国平": "经开区管委会副主任",
    }
