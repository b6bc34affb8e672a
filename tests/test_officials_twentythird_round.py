"""Officials on real pages (issue 11, twenty-third round: shapes of Hong Kong, Macao and
Taiwan pages the round's survey showed), each with sentences and names written here."""

from public_records.clean.script import to_simplified
from public_records.extract.officials import find_officials

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def _found_in(text: str) -> list[str]:
    return [m.name for m in find_officials(text)]


def test_the_variant_wei_in_a_name_is_simplified():
    # 衞 (the variant of 衛): OpenCC keeps it, so the surname was not read as one
    text = "立法會秘書長衞立文出席午宴。"
    out = to_simplified(text, _found_in).text
    assert "卫立文" in out
    assert _names(out) == ["卫立文"]
    assert _names(to_simplified("局長何國衞致辭。", _found_in).text) == ["何国卫"]


def test_a_seating_note_after_each_name_keeps_the_list():
    # a caption's places in the photo (左三, 右一) after each name of a list
    text = "主席李立文（左四）联同三名司长陈国平（左三）、何德华（右三）、林志明（左一）祝酒。"
    assert _names(text) == ["李立文", "陈国平", "何德华", "林志明"]
    # (the count before the title is no part of it: round 25)
    assert _titles(text)["林志明"] == "司长"
    # a note before another word ends the name there, as before
    assert _names("县长黄立文（前排右）旁坐着秘书长。") == ["黄立文"]


def test_a_legislative_council_coordinator_is_a_title():
    text = "内会主席兼总协调人陈立文、另一总协调人吴国平出席。"
    assert _names(text) == ["陈立文", "吴国平"]
    assert _roles(text) == {"陈立文": ("attendee",), "吴国平": ("attendee",)}


def test_a_reply_is_a_speech():
    # 回应 (Taiwan's word for a reply to a councillor, as 答复)
    text = "县府工务处副处长林立文回应，将增设路灯。"
    assert _roles(text) == {"林立文": ("speaker",)}


def test_kuang_is_a_surname():
    text = "区政府副区长旷立新陪同调研。"
    assert _roles(text) == {"旷立新": ("accompanying",)}


def test_a_term_in_office_ends_a_name():
    # 执政时期 (the years a leader held office): a mention
    text = "这在前总统何立文执政时期就已开始。"
    assert _roles(text) == {"何立文": ("mentioned",)}


def test_the_white_house_is_no_name():
    assert _names("典礼将如美国总统白宫就职一样在户外举行。") == []


def test_the_topic_of_a_speech_is_named_not_speaking():
    # 针对A，B表示 / 至于A，B表示: A is spoken of; the speech is B's
    text = "行政院长李立文今天出席。针对财政部长陈国平，李立文表示，她很专业。"
    assert _roles(text)["陈国平"] == ("mentioned",)
    text = "行政院长李立文今天出席。至于委员长何德华，李立文表示，何很有经验。"
    assert _roles(text)["何德华"] == ("mentioned",)


def test_a_hong_kong_party_before_a_name_finds_it_but_is_no_title():
    text = "宣誓仪式上，民建联何立文率先宣誓，之后为民建联陈国平及经民联梁德华。"
    assert _names(text) == ["何立文", "陈国平", "梁德华"]
    assert set(_titles(text).values()) == {""}
    # the post written before the party stays the title
    assert _titles("建制派区议员自由党杨立文亦出席。") == {"杨立文": "建制派区议员"}
    # 民主党派 (the mainland's democratic parties) opens no name
    assert _names("听取各民主党派区委会主委意见。") == []


def test_who_administers_an_oath_presides_and_reading_it_is_no_speech():
    assert _roles("仪式由行政长官李国华监誓。") == {"李国华": ("chair",)}
    # 宣读誓词 (the oath read): taken, no speech
    text = "保安司司长黄立新根据规定宣读誓词，宣誓就职。"
    assert _roles(text) == {"黄立新": ("attendee",)}


def test_what_a_screen_shows_is_no_part_of_the_title():
    assert _titles("大屏幕上展示国家主席王立新的题词。") == {"王立新": "国家主席"}
    assert _titles("现场播放国家主席王立新的讲话视频。") == {"王立新": "国家主席"}


def test_a_party_caucus_is_no_name():
    # 党团 (a council's party caucus) after a title: 党 is a surname, 党团 no name
    assert _names("议员党团今天召开记者会。") == []


def test_a_group_without_names_keeps_its_own_verb_out_of_the_roster():
    # 应邀列席的部分主委 (a group named by where it sits) in a roster that sits on the
    # rostrum: the roster's verb is the rostrum's
    text = "市委书记郑立文，市长白国平，应邀列席的部分民主党派主委，各区政协主席在主席台就座。"
    assert _roles(text) == {"郑立文": ("attendee",), "白国平": ("attendee",)}
    # a visit's verb before the 的-phrase is the visitors' own
    text = "区政协领导刘国平、周立文前往驻地，看望参加会议的政协委员。"
    assert _roles(text) == {"刘国平": ("leader",), "周立文": ("leader",)}


