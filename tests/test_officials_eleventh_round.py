"""Officials on real pages (issue 11, eleventh round: recall and roles on the classes of
the development parts' misses: national rosters, plenary rosters, posts without a verb),
each with sentences and names written here."""

from public_records.extract.officials import find_officials


def _found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in find_officials(text)}


def test_a_middle_dot_name_inside_a_titled_list_is_an_item():
    # 副主席A、B、甲·乙、C出席: the transliterated name is one item of the list; the list
    # stopped there and lost every name after it.
    found = _found("全国政协副主席高立东、王立群、阿布都·买买提、李东海、赵海峰出席会议。")
    assert found["阿布都·买买提"] == ("全国政协副主席", ("attendee",))
    assert found["李东海"] == ("全国政协副主席", ("attendee",))
    assert found["赵海峰"] == ("全国政协副主席", ("attendee",))
    # A slogan with a dot is no item: its last part runs past a name's length.
    found = _found("县委常委高立东、委员提议题·月月来协商等出席会议。")
    assert "委员提议题·月月来协商" not in found


def test_the_state_leaders_title_opens_a_roster():
    # 党和国家领导人A、B、C等在主席台就座: 领导人 is a collective title (as 领导 is), and the
    # 和 of 党和国家 is inside it, not a joiner that ends its prefix.
    found = _found("党和国家领导人高立东、王立群、李东海等在主席台就座，祝贺大会召开。")
    assert found["高立东"] == ("党和国家领导人", ("attendee",))
    assert found["李东海"] == ("党和国家领导人", ("attendee",))
    assert _found("他们都是党和国家领导人。") == {}


def test_a_title_less_roster_holds_transliterated_names_among_known_ones():
    # A、B、图雅其其格、C、巴图孟和、D等和大会主席团其他成员在主席台就座: a roster a verb of
    # presence closes holds names no surname opens (their shape says they are names)
    # and a known surname's word (洪水 between marks is a name), as long as the known
    # names are two thirds of it.
    found = _found(
        "大会在旗会堂开幕。高立东、王立群、图雅其其格、李东海、巴图孟和、赵海峰、洪水、"
        "钱丰、孙卫红等和大会主席团其他成员在主席台就座。"
    )
    for name in ("高立东", "图雅其其格", "巴图孟和", "洪水", "钱丰"):
        assert found[name] == ("", ("attendee",))
    # Half of the items read by shape alone is no roster; nor is a list of units.
    assert _found("大会开幕。高立东、图雅其其格、巴图孟和、赵海峰等在主席台就座。") == {}
    assert _found("大会开幕。高立东、王立群、李东海、各部门负责人在主席台就座。") == {}


def test_a_colon_roster_holds_a_long_transliterated_name():
    # 执行主席是：A、图雅其其格、B、C: the list after a title's colon went on only through
    # names of two or three characters.
    found = _found("本次大会的执行主席是：高立东、图雅其其格、王立群、李东海、赵海峰。")
    assert found["图雅其其格"] == ("执行主席", ("attendee",))
    assert found["赵海峰"] == ("执行主席", ("attendee",))
    found = _found("在主席台就座的有：高立东、王立群、图雅其其格、李东海。")
    assert found["图雅其其格"] == ("", ("attendee",))


def test_inspections_and_calls_in_macao_and_hong_kong_words():
    # 司长X巡视了…, 司长X探访…: an inspection and a visit made, as 视察 and 看望 are;
    # 司长X拜会了… ends the name (a call paid), the role coming from the rest of the
    # predicate (…并到某街拜访商户: a visit made).
    found = _found("运输工务司司长高立东巡视了码头和渡轮站。")
    assert found["高立东"] == ("运输工务司司长", ("leader",))
    found = _found("社会文化司司长王立群先后到两间院舍探访长者。")
    assert found["王立群"][1] == ("leader",)
    found = _found("行政法务司司长李东海拜会了商会负责人，并到某街一带拜访商户。")
    assert found["李东海"] == ("行政法务司司长", ("leader",))


