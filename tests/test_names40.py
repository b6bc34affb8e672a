"""Officials on real pages (issue 11, names round 40: what dev-b18 misses). A
transliterated name written with a middle dot (Uyghur, Kazakh, Mongolian names: 甲·乙)
after its own title inside a list of titled names is that title's holder, not one name
glued to the title; and such a name's last part may run past a Han given name's length
when written in transliteration characters alone. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_dotted_name_after_its_own_title_in_a_list():
    text = "市政协副主席周国强、副主席努尔江·沙吾提率考察团来我县考察。"
    assert _titles(text) == {"周国强": "市政协副主席", "努尔江·沙吾提": "副主席"}
    text = "县长刘文辉、副县长吾拉木·阿西木出席会议。"
    assert _titles(text) == {"刘文辉": "县长", "吾拉木·阿西木": "副县长"}


def test_a_dotted_name_without_a_title_of_its_own_stays_in_the_list():
    # guard: the list's title is shared when the dotted item has none of its own
    text = "副县长刘文辉、吾拉木·阿西木出席会议。"
    assert _names(text) == ["刘文辉", "吾拉木·阿西木"]


def test_a_dotted_name_with_a_long_transliterated_last_part():
    text = "县人大常委会主任吐尔洪·阿不都热依出席会议并讲话。"
    assert _titles(text) == {"吐尔洪·阿不都热依": "县人大常委会主任"}
    text = "蒙古国工业部部长巴特·额尔德木图一行来我市考察。"
    assert _names(text) == ["巴特·额尔德木图"]


def test_a_slogan_with_a_long_last_part_is_no_name():
    # guard: a slogan's longer part is written in common words, not transliteration
    assert _names("县政协开展“委员讲政策·百姓来评议”活动，副县长刘文辉出席。") == ["刘文辉"]


def test_a_titled_name_with_an_organ_character_before_acting_together():
    # 镇 stands in the name (an organ character), so only an act may end it: 共同 before
    # the act is read past, as a day is.
    text = "县长李文彬、立委陈镇华共同揭牌。"
    assert _titles(text) == {"李文彬": "县长", "陈镇华": "立委"}
    assert _names("副县长周镇平共同出席开幕式。") == ["周镇平"]


def test_acting_together_before_no_act_ends_no_such_name():
    # guard: 共同 before no role verb is no certain end for a name holding 镇
    assert _names("县长李文彬表示，立委陈镇华共同关心此事。") == ["李文彬"]
