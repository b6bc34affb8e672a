"""Officials on real pages (issue 11, a round on roles only: the classes of role errors
the development parts and the round's survey showed), each with sentences and names
written here."""

from public_records.extract.officials import _roles_in
from public_records.extract.vocab import vocab

from tests.officials_checks import roles as _roles


def test_what_a_wish_asks_of_others_is_not_the_wishers_act():
    # a clause of thanks, then a wish: the acts wished (参与, 出席) are the others'
    text = "市长林立文一行来到某村。在某村，林立文感谢他们多年的付出，希望他们继续参与家乡建设。"
    assert _roles(text) == {"林立文": ("leader",)}
    text = "县长吴国平看望慰问困难群众，并叮嘱值班人员准时出席例会。"
    assert _roles(text) == {"吴国平": ("leader",)}


def test_what_the_wisher_says_after_the_wish_is_still_his():
    # 鼓励…，同时要求…: the demand made after the wish is a speech
    text = "副县长何立新到某镇调研。何立新鼓励农户坚定信心，同时要求有关部门做好服务。"
    assert _roles(text) == {"何立新": ("speaker", "leader")}


def test_a_verb_closed_by_de_in_a_visits_object_describes_the_visited():
    # 看望慰问…参会的委员: the members attend the session, the visitor visits them
    text = "县长周立文前往某宾馆看望慰问县政协某次会议参会的政协委员。"
    assert _roles(text) == {"周立文": ("leader",)}
    # the visitor's own attendance after the visit stays his (read, then subsumed by the
    # visit led in the person's roles)
    assert _roles_in("看望慰问困难群众并出席座谈会", vocab())[0] == {"attendee", "leader"}


def test_escorts_listed_with_an_item_of_no_name_before_the_frame():
    # 在A、B、县局某某等领导的陪同下: the last item is no person the extractor takes, the
    # escorts before it still escort
    text = (
        "市长郑立文带领有关部门负责人，在某县县委书记冯国平、县长许立新、县民政局某某等"
        "领导的陪同下，深入敬老院看望慰问五保老人。"
    )
    assert _roles(text) == {
        "郑立文": ("leader",),
        "冯国平": ("accompanying",),
        "许立新": ("accompanying",),
    }


def test_what_others_are_thanked_for_is_theirs():
    # 感谢与会顾问踊跃出席: the advisers attended; the one thanking chairs and speaks
    text = "县长冯立文主持会议。冯立文首先感谢与会顾问不辞辛劳踊跃出席。"
    assert _roles(text) == {"冯立文": ("chair",)}


def test_a_wish_in_taiwans_word_is_a_wish():
    # 期许 (Taiwan's word for a hope): the new head is to lead, not the one who hopes
    text = "市长陈立文致词时期许新任局长带领同仁服务市民。"
    assert _roles(text) == {"陈立文": ("speaker",)}


def test_the_one_visited_is_named_not_the_one_who_acts_after():
    # 看望慰问市政协原主席X，…，介绍…: the visitor speaks, the former head is visited
    text = "1月9日，市长蒋立文看望慰问市政协原主席韩国平，了解其生活情况，介绍近年来全市发展情况。"
    assert _roles(text) == {"蒋立文": ("speaker", "leader"), "韩国平": ("mentioned",)}


def test_people_taken_along_to_a_meeting_one_chairs_are_no_visit_led():
    # 由X主持，率领各课室主管，与…齐聚一堂: X chairs; taking staff along leads no visit
    text = "今年第一次会报召开，由乡长卢立文亲自主持，率领各课室主管，与各村村长齐聚一堂。"
    assert _roles(text) == {"卢立文": ("chair",)}
    # a visit of the clause's own stays led
    text = "镇长卢立文主持会议，率领各部门负责人调研企业。"
    assert _roles(text) == {"卢立文": ("chair", "leader")}


def test_acts_planned_are_not_done():
    # 将于…出席: a plan announced; the official is named, not shown there
    text = "行政长官宋立文和政府高层官员将于7月1日出席升旗仪式和酒会。"
    assert _roles(text) == {"宋立文": ("mentioned",)}
    # what is done stays done
    text = "行政长官宋立文出席升旗仪式。"
    assert _roles(text) == {"宋立文": ("attendee",)}


def test_a_forum_held_where_one_went_is_part_of_the_visit():
    # 到某村召开座谈会: the visitor leads a visit; the forum is no meeting chaired
    text = "副区长钱立文到某村召开座谈会，听取村干部意见。"
    assert _roles(text) == {"钱立文": ("leader",)}
    # a meeting convened is still chaired
    text = "副区长钱立文召开座谈会。"
    assert _roles(text) == {"钱立文": ("chair",)}


def test_a_visiting_partys_members_are_there():
    # 本次参访成员包括A、B、C等3名议员: the party's members came on the visit
    text = "本次参访成员包括孙立文、李国平、周立新等3名议员，除与市长会面，也观赏了施政影片。"
    assert _roles(text) == {
        "孙立文": ("attendee",),
        "李国平": ("attendee",),
        "周立新": ("attendee",),
    }


def test_who_leads_a_visit_is_no_attendee_besides():
    # 出席…，并视察…: the visit's leader (the real labels never give both)
    text = "副县长沈立文出席开工仪式，并视察几处水利工程。"
    assert _roles(text) == {"沈立文": ("leader",)}
    # attending alone stays attending
    assert _roles("副县长沈立文出席开工仪式。") == {"沈立文": ("attendee",)}


def test_the_report_heard_is_not_the_hearers_speech():
    # 听取…的汇报: what is heard is the others' speech, not the hearer's
    text = "副市长魏立文到某区调研并听取有关部门关于工作部署的汇报。"
    assert _roles(text) == {"魏立文": ("leader",)}
    # a speech of his own after the one heard is still his
    assert _roles_in("听取汇报并讲话", vocab())[0] == {"speaker"}
