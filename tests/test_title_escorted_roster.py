"""The people an official takes along (率, 带领) in a list of three or more keep the first
two and 等, and the title goes on to what the party did; a New Year's greeting (拜年,
拜晚年, 团拜) is what it did (issue 18, titles, round 8)."""

from public_records.extract.title import derive_title


def test_what_the_party_did_after_a_roster_taken_along_is_kept():
    text = "1月3日，县长甲乙带领副县长丙丁、戊己、庚辛到某镇检查安全生产，要求压实责任。"
    assert derive_title(text) == "县长甲乙带领副县长丙丁、戊己等到某镇检查安全生产"


def test_a_new_years_greeting_after_a_roster_taken_along_is_what_the_party_did():
    text = (
        "30日新春开工首日，某市长甲乙率副市长丙丁、戊己、秘书长庚辛及市府一级机关首长"
        "拜晚年，甲乙表示，今年开工团拜两大特别。"
    )
    assert derive_title(text) == "某市长甲乙率副市长丙丁、戊己等拜晚年"


def test_a_visit_to_three_people_still_keeps_two():
    text = "1月3日，县长甲乙走访慰问县福利院老人、困难党员、低保户和困难残疾人，送上慰问金。"
    assert derive_title(text) == "县长甲乙走访慰问县福利院老人、困难党员等"
