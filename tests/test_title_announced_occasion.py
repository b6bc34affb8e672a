"""A page that lost its lead opens with who attended an occasion it does not name
(甲、乙等县级领导出席活动。): the occasion the host announces below (主持人宣布某某节启动。)
is the title, not a roster cut short (invented sentences)."""

from public_records.extract.title import derive_title

ROSTER = (
    "市人大常委会副主任、县委书记甲乙，县委副书记、县长丙丁，县委常委戊己、庚辛等在家县级领导"
    "出席活动。"
)
BELOW = (
    "副县长壬癸介绍某县金秋消费季暨第七届农民丰收节活动情况。"
    "主持人宣布某县金秋消费季暨第七届农民丰收节启动。"
)


def test_roster_row_then_the_announced_occasion():
    assert derive_title(ROSTER + "\n" + BELOW) == "某县金秋消费季暨第七届农民丰收节启动"


def test_roster_row_with_a_second_sentence():
    text = ROSTER + "本次活动还邀请某界领导莅临指导。\n" + BELOW
    assert derive_title(text) == "某县金秋消费季暨第七届农民丰收节启动"


def test_opening_announced():
    text = ROSTER + "\n县长丙丁致辞。甲乙宣布第三届某某文化旅游节开幕。"
    assert derive_title(text) == "第三届某某文化旅游节开幕"


def test_guard_a_lead_with_its_deed_unchanged():
    text = "9月6日，县长甲乙到某镇调研秋收工作，副县长丙丁等参加活动。\n" + BELOW
    assert derive_title(text) == "县长甲乙到某镇调研秋收工作"


def test_guard_a_short_announcement_is_no_name():
    text = ROSTER + "\n县政协主席丁戊作了讲话，副主席己庚宣布大会闭幕。"
    # the fallback, exactly (review43 finding 12: a `!=` guard let almost any title pass)
    assert derive_title(text) == "县政协主席丁戊作了讲话，副主席己庚宣布大会闭幕"
