"""Officials on real pages (issue 11, round assoc42): posts of a members' council written
with no body before them that no office has: a federation's head (总会长, 荣誉总会长,
辅导总会长), the founding and advising chairs (创会理事长, 辅导理事长), a term and its end
together (第5届卸任总会长), and a home-town association's chair whose title's walk stops
at 同 (乡会理事长). Their holders, and the names a list of them goes on to, are left out.
Sentences and names written here."""

from tests.officials_checks import names as _names


def test_a_federations_heads_are_left_out():
    text = "县长王大明到场，辅导总会长陈文雄、荣誉总会长林国华、张永福、李德生出席。"
    assert _names(text) == ["王大明"]
    text = "市长周文彬致词。第7届总会长洪志明表示感谢，第6届卸任总会长洪志强交棒。"
    assert _names(text) == ["周文彬"]


def test_founding_and_advising_chairs_are_left_out():
    text = "前县长吴志雄到场。创会理事长叶国华高歌一曲，辅导理事长叶明德致词。"
    assert _names(text) == ["吴志雄"]


def test_a_home_town_associations_chair_cut_at_its_stop_word_is_left_out():
    text = "副市长钱志明出席某县同乡会大会。某县同乡会理事长林志伟表示欢迎。"
    assert _names(text) == ["钱志明"]


def test_a_founding_chair_beside_a_councillor_is_left_out():
    text = "县议员许志坚、创会理事长叶国华出席。许志坚致词。"
    assert _names(text) == ["许志坚"]


def test_an_office_holders_bare_association_post_stays():
    # guard: an office's holder named by a bare 会长 too is left as before
    assert _names("县长方立群、县议员钱志明出席，会长钱志明致词。") == ["方立群", "钱志明"]
