"""Officials: roles, fifth round (issue 11, roles round 5: role agreement on unseen pages).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


def test_the_verbs_inside_a_meetings_name_are_nouns():
    # 主持召开…检查工作动员部署会议: chaired, no inspection led, no speech made by the name
    got = roles("副县长赵春林主持召开了全县冬季防火检查工作动员部署会议。")
    assert got == {"赵春林": ("chair",)}
    got = roles("区委副书记钱立新出席全区安全生产督查工作推进会并讲话。")
    assert got == {"钱立新": ("speaker", "attendee")}
    # a verb after the meeting's name is read again (会议后…调研: the visit is his; who
    # leads a visit is no attendee besides, see _final_roles)
    got = roles("镇长吴海波参加镇村干部会议后前往村里调研。")
    assert got == {"吴海波": ("leader",)}
    # the end word opening an act of its own is no end: 会见 is an attendance
    got = roles("县长张立平参加座谈并会见了企业代表。")
    assert got == {"张立平": ("attendee",)}


def test_a_verb_inside_a_topic_closed_by_zuo_le_is_what_is_spoken_of():
    # 就…检查工作作了安排部署: 检查 names what the speech is about, no inspection made
    got = roles("副县长孙立军就开展好全县春季督查检查工作作了安排部署。")
    assert got == {"孙立军": ("speaker",)}
    got = roles("县长王海明对做好汛期巡查工作做了部署。")
    assert got == {"王海明": ("speaker",)}


def test_a_party_after_xiang_is_the_one_told():
    # 向检查组一行介绍: the party told is the object's, no visit of the teller's
    # (dev28r, tw45b: a school's head is no official, so the teller is a town's head here)
    got = roles("镇长孙晓梅向督导组领导一行介绍了全镇安全工作情况。")
    assert got == {"孙晓梅": ("speaker",)}
    got = roles("镇长周建国向县长一行汇报了项目进展。")
    assert got == {"周建国": ("speaker",)}
    # the subject's own party still leads its visit
    got = roles("县长李明华一行到项目现场调研。")
    assert got == {"李明华": ("leader",)}


def test_zhuchi_gongzuo_before_a_title_chairs_nothing():
    # 主持工作的副局长: the deputy in charge of the bureau, a post's wording, no meeting
    got = roles("县商务局主持工作的副局长郑海燕作了专题汇报。")
    assert got == {"郑海燕": ("speaker",)}
    # 主持 a meeting is still chairing it
    got = roles("县商务局副局长郑海燕主持工作会议。")
    assert got == {"郑海燕": ("chair",)}
