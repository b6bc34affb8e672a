"""Officials on real pages (issue 11, round assoc42): the readings decided at stop 42
leave a private company's head out and keep a state enterprise's. A business group's
board chair that nothing shows to be the state's (no government level, no central or
state trade's word) is left out; a provincial group's, a city's investment group's and
a central state group's chairs stay. Sentences and names written here."""

from tests.officials_checks import names as _names


def test_a_private_groups_chair_is_left_out():
    text = "市委书记王大明一行调研某拓集团，某拓集团董事长姜海波接待。"
    assert _names(text) == ["王大明"]
    text = "县委书记李小华出席，宝某国际企业集团董事长程光表示支持。"
    assert _names(text) == ["李小华"]


def test_a_state_groups_chair_stays():
    # guard: a province's, a city's and the central state's groups
    text = "省公航旅集团董事长石国荣、市城投集团董事长高建华、中国某某集团董事长许文出席。"
    assert _names(text) == ["石国荣", "高建华", "许文"]


def test_a_companys_chair_is_left_as_before():
    # guard: only a business group's chair is read by the rule
    assert _names("副县长王大明、某某科技有限公司董事长李小华出席。") == ["王大明", "李小华"]
