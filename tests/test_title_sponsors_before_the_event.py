"""Round titles50 (issue 18): a lead that names the units that guided, hosted, co-hosted
and organised an event over clauses of their own before the event's name (`由某局指导，某市
主办，某会协办，某县承办的某某峰会成功举行`) gives the event and what became of it as the
title, not a fragment of the sponsors. One clause of sponsors is the title's subject already
and stays. Invented sentences."""

from public_records.extract.title import _without_sponsors, derive_title, lead_title

SPONSORED = (
    "7月23日到24日，由某某管理局指导，某市委、市政府主办，某学会、某联合会协办，"
    "某县委、县政府承办的某县夏季康养峰会暨某某文化研讨会成功举行。某局副局长甲乙出席。"
)


def test_sponsors_over_clauses_before_the_event_are_left_out():
    assert lead_title(SPONSORED) == "某县夏季康养峰会暨某某文化研讨会成功举行"


def test_two_sponsor_clauses_before_a_meeting_give_the_meeting():
    text = "5月6日，由某市某办公室指导，某县人民政府承办的某某论坛在某县召开。县长甲乙致辞。"
    assert lead_title(text) == "某某论坛召开"


def test_traditional_sponsor_clauses_are_left_out_too():
    text = "7月23日，由某某管理局指導，某市政府主辦，某縣政府承辦的某某峰會成功舉行。"
    assert _without_sponsors(text) == "7月23日，某某峰會成功舉行。"


def test_the_whole_derivation_gives_the_event():
    assert derive_title(SPONSORED + "\n峰会期间，与会嘉宾参观了某某基地。\n") == (
        "某县夏季康养峰会暨某某文化研讨会成功举行"
    )


# Guards: what must not change.


def test_one_clause_of_sponsors_stays_the_subject():
    text = "日前，由某县委宣传部、某县文明办等九个单位举办的读书活动启动仪式在某地举行。"
    assert _without_sponsors(text) == text


def test_a_clause_that_is_no_sponsor_keeps_the_lead():
    text = "5月6日，由县长甲乙带队，某局负责人参加的督导组到某镇检查工作。"
    assert _without_sponsors(text) == text


def test_a_lead_without_sponsors_is_unchanged():
    text = "5月6日，某县召开某某工作会议，县长甲乙出席。"
    assert _without_sponsors(text) == text
