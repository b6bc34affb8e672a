"""Officials on real pages (issue 11, ninth round: role agreement, the classes of the
development parts' wrong roles), each with sentences written here."""

from public_records.extract.officials import find_officials


def _found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in find_officials(text)}


def test_joining_a_visit_named_by_two_verbs_leads_none_of_it():
    # 参加视察调研活动: the visit joined is named by two verbs in a row; both are the
    # activity joined, not a visit the attendee leads (as 参加调研 alone already is).
    found = _found("镇人大副主席高立东参加视察调研活动。")
    assert found["高立东"][1] == ("attendee",)
    found = _found("副县长王立群参加检查督导工作。")
    assert found["王立群"][1] == ("attendee",)


def test_chairing_a_visit_is_chairing_it():
    # 主持视察调研活动: the visit is what is chaired (the object of 主持), no visit the
    # chair leads besides; a visit verb later in the clause still counts.
    found = _found("镇党委书记高立东主持视察调研活动。")
    assert found["高立东"][1] == ("chair",)
    found = _found("县长王立群主持召开座谈会，并深入企业调研。")
    assert set(found["王立群"][1]) == {"chair", "leader"}


def test_leading_people_to_a_ceremony_is_attending_it():
    # 率领…出席, 率…列席: the people taken along attend with the one who brings them; no
    # visit or inspection is led. A visit's own verb still leads (率…到企业调研).
    found = _found("市长高立东率领市府团队出席升旗典礼。")
    assert found["高立东"][1] == ("attendee",)
    found = _found("新任县长王立群也将率各局处首长列席。")
    assert found["王立群"][1] == ("nonvoting",)
    found = _found("县长王立群率有关部门负责人到企业调研，并参加座谈会。")
    # the forum attended is part of the visit led: leader only (as the real labels read it)
    assert set(found["王立群"][1]) == {"leader"}


def test_the_people_heard_speak():
    # 听取了X有关…的经验分享: whatever noun names the talk, the one heard speaks; so does
    # the one joined after (和Y的介绍).
    found = _found("会上，听取了村第一书记王立群有关基层治理的经验分享和村主任李东海的情况介绍。")
    assert found["王立群"][1] == ("speaker",)
    assert found["李东海"][1] == ("speaker",)


def test_a_visit_that_holds_a_forum_chairs_nothing():
    # 到某区调研，并召开座谈会: the forum is part of the visit the leader makes; 召开 after
    # a visit's verb is no chairing (主持召开 still is, and so is 召开 with no visit).
    found = _found("副市长高立东到东区调研指导工作，并召开座谈会，听取意见。")
    assert found["高立东"][1] == ("leader",)
    assert _found("副市长高立东到东区调研并召开座谈会。")["高立东"][1] == ("leader",)
    found = _found("副市长高立东到东区调研，并主持召开座谈会。")
    assert set(found["高立东"][1]) == {"leader", "chair"}
    found = _found("县长王立群召开专题会议，研究部署防汛工作。")
    assert "chair" in found["王立群"][1]


def test_a_speechs_spirit_is_no_speech():
    # 讲话精神 (the spirit of a speech) names a speech made elsewhere: its maker is named,
    # not speaking at the meeting (重要讲话 right after the name was already a marker).
    found = _found("省委书记高立东在全省经济工作会议上的讲话精神，为做好今年工作指明了方向。")
    assert found["高立东"][1] == ("mentioned",)
    found = _found("会议传达了中央和省委精神、省委书记高立东在全省大会上的讲话精神。")
    assert found["高立东"][1] == ("mentioned",)
    assert _found("县长王立群在会上讲话。")["王立群"][1] == ("speaker",)


def test_what_a_chaired_meeting_studies_and_plans_is_no_speech():
    # 主持召开常务会议，传达学习…，研究部署…: the meeting relays, studies and plans; the
    # chair makes no speech by it (传达 alone, 部署 alone stay speech).
    found = _found("市长王立群主持召开市政府常务会议，传达学习省委全会精神，研究部署近期工作。")
    assert found["王立群"][1] == ("chair",)
    found = _found("县委书记高立东传达了省委全会精神，并部署近期工作。")
    assert found["高立东"][1] == ("speaker",)


def test_escorts_closed_by_deng_still_escort():
    # 在A等领导的陪同下来某镇调研: the escorts' 等领导 does not end the frame; the visitor
    # before it leads the visit and the escorts accompany.
    found = _found("县委常委王立群一行在市委常委高立东等领导的陪同下来东湖镇调研。")
    assert found["王立群"][1] == ("leader",)
    assert found["高立东"][1] == ("accompanying",)


def test_escorted_by_unnamed_people_the_visitor_still_leads():
    # 在镇主要领导的陪同下，走访慰问…: escorts named by no name are a frame around the
    # visitor's predicate; the visitor is not escorting, and the visit's verbs after it count.
    found = _found("市委常委、政法委书记王立群在镇主要领导的陪同下，走访慰问困难家庭。")
    assert found["王立群"][1] == ("leader",)
    found = _found("副主任高立东在乡干部的陪同下，深入各村实地察看。高立东指出，要抓好落实。")
    assert set(found["高立东"][1]) == {"leader", "speaker"}
    assert _found("副镇长王立群陪同调研。")["王立群"][1] == ("accompanying",)
    # Without 的 the people before 陪同下 are the escorts themselves (…等人陪同下).
    found = _found("县长王立群今日在指挥官李上校、中心主任高立东及所属干部等人陪同下，前往灾区。")
    assert found["高立东"][1] == ("accompanying",)


def test_the_chairs_announcements_are_chairing():
    # 高立东主持会议。高立东宣布选举结果: what the one who presides announces is part of
    # presiding; one who only announces (宣布了…决定) still speaks.
    found = _found("大会由县人大常委会主任高立东主持。高立东宣布，王立群当选为县长。")
    assert found["高立东"][1] == ("chair",)
    found = _found("县委副书记李东海宣布了县委关于干部任免的决定。")
    assert found["李东海"][1] == ("speaker",)


def test_attending_or_sitting_in_is_attending():
    # 参加或列席会议: either way present; the report does not say who sat in, so each is
    # an attendee, not both an attendee and one sitting in.
    found = _found("县人大常委会主任高立东，县委副书记王立群参加或列席会议。")
    assert found["高立东"][1] == ("attendee",)
    assert found["王立群"][1] == ("attendee",)


def test_one_who_sits_in_and_is_seated_sits_in():
    # 列席会议的县长X在主席台就座: sitting in is being there; a seat on the rostrum adds
    # no second role.
    found = _found("大会执行主席高立东主持会议，列席会议的县委副书记、县长王立群在主席台前排就座。")
    assert found["王立群"][1] == ("nonvoting",)
    assert _found("副县长王立群出席会议。")["王立群"][1] == ("attendee",)
