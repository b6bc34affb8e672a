"""Officials: roles, sixth round (issue 11, roles round 6: role agreement on unseen pages).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


def test_a_subjectless_instruction_after_a_visit_is_the_leaders_speech():
    # X一行察看了…。对…给予肯定。要求…: the sentence names no one; the one who led the
    # visit, the last person named as a subject, is who asked
    got = roles(
        "副市长周明远一行先后察看了城东污水处理厂和滨河公园。"
        "周明远一行对两地的工作给予了肯定。认为进展顺利。"
        "要求有关部门加快施工进度，确保年底完工。"
    )
    assert got == {"周明远": ("speaker", "leader")}
    # 强调 and 指出 open such a sentence too; 同时 before the verb is an opener
    got = roles("县长韩立军带领相关部门负责人到工业园区调研。同时强调各部门要做好服务。")
    assert got == {"韩立军": ("speaker", "leader")}


def test_leaders_joined_across_a_comma_all_ask():
    # 县委书记A，县长B带领…。要求…: A waits for B's verb; both led, both asked
    got = roles(
        "县委书记孟庆华，县委副书记、县长贺永昌带领有关部门负责同志到项目工地察看进度。"
        "要求各责任单位倒排工期，按时完成任务。"
    )
    assert got == {"孟庆华": ("speaker", "leader"), "贺永昌": ("speaker", "leader")}


def test_a_subjectless_instruction_is_no_one_elses():
    # the last named subject attends, leads nothing: the instruction is not given to him
    got = roles("副县长邵云飞参加会议。要求各乡镇抓好落实。")
    assert got == {"邵云飞": ("attendee",)}
    # a new paragraph that names no one speaks of the party at large
    got = roles("副县长邵云飞一行到水务局检查工作。\n要求水务局完善预案。")
    assert got == {"邵云飞": ("leader",)}
    # a subject of its own takes its verb
    got = roles("县长韩立军到工业园区调研。会议要求各部门做好服务。")
    assert got == {"韩立军": ("leader",)}


def test_a_list_whose_last_item_is_joined_with_its_title_keeps_one_predicate():
    # A、B及后勤科科长C一行来…检查: the list's verb after C is A's and B's too, not the
    # verb of the escort named in the next clause
    got = roles(
        "市卫健局领导孔德新、医政科负责人庞立群及后勤科科长杜秋一行来院检查消毒工作，"
        "医院副院长苗文杰陪同检查。"
    )
    assert got == {
        "孔德新": ("leader",),
        "庞立群": ("leader",),
        "杜秋": ("leader",),
        "苗文杰": ("accompanying",),
    }
    # a verb after the joiner keeps the groups apart (A陪同B: B's own verb)
    got = roles("镇长孔德新和医院副院长苗文杰陪同检查。")
    assert got == {"孔德新": ("accompanying",), "苗文杰": ("accompanying",)}
