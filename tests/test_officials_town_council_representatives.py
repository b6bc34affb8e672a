"""Officials on real pages (issue 11, round names53): a Taiwan town council's
representative written with the town's people before the name (某镇民代表A、B出席) holds
a post, as 镇代表 and 代表会代表 already did; the council itself (镇民代表会…) and the
mainland's citizens' delegates (市民代表) stay no title. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_town_representative_before_the_name():
    assert _names("溪北镇民代表吴进财陪同视察。") == ["吴进财"]
    assert _titles("溪北镇民代表吴进财陪同视察。") == {"吴进财": "溪北镇民代表"}


def test_a_list_of_town_representatives():
    assert _names("镇民代表林文雄、黄志明也到场关心。") == ["林文雄", "黄志明"]


def test_guards_the_council_keeps_its_own_titles():
    assert _titles("溪北镇民代表会代表吴进财出席。") == {"吴进财": "溪北镇民代表会代表"}
    assert _titles("镇民代表会主席吴进财主持会议。") == {"吴进财": "镇民代表会主席"}


def test_guards_no_title_where_no_post_is_held():
    assert _names("镇民代表们纷纷发言。") == []
    assert _names("市民代表吴进财发言。") == []
