"""Officials: roles round 22 (issue 11, stop 42). Taiwan's words of a wish said to someone
(期许, 期勉) or for oneself (自我期许, a pledge made in a speech) are speech of who says them,
as 希望 said right after the name is (README "How roles were read", decided at stop 37);
the acts after them stay the others'.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


def test_a_head_who_wishes_the_new_chief_well_speaks():
    got = roles("交接典礼由县长郑海波主持。郑海波期勉新任局长展现专业，强化协调联系。")
    assert got["郑海波"] == {"chair", "speaker"}


def test_a_wish_said_right_after_title_and_name_is_speech():
    got = roles("市长郑海波期许新任总召周立新与市府持续紧密合作。")
    assert got["郑海波"] == {"speaker"}
    # the one wished for is named, no act of his own
    assert got["周立新"] == {"mentioned"}


def test_a_pledge_for_oneself_at_the_swearing_in_is_speech():
    got = roles("县长郑海波出席就职典礼。郑海波自我期许做一个全民县长，打造幸福县城。")
    assert got["郑海波"] == {"attendee", "speaker"}


def test_the_acts_after_a_wish_stay_the_others():
    # What the wish asks of others (参加) is not the wisher's presence.
    got = roles("局长郑海波期许同仁踊跃参加志愿服务。")
    assert got["郑海波"] == {"speaker"}


def test_a_wish_spoken_of_as_a_thing_gives_no_speech():
    # Guard: 对于X提出的期许 names X (whose words are answered), no speech of his.
    got = roles("对于主任周立新早前提出的期许，局长郑海波表示将全力配合。")
    assert got["周立新"] == {"mentioned"}
    assert got["郑海波"] == {"speaker"}
