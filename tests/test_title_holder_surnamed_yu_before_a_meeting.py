"""Titles (review45, issue 18): titles45b drops a venue said with 于 before a session's verb
(某中学毕业典礼日前于某堂举行 -> 某中学毕业典礼举行), its end word a building's (堂, 厅,
室, 馆, 场, 楼…). 于 is also a surname, and a given name may end on such a word (于庆堂,
于德馆): right after a title the venue is two characters or more before its end word, so
副县长于庆堂召开… keeps its holder. Invented sentences."""

from public_records.extract.title import derive_title


def test_a_holder_surnamed_yu_whose_name_ends_on_tang_keeps_his_name():
    text = "5月6日，副县长于庆堂召开专题会议，研究部署防汛工作。"
    assert derive_title(text).startswith("副县长于庆堂召开专题会议")


def test_a_holder_surnamed_yu_whose_name_ends_on_guan():
    text = "5月6日，副市长于德馆正式召开全市招商引资座谈会。"
    assert derive_title(text).startswith("副市长于德馆")


# guards: a venue with 于 still goes


def test_a_venue_after_a_title_still_goes():
    text = "5月6日，县长于县政府会议室召开常务会议。"
    assert derive_title(text) == "县长召开常务会议"


def test_a_one_word_venue_after_an_event_still_goes():
    assert derive_title("某中学毕业典礼于礼堂举行，校长甲乙致辞。") == "某中学毕业典礼举行"


def test_a_venue_with_the_vague_day_still_goes():
    assert derive_title("某中学毕业典礼日前于学校礼堂举行，校长甲乙致辞。") == "某中学毕业典礼举行"
