"""A delegation an official leads is named by the place of his title (某安县县委书记甲乙率领党政
考察团… → 某安县党政考察团…); a title whose organ is a level word alone (县长, 市长, 区委书记)
names no place, so the official stays the subject: before, 县长甲乙率县考察团… became
县县考察团… (the level word doubled, the official lost). Invented sentences."""

from public_records.extract.title import derive_title


def test_a_county_head_leading_the_county_delegation_keeps_his_name():
    title = derive_title("3月5日，县长甲乙率县考察团赴某市考察学习。")
    assert title == "县长甲乙率县考察团赴某市考察学习"


def test_a_city_head_leading_a_delegation_keeps_his_name():
    title = derive_title("3月5日，市长甲乙率考察团到某县考察。")
    assert title == "市长甲乙率考察团到某县考察"


def test_a_secretary_of_a_bare_level_keeps_his_name():
    title = derive_title("3月5日，区委书记甲乙率区党政代表团到某市学习考察。")
    assert not title.startswith("区区")
    assert "甲乙" in title


def test_a_named_place_still_names_the_delegation():  # guard
    title = derive_title("3月5日，某安县县委书记甲乙率领党政考察团到我县学习考察。")
    assert title == "某安县党政考察团到我县学习考察"
