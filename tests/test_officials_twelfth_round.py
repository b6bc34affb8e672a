"""Officials on real pages (issue 11, twelfth round: roles on visit and meeting reports of
the shapes the development parts' wrong roles share: lists after 包括, the visit's leader
in the lead, topics of 对…表示, escorts), each with sentences and names written here."""

from public_records.extract.officials import find_officials

from tests.officials_checks import roles as _roles


def _found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in find_officials(text)}


def test_a_list_after_baokuo_takes_the_verb_it_names():
    # 共有5位议员出席，包括A、B和C: the verbless clause before 包括 counts those who
    # attended; 随行包括A、B: those who went along; 由X担任召集人: X presides.
    found = _roles(
        "本次会议由高立东议员担任召集人，共有5位议员出席，包括王立群议员、李东海议员和赵海峰议员。"
    )
    assert found == {
        "高立东": ("chair",),
        "王立群": ("attendee",),
        "李东海": ("attendee",),
        "赵海峰": ("attendee",),
    }
    found = _roles("市长高立东下午到访郊野公园，随行包括副市长王立群、局长李东海等。")
    assert found["王立群"] == ("accompanying",)
    assert found["李东海"] == ("accompanying",)
    # 包括 after no verb names no act: the members stay as they were.
    assert _roles("本次交流成员包括王立群、李东海等8名议员。") == {
        "王立群": ("mentioned",),
        "李东海": ("mentioned",),
    }


def test_a_party_that_comes_is_led_by_the_one_it_is_named_after():
    # X一行到…进行…工作，A、B陪同: X leads the visit (the escorts' verb is not his); 到访
    # is a visit made.
    found = _roles(
        "12月28日上午，市委外宣办主任孙立强一行到王村镇进行考核验收工作，"
        "镇党委副书记苗立东、镇主任科员郭立庆陪同。"
    )
    assert found == {
        "孙立强": ("leader",),
        "苗立东": ("accompanying",),
        "郭立庆": ("accompanying",),
    }
    assert _roles("市长高立东下午到访郊野公园。")["高立东"] == ("leader",)


def test_a_verb_inside_the_topic_of_a_speech_is_a_noun():
    # 对考察团的到来表示欢迎, 就巡视工作进行交流: the visit named inside the topic is what
    # is spoken of; the one who speaks leads no visit.
    assert _roles("副县长王立群对此次代表视察活动表示欢迎。") == {"王立群": ("speaker",)}
    assert _roles("主任余立明对考察团一行的到来表示热烈欢迎。") == {"余立明": ("speaker",)}
    # 并就…提出要求 goes on with the visitor's predicate: the verb after the topic is his.
    found = _roles("镇长周立新到东村调研，并就安全生产工作提出要求。")
    assert found == {"周立新": ("speaker", "leader")}
    # 就座 is a verb, not a topic: 在主席台就座并讲话.
    assert _roles("县长王立群在主席台就座并讲话。") == {"王立群": ("speaker", "attendee")}


def test_the_executive_chairs_a_report_names_by_you_dan_ren_are_there():
    # 本次会议执行主席由A、B、C担任: the chairs of the session reported sat on its
    # rostrum (as 执行主席是：A、B); a meeting that decides who will hold the post names
    # them only.
    found = _roles("本次会议执行主席由高立东、王立群、李东海担任。会议由执行主席李东海主持。")
    assert found == {
        "高立东": ("attendee",),
        "王立群": ("attendee",),
        "李东海": ("chair", "attendee"),
    }
    found = _roles("会议决定大会执行主席由高立东、王立群担任。")
    assert found == {"高立东": ("mentioned",), "王立群": ("mentioned",)}


def test_the_words_quoted_after_a_name_and_a_colon_are_his():
    # 局长X：「…」: X speaks; a visit named in what he says is not his act.
    assert _roles("社工局局长韩立明：「主任送上问候，与长者交流。」") == {"韩立明": ("speaker",)}
    assert _roles("社工局局长韩立明：“主任看望了长者。”") == {"韩立明": ("speaker",)}


def test_escorts_cut_by_commas_are_one_frame_and_the_escorted_lead():
    # X在镇长A，副镇长B等陪同下，…: the escorts are one frame, their 陪同 is not X's.
    found = _roles("副市长陈立伟在镇长陈立涛，副镇长关雅方等陪同下，先后前往体育馆进行督导检查。")
    assert found == {
        "陈立伟": ("leader",),
        "陈立涛": ("accompanying",),
        "关雅方": ("accompanying",),
    }
    # The ones escorted make a visit, even with no visit's verb of their own (联同…到…).
    found = _roles("市长高立东和局长王立群在区长李东海陪同下，联同区议员到社区。")
    assert found == {"高立东": ("leader",), "王立群": ("leader",), "李东海": ("accompanying",)}
    # Escorted to a meeting, they attend it.
    found = _roles("副市长陈立伟在镇长陈立涛的陪同下出席会议。")
    assert found == {"陈立伟": ("attendee",), "陈立涛": ("accompanying",)}


def test_an_escort_who_then_attends_is_both():
    # A，B陪同调研并参加会议: they go along, then sit in the meeting (陪同 ends the
    # predicate for the visitors' verbs, not for the escort's own 并参加).
    found = _roles("东区党工委书记周立峰，东区办事处主任郭立华陪同调研并参加会议。")
    assert found == {"周立峰": ("attendee", "accompanying"), "郭立华": ("attendee", "accompanying")}
    # The visitors' acts after 陪同 stay theirs.
    found = _roles("区长王立群陪同市长高立东调研并看望群众。")
    assert found == {"王立群": ("accompanying",), "高立东": ("leader",)}


