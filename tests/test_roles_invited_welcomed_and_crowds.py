"""Officials: roles round 26 (issue 11, stop 43), three kinds of role misses counted on a
broad survey of unseen pages (its odd half):

- the people a council's committee or an office *invites* to its inspection (邀请A、B等…
  现场会勘) are its guests, there (attendee), not leaders of the inspection;
- who *welcomes a visiting party* (於公园欢迎参访团, 欢迎考察团一行) receives guests and is
  there, as who 会见s or 接待s them is (README "How roles were read": a host is there);
- a plural pronoun with 纷纷 (…。他们纷纷表示…) is the people met reacting, never the last
  single official named: no speech of his.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


# -- the invited ------------------------------------------------------------------------


def test_officials_invited_to_an_inspection_are_there_not_its_leaders():
    got = roles(
        "市议会交通委员会召集人郑海波议员等人，上午邀请市府交通局副局长周立新、"
        "东兴里长钱国栋等相关单位代表，针对道路拓宽事宜现场会勘。"
    )
    assert got["郑海波"] == {"leader"}
    assert got["周立新"] == {"attendee"}
    assert got["钱国栋"] == {"attendee"}


def test_an_expert_invited_by_the_county_head_is_there():
    got = roles("县长郑海波邀请市农业局局长周立新到现场指导春耕生产。")
    assert got["周立新"] == {"attendee"}


def test_guard_an_invitation_still_to_come_names_the_invited_only():
    # 将邀请: the invited are named, not shown there (a mention governor, unchanged).
    got = roles("联谊会将于下月举行，将邀请立法院长郑海波、副院长周立新与会。")
    assert got["郑海波"] == {"mentioned"}
    assert got["周立新"] == {"mentioned"}


def test_guard_who_comes_at_an_invitation_keeps_his_own_acts():
    # 应邀出席: the invited is the subject; his own verbs are read as before.
    got = roles("副市长郑海波应邀出席开幕式并致辞。")
    assert got["郑海波"] == {"attendee", "speaker"}


# -- the welcome of a visiting party ----------------------------------------------------


def test_a_mayor_who_welcomes_a_visiting_party_is_there():
    got = roles("市长郑海波在市政大楼热情欢迎参访团。")
    assert got["郑海波"] == {"attendee"}


def test_a_host_who_welcomes_the_party_and_introduces_the_town_speaks_too():
    got = roles("镇长郑海波在镇公所欢迎邻县考察团一行，并介绍了本镇建设情况。")
    assert got["郑海波"] == {"attendee", "speaker"}


def test_a_host_and_his_companion_who_welcome_the_party_are_there():
    got = roles("市长郑海波偕同建设课长周立新，在公园欢迎参访团。")
    assert got["郑海波"] == {"attendee"}
    assert got["周立新"] == {"attendee"}


def test_guard_a_welcome_said_in_words_is_speech_only():
    # 对…的到来表示欢迎: the welcome is said (表示), no party received by it.
    got = roles("市长郑海波对考察团的到来表示欢迎，并介绍了本市情况。")
    assert got["郑海波"] == {"speaker"}


def test_guard_welcoming_everyone_to_take_part_is_no_reception():
    got = roles("市长郑海波致欢迎词，欢迎大家踊跃参与。")
    assert got["郑海波"] == {"speaker"}


def test_guard_hosts_named_after_shou_dao_stay_hosts():
    got = roles("考察团一行受到市长郑海波的热烈欢迎。")
    assert got["郑海波"] == {"attendee"}


# -- the crowd's reaction ---------------------------------------------------------------


def test_the_people_met_reacting_are_not_the_last_official_named():
    got = roles(
        "副区长郑海波前往供水公司走访慰问一线职工。区总工会副主席周立新陪同走访。"
        "职工们深受鼓舞，他们纷纷表示，将坚守岗位。"
    )
    assert got["郑海波"] == {"leader"}
    assert got["周立新"] == {"accompanying"}


def test_guard_he_still_points_back_to_the_last_official_named():
    got = roles("区长郑海波来到企业调研。他强调，要抓好安全生产。")
    assert got["郑海波"] == {"leader", "speaker"}
