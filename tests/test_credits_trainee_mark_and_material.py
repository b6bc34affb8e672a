"""Credits (issue 18, round dev24): a trainee's mark in brackets right after a credited
name (编辑:甲某(实习), (见习)) is no part of the name and no role of its own (实习 is a
credit keyword: the split left the name with its bracket, 甲某( ); it is kept in that
name's role (实习编辑, as 见习记者 is written: review43 finding 15); and the material's
suppliers (素材提供:甲某 乙某某) are a site's production credit, as 供稿 is.
Names written here."""

from public_records.clean.credits import parse_credits


def test_trainee_mark_after_an_editor():
    assert parse_credits("编辑:郑小雨(实习)") == [("实习编辑", "郑小雨")]
    assert parse_credits("编辑：郑小雨（见习） 校对：孔明亮") == [
        ("见习编辑", "郑小雨"),
        ("校对", "孔明亮"),
    ]


def test_the_trainee_mark_is_of_its_own_name_only():
    assert parse_credits("编辑:郑小雨(实习生)、孔明亮") == [
        ("实习编辑", "郑小雨"),
        ("编辑", "孔明亮"),
    ]


def test_material_suppliers():
    assert parse_credits("素材提供:郑小雨 孔明亮 吴桂芬") == [
        ("素材提供", "郑小雨"),
        ("素材提供", "孔明亮"),
        ("素材提供", "吴桂芬"),
    ]


def test_guard_trainee_role_before_a_name_stays():
    assert parse_credits("记者 郑小雨 实习生 孔明亮") == [("记者", "郑小雨"), ("实习生", "孔明亮")]


def test_guard_a_unit_in_brackets_stays_cut():
    assert parse_credits("作者：郑小雨（某某镇）") == [("作者", "郑小雨")]
