"""Officials on real pages (issue 11, rounds names53 and names54, one rule; merged by the
mends of review43, finding 9): a member of a Taiwan town's council written with the town's
people before the title (某镇民代表A、B: the 镇民代表会) holds that post, as 镇代表 and
代表会代表 already did; the council's own posts (镇民代表会主席, 镇民代表会代表) keep their
longer titles, 镇民代表 being no core before 会 (the list of 代表 after which it is none,
one YAML list); 市民代表 (a mainland page's citizens) and 村民代表 (villagers) stay no title.
Sentences and names written here (the pages' Traditional, converted as the pipeline
converts it before reading officials)."""

from public_records.extract.officials import vocab

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_town_representative_before_the_name():
    assert _names("溪北镇民代表吴进财陪同视察。") == ["吴进财"]
    assert _titles("溪北镇民代表吴进财陪同视察。") == {"吴进财": "溪北镇民代表"}
    assert _names("县长会同某镇民代表黄大明至农田视察。") == ["黄大明"]
    assert _titles("某镇民代表陈志强建议，尽速改善排水。") == {"陈志强": "某镇民代表"}


def test_a_list_of_town_representatives():
    assert _names("镇民代表林文雄、黄志明也到场关心。") == ["林文雄", "黄志明"]
    assert _names("镇民代表林大同、张文华到场关心。") == ["林大同", "张文华"]


def test_guards_the_council_keeps_its_own_titles():
    assert _titles("溪北镇民代表会代表吴进财出席。") == {"吴进财": "溪北镇民代表会代表"}
    assert _titles("金湖镇民代表会代表陈大明提出质询。") == {"陈大明": "金湖镇民代表会代表"}
    assert _titles("镇民代表会主席吴进财主持会议。") == {"吴进财": "镇民代表会主席"}
    assert _titles("镇民代表会副主席李小华致词。") == {"李小华": "镇民代表会副主席"}


def test_guards_no_title_where_no_post_is_held():
    assert _names("镇民代表们纷纷发言。") == []
    assert _names("镇民代表们到场关心。") == []
    assert _names("市民代表吴进财发言。") == []
    assert _names("市政府邀请市民代表王大明参观新建成的公园。") == []
    assert _names("村民代表王大明说，道路已经修好。") == []


def test_one_list_after_which_daibiao_is_no_core():
    after = vocab().core_not_followed_by
    assert after["镇民代表"] == after["代表"]
