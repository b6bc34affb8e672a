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
