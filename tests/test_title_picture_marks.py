"""A page's headline without the picture mark a page prints after it (（图）, （组图）;
issue 18, titles, round 8)."""

from public_records.extract.title import derive_title

LEAD = "\n5月6日，县政协十一届六次会议在县城隆重开幕，县政协主席甲乙主持开幕式。"


def test_a_picture_mark_after_the_headline_is_dropped():
    assert (
        derive_title("县政协十一届六次会议隆重开幕（图）" + LEAD) == "县政协十一届六次会议隆重开幕"
    )
    assert (
        derive_title("县政协十一届六次会议隆重开幕(组图)" + LEAD) == "县政协十一届六次会议隆重开幕"
    )


def test_a_headline_ending_with_its_own_bracket_keeps_it():
    text = "县政协召开常委会议（扩大）" + LEAD
    assert derive_title(text) == "县政协召开常委会议（扩大）"
