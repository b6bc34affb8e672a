"""Round titles50 (issue 18): a lead whose meeting is named by nothing (某区召开会议) or a
forum whose next clause says whose views it sought without 就 (召开老干部座谈会，征求对某报告
的意见建议) goes on with that clause: what the meeting was called for is the news
(data/title_setup_goes_on.tsv). Invented sentences."""

from public_records.extract.title import lead_title


def test_a_meeting_named_by_nothing_goes_on_with_what_it_pushes():
    text = "8月29日，某区召开会议，推进某某示范城市创建。区长甲乙出席会议并讲话。"
    assert lead_title(text) == "某区召开会议推进某某示范城市创建"


def test_a_meeting_named_by_nothing_goes_on_with_what_it_carries_out():
    text = "2月28日，某县召开会议，贯彻落实省、市某某会议精神，对全县某某工作进行再部署。"
    assert lead_title(text) == "某县召开会议贯彻落实省、市某某会议精神"


def test_a_forum_goes_on_with_whose_views_it_sought():
    text = "11月19日，市委召开老干部座谈会，征求对某某报告的意见建议。市委书记甲乙出席。"
    assert lead_title(text) == "市委召开老干部座谈会征求对某某报告的意见建议"


# Guards: what must not change.


def test_a_named_meeting_does_not_go_on():
    text = "8月29日，某区召开某某示范城市创建推进会，推进某某工作。区长甲乙出席。"
    assert lead_title(text) == "某区召开某某示范城市创建推进会"


def test_a_meeting_named_by_nothing_with_a_clause_of_another_kind_stays():
    text = "8月29日，某区召开会议，区长甲乙出席会议并讲话。"
    assert lead_title(text) == "某区召开会议"


def test_a_forum_whose_next_clause_is_no_seeking_of_views_stays():
    text = "11月19日，市委召开老干部座谈会，市委书记甲乙出席会议并讲话。"
    assert lead_title(text) == "市委召开老干部座谈会"
