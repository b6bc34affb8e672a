"""Officials on real pages (issue 11, round names54): a member of a Taiwan town's council
written with 民 before the title (某镇民代表某某: the 镇民代表会) holds that title, as 镇代表
already did; the council's own posts (镇民代表会主席, 镇民代表会代表) keep their longer
titles, and 市民代表 (a mainland page's citizens) and 村民代表 (villagers) stay no title.
Sentences and names written here (the pages' Traditional, converted as the pipeline
converts it before reading officials)."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_town_councils_member_written_with_min():
    assert _names("县长会同某镇民代表黄大明至农田视察。") == ["黄大明"]
    assert _titles("某镇民代表陈志强建议，尽速改善排水。") == {"陈志强": "某镇民代表"}


def test_a_list_after_the_title():
    assert _names("镇民代表林大同、张文华到场关心。") == ["林大同", "张文华"]


def test_guards_the_councils_posts_keep_their_titles():
    assert _titles("金湖镇民代表会代表陈大明提出质询。") == {"陈大明": "金湖镇民代表会代表"}
    assert _titles("镇民代表会主席王大明主持会议。") == {"王大明": "镇民代表会主席"}
    assert _titles("镇民代表会副主席李小华致词。") == {"李小华": "镇民代表会副主席"}


def test_guards_citizens_and_villagers_are_no_title():
    assert _names("市政府邀请市民代表王大明参观新建成的公园。") == []
    assert _names("村民代表王大明说，道路已经修好。") == []
    assert _names("镇民代表们到场关心。") == []
