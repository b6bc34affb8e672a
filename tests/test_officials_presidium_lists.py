"""Rosters of a meeting's presidium and lists the earlier rules cut short (issue 11,
dev-b3's open classes). The sentences are written here, in the shapes real reports use."""

from public_records.extract.officials import find_officials


def _found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in find_officials(text)}


def test_executive_chairs_after_a_colon_are_present():
    found = _found("担任本次大会的执行主席是：林国栋、周文华、郑晓明。大会应到代表300人。")
    assert set(found) == {"林国栋", "周文华", "郑晓明"}
    assert all(roles == ("attendee",) for _, roles in found.values())


def test_a_roster_ends_at_a_note_in_brackets():
    found = _found("大会举行全体会议，执行主席是：林国栋、周文华、郑晓明（按姓氏笔画排列）。")
    assert set(found) == {"林国栋", "周文华", "郑晓明"}
    assert found["郑晓明"] == ("执行主席", ("attendee",))


def test_people_elected_to_another_post_stay_mentioned():
    found = _found("大会选举林国栋、周文华为县人大常委会委员。")
    assert all(roles == ("mentioned",) for _, roles in found.values())


def test_a_list_item_of_a_surname_that_opens_words_is_a_name():
    found = _found("区领导林国栋、周文华、全一帆、郑晓明、吴明等在主席台就座。")
    assert set(found) == {"林国栋", "周文华", "全一帆", "郑晓明", "吴明"}


def test_whole_words_in_a_list_stay_no_names():
    found = _found("县长林国栋、全体干部、郑晓明出席。")
    assert "全体干部" not in found and "全体" not in found


def test_leading_comrades_share_their_title():
    found = _found("市委书记林国栋，市委领导同志周文华、郑晓明、吴明在主席台就座。")
    assert found["周文华"] == ("市委领导同志", ("attendee",))
    assert set(found) == {"林国栋", "周文华", "郑晓明", "吴明"}


def test_names_added_to_a_post_take_its_title():
    found = _found("周文华、郑晓明、吴明增补为县政协常务委员。")
    assert {n: t for n, (t, _) in found.items()} == dict.fromkeys(
        ("周文华", "郑晓明", "吴明"), "县政协常务委员"
    )


def test_a_counted_list_without_deng_takes_the_post():
    found = _found("会议决定任命周文华、郑晓明、吴明三位同志为县监察委员会委员。")
    assert set(found) == {"周文华", "郑晓明", "吴明"}
    assert found["吴明"][0] == "县监察委员会委员"


def test_a_level_title_right_after_a_taiwan_city():
    # A name whose first two characters are a word (韩国) is still a name there.
    found = _found("高雄市长韩国强率市府团队到场。")
    assert set(found) == {"韩国强"}
    assert found["韩国强"][0] == "高雄市长"


def test_ordinary_words_after_a_title_are_no_names():
    found = _found("县长责成各局处，对于议员质询、关切的议题详细说明。")
    assert "质询" not in found and "关切" not in found


def test_standing_chairs_named_in_a_plenary_report_are_only_named():
    found = _found("大会举行第一次全体会议。此前，会议推选林国栋、周文华为大会主席团常务主席。")
    assert all(roles == ("mentioned",) for _, roles in found.values())
