"""Officials on real pages (issue 11, twenty-fifth round, names: people the extractor
missed or invented), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_report_made_ends_the_name_before_it():
    # 镇人大主席X所作的《…工作报告》: 所作 (所做) follows the name, 所 is no given name
    text = "会议听取了镇长王立文所作的《政府工作报告》和镇人大主席何凯所作的《人大工作报告》。"
    assert _names(text) == ["王立文", "何凯"]
    assert _names("大会听取了县长李德所做的报告。") == ["李德"]


def test_the_elected_after_the_election_s_result_and_a_bare_count():
    # 选举产生了A、B2人为副镇长: the verb and its result open the list, a count of people
    # closes it before 为
    text = "会议选举产生了王立文、何国平2人为某某镇人民政府副镇长。"
    assert _titles(text) == {"王立文": "某某镇人民政府副镇长", "何国平": "某某镇人民政府副镇长"}
    assert _names("会议选举产生王立文、何国平两人为副乡长。") == ["王立文", "何国平"]
    # a count alone with no verb naming the people is still no appointment
    assert _names("王立文、何国平两人为此忙了一天。") == []


def test_a_count_of_people_is_no_part_of_their_title():
    # 两名副县长A、B; 14名议员分别是：… (the title's walk stops at the digits, before 名)
    text = "出席会议的两名副县长王立文、何国平。"
    assert _titles(text) == {"王立文": "副县长", "何国平": "副县长"}
    text = "当选的14名议员分别是：王立文、何国平、李德华。"
    assert set(_titles(text).values()) == {"议员"}
    # 名誉 opens a title of its own
    assert _titles("名誉会长王立文讲话。") == {"王立文": "名誉会长"}


def test_a_titled_roster_s_parts_name_their_group_first():
    # 当选的议员分别是：工商、金融界的A、B；劳工界的C；…, 以及文化界的D: the people after
    # each group's 的 take the colon's title, past ； and a comma's 以及
    text = (
        "当选的12名议员分别是：工商、金融界的王立文、何国平；劳工界的李德华；"
        "专业界的张明远、林志明，以及文化及体育界的陈国栋。"
    )
    assert _titles(text) == {
        n: "议员" for n in ("王立文", "何国平", "李德华", "张明远", "林志明", "陈国栋")
    }
    # a roster with no group is read as before
    assert _titles("出席的县领导有：王立文、何国平。") == {"王立文": "县领导", "何国平": "县领导"}
    # a part after ； with no colon's roster before it is read as any clause
    assert _names("劳工界的王立文；专业界的何国平。") == []


def test_how_an_election_went_ends_the_name_before_it():
    # A及B自动当选正副主席 (a party before A, none before B), 议员A、B亦双双连任
    assert _names("由民主党郑立文及杨浩明自动当选正副主席。") == ["郑立文", "杨浩明"]
    assert _names("议员王立文顺利连任。") == ["王立文"]
    assert _names("议员王立文高票当选。") == ["王立文"]
    # a given name that is such a word is still read whole after a title
    assert _names("局长王顺利连任。") == ["王顺利"]


def test_a_naming_sentence_goes_on_with_two_names_joined_by_he():
    # 选举A为乡长，B和C为副乡长: the clause after the mark names B and C as A was named
    text = "会议选举王立文为某乡乡长，何国平和李德华为某乡副乡长。"
    assert _titles(text) == {
        "王立文": "某乡乡长",
        "何国平": "某乡副乡长",
        "李德华": "某乡副乡长",
    }
    # with no naming verb before, such a clause names nobody
    assert _names("大家都说，何国平和李德华为人正直。") == []


def test_a_married_name_as_an_item_of_a_titled_list():
    # 县议员A、B和颜蔡某某等人陪同: a four-character married name (two surnames) after
    # 、 or 和 in a list under one title
    text = "县长王大明由县议员翁立贤、陈凤梅和颜蔡淑惠等人陪同视察。"
    assert _titles(text)["颜蔡淑惠"] == "县议员"
    assert _names("县议员翁立贤、颜蔡淑惠等人陪同视察。") == ["翁立贤", "颜蔡淑惠"]
    # a four-character word after 和 is no married name
    assert _names("县议员翁立贤和陈国平出席，和谐共处。") == ["翁立贤", "陈国平"]


def test_a_title_less_pair_with_a_person_named_elsewhere_is_a_list_of_people():
    # 随后，A、B分别发表了讲话 where B holds a title elsewhere in the report: A is a name too
    text = "某某市人民政府市长胡立文出席会议。随后，武国平、胡立文分别发表了讲话。"
    assert _names(text) == ["胡立文", "武国平"]
    # with nobody named elsewhere, two title-less names and a speech name nobody
    assert _names("随后，武国平、胡立文分别发表了讲话。") == []


def test_a_results_list_after_names_elected_or_reelected():
    # A、B、C分别当选为主席、副主席 (分别 alone before the appointing word), A连任主席
    text = "王立文、何国平、李德华分别当选为主席、副主席。"
    assert _names(text) == ["王立文", "何国平", "李德华"]
    text = "王立文连任主席，何国平、李德华当选副主席。"
    assert _titles(text) == {"王立文": "主席", "何国平": "副主席", "李德华": "副主席"}
    assert _titles("会议选举王立文连任会长。") == {"王立文": "会长"}
    # 连任 alone, with no post after it, names no post
    assert _names("大家希望他连任。") == []


def test_a_phrase_before_de_that_names_no_group_is_no_roster_part():
    # 邀请议员A、B和C，分享他们在地区工作的经验: 经验 is what is shared, no person
    # (found when round 25 met the second roles round's sentences at the merge)
    text = "并邀请三位立法会议员林立文、张国华和刘国勋，分享他们在地区工作的经验。"
    assert "经验" not in _names(text)
