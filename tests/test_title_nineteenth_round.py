"""Issue 18, round 19: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title

_LEAD = "5月6日，某县人大常委会党组书记、主任甲乙主持召开党组会议，传达学习全会精神。"


def test_first_caption_of_a_series_is_no_headline():
    # two photo captions over the lead, the first naming its person without his organ
    text = "党组书记、主任甲乙传达全会精神\n秘书长丙丁传达会议精神\n" + _LEAD
    assert derive_title(text) == "某县人大常委会党组书记、主任甲乙主持召开党组会议"


def test_headline_naming_the_organ_stays_over_a_caption():
    text = "某县人大常委会党组书记、主任甲乙传达全会精神\n秘书长丙丁传达会议精神\n" + _LEAD
    assert derive_title(text) == "某县人大常委会党组书记、主任甲乙传达全会精神"


def test_headline_without_a_caption_under_it_stays():
    text = "党组书记、主任甲乙传达全会精神\n" + _LEAD
    assert derive_title(text) == "党组书记、主任甲乙传达全会精神"
