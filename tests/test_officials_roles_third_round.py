"""Officials on real pages (issue 11, a third round on roles only: role errors the
development parts and the round's survey showed; names found are not changed), each with
sentences and names written here."""

from tests.officials_checks import roles as _roles


def test_an_interpellation_time_is_a_noun_no_speech():
    # 议员A、B；质询时间为…: the roster is of a session still to come, the verb of the
    # clause after the semicolon is a noun (the time), so it gives the roster no speech
    text = "明日将由第三小组上场，成员为副议长林立文、议员王国平、李东海；质询时间为上午九时至十一时。"
    roles = _roles(text)
    assert roles["林立文"] == ("mentioned",)
    assert roles["李东海"] == ("mentioned",)
    # so are its members and its group, named before a colon that opens the roster
    text = "明日将由第三小组上场，质询成员为：第三质询小组为副议长林立文、议员王国平、李东海。"
    assert _roles(text)["王国平"] == ("mentioned",)
    # the verb itself is still speech
    assert _roles("议员林立文昨日质询县府的道路工程。")["林立文"] == ("speaker",)


def test_those_who_sit_in_named_as_a_noun_sit_in_nothing():
    # 列席人员 (as 出席人员, 参加人员): the people who sit in, a noun; who finds their
    # seating chart is no one sitting in
    text = "议员林立文发现县府列席人员座次名单漏列县长，随即指出这是不尊重。"
    assert _roles(text) == {"林立文": ("speaker",)}
