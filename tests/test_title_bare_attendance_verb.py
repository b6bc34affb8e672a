"""Round titles51 (issue 18): a page that lost its lead opens with who attended, the verb
bare (`市政协副秘书长甲乙出席，区委主要领导，区政协委员等参加了报告会。`): the title says
the event the same sentence names after its last attendance verb (`…甲乙出席报告会`), not
the bare verb. Invented sentences."""

from public_records.extract.title import _with_attended_event, lead_title


def test_a_bare_attendance_verb_takes_the_event_named_after():
    text = (
        "市政协副秘书长甲乙出席，某区委、区政协主要领导，区政协委员、党派主委、团体主要负责人，"
        "区政协工作人员等参加了报告会。\n报告结合学习某某文件精神，阐述了某某建设的重要意义。"
    )
    assert lead_title(text) == "市政协副秘书长甲乙出席报告会"


def test_the_event_after_a_bare_attendance_is_a_meeting_or_ceremony():
    texts = ["县委书记甲乙出席", "县直各部门负责人参加了启动仪式"]
    assert _with_attended_event("县委书记甲乙出席", texts, 0) == "县委书记甲乙出席启动仪式"


# Guards: what must not change.


def test_a_bare_attendance_without_an_event_stays():
    texts = ["县长甲乙出席", "并讲话"]
    assert _with_attended_event("县长甲乙出席", texts, 0) == "县长甲乙出席"


def test_an_attendance_with_its_event_stays():
    texts = ["县长甲乙出席开幕式", "县直各部门负责人参加了开幕式"]
    assert _with_attended_event("县长甲乙出席开幕式", texts, 0) == "县长甲乙出席开幕式"