def test_a_visitor_who_waited_for_his_verb_goes_on_with_it():
    # X先后来到A、B，督导…，并就…提出要求：…: the clause that gave X his verb opens a
    # predicate the next clauses continue; speech before a colon continues it too
    # (what follows the colon is what was said, no list).
    found = _roles(
        "镇党委书记周立新先后来到车站、水库，督导值班值守，并就安全稳定提出要求：值班要认真。"
    )
    assert found == {"周立新": ("speaker", "leader")}
    found = _roles("镇长周立新到东村调研，并就安全生产工作提出要求：要认真。")
    assert found == {"周立新": ("speaker", "leader")}
    # A colon after a verb of attendance still opens the list of those who attended.
    found = _roles("会议由县长周立新主持，出席会议的有：王立群、李东海。")
    assert found["周立新"] == ("chair",)


def test_a_name_ends_before_jixu_and_qianri():
    # 主任X继续…行程, 主任X前日到…: the name ends where 继续 and 前日 begin.
    assert _found("港澳办主任夏立龙继续澳门考察行程。") == {"夏立龙": ("港澳办主任", ("leader",))}
    found = _found("港澳办主任夏立龙前日到港开展考察调研行程。")
    assert found == {"夏立龙": ("港澳办主任", ("leader",))}


def test_the_people_a_speaker_introduces_after_baokuo_are_not_speakers():
    # 会议首先介绍新任主管，包括A、B: the list names whom the talk was about.
    found = _roles("会议首先介绍新任主管，包括副县长陈立君、副秘书长黄立达及处长李重明。")
    assert "speaker" not in found["陈立君"]
    assert "speaker" not in found["李重明"]


def test_a_party_led_and_a_site_inspected_in_taiwan_words():
    # 此次考察由议长X领队 (X leads the party), 县长X前往…进行勘灾 (a site inspected
    # after a storm): visits made.
    assert _roles("此次考察由议长郭立良领队，前往邻县参访。") == {"郭立良": ("leader",)}
    assert _roles("县长陈立复上午前往白沙乡进行勘灾。") == {"陈立复": ("leader",)}


def test_the_one_an_escort_goes_along_with_leads():
    # (A)陪同B前往…参香: B, escorted, makes the visit even with no visit's verb.
    found = _roles("市长陈其明上午走访庙宇，随后陪同总统赖立德前往寿天宫参香。")
    assert found["赖立德"] == ("leader",)


def test_those_a_leader_brings_along_by_liantong_attend():
    # 县长X率…团队，联同乡长Y及…人员，前往视察: Y comes along, leading nothing.
    found = _roles("县长饶立铃17日率县府建设处团队，联同乡长王重明及乡公所人员，前往视察道路工程。")
    assert found == {"饶立铃": ("leader",), "王重明": ("attendee",)}


def test_the_host_who_receives_guests_is_there_and_an_inspection_tour_is_led():
    # 书记X会见…访问团一行: the host is there (the guests after 会见 already were).
    assert _roles("市委书记温立滨在迎宾厅会见香港访问团一行。") == {"温立滨": ("attendee",)}
    # 委员A、B到…县巡察: an inspection tour made.
    found = _roles("监察委员余立芳、葛立光11月10日至11日到彰化县巡察。")
    assert found == {"余立芳": ("leader",), "葛立光": ("leader",)}


def test_a_call_paid_at_peoples_homes_is_a_visit_made():
    # 来到…家中, 分别来到A和B家中: the caller leads a visit, as 看望 would say.
    found = _roles("镇人大主席陶立峰来到退休干部和困难党员家中，了解他们的生活情况。")
    assert found == {"陶立峰": ("leader",)}
    found = _roles("主任王立安分别来到老同志孙立琏和高立凯家中，对老同志们的贡献表示感谢。")
    assert found == {"王立安": ("speaker", "leader")}


def test_the_one_a_party_is_named_after_leads_it_unless_it_only_attends():
    # X一行首先来到…: X heads the party, so leads the visit; X一行参加座谈会: X attends,
    # as 率领…出席 does.
    found = _roles("9月15日，主席朱立欣一行首先来到新安镇，了解美丽乡村建设情况。")
    assert found == {"朱立欣": ("leader",)}
    assert _roles("县长王立群一行参加座谈会。") == {"王立群": ("attendee",)}


def test_the_one_reported_to_is_no_speaker_when_no_name_reports():
    # 他们向X汇报工作, 各单位负责人向X汇报: X is told, he does not speak.
    assert _roles("会上，他们向司长陈立基汇报工作。") == {"陈立基": ("mentioned",)}
    assert _roles("会上，各单位负责人向司长陈立基汇报工作。") == {"陈立基": ("mentioned",)}


def test_the_chief_executive_by_the_press_word_and_a_name_before_yi():
    # 特首X亦有陪同: 特首 is a title (the press's word for 行政长官), the name ends at 亦;
    # the list after 随行包括 then opens with his known name.
    found = _found(
        "特首李立超亦有陪同。主任夏立龙下午到访郊野公园，随行包括李立超、文体旅局长杨立雄等。"
    )
    assert found["李立超"] == ("特首", ("accompanying",))
    assert found["杨立雄"] == ("文体旅局长", ("accompanying",))


def test_the_led_peoples_yitong_leaves_the_leaders_visit_his():
    # 带领相关部门负责人一同调研: 一同 is the led people's; the leader leads the visit
    # (it read him as joining it). 带领…一同出席 is still attendance.
    assert _roles("县长王立群带领相关部门负责人一同调研。") == {"王立群": ("leader",)}
    assert _roles("副书记刘立林带领大家一同参观了山庄。") == {"刘立林": ("leader",)}
    assert _roles("县长王立群带领班子成员一同出席活动。") == {"王立群": ("attendee",)}
    assert _roles("县长王立群一同调研。") == {"王立群": ("attendee",)}
