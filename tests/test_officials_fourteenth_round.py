"""Officials on real pages (issue 11, fourteenth round: classes found by surveying new
pages: a speech 发表 after a name, the national congress's 委员长, Hong Kong's bureaus
named with 及, a list cut by an item that is no name, people told by a visitor, the
owners of what is attended), each with sentences and names written here."""

from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_fabiao_after_a_name_ends_it():
    # 县长X发表讲话 / 发表了…的讲话: the speech is X's, the name ends before 发表.
    assert _roles("县长王立群发表讲话。") == {"王立群": ("speaker",)}
    assert _roles("在颁奖典礼上，县长陈立峰发表了热情洋溢的讲话。") == {"陈立峰": ("speaker",)}
    # a given name ending in 发 before 表示 stays short as before
    assert "李发" in _roles("副县长李发表示同意。")


def test_weiyuanzhang_is_a_title():
    # the national congress's standing committee is headed by 委员长 and 副委员长
    assert _titles("全国人大常委会副委员长王立群宣布大会开幕，全国政协副主席李东海出席。") == {
        "王立群": "全国人大常委会副委员长",
        "李东海": "全国政协副主席",
    }
    assert _roles("委员长王立群出席会议。") == {"王立群": ("attendee",)}


def test_hong_kong_bureaus_named_with_ji_are_one_organ():
    # 政制及内地事务局局长: 及 is inside the bureau's name, no joiner of a list.
    assert _titles("市长王立群、香港特别行政区政制及内地事务局局长李东海出席开幕式。") == {
        "王立群": "市长",
        "李东海": "香港特别行政区政制及内地事务局局长",
    }
    assert _roles("市长王立群、香港特别行政区政制及内地事务局局长李东海出席开幕式。") == {
        "王立群": ("attendee",),
        "李东海": ("attendee",),
    }
    assert _titles("劳工及福利局局长王立群与民政及青年事务局局长李东海出席活动。") == {
        "王立群": "劳工及福利局局长",
        "李东海": "民政及青年事务局局长",
    }


def test_a_day_after_a_name_ends_it():
    # 局长X昨天出席… (as 今天 and 当天)
    assert _roles("局长王立群昨天出席开幕礼并致辞。") == {"王立群": ("speaker", "attendee")}


def test_a_list_cut_by_an_item_that_is_no_name_is_one_list():
    # 典礼由X主持，包括A、B、县府各局处主管、C等出席: the part before the unnamed item
    # attends with the rest; the chair is the clause's, not the list's.
    assert _roles(
        "典礼由王县长主持，包括副县长吕立泰、政战主任杨立安、县府各局处主管、处长戴立兴等出席。"
    ) == {
        "吕立泰": ("attendee",),
        "杨立安": ("attendee",),
        "戴立兴": ("attendee",),
    }
    # a verb inside the cut parts the groups as before
    found = _roles("副县长吕立泰、召开会议、处长戴立兴等出席。")
    assert found.get("吕立泰") != ("attendee",)


def test_an_adverb_of_feeling_after_a_title_ends_it():
    # 王县长由衷感谢…。他指出: 王县长 is the subject the pronoun points back to, not the
    # last name of the list before.
    found = _roles(
        "县长王立群主持典礼，包括处长戴立兴等出席参与。回顾过去，王县长由衷感谢乡亲。他指出，要努力。"
    )
    assert found["王立群"] == ("chair", "speaker")
    assert found["戴立兴"] == ("attendee",)


def test_people_told_by_a_visitor_are_no_escorts():
    # A、B看望慰问…，并叮嘱随行相关部门负责人…: 随行 is who was told, not A's act.
    assert _roles(
        "县委书记王立群、县长李东海看望慰问困难群众并叮嘱随行相关部门负责人给予关怀。"
    ) == {"王立群": ("leader",), "李东海": ("leader",)}
    # who went along with a visitor is still an escort
    assert _roles("司长王立群到访，随行包括局长李东海。")["李东海"] == ("accompanying",)


