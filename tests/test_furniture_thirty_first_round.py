"""Issue 18, furniture and credits round 31 (credits that went astray: a TV desk's
byline whose reporters are followed by the crew's initials). Every line is invented (no
real page's line)."""

from cleaning_checks import assert_logged
from public_records.clean.credits import harvest_credits

_LEAD = "县长今天视察港口建设，要求加快工程进度。\n"


def test_a_tv_desks_byline_with_the_crews_initials_gives_its_reporters():
    # the satellite truck's crew (SNG) or a camera crew (ENG) after the reporters
    for line, names in (
        ("某某新闻/林某某、廖某、SNG 新北市报导", ["林某某", "廖某"]),
        ("地方中心／吴某 SNG 嘉义报导", ["吴某"]),
        ("（某某新闻/陈某某、ENG 金门报导）", ["陈某某"]),
    ):
        text = "某县长视察港口\n" + line + "\n" + _LEAD
        result = harvest_credits(text)
        assert result.meta["credits"] == [("记者", n) for n in names], line
        assert line not in result.text
        assert_logged(text, result)


def test_crew_initials_alone_or_with_words_name_no_one():
    for line in (
        "某某新闻/SNG 新北市报导",
        "某某新闻/深入、SNG 新北市报导",
        "某某新闻/林某、SNGX 新北市报导",
    ):
        text = "某县长视察港口\n" + line + "\n" + _LEAD
        result = harvest_credits(text)
        assert result.meta.get("credits") is None, line
        assert result.text == text
