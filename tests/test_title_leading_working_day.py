"""A lead opening with a working day named by where it falls (春节长假后的第一个工作日，…)
says when, not what: the title skips it and starts with the doers (invented sentences)."""

from public_records.extract.title import derive_title


def test_first_working_day_after_a_long_holiday_is_skipped():
    text = "3月2日，春节长假后的第一个工作日，区委书记甲乙、区长丙丁一行到某镇开展调研。"
    assert derive_title(text) == "区委书记甲乙、区长丙丁一行到某镇开展调研"


def test_first_day_after_a_long_holiday_is_skipped():
    text = "2月9日，国庆长假后第一天，县长甲乙带队到某园区检查企业生产。"
    assert derive_title(text) == "县长甲乙带队到某园区检查企业生产"


def test_first_day_of_a_session_is_skipped():
    text = "5月8日，县人代会会期首日，县委书记甲乙到某代表团参加审议。"
    assert derive_title(text) == "县委书记甲乙到某代表团参加审议"


def test_guard_day_after_the_holiday_already_skipped():
    text = "2月16日，节后上班首日，县长甲乙到某园区调研企业复工情况。"
    assert derive_title(text) == "县长甲乙到某园区调研企业复工情况"


def test_guard_a_deed_about_working_days_stays():
    text = "4月1日，县政府召开常务会议，研究调整工作日安排。"
    assert derive_title(text).startswith("县政府召开常务会议")
