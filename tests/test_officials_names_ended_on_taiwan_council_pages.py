"""Officials on real pages (issue 11, round tw44b: names on Traditional pages): where a
titled name ends when a word of time or manner follows it (准时, 原定, 罕见 after 却), 暨
and 副代表 after it, a list's total (共6人) and a rare surname (仉).
Every sentence and name is invented here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_on_time_ends_the_chair_and_opening_the_session_presides_it():
    text = "担任主席的议员王美珠准时开议后立刻说明。"
    assert _roles(text) == {"王美珠": ("chair", "speaker")}


def test_as_first_planned_ends_the_name_and_makes_a_plan():
    text = "此外，市长林大同原定今上午10时出席论坛开幕式。"
    assert _roles(text) == {"林大同": ("mentioned",)}


def test_rarely_after_but_ends_the_name():
    text = "质询上午9点开始，但工务局长张志远却罕见不在现场。"
    assert _names(text) == ["张志远"]
    assert _titles(text) == {"张志远": "工务局长"}


def test_absent_after_adverbs_is_mentioned_not_the_next_ones_chair():
    text = "质询上午9点开始，但工务局长张志远却罕见不在议事厅内，担任主席的议员王美珠准时开议。"
    assert _roles(text) == {"张志远": ("mentioned",), "王美珠": ("chair",)}


def test_guard_an_adverb_before_an_act_keeps_the_act():
    assert _roles("局长张志远却出席了会议。") == {"张志远": ("attendee",)}


def test_ji_joins_as_ji_does():
    assert _names("县长郭文华暨夫人出席晚会。") == ["郭文华"]
    # (review44) and the next person's title starts after it, as after 及
    text = "县长郭文华暨副县长林美玲出席晚会。"
    assert _titles(text) == {"郭文华": "县长", "林美玲": "副县长"}


def test_a_deputy_standing_in():
    assert _roles("副市长林正雄副代表出席。") == {"林正雄": ("attendee",)}


def test_a_lists_total_ends_its_last_name():
    text = "巡察秘书王一鸣、李小红、陈国华、刘婉如共6人组成巡察团。"
    assert _names(text) == ["王一鸣", "李小红", "陈国华", "刘婉如"]


def test_the_rare_surname_zhang_with_ren():
    assert _names("监察委员仉玉兰出席座谈。") == ["仉玉兰"]


# Guards: what must not change.


def test_guard_a_total_after_a_single_name_stays_unread():
    # no 、-list before it: 共 after one name ends nothing new
    assert _names("秘书王一鸣共3人组成巡察团。") == []


def test_guard_the_ward_and_neighbourhood_heads_at_large_name_no_one():
    # 邻长 is no title core: 里邻长 names the heads at large, before an event's name
    assert _names("举办里邻长文康活动。") == []
    assert _names("资深里邻长表扬活动由区长赵明华主持。") == ["赵明华"]


def test_guard_only_the_whole_follower_ends_a_name():
    # 准时 ends a name, 准 alone does not: before 准备 (no follower) the name is left
    # unread, as it was before tw44b (this pins that miss on purpose: a rule reading 准 as
    # a follower would find 王大明 here). review44: the guard was named "still read".
    assert _names("县长王大明准备出席会议。") == []
    assert _names("县长王大明出席会议。") == ["王大明"]
