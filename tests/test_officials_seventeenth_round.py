"""Officials on real pages (issue 11, seventeenth round: shapes found by surveying new
pages: a given name ending in 和 before a joiner or a word of speech, …), each with
sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_given_name_ends_in_he_before_a_joiner_or_a_word_of_speech():
    # 和 joins no 与 and no 质疑: the name keeps it
    assert _names("议员江立和与乡长洪大发到场关心。") == ["江立和", "洪大发"]
    assert _names("议员黄正和质疑，县府出国考察浪费公帑。") == ["黄正和"]
    assert _names("县长王东和表示将尽快改善。") == ["王东和"]
    assert _names("县议员林正和发现名单漏列县长。") == ["林正和"]
    # 和 still joins two people, and ends a name before 等 as before
    assert _names("县长王刚和李明出席。") == ["王刚", "李明"]
    assert _names("县领导赵大、张东和等出席。") == ["赵大", "张东和"]


def test_a_post_taken_holds_no_name_before_its_core():
    # 成为/出任 + place + core: the place is the post's, no holder named before the title
    assert _names("林美玉成为高山县长，立委马文华到场。") == ["马文华"]
    # a holder written before the title elsewhere is still read (胡广杰区长)
    assert _names("会议由胡广杰区长主持。") == ["胡广杰"]


def test_a_deputy_minister_is_a_title():
    # 次长 (a ministry's deputy head, Taiwan's word), with its ministry or 政务 before it
    assert _titles("交通部次长王立材、水利署署长赖大信出席典礼。") == {
        "王立材": "交通部次长",
        "赖大信": "水利署署长",
    }
    assert _titles("教育部政务次长林大同视察学校。") == {"林大同": "教育部政务次长"}
    # a count of times before 长 is no title (此次长达, 这次长江)
    assert _names("此次长达三小时的会议由县长李明主持。") == ["李明"]
    assert _names("这次长江防汛检查由副市长王刚带队。") == ["王刚"]


def test_a_joiner_before_the_next_title_ends_a_name_with_an_organ_character():
    # 立委A与副县长B: 与 and a title after it end A as a mark would, 镇 inside A's name
    assert _names("立委杨镇山与副县长林德文出席揭牌。") == ["杨镇山", "林德文"]
    assert _names("议员陈市华及县长王明出席。") == ["陈市华", "王明"]


def test_a_candidate_for_a_post_is_named_after_it():
    # 副主任人选X: 人选 (提名人选, 候选人) between the core and the name is the title's
    text = "县人大常委会党组成员、副主任人选王青松，县人大常委会副主任人选李文海出席会议。"
    assert _titles(text) == {
        "王青松": "县人大常委会党组成员、副主任人选",
        "李文海": "县人大常委会副主任人选",
    }
    assert _titles("县政协主席提名人选赵明远参加会议。") == {"赵明远": "县政协主席提名人选"}
    # a candidacy discussed names no one
    assert _names("会议酝酿了副主任人选，县长李明出席。") == ["李明"]


def test_deputies_a_leader_takes_along_hold_the_title():
    # 率领代表A、B: 代表 after a word of taking along is the title, as after a mark
    assert _titles("主席陈天明率领代表郭永平、张丽华等人勘察工程。") == {
        "陈天明": "主席",
        "郭永平": "代表",
        "张丽华": "代表",
    }
    # a delegation taken along is no one's title; 代表 after a name is the verb
    assert _names("县长李明率代表团出访。") == ["李明"]
    assert _names("副县长王刚代表县政府致辞。") == ["王刚"]


def test_what_one_declares_is_said():
    # 宣称 is a word of speech, as 表示 and 指出
    assert _roles("县长王小明宣称将全力推动建设。") == {"王小明": ("speaker",)}
    text = "许大财市长希望议员多给市府建言。许大财宣称，市府绝不会编列分配款。"
    assert _roles(text) == {"许大财": ("speaker",)}


def test_a_roster_of_people_named_to_a_post():
    # 被推选为X的还有A、B等: the post named before 的还有 is their title
    text = "同时被推选为主席团常务主席的还有王立国、李明华、赵大伟等三人。"
    assert _titles(text) == {
        "王立国": "主席团常务主席",
        "李明华": "主席团常务主席",
        "赵大伟": "主席团常务主席",
    }
    assert _titles("当选为副主席的还有王立国、李明华。") == {"王立国": "副主席", "李明华": "副主席"}
    # those who hold it (担任…的有) are its holders, present
    assert _roles("担任执行主席的有王立国、李明华。") == {
        "王立国": ("attendee",),
        "李明华": ("attendee",),
    }
    # a roster of presence is read as before
    assert _titles("出席会议的还有王立国、李明华、赵大伟等。") == {
        "王立国": "",
        "李明华": "",
        "赵大伟": "",
    }


def test_a_name_that_is_also_a_word_inside_a_list_of_names():
    # between two 、 and before a name, a word (汪洋, 方向) is a list item's name too
    assert _names("市领导王立国、汪洋、李小华出席会议。") == ["王立国", "汪洋", "李小华"]
    # not before an item of no name
    assert _names("市领导王立国、黄金、安全等部门负责人出席会议。") == ["王立国"]


def test_a_chief_secretary_is_a_title():
    # 主秘 (主任秘书, a township office's or a county government's chief secretary)
    assert _titles("在镇长石大明及主秘黄正铭陪同下踏勘工程。") == {
        "石大明": "镇长",
        "黄正铭": "主秘",
    }
    assert _titles("县府主秘陈大文代表县长致词。") == {"陈大文": "县府主秘"}


def test_a_councillor_who_questions_speaks():
    # 质疑 is a word of speech, as 指出: the rest of the sentence is what was said
    assert _roles("议员黄正和质疑，县府出国考察浪费公帑。") == {"黄正和": ("speaker",)}


def test_a_rare_surname_that_opens_words_after_a_title():
    # 掌 (掌声, 掌握) is a surname only for a name right after a title that a mark ends
    assert _names("县人大常委会主任掌文明，副主任马兆华出席会议。") == ["掌文明", "马兆华"]
    assert _names("全场掌声雷动，县长李明讲话。") == ["李明"]


def test_a_title_walks_back_over_no_one_named_in_the_report():
    # 期勉徐某秉持总统马某: the walk back crossed a clause about another person
    text = "县长刘大鸿颁发证书给乡长徐文明。刘大鸿并期勉徐文明秉持总统马小九的理念。"
    assert _titles(text)["马小九"] == "总统"


def test_holders_named_in_brackets_after_a_group_title():
    # 历届老乡长(A、B、C): each a holder of the title, present by the clause's verb
    text = (
        "乡长江立和与历届老乡长(游大星、林万春、廖明照)、代表会老主席(张宽民、李汉平)等贵宾与会。"
    )
    assert _titles(text) == {
        "江立和": "乡长",
        "游大星": "历届老乡长",
        "林万春": "历届老乡长",
        "廖明照": "历届老乡长",
        "张宽民": "代表会老主席",
        "李汉平": "代表会老主席",
    }
    assert set(_roles(text).values()) == {("attendee",)}
    # a note in brackets names no one
    assert _names("县长（左起）王明出席。") == []
