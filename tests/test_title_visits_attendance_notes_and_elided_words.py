"""Round titles45 (issue 18): titles a reader rejects. A visit's verb (访问, 出访) is a deed,
so a lead that says who will visit where ends its title there and does not go on into the
comment after it (，这也是她上任以来首次出访…); a row that only says who attended
(甲乙丙丁戊己参加) is a note above the lead, no headline: the lead names the event. The
guards at the end keep an ellipsis between words a sentence's end (the round's third rule,
reading an ellipsis after a titled doer as words left out, rested only on blind readers'
notes on held-out pages and was not merged). Invented sentences."""

from public_records.extract.title import derive_title, derive_title_with_evidence

# a visit's verb is a deed: the comment after it is no part of the title


def test_a_visit_abroad_ends_the_title_before_the_comment_after_it():
    text = "5月6日，市长甲乙将于5月6日至12日访问某国，这也是他就任以来首次出访某国，引发各界关注。"
    assert derive_title(text) == "市长甲乙将访问某国"


def test_a_delegation_visit_is_the_deed():  # guard
    text = "5月6日，市长甲乙率团访问某国，这也是他上任以来首次出访，引发各界关注。"
    assert derive_title(text) == "市长甲乙率团访问某国"


def test_a_comment_after_an_inspection_was_already_left_out():  # guard
    assert derive_title("县长甲乙到某镇调研，这是他今年第三次到该镇。") == "县长甲乙到某镇调研"


def test_a_visit_to_a_county_keeps_its_place():
    text = "6月3日，县委书记甲乙到某县访问，双方举行座谈。"
    assert derive_title(text) == "县委书记甲乙到某县访问"


# a row of who attended is no headline


def test_a_row_of_names_and_attended_is_no_headline():
    text = (
        "甲乙丙丁戊己参加\n"
        "10月8日，某县举办全民读书活动启动仪式。县长甲乙，县政协主席丙丁，副县长戊己参加。\n"
    )
    assert derive_title_with_evidence(text) == ("某县举办全民读书活动启动仪式", "lead sentence")


def test_a_row_of_titled_names_and_attended_is_no_headline():
    text = "县长甲乙丙丁出席\n10月8日，某县举办全民读书活动启动仪式。县长甲乙，副县长丙丁出席。\n"
    assert derive_title(text) == "某县举办全民读书活动启动仪式"


def test_a_headline_naming_the_event_attended_stays():  # guard
    headline = "县长甲乙出席全民读书活动启动仪式\n"
    text = headline + "10月8日，某县举办全民读书活动启动仪式。县长甲乙出席。\n"
    assert derive_title_with_evidence(text) == ("县长甲乙出席全民读书活动启动仪式", "page headline")


# an ellipsis between words still ends a sentence (guards)


def test_an_ellipsis_after_a_mood_still_ends_it():  # guard
    text = "雨一直下……某镇党委书记甲乙带领干部到某村检查防汛。"
    assert derive_title(text) == "某镇党委书记甲乙带领干部到某村检查防汛"


def test_an_ellipsis_after_a_deed_still_ends_it():  # guard
    assert derive_title("3月5日，县长甲乙到某镇调研……随后召开座谈会。") == "县长甲乙到某镇调研"
