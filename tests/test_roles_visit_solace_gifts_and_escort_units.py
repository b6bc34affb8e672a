"""Officials: roles in visit reports (issue 11, round visit43, stop 43).

Two readings of a visit's people: a gift named by its giver (總統X致贈的金鎖片) shows the
giver sent it, not that he was there; and escorts named in 在…陪同下 stay escorts when units
of no name follow them, joined by 以及 and closed by 等 (以及县政府办、交通局等主要负责人的
陪同下). A third, Taiwan's 慰訪 read as a visit its subject leads, was dropped at the merge:
on the round's check half it fixed three readings and broke three (people who 配合慰訪, who
join the visit, then read as leading it).

The extractor reads the pipeline's Simplified text, so the sentences are written in it. Each
sentence is invented here in the shape of a class seen on survey pages (never copied from
them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


# A gift: a gift named by its giver (X致赠的…) is a mention of the giver.


def test_a_gift_named_by_a_president_who_sent_it_is_a_mention():
    got = roles("县长吴明德拜访百岁人瑞，送上县府礼金及总统林正雄致赠的金锁片，祝福长辈健康。")
    assert got["林正雄"] == {"mentioned"}
    assert got["吴明德"] == {"leader"}


def test_who_hands_over_a_gift_in_person_is_there():
    # guard: 致赠 as the act of the one there (县长X致赠…) still gives presence
    got = roles("颁奖典礼上，县长吴明德致赠奖牌给十位模范家庭代表。")
    assert "attendee" in got["吴明德"]


# Escorts and units: 在A，B以及<units>等…负责人的陪同下: A and B escort, the visitor leads.


def test_escorts_followed_by_units_joined_by_yiji_stay_escorts():
    got = roles(
        "县长符建国在副县长李明华、县政协副主席张卫东以及县政府办、交通局等主要负责人的"
        "陪同下，前往县消防大队慰问。"
    )
    assert got["符建国"] == {"leader"}
    assert got["李明华"] == {"accompanying"}
    assert got["张卫东"] == {"accompanying"}


def test_escorts_and_units_without_de_before_the_frame():
    # guard: 以及…等部门负责人陪同下 (no 的) was already read so, and stays
    got = roles("县长符建国在副县长李明华以及县民政局、财政局等部门负责人陪同下，看望困难群众。")
    assert got["李明华"] == {"accompanying"}
    assert got["符建国"] == {"leader"}


def test_escorts_joined_by_yiji_to_a_named_escort_are_unchanged():
    # guard: a second named escort after 以及 is read as before
    got = roles("县长符建国在副县长李明华以及县民政局局长赵志刚的陪同下，看望困难群众。")
    assert got["李明华"] == {"accompanying"}
    assert got["赵志刚"] == {"accompanying"}
    assert got["符建国"] == {"leader"}


def test_yiji_units_with_no_escort_frame_after_them_change_nothing():
    # guard: 以及…等 with no 陪同 after it is no escort frame (they attend)
    got = roles("县长符建国、副县长李明华以及县政府办、交通局等单位负责人参加调研。")
    assert got["李明华"] == {"attendee"}
