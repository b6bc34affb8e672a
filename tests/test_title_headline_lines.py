"""Which lines under a page's headline line are more of it (issue 18, titles, round 8):
a line that prints the headline again (whole, split in two, with a credit after it, or
with a character the copy lost) ends it."""

from public_records.extract.title import derive_title

LEAD = "5月6日，某县召开第十七届人民代表大会第六次会议，镇人大代表、各村代表参加会议。"


def test_a_headline_printed_again_in_two_lines_is_said_once():
    text = (
        "某县召开第十七届人民代表大会 第六次会议\n某县召开第十七届人民代表大会\n第六次会议\n" + LEAD
    )
    assert derive_title(text) == "某县召开第十七届人民代表大会 第六次会议"


def test_a_headline_printed_again_with_its_credit_is_said_once():
    text = "县长逛市场与乡亲话家常\n县长逛市场与乡亲话家常 图文/甲乙丙\n" + (
        "县长甲乙昨日到某市场采买年货，与摊商及乡亲话家常，了解物价与民生需求。"
    )
    assert derive_title(text) == "县长逛市场与乡亲话家常"


def test_a_headline_printed_again_with_a_character_lost_is_said_once():
    text = "区政协十四届六次会议闭幕\n区政协十四届次会议闭幕\n" + (
        "31日上午，区政协十四届六次会议举行闭幕大会，副主席甲乙主持会议。"
    )
    assert derive_title(text) == "区政协十四届六次会议闭幕"


def test_a_headline_broken_over_three_lines_is_still_one():
    text = (
        "中国人民政治协商会议\n第十届某某县委员会\n第一次会议闭幕\n"
        "12月17日，中国人民政治协商会议第十届某某县委员会第一次会议闭幕。"
    )
    assert derive_title(text) == "中国人民政治协商会议 第十届某某县委员会 第一次会议闭幕"
