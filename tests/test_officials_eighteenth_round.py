"""Officials on real pages (issue 11, eighteenth round: shapes the last survey's held-out
half showed: an oath after a name, a word of answer, a rare surname at a list's end, …),
each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_an_oath_after_a_name_ends_it_and_is_attending():
    assert _roles("县长林正雄宣誓，议长王大同监誓。")["林正雄"] == ("attendee",)
    assert _roles("新任乡长黄文德宣誓就职。") == {"黄文德": ("attendee",)}
    # the ceremony of an oath is a noun; the oath sworn to the constitution names no one
    assert _names("新当选镇长向宪法宣誓，县长王明到场。") == ["王明"]
    assert _roles("县长王明为新任乡长举行宣誓就职典礼。") == {"王明": ("mentioned",)}


def test_an_answer_is_a_word_of_speech():
    assert _roles("陈大明处长答复表示将改善。") == {"陈大明": ("speaker",)}
    assert _roles("议员李文质询后，局长陈大明答复说将改善。")["陈大明"] == ("speaker",)


def test_organising_and_a_seat_end_a_name():
    assert _titles("副市长周明组织召开专题会议。") == {"周明": "副市长"}
    assert _names("环保局长陈大明位子不保。") == ["陈大明"]


def test_rare_surnames_at_a_lists_end():
    assert _names("县领导王明、李东、滑小平出席。") == ["王明", "李东", "滑小平"]
    assert _names("县领导王明、李东、仙小平出席。") == ["王明", "李东", "仙小平"]
    # 滑 as a word is no name
    assert _names("汽车滑出路面，县长王明到场。") == ["王明"]


def test_an_act_of_choosing_or_sending_ends_the_chosen_ones_title():
    assert _titles("会议一致推选主席团成员李家超为常务主席。") == {"李家超": "主席团成员"}
    assert _titles("县长王大同因此指派副县长李明前往处理。")["李明"] == "副县长"


def test_a_matter_raised_by_others_gives_no_speech():
    # 到场关心民众提出的问题: the people raised it, the official is there
    assert _roles("县长王明到场关心民众提出的问题。") == {"王明": ("attendee",)}
    # 反映 after a councillor: a matter raised, and the name ends; 反应 (Taiwan's
    # spelling, also a reaction) ends the name only
    assert _roles("县议员简峻庭反映道路问题。") == {"简峻庭": ("speaker",)}
    assert _names("县议员简峻庭反应道路问题。") == ["简峻庭"]


def test_all_members_there():
    text = "由主席陈道勋主持，副主席陈贻斌、代表谢春欗、郑鸿明全员到齐。"
    assert _roles(text) == {
        "陈道勋": ("chair",),
        "陈贻斌": ("attendee",),
        "谢春欗": ("attendee",),
        "郑鸿明": ("attendee",),
    }
    # materials arriving give no attendance (指示 is the county head's speech since
    # roles round 11; what matters here is that no attendee is read)
    assert _roles("县长王明指示材料到齐后尽速修复。") == {"王明": ("speaker",)}


def test_yesterday_before_an_act_ends_a_name():
    assert _roles("议员陈大明昨针对交通问题提出质询。") == {"陈大明": ("speaker",)}
    assert _names("局长王东昨出席会议。") == ["王东"]
    # 昨天 as before, and a three-character name kept
    assert _names("县长王大同昨天出席。") == ["王大同"]


def test_two_names_joined_before_a_counted_title():
    assert _titles("李正明与陈大文两位县长出席典礼。") == {"李正明": "县长", "陈大文": "县长"}
    assert _titles("王刚及李东两位局长到场。") == {"王刚": "局长", "李东": "局长"}
    # a count of people with no names before it names no one
    assert _names("会议邀请两位县长出席。") == []


def test_names_without_a_title_before_a_groups_title_that_attends():
    text = "大会开幕。王大明、李小红、张国强、陈立新，往届区政协主席、副主席在主席台就座。"
    assert _titles(text) == dict.fromkeys(
        ["王大明", "李小红", "张国强", "陈立新"], "往届区政协主席"
    )
    assert set(_roles(text).values()) == {("attendee",)}
    # the title of a clause that says no one attends is not theirs (a chair sums up)
    assert set(_titles("第五组：王大明、李小红、张国强，议长总结。").values()) == {""}
    # two names are not a roster
    assert _names("王大明、李小红，区政协主席在主席台就座。") == []


def test_a_petition_ends_a_name():
    text = "在加老里，里长洪柏森陈情农路问题，县长许淑华听取简报。"
    assert _titles(text) == {"洪柏森": "里长", "许淑华": "县长"}
    # a petition received is no speech of the one receiving it
    assert _roles("县长许淑华到中寮乡接受地方人士陈情。")["许淑华"] != ("speaker",)


def test_a_page_wrapped_at_one_width_goes_on_across_its_lines():
    # a printed column copied line by line: 16 characters a line, names cut by a break
    para = (
        "乡民代表会定期大会上午开议，由主席陈道勋主持，副主席李立新、曹端阳全员到齐，"
        "乡长王大捷率同秘书及课室主管出席备询，各界都很关心本次会议的进行。"
    )
    text = "\n".join(para[i : i + 16] for i in range(0, len(para), 16))
    assert "曹端\n阳" in text
    assert _roles(text) == {
        "陈道勋": ("chair",),
        "李立新": ("attendee",),
        "曹端阳": ("attendee",),
        "王大捷": ("attendee",),
    }
    # lines of different widths are lines: a name is never joined across them
    assert _names("县长王明出席会议并讲话，要求抓好落实\n副县长李东主持。") == ["王明", "李东"]
