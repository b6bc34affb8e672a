"""Titles round 32 (issue 18): invented sentences, each failing before its rule, with
guards that pass before and after."""

from public_records.extract.title import lead_title

# Rule 1: a day's year of the Republic (Taiwan pages: 113年, （113）年, 民国113年) goes
# with the day between the subject and its verb, as a year of four digits does.


def test_republic_year_in_brackets_goes_with_the_day():
    lead = "本处（112）年3月8日上午召开第二次业务联系会报，由处长甲乙主持。"
    assert lead_title(lead).startswith("本处召开第二次业务联系会报")


def test_bare_republic_year_goes_with_the_day():
    lead = "某乡公所99年10月5日下午举办防灾演练，乡长丙丁到场督导。"
    assert lead_title(lead).startswith("某乡公所举办防灾演练")


def test_republic_year_named_goes_with_the_day():
    lead = "某区公所于民国110年6月2日召开里长座谈会，区长甲乙主持。"
    assert lead_title(lead).startswith("某区公所召开里长座谈会")


def test_year_of_a_meeting_name_stays():
    # guard: a year that names the meeting (113年度…会报) is no day's year
    lead = "本所4月19日召开113年度第一次区务会议，由区长甲乙主持。"
    assert "113年度第一次区务会议" in lead_title(lead)


# Rule 2: a unit named by its task (督查局, 督查室, 执法大队, 检查站) is a unit, not a
# deed: a party that takes its people along goes on to what the party did.


def test_party_with_a_task_named_unit_goes_on_to_its_deed():
    lead = (
        "3月2日，某县县长甲乙，带领县政府督查室、应急管理局、交通运输局、公安局及"
        "沿线乡镇负责人，对防汛重点部位进行实地检查，现场交办问题。"
    )
    title = lead_title(lead)
    assert title.startswith("某县县长甲乙")
    assert "防汛重点部位" in title  # the deed, not the party alone (…带领督查室、某局等)


def test_party_with_a_bureau_named_by_its_task_goes_on():
    lead = "5月6日，副市长丙丁，带领市督查局、市住建局负责人，到某区调研保障房建设。"
    assert "调研保障房建设" in lead_title(lead)


def test_task_word_before_a_room_of_a_place_stays_a_deed():
    # guard: 检查室内… is checking a room's inside, not a 检查室
    lead = "6月1日，县长甲乙带队检查室内消防设施，要求落实责任。"
    assert "检查室内消防设施" in lead_title(lead)