def test_an_organ_phrase_that_opens_with_a_stop_word_stays_whole():
    # 经 (via: 经县委研究) is a stop word of the title's prefix, but 经济 opens an organ's
    # name (经济财政司, 经济开发区): the title lost its first character.
    found = _found("经济财政司司长李东海出席活动。")
    assert found["李东海"][0] == "经济财政司司长"
    found = _found("会上，经济开发区管委会主任王立群讲话。")
    assert found["王立群"][0] == "经济开发区管委会主任"


def test_a_married_name_right_after_a_title():
    # 司长林郑月娥说 (Hong Kong's and Taiwan's married names: the husband's surname, then
    # her own name): after a title, a role verb or a word that follows names ends it, as
    # a mark did inside a list.
    found = _found("政务司司长高王丽芳说，政府重视与区议会合作。高王丽芳今日出席例会。")
    assert found["高王丽芳"] == ("政务司司长", ("speaker", "attendee"))
    found = _found("特区行政长官李赵美玲等出席酒会。")
    assert found["李赵美玲"] == ("特区行政长官", ("attendee",))
    # No four characters that a word, a count or a doubled character opens or ends.
    assert _found("县长林郑两人出席。") == {}
    assert _found("落实总书记殷殷嘱托，推进工作。") == {}
    assert "郑文灿亦" not in _found("市长郑文灿亦率领团队出席。")


def test_officiating_at_a_ceremony_is_attendance():
    # 与A等共同主礼 (Hong Kong's word for officiating): present, as at 剪彩 and 揭牌.
    found = _found("特区行政长官高立东、中联办主任王立群等共同主礼。")
    assert found["高立东"][1] == ("attendee",)
    assert found["王立群"][1] == ("attendee",)


def test_how_people_were_voted_in_stands_between_them_and_the_post():
    # A、B两名同志分别以全票当选为…: how they were elected (分别, 均, 以全票 …) comes
    # between the group's tail and the naming word.
    found = _found("高立东、王立群两名同志分别以全票当选为东山镇镇长和镇人大主席。")
    assert found["高立东"] == ("东山镇镇长", ("mentioned",))
    assert found["王立群"][1] == ("mentioned",)
    found = _found("李东海同志以高票当选为县长。")
    assert found["李东海"] == ("县长", ("mentioned",))


def test_a_plural_is_no_name():
    # 副主席A及代表们: 代 is a surname, but 们 (the plural's suffix) is in no name; read as
    # one, it carried the list on over the comma into the places visited.
    found = _found(
        "考察行程，包括镇民代表会主席高立东、副主席王立群及代表们，也前往东坡、南门里办公处等地，实地考察。"
    )
    assert set(found) == {"高立东", "王立群"}


def test_a_council_is_no_name_before_its_chair():
    # 十八区区议会主席汇报: 区 is a surname, but 区议会 is the council (an organ, as 区人大).
    found = _found("政务司司长高立东听取十八区区议会主席汇报工作。")
    assert set(found) == {"高立东"}


def test_names_closed_by_deng_ren_are_people():
    # A、B、C等人无私奉献: 等人 closes a list of people as 等同志 does, whatever the verb;
    # 等人员 / 等人士 / 等人大代表 are other words.
    found = _found("会议圆满结束。另感谢王立群、李东海、赵海峰、钱丰等人无私奉献。")
    assert found["李东海"] == ("", ("mentioned",))
    assert found["钱丰"] == ("", ("mentioned",))
    assert _found("会议圆满结束。另感谢王立群、李东海等人员无私奉献。") == {}


def test_a_title_less_name_that_opens_two_speeches_is_a_speaker():
    # 高立东向大会作报告…高立东说…高立东强调: a name the report gives no title, as the
    # subject of two speeches, is a person (found then wherever a name is ended); once is
    # not enough (a word shaped as a name might open one clause).
    found = _found(
        "受常委会委托，高立东向大会作工作报告。高立东说，过去五年很不平凡。高立东强调，要抓好落实。"
    )
    assert found["高立东"] == ("", ("speaker",))
    assert _found("会议开幕。王立群说，要抓好落实。") == {}


