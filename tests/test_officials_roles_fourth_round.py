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
