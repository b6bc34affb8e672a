"""Officials on real pages (issue 11, a third round on roles only: role errors the
development parts and the round's survey showed; names found are not changed), each with
sentences and names written here."""

from tests.officials_checks import roles as _roles


def test_an_interpellation_time_is_a_noun_no_speech():
    # 议员A、B；质询时间为…: the roster is of a session still to come, the verb of the
    # clause after the semicolon is a noun (the time), so it gives the roster no speech
    text = (
        "明日将由第三小组上场，成员为副议长林立文、议员王国平、李东海；质询时间为上午九时至十一时。"
    )
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


def test_who_receives_a_visiting_party_is_there():
    # 受到X及议员们热烈欢迎: the hosts named between 受到 and how they receive are there
    text = "考察团第一站抵达某县议会，受到议长林立文及近十位县议员热烈欢迎。"
    assert _roles(text) == {"林立文": ("attendee",)}
    # and the speech of the next subject stays his (it was taken by the hosts waiting)
    text = "考察团前往某市，受到副议长王国平及市长林立文热烈欢迎，团长李东海表示，收获很多。"
    roles = _roles(text)
    assert roles["王国平"] == ("attendee",)
    assert roles["李东海"] == ("speaker",)


def test_who_is_praised_is_not_received():
    # 受到X的表扬: no reception, nothing says X is there
    text = "该村的做法受到县长林立文的表扬。"
    assert _roles(text)["林立文"] != ("attendee",)


def test_who_visits_together_with_the_visitors_is_there():
    # 一起看望…的还有A、B: they come along on the visit (as 一同), the visit is not theirs
    text = "区委书记林立文来到代表驻地看望代表。一起看望代表的还有王国平、李东海等区领导。"
    roles = _roles(text)
    assert roles["林立文"] == ("leader",)
    assert roles["王国平"] == ("attendee",)
    assert roles["李东海"] == ("attendee",)
    # the one who takes people along still leads the visit they make together
    text = "县长林立文带领相关部门负责人一起调研某企业。"
    assert _roles(text)["林立文"] == ("leader",)


def test_a_roster_cut_by_commas_goes_on_with_titled_people():
    # 一同参加会议的还有A，B，C等: each clause after the roster is a titled person alone,
    # what the roster says of them
    text = (
        "区委书记林立文与委员座谈。一同参加会议的还有区政协主席王国平，"
        "区委常委、统战部部长李东海，区政协副主席张文华等人。"
    )
    roles = _roles(text)
    assert roles["王国平"] == ("attendee",)
    assert roles["李东海"] == ("attendee",)
    assert roles["张文华"] == ("attendee",)
    # a clause with a verb of its own keeps its own
    text = "出席会议的还有副县长王国平，县委常委李东海主持会议。"
    assert _roles(text)["李东海"] == ("chair",)


def test_the_owner_of_a_speech_named_as_a_thing_is_named_not_there():
    # X关于…的重要讲话精神, X调研某区讲话精神: the speech is a thing studied, its owner named
    text = "全县要把会议精神与省委书记王国平关于乡村工作的重要讲话和指示精神结合起来。"
    assert _roles(text) == {"王国平": ("mentioned",)}
    text = "与会同志围绕市委书记王国平调研某区讲话精神作了交流发言。"
    assert _roles(text)["王国平"] == ("mentioned",)


def test_who_makes_or_relays_a_speech_is_there():
    assert _roles("县委书记王国平在会上作重要讲话。") == {"王国平": ("speaker",)}
    assert _roles("县委书记王国平传达了省委书记讲话精神。") == {"王国平": ("speaker",)}
    text = "县长王国平在会上的讲话中强调，要抓好落实。"
    assert _roles(text) == {"王国平": ("speaker",)}


def test_who_is_heard_speaking_is_there():
    text = "会议听取并讨论了县委书记王国平同志的讲话。"
    assert _roles(text) == {"王国平": ("speaker",)}


def test_the_maker_of_a_report_discussed_is_named_not_there():
    # 代表们分团审议市长X所作的报告: the report is discussed where X is not
    text = "出席大会的代表们分成五个团，认真审议市长林立文所作的《政府工作报告》。"
    assert _roles(text) == {"林立文": ("mentioned",)}
    # heard and discussed: X made it there
    text = "会议听取并审议了镇长林立文所作的《政府工作报告》。"
    assert _roles(text) == {"林立文": ("speaker",)}


def test_a_forum_held_where_one_went_is_the_visit_whatever_its_name():
    # 赴某集团召开工业运行帮扶调研座谈会: going there is the visit, its forum not chaired
    text = "副市长林立文赴某集团召开工业运行帮扶调研座谈会，听取企业汇报。"
    assert _roles(text) == {"林立文": ("leader",)}
    # one not held where one went is chaired
    text = "副市长林立文主持召开工业运行调度会。"
    assert _roles(text) == {"林立文": ("chair",)}


def test_what_a_report_tells_of_in_a_list_is_no_act_of_the_teller():
    # 通报了A情况、B排名情况: the second object reported on holds a visit's word (观摩)
    text = "副镇长林立文通报了全镇经济发展情况、全市项目观摩推进会排名情况。"
    assert _roles(text) == {"林立文": ("speaker",)}


def test_who_is_introduced_to_a_meeting_is_there():
    # 会议首先介绍新任主管，包括A、B及C: introduced there, present, not speaking
    text = "县务会议今日召开。会议首先介绍新任主管，包括副县长林立文、副秘书长王国平及处长李东海。"
    roles = _roles(text)
    assert roles["林立文"] == ("attendee",)
    assert roles["李东海"] == ("attendee",)


def test_who_receives_a_visiting_party_named_by_its_visit_visits_nothing():
    # 会见了…组成的考察团: the party's name holds a visit's word, a noun
    text = "省委书记林立文在省城会见了由多家企业负责人组成的某省企业家考察团。"
    assert _roles(text) == {"林立文": ("attendee",)}
    # the one who leads the party to a visit still leads it
    text = "县委书记林立文率领党政考察团到某县学习考察。"
    assert _roles(text) == {"林立文": ("leader",)}


def test_the_owner_of_a_thing_waits_for_no_verb():
    # 有别于前市长A、B的室内就职，…局长C上午说明…: A and B own what is set against the
    # plan; they are not a list waiting for the next clause's verb, nor C's speech theirs
    text = (
        "有别于前市长林立文、王国平的室内就职，新市长这次将在公园就职，"
        "新闻局长李东海上午说明典礼程序。"
    )
    roles = _roles(text)
    assert roles["林立文"] == ("mentioned",)
    assert roles["王国平"] == ("mentioned",)
    assert roles["李东海"] == ("speaker",)
    # a list cut by commas still waits for its verb
    text = "县委书记林立文，县长王国平，在主席台前排就座。"
    assert _roles(text) == {"林立文": ("attendee",), "王国平": ("attendee",)}


def test_who_is_joined_to_a_visitor_goes_along():
    # 县长A会同乡长B、代表C至…视察: B and C go along on A's visit
    text = "县长林立文会同乡长王国平、代表李东海至果园及鱼塭视察灾情。"
    roles = _roles(text)
    assert roles["林立文"] == ("leader",)
    assert roles["王国平"] == ("accompanying",)
    assert roles["李东海"] == ("accompanying",)
    # joined to one who attends, they attend
    text = "县长林立文会同乡长王国平出席开工典礼。"
    assert _roles(text)["王国平"] == ("attendee",)