def test_a_report_or_explanation_named_before_its_de_is_speech():
    # 作…情况的报告 / 作…人选的说明: the words between 作 and 的报告 name what was reported
    # on; a verb inside them (出席 of 区出席市党代会代表) is no act of the speaker.
    found = _found(
        "会上，区委副书记高立东作东山区第二次代表大会筹备工作情况的报告；区委常委王立群作区出席"
        "市党代会代表候选人预备人选的说明。"
    )
    assert found["高立东"][1] == ("speaker",)
    assert found["王立群"][1] == ("speaker",)


def test_coming_to_the_meeting_is_attendance():
    # 到会并讲话: who came to the meeting was there, as 到场.
    found = _found("东山镇人民代表大会第一次会议召开。区委常委高立东到会并讲话。")
    assert found["高立东"][0] == "区委常委"
    assert set(found["高立东"][1]) == {"attendee", "speaker"}


def test_the_one_told_is_no_speaker():
    # A向X介绍了…: X is told, A speaks; X keeps the roles of his own clauses (a visit).
    found = _found(
        "市人大常委会副主任高立东到港区视察工作。在港区，党委书记王立群向高立东介绍了工作开展情况。"
    )
    assert found["高立东"][1] == ("leader",)
    assert found["王立群"][1] == ("speaker",)


def test_an_oath_and_two_cities_are_no_names():
    # 补选乡长宣誓就职: 宣 is a surname, 宣誓 the oath; 双城从市长到市民: 双城 the two cities.
    assert _found("县府秘书高立东主持东坡乡补选乡长宣誓就职典礼。") == {
        "高立东": ("县府秘书", ("chair",))
    }
    assert _found("期许双城从市长到市民，都能共同努力。") == {}


def test_a_form_of_address_after_the_name_ends_it():
    # 县政顾问X教授首先…: 教授 (as 博士, 先生, 女士) after the name ends it.
    found = _found("座谈会上，县政顾问高立东教授首先恭喜县长连任。")
    assert found["高立东"][0] == "县政顾问"


def test_who_is_away_is_only_named():
    # 议长X及秘书长Y因公出国考察，由副议长Z代表接见: X and Y were away (their 考察 is
    # elsewhere): named, not there.
    found = _found(
        "考察团前往某市议会拜会，议长高立东及秘书长王立群因公出国考察，由副议长李东海代表接见。"
    )
    assert found["高立东"][1] == ("mentioned",)
    assert found["王立群"][1] == ("mentioned",)


def test_help_given_ends_a_name():
    # 感谢某局X局长协助: 协助 after the title ends the name (X局长 is a title after it).
    found = _found("区公所也感谢民政局高立东局长协助及议长的关心。")
    assert found["高立东"] == ("民政局局长", ("mentioned",))


def test_the_first_of_the_people_thanked():
    # 另感谢A、B、C等人无私奉献: 感谢 opens the list, so its first item is a name too.
    found = _found("会议圆满结束。另感谢王立群、李东海、赵海峰、钱丰等人无私奉献。")
    assert found["王立群"] == ("", ("mentioned",))


def test_checking_on_site_is_an_inspection():
    # 区长X也亲自至工区抽取材料并检视…: 检视 (Taiwan's word) is an inspection made.
    found = _found("施工期间，区长高立东也亲自至工区抽取材料并检视交通安全维护作业。")
    assert found["高立东"] == ("区长", ("leader",))


def test_a_long_transliterated_name_between_a_title_and_the_next_title():
    # 旗人大常委会主任图雅其其格、政协主席B: four or more characters between a title and 、
    # are a name when the next item has a title of its own; who is nominated is not.
    found = _found("旗委书记高立东，旗人大常委会主任图雅其其格、政协主席王立群等出席会议。")
    assert found["图雅其其格"] == ("旗人大常委会主任", ("attendee",))
    assert found["王立群"] == ("政协主席", ("attendee",))
    found = _found("镇人大会议召开。县政协副主席提名人选、县委组织部副部长李东海到会指导。")
    assert set(found) == {"李东海"}
