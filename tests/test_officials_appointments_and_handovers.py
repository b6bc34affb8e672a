"""Officials: appointments, elections and handovers (round names56, stop 43, issue 11).

Taiwan's handover and reshuffle reports and mainland election reports lost names in five
shapes: a titled name followed by 此次 or 这次 (原分局长X此次调任…), a place's level title
whose holder 因涉… ends (某乡长X因涉嫌…), a list's group title after 等 joined by 和 to
another group (A、B等县领导和老领导在主席台就座: 领导和 was read as a noun pair), and a
roster's member elected later under the CPPCC's full name (X同志当选为中国人民政治协商会议…
副主席: 协商会议 holds 商会, so X was taken for a chamber of commerce's officer and left out
everywhere). Two false names went with them: 宣誓暨 (县长宣誓暨就职典礼) and 区公所 (原任南区
区公所课长: 区 is a surname).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected names and titles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, str]:
    return {m.name: m.title for m in extract_officials(text)}


def test_cishi_ends_a_titled_name():
    got = found("原北港分局长廖志远此次调任邻县警察局督察长，遗缺由他人接任。")
    assert got.get("廖志远") == "原北港分局长"


def test_zheci_ends_a_titled_name():
    got = found("新任督察长邱文德这次回到家乡服务。")
    assert got.get("邱文德") == "新任督察长"


def test_yinshe_ends_a_name_after_a_places_level_title():
    got = found("第12届大湾乡长陈立德因涉嫌贿选被判当选无效，县府指派代理乡长。")
    assert got.get("陈立德") == "第12届大湾乡长"


def test_a_group_title_after_deng_joined_to_another_group():
    got = found("在主席台就座的还有赵立新、钱文华、孙建国等县领导和老领导。")
    assert {k: got.get(k) for k in ("赵立新", "钱文华", "孙建国")} == {
        "赵立新": "县领导",
        "钱文华": "县领导",
        "孙建国": "县领导",
    }


def test_a_roster_member_elected_to_the_cppcc_in_full_is_kept():
    got = found(
        "大会主席团常务主席周立群、吴国栋、郑海波在主席台前排就座。"
        "会议宣布，吴国栋同志当选为中国人民政治协商会议南溪县第九届委员会副主席。"
    )
    assert got.get("吴国栋") == "大会主席团常务主席"
    assert got.get("郑海波") == "大会主席团常务主席"


def test_an_oath_joined_to_the_ceremony_is_no_name():
    # The ceremony's name written again (as under each photo) made 宣誓暨 a recurring
    # three characters after a title, so a name.
    line = "南溪县第20届县长宣誓暨就职典礼今天在县政府大礼堂举行"
    got = found(f"{line}，县长林国华宣誓就职。\n{line}。\n{line}，家人到场观礼。")
    assert "宣誓暨" not in got
    assert got.get("林国华") == "县长"


def test_a_district_office_is_no_name():
    got = found("东区区长王美玲（原任东区区公所课长）出席布达典礼。")
    assert "区公所" not in got
    assert got.get("王美玲") == "东区区长"


# Guards: what must not change.


def test_leadership_and_support_is_still_no_title():
    assert found("感谢县领导和支持单位的关心。") == {}


def test_a_chamber_of_commerce_officer_is_still_left_out():
    assert found("总商会会长李明义出席。") == {}


def test_a_surname_qu_still_opens_a_name():
    assert found("区长区志强出席会议。").get("区志强") == "区长"


def test_an_oath_alone_is_still_no_name():
    assert "宣誓" not in found("乡长宣誓就职后，县长王德明致词。")