def test_the_guests_of_a_banquet_are_there():
    text = "立法会今日举行新春午宴，宴请行政长官李立文、行政会议成员聚首一堂。"
    assert _roles(text) == {"李立文": ("attendee",)}


def test_a_possessive_at_a_clause_start_names_the_owner():
    # X的办公室表示 (X's office said): the office speaks, X is named
    assert _roles("局长何国平的办公室表示，会跟进。") == {"何国平": ("mentioned",)}
    assert _roles("行政长官李立文的施政报告提出多项措施。") == {"李立文": ("mentioned",)}
    # a frame around the person, or an act received from the people, is no possessive
    assert _roles("在县长何国平的陪同下，一行人视察。") == {"何国平": ("accompanying",)}
    text = "一行受到镇长陈立文、主席蔡国平的热忱接待。"
    assert _roles(text) == {"陈立文": ("attendee",), "蔡国平": ("attendee",)}


def test_an_announcement_after_a_title_is_no_name():
    # 院长宣布，… (宣 is a surname; 宣布 the verb)
    assert "宣布" not in _names("院长宣布，秘书长一职由他人接掌。")


def test_a_subheading_quoting_a_person_opens_a_speech():
    # 黄某：… (a subheading quoting the person) and 黄某表示… name a speaker twice
    text = (
        "议员认为宣誓有效。\n黄立文：只要有第三者在场就算公开\n有议员质疑此事，黄立文表示不评论。"
    )
    assert _roles(text) == {"黄立文": ("speaker",)}
    # once is not enough (a name-shaped word may open a line)
    assert _names("议员认为宣誓有效。\n黄立文：只要有第三者在场就算公开") == []


def test_going_on_to_mention_opens_a_speech():
    text = "议员认为宣誓有效。\n苏立文：去信要求解释\n苏立文又提到，很多议题只写上立法会。"
    assert _roles(text) == {"苏立文": ("speaker",)}


def test_a_term_before_a_level_title():
    # 本届县长当选人X, 卸任县长Y (届 and 任 before a level's title)
    text = "本届县长当选人陈立文与卸任县长赖国平进行交接。"
    assert _titles(text) == {"陈立文": "本届县长当选人", "赖国平": "卸任县长"}


def test_a_wish_for_someone_is_no_act_of_theirs():
    # 期盼新任乡长X能深入…: X is wished to act; the wish ends the title
    text = "主任蔡立文宣誓就职。秘书表示，期盼新任主任蔡立文能深入基层。"
    assert _roles(text) == {"蔡立文": ("attendee",)}
    text = "乡长蔡立文宣誓就职。秘书表示，期盼新任乡长蔡立文能深入基层。"
    assert _roles(text) == {"蔡立文": ("attendee",)}


def test_a_count_ends_a_name_written_around_its_title():
    text = "云林县谢副县长立文、新竹市张秘书长国平八位副县市长齐聚一堂。"
    assert _names(text) == ["谢立文", "张国平"]


def test_more_hong_kong_parties():
    text = "新民主同盟钟立文及公民党周国平出席区议会会议。"
    assert _names(text) == ["钟立文", "周国平"]


def test_a_get_well_card_is_no_visit():
    text = "议员李立文向行政长官林国平送上亲手制作的慰问卡。"
    assert "leader" not in _roles(text)["李立文"]


def test_deeper_is_no_visit():
    text = "国发会主委叶立文，是经济专家，相信能在经济议题中有更深入的看法。"
    assert "leader" not in _roles(text)["叶立文"]


def test_a_person_named_in_what_another_said_is_mentioned():
    text = "立法会主席李立文表示，行政长官何国平在换届后提出多项举措。"
    assert _roles(text) == {"李立文": ("speaker",), "何国平": ("mentioned",)}
    # a clause that only ends in a speech verb's object is no content (表示感谢，…)
    text = "主席李立文表示感谢，副主席何国平主持会议。"
    assert _roles(text)["何国平"] == ("chair",)


def test_what_was_said_runs_on_over_clauses_but_not_an_organ_s_notice():
    text = "主席李立文表示，今年成效显著，局长何国平提出多项举措。"
    assert _roles(text)["何国平"] == ("mentioned",)
    # an organ's notice tells what happens (议会指出，大会由议长A主持)
    text = "议会指出，大会由议长吴立文主持，市长何国平将列席。"
    assert _roles(text) == {"吴立文": ("chair",), "何国平": ("nonvoting",)}
