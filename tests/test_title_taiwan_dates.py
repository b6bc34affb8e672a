"""Days written as Taiwan papers write them (今（25）日, 昨（5）日, 28日, 自10月15日起)
are left out of a title made from the lead, as other dates are (issue 18, titles,
round 8; data/title_rewrites.tsv)."""

from public_records.extract.title import derive_title


def test_today_with_its_day_in_brackets_and_the_hour_is_left_out():
    text = "某县议会第十九届第一次定期大会今（25）日上午10时开幕，由议长甲乙敲下议事槌。"
    assert derive_title(text) == "某县议会第十九届第一次定期大会开幕"


def test_a_day_without_its_month_after_the_subject_is_left_out():
    text = "某市长甲乙23日到某市议会新春团拜，议长丙丁致词时祝福市府团队新年顺利。"
    assert derive_title(text) == "某市长甲乙到某市议会新春团拜"


def test_from_a_day_on_is_left_out():
    text = "某市议会第4次定期会自10月15日起召开，议程为市政总质询，议会同步直播。"
    assert derive_title(text) == "某市议会第4次定期会召开"


def test_a_count_of_days_stays():
    text = "5月6日，县长甲乙连续3日到某镇督导防汛工作，要求压实责任。"
    assert derive_title(text) == "县长甲乙连续3日到某镇督导防汛工作"


def test_a_day_in_brackets_written_in_chinese_numerals_is_left_out():
    # issue 18, titles, round 10: （十六）日 and 今（二）日, the day's number in characters
    text = "某县议会（十八）日召开临时会，会中通过某条例修正草案一读。"
    assert derive_title(text) == "某县议会召开临时会"
    text = "某局局长甲乙今（三）日到某区视察防汛工作，要求各单位做好准备。"
    assert derive_title(text) == "某局局长甲乙到某区视察防汛工作"


def test_a_numbered_item_in_brackets_is_no_day():
    text = "5月6日，县长甲乙主持召开（二）季度经济运行分析会，部署下一阶段工作。"
    assert derive_title(text) == "县长甲乙主持召开（二）季度经济运行分析会"
