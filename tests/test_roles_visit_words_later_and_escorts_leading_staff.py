"""Officials (roles45b, issue 11): a visit's leader's words in a later clause or sentence,
and escorts who take their staff along. A pronoun right after a quotation says it (“…。”他说,
「…」他表示); a clause that names no one goes on with its subject's predicate past a frame
of time or place (在听取汇报后指出, 调研中强调) or an adverb of manner (亲切地说); who takes
his staff along to escort a visitor (副县长Y带领相关部门负责人陪同市长X调研) escorts it and
leads nothing; so does who is escorted after 由 (县长X由立委Y陪同出席: X attends). A body
named by its task with a bracketed second word (督导（考察）组组长) is a noun, no visit; a
call on a party that came visiting (看望了考察团一行) is the hosts' reception; a task's
background or plan told (介绍了本次调研的背景) is no visit of the teller's. Invented
sentences, Traditional ones converted as a page is."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.script import to_simplified_text


def roles(text: str, name: str = "王建国") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(to_simplified_text(text))}
    return found.get(name, set())


def test_a_pronoun_after_a_quotation_says_it():
    assert roles("县委书记王建国到红星镇调研。“要抓好产业发展。”他说。") == {"leader", "speaker"}
    assert roles("县委书记王建国到红星镇调研。“要抓好产业发展。”他在座谈会上强调。") == {
        "leader",
        "speaker",
    }


def test_a_pronoun_after_a_quotation_traditional():
    text = "縣長王建國今天前往紅星鎮勘災。「我們會盡速復原。」他表示。"
    assert roles(text) == {"leader", "speaker"}


def test_a_quotation_then_a_pronoun_with_its_manner():
    text = "在服务中心，市委书记王建国看望了老军人。“祝您健康长寿。”他握着老军人的手，诚挚地说。"
    assert roles(text) == {"leader", "speaker"}


def test_a_frame_before_speech_in_the_same_sentence():
    text = "市长王建国到红星镇调研，在听取汇报后指出，要抓好产业发展。"
    assert roles(text) == {"leader", "speaker"}


def test_a_frame_before_speech_in_a_sentence_of_its_own():
    assert roles("市长王建国到红星镇调研。调研中指出，要抓好产业发展。") == {"leader", "speaker"}
    assert roles("市长王建国到红星镇调研。在听取汇报后强调，要抓好产业发展。") == {
        "leader",
        "speaker",
    }


def test_an_adverb_of_manner_before_speech():
    text = "县委书记王建国到敬老院看望老人，握着老人的手，语重心长地说，要保重身体。"
    assert roles(text) == {"leader", "speaker"}
    text = "县委书记王建国到敬老院看望老人，与老人亲切交谈，并动情地表示，党和政府不会忘记大家。"
    assert roles(text) == {"leader", "speaker"}


def test_an_escort_who_takes_his_staff_along_escorts():
    text = "副县长王建国带领相关部门负责人陪同市长李明德调研红星镇。"
    assert roles(text) == {"accompanying"}
    assert roles(text, "李明德") == {"leader"}
    text = "市长李明德调研红星镇，副县长王建国带领相关部门负责人陪同。"
    assert roles(text) == {"accompanying"}


def test_an_escort_who_takes_his_staff_along_traditional():
    text = "副縣長王建國率相關局處首長陪同部長李明德視察紅星鎮。"
    assert roles(text) == {"accompanying"}
    assert roles(text, "李明德") == {"leader"}


def test_who_is_escorted_after_you_attends():
    text = "县长王建国由立委李明德、议员张志华陪同出席，共同为活动揭牌。"
    assert roles(text) == {"attendee"}
    assert roles(text, "李明德") == {"accompanying"}
    text = "縣長王建國由立委李明德、縣府文化局長張志華等多人陪同出席。"
    assert roles(text) == {"attendee"}
    assert roles(text, "张志华") == {"accompanying"}


def test_who_is_escorted_after_you_on_a_visit_leads_it():
    text = "县长王建国由副县长李明德陪同视察红星镇。"
    assert roles(text) == {"leader"}
    assert roles(text, "李明德") == {"accompanying"}


def test_a_body_with_a_bracketed_second_name_is_no_visit():
    text = "全县工作会议召开，县领导王建国、李明德，各乡镇党委书记、县督导（考察）组组长参加会议。"
    assert roles(text) == {"attendee"}
    assert roles(text, "李明德") == {"attendee"}


def test_a_call_on_a_visiting_party_is_its_reception():
    text = "区委书记王建国、区长李明德专程看望了考察团一行。"
    assert roles(text) == {"attendee"}
    assert roles(text, "李明德") == {"attendee"}


def test_a_tasks_background_told_is_no_visit():
    text = "市长李明德到红星镇调研，县委书记王建国介绍了本次调研活动的背景。"
    assert roles(text) == {"speaker"}
    assert roles(text, "李明德") == {"leader"}


def test_a_day_between_the_leader_and_his_companions():
    text = "縣長王建國今天偕同議員李明德前往紅星鎮勘災。"
    assert roles(text) == {"leader"}
    assert roles(text, "李明德") == {"attendee"}
    text = "立委王建國14日下午偕同縣長李明德前往紅星鎮會勘。"
    assert roles(text) == {"leader"}
    assert roles(text, "李明德") == {"attendee"}


# Guards: what must not change.


def test_a_crowd_after_a_quotation_is_no_ones():
    text = "县委书记王建国到敬老院看望老人。“感谢党和政府。”他们纷纷表示。"
    assert roles(text) == {"leader"}


def test_a_frame_before_a_visit_is_no_speech():
    text = "市长王建国到红星镇调研，在红星村看望了老党员。"
    assert roles(text) == {"leader"}


def test_a_place_before_a_request_in_another_paragraph_is_read_as_before():
    text = "县委书记王建国到红星镇调研。\n各地要求加快进度。"
    assert roles(text) == {"leader"}


def test_who_takes_staff_along_on_his_own_visit_leads_it():
    text = "副县长王建国带领相关部门负责人到红星镇调研。"
    assert roles(text) == {"leader"}
    text = "市长李明德到红星镇调研，县委书记王建国、县长张志华陪同调研。"
    assert roles(text) == {"accompanying"}


def test_by_alone_ends_no_name():
    text = "会议由县长王建国主持，副县长李明德出席。"
    assert roles(text) == {"chair"}
    assert roles(text, "李明德") == {"attendee"}


def test_a_call_on_a_congress_delegation_is_a_visit():
    assert roles("区委书记王建国看望了出席人代会的红星镇代表团。") == {"leader"}
    assert roles("区委书记王建国到红星村看望困难群众。") == {"leader"}


def test_a_task_body_without_brackets_is_read_as_before():
    text = "全县工作会议召开，县领导王建国、李明德，县督导组组长参加会议。"
    assert roles(text) == {"attendee"}


def test_a_companion_right_after_the_leader_is_read_as_before():
    text = "立委王建國偕同縣長李明德前往紅星鎮勘災。"
    assert roles(text) == {"leader"}
    assert roles(text, "李明德") == {"attendee"}
    assert roles("立委王建國今天前往紅星鎮勘災。") == {"leader"}
