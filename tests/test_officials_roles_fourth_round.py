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