def test_the_owners_of_what_is_attended_are_named_not_acting():
    # A出席议员B及C的办事处开幕礼致辞: the speech is A's; B and C are named.
    assert _roles(
        "政制及内地事务局局长王立群出席立法会议员李东海及张立新的联合办事处开幕礼致辞时，呼吁市民投票。"
    ) == {
        "王立群": ("speaker", "attendee"),
        "李东海": ("mentioned",),
        "张立新": ("mentioned",),
    }
    # a group after an attending verb with a verb of its own keeps it
    assert _roles("县长王立群出席副县长李东海主持的会议。")["李东海"] == ("chair",)


def test_a_post_written_later_replaces_a_collective_title():
    # A among 县级领导 first, then with a post of his own: the post is his title.
    assert _titles(
        "县委副书记、县长陈立新，宋立林、宋晓立等县级领导出席。比赛开始前，副县长、某镇党委书记宋晓立宣读通报。"
    ) == {"陈立新": "县委副书记、县长", "宋立林": "县级领导", "宋晓立": "副县长、某镇党委书记"}
    # not a post the report gives him, nor a seat of the session
    assert (
        _titles("县领导杨立波、张立军等在主席台就座。大会选举张立军为县政协副主席。")["张立军"]
        == "县领导"
    )
    assert _titles("县领导杨立波、张立军等在主席台就座。大会执行主席张立军主持。")["张立军"] == (
        "县领导"
    )


def test_a_note_in_brackets_between_a_title_and_a_name():
    # 书记（兼）A, 副县长（挂职）B, 副主任（正县级）C: the note does not part title and name.
    assert _roles("党工委书记（兼）周立琪到街道调研。") == {"周立琪": ("leader",)}
    assert _titles("县委副书记、副县长（挂职）王立群主持会议。") == {"王立群": "县委副书记、副县长"}
    assert _titles("副主任（正县级）王立群出席。") == {"王立群": "副主任"}


def test_zuo_after_a_name_is_zuo_made():
    # 做 as 作: 书记X做了表态发言, 主任X做了关于…的专题调研汇报 (the report is his speech;
    # the study named in it is no visit).
    assert _roles("镇党委书记王立群做了表态发言。") == {"王立群": ("speaker",)}
    assert _roles(
        "座谈会上，管委会副主任王立群做了关于我区“做大做强、推动发展”的专题调研汇报。"
    ) == {"王立群": ("speaker",)}
    assert _roles("座谈会上，管委会副主任王立群作了关于产业集群的专题调研汇报。") == {
        "王立群": ("speaker",)
    }


def test_a_tour_of_inspection_named_as_a_noun_is_no_tour():
    # 作了专项巡察动员讲话, 就此次巡察工作作了动员讲话: a speech about the tour.
    assert _roles("巡察组组长王立群作了专项巡察动员讲话。") == {"王立群": ("speaker",)}
    assert _roles("第四巡察组组长王立群就此次巡察工作作了动员讲话。") == {"王立群": ("speaker",)}
    # a tour made stays one
    assert _roles("监察委员王立群到某县巡察。") == {"王立群": ("leader",)}


def test_li_with_a_place_after_a_name_ends_it():
    # 院长X莅澎允诺… (莅 with a place's one-character name, as 莅临)
    assert _titles("以及行政院长江立桦莅澎允诺补助的桥梁改建等工程。") == {"江立桦": "行政院长"}


def test_surnames_zhong_variant_and_huan():
    # 锺 (a form of 钟 kept in names) and 宦 are surnames.
    assert _titles("市委常委、统战部长锺立率调研组对某市统战工作进行调研。") == {
        "锺立": "市委常委、统战部长"
    }
    assert "宦立宝" in _roles("市政协副主席、中共某市委统战部长宦立宝热情会见了调研组一行。")


def test_a_name_first_title_after_a_governing_verb_has_no_organ():
    # 要深刻领会A书记提出的方针: 领会 governs A (named, not there); its 会 is no organ's.
    assert _titles("他指出，特别是要深刻领会王立群书记提出的方针。") == {"王立群": "书记"}
    assert _roles("他指出，特别是要深刻领会王立群书记提出的方针。") == {"王立群": ("mentioned",)}


def test_shuli_after_a_name_ends_it():
    # 由司长X署理行政长官职务 (acting for another: Hong Kong's and Macao's word)
    assert "王立群" in _roles("在她离港期间，由政务司司长王立群署理行政长官职务。")
