"""Officials on real pages (issue 11, names round 42): a titled name ends before an
exhortation said to others (期勉, Taiwan's word beside 勉励) and before 到 where the place
after it opens with an act (督导站, 督查组): no given name ends in 到, so X到 + 督导 is not
read. A list of bare names closed by 等 and a group of retired cadres (离退休老干部代表,
老干部, 退休干部) whose clause says they speak names them, titled by the group; a list only
visited (看望A、B等老同志) stays out. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_titled_name_before_an_exhortation():
    assert _titles("嘉义市长林佩君期勉市府团队全力以赴。") == {"林佩君": "嘉义市长"}
    assert _names("县长吴志明期勉同仁守住防疫成果。") == ["吴志明"]


def test_a_titled_name_before_going_to_a_place_that_opens_with_an_act():
    assert _titles("县长赵凯到督导站看望值班人员。") == {"赵凯": "县长"}
    assert _names("副区长孙洁到督查组了解进度。") == ["孙洁"]


def test_a_three_character_name_before_dao_is_still_whole():
    # guard: passes before and after (到 after a whole given name is a follower, as before)
    assert _names("县长王立新到督导站看望值班人员。") == ["王立新"]
    assert _names("副县长陈晓峰到现场指导。") == ["陈晓峰"]


def test_retired_cadres_who_speak_are_named_with_their_group():
    text = "座谈会上，韩立新、罗光明、谭秀英等离退休老干部代表先后发言，建言献策。"
    assert _titles(text) == {n: "离退休老干部代表" for n in ("韩立新", "罗光明", "谭秀英")}
    assert _roles("会上，邵国华、邹建平等老干部踊跃发言。") == {
        "邵国华": ("speaker",),
        "邹建平": ("speaker",),
    }


def test_retired_cadres_only_visited_stay_out():
    # guard: passes before and after (no speech of theirs: the visitors' act)
    assert _names("市领导看望了韩立新、罗光明、谭秀英等老干部。") == []
    assert _names("韩立新、罗光明等老同志先后发言。") == []
