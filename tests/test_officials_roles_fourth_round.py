"""Officials on real pages (issue 11, a fourth round on roles only: role errors the new
development part dev-b12 showed; names found are not changed), each with sentences and
names written here."""

from tests.officials_checks import roles as _roles


def test_who_receives_the_public_leads_the_reception():
    # 接待来访群众, 接待上访群众, 接访: an official who receives the public (petitioners at
    # a reception office) holds the reception, as a visit is led; 接待 of a visiting party
    # is still being there (present)
    text = "5月8日，县长林立文在县信访接待中心接待来访群众，认真听取群众诉求。"
    assert _roles(text)["林立文"] == ("leader",)
    text = "县长林立文到群众来访接待中心接待上访群众。副县长王国平参加接访。"
    roles = _roles(text)
    assert roles["林立文"] == ("leader",)
    # who joins the reception is there, leading none
    assert roles["王国平"] == ("attendee",)
    text = "副县长王国平今日接访，听取群众诉求。"
    assert _roles(text)["王国平"] == ("leader",)
    text = "县长林立文接待了来访的考察团一行。"
    assert _roles(text)["林立文"] == ("attendee",)


def test_who_gives_a_lecture_speaks():
    # 作…讲座 (a lecture given, its title quoted before its kind, as 作《…》辅导报告): speech
    text = "在活动中，林立文委员作“乡村文化的数字化新生”专题讲座。"
    assert _roles(text) == {"林立文": ("speaker",)}
    text = "会上，区政协委员王国平作了一场生动的专题讲座。"
    assert _roles(text) == {"王国平": ("speaker",)}
    text = "县委常委、宣传部部长林立文为全体干部作专题辅导讲座。"
    assert _roles(text) == {"林立文": ("speaker",)}


def test_who_declares_a_contest_open_speaks_and_does_not_preside():
    # 宣布比赛开幕: who declares a contest or a festival open says so (the one who presides
    # its opening is named by 主持); 宣布…会议开幕 opens a session, presiding it
    text = "副局长林立文宣布比赛开幕，镇长王国平主持开幕式。"
    roles = _roles(text)
    assert roles["林立文"] == ("speaker",)
    assert roles["王国平"] == ("chair",)
    text = "副市长林立文宣布第三届乡村文化旅游节开幕。"
    assert _roles(text) == {"林立文": ("speaker",)}
    # who presides it and declares it open is its chair
    text = "镇长王国平主持开幕式并宣布比赛开幕。"
    assert _roles(text) == {"王国平": ("chair",)}
    for text in (
        "上午9时，县人大常委会主任林立文宣布某县第十届人民代表大会第三次会议开幕。",
        "县长林立文宣布大会正式开幕。",
        "县政协主席林立文宣布：县政协第九届委员会第二次会议开幕！",
        "县委书记林立文宣布县第十五次党代会开幕。",
    ):
        assert _roles(text) == {"林立文": ("chair",)}, text


def test_a_clause_with_a_subject_of_its_own_ends_the_open_predicate():
    # A参加，志愿者、工作人员一起向市民发放资料，号召…: the people before 一起 are the
    # clause's subject, so the verbs after it (号召) are theirs, not A's
    text = "副县长林立文参加，志愿者、工作人员一起向过往市民发放宣传资料，号召市民积极参与。"
    assert _roles(text) == {"林立文": ("attendee",)}
    text = "县长林立文出席活动，青年志愿者们纷纷上台，介绍志愿服务的经验。"
    assert _roles(text) == {"林立文": ("attendee",)}
    # a subjectless clause goes on with the open predicate, so does one with 与…一起
    text = "副县长林立文参加活动，与志愿者一起向市民发放资料，号召市民积极参与。"
    assert _roles(text) == {"林立文": ("speaker", "attendee")}
    text = "副县长林立文参加活动，一起向市民发放资料，号召市民积极参与。"
    assert _roles(text) == {"林立文": ("speaker", "attendee")}
    # a verb before the word of doing together is the open predicate's (检查并一同…)
    text = "县长林立文出席活动，察看现场后一同向市民发放资料，号召市民积极参与。"
    assert _roles(text) == {"林立文": ("speaker", "leader")}
