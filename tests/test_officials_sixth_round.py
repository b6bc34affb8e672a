"""Officials on plenary and council pages (issue 11, sixth round: dev-b5's classes and
those left open before), each with sentences written here."""

from public_records.extract.officials import find_officials


def _found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in find_officials(text)}


def test_roster_after_a_post_and_its_holders_opener():
    # 担任…执行主席的有：the post is the roster's title, its holders present; a space the
    # page left before the full stop does not end the list early.
    found = _found("担任本次大会执行主席的有：高志远、林书平、韩立东、邓春梅 。")
    assert set(found) == {"高志远", "林书平", "韩立东", "邓春梅"}
    assert found["韩立东"] == ("大会执行主席", ("attendee",))


def test_pronoun_surname_inside_a_roster():
    # 他 is a surname in Yunnan: a list item between 、 and 、 of a titled roster.
    found = _found("县领导高志远、他明华、韩立东、邓春梅出席会议。")
    assert "他明华" in found
    assert _found("他主持会议。") == {}


def test_inspector_of_a_congress_is_a_title_not_a_visit():
    # 督导员 holds 督导 (a verb of leading an inspection): as a title it names a person
    # and lends no leader role to the roster before it.
    found = _found("市政府领导陈立新、吴海波，市人大常委会督导员华文山等应邀出席会议。")
    assert found["华文山"] == ("市人大常委会督导员", ("attendee",))
    assert found["陈立新"][1] == ("attendee",)


def test_caucus_convener_and_a_praising_verb_before_a_title():
    found = _found("市长期许新任民进党团总召许明睿与市府合作，也肯定卸任总召李正豪的辛劳。")
    assert found["许明睿"][0] == "新任民进党团总召"
    assert found["李正豪"][0] == "卸任总召"


def test_announcing_a_session_open_is_no_speech():
    found = _found("大会由执行主席高志远主持。9时，高志远宣布：县十届人大三次会议开幕！")
    assert "chair" in found["高志远"][1]
    assert "speaker" not in found["高志远"][1]


def test_announcing_a_session_open_without_a_colon_and_a_decision():
    found = _found("县人大常委会主任高志远主持，并宣布县第十届人民代表大会第三次会议开幕。")
    assert found["高志远"][1] == ("chair",)
    found = _found("市委组织部副部长林书平宣布了市委关于干部职务调整的决定。")
    assert found["林书平"][1] == ("speaker",)


def test_word_of_time_ends_a_name_after_a_place_level_title():
    # 南投县长X今天…: the place's level title needs a certain end of the name; a word of
    # time is one, as a verb is.
    assert _found("南投县长许明华今天到中埔乡视察。")["许明华"][0] == "南投县长"
    assert _found("嘉义县长翁立梁今日前往大林镇。")["翁立梁"][0] == "嘉义县长"
    assert "王明" in _found("县长王明今天视察。")


def test_counted_people_before_a_title_with_an_organ_character_ending_a_name():
    # 等8名议员: 名 counts people, so 廖述镇 (镇 ends many places' names) is a name here.
    found = _found("参访成员包括谢志明、沈佑华、廖述镇、刘士安等4名议员。")
    assert set(found) == {"谢志明", "沈佑华", "廖述镇", "刘士安"}
    assert found["廖述镇"][0] == "议员"
    # Places counted by 个 stay places.
    assert _found("李家镇、王庄镇等2个镇负责人出席。") == {}


def test_rare_surnames_yan_and_yang():
    found = _found("省委常委、省政协副主席焉荣平出席会议。副主任仰协主持。")
    assert found["焉荣平"][0] == "省委常委、省政协副主席"
    assert found["仰协"] == ("副主任", ("chair",))


def test_a_chair_without_a_title():
    assert _found("会议由宋文山主持。") == {"宋文山": ("", ("chair",))}
    assert _found("主席团举行第一次会议。李伊平主持会议。")["李伊平"][1] == ("chair",)
    assert _found("会议由县委主持。") == {}
    assert _found("会议由王主任主持。") == {}
    assert _found("由他主持会议。") == {}


def test_leading_verb_ends_a_title_prefix_and_jiang_ends_a_name():
    found = _found("市长张立政也率领副市长苏俊安、王明山到市议会拜年。")
    assert found["苏俊安"][0] == "副市长"
    assert "leader" in found["张立政"][1]
    found = _found("民进党议会党团总召陈文华将矛头指向县府。")
    assert found["陈文华"][0] == "民进党议会党团总召"


def test_a_transliterated_name_with_a_middle_dot_after_a_title():
    found = _found("兴隆里里长吉娃斯‧吉果，率领多位里长组成考察团。")
    assert found["吉娃斯‧吉果"][0] == "兴隆里里长"
    assert "买买提·艾力" in _found("自治区副主席买买提·艾力主持会议。")
    # A slogan's parts joined by a dot after a title word are no name.
    assert _found("开展好“委员提议题·月月来协商”活动。") == {}


def test_names_called_comrades_without_a_title():
    found = _found("于洪武、孙立山、李同和等同志因年龄原因，不再担任省政协常委职务。")
    assert set(found) == {"于洪武", "孙立山", "李同和"}
    assert found["孙立山"][1] == ("mentioned",)
    assert _found("各位同志要认真学习。") == {}


def test_a_post_left_names_its_former_holder():
    found = _found("毕泗平不再担任省政协秘书长职务。")
    assert found["毕泗平"] == ("省政协秘书长", ("mentioned",))
    found = _found("大会同意席尚平、蔡建国同志辞去市政协副主席职务。")
    assert found["蔡建国"][0] == "市政协副主席"


def test_a_post_then_its_holders_after_you_by():
    found = _found("会议决定大会副秘书长由张正林、周晓东、王浙平等3位同志担任。")
    assert set(found) == {"张正林", "周晓东", "王浙平"}
    assert found["周晓东"][0] == "大会副秘书长"
    assert _found("会议由县长主持。") == {}


def test_rare_surnames_of_single_characters():
    # 庾, 隗, 宓, 眭, 郄 …: surnames that open no common word after a title.
    assert _found("市政协副主席庾立新主持会议。")["庾立新"] == ("市政协副主席", ("chair",))
    assert "隗小红" in _found("副县长隗小红出席会议。")


def test_a_married_name_of_four_characters_inside_a_roster():
    # Taiwan's married names open with two surnames (苏陈绣色): a roster holding one is
    # still read whole.
    found = _found("质询顺序：8月5日：吕光明、吕黄春梅、欧中平；8月6日：陈佩玲、苏陈秀云、夏晨光。")
    assert {"吕黄春梅", "苏陈秀云", "吕光明", "夏晨光"} <= set(found)


def test_interpellation_ends_a_name_and_is_speech():
    assert _found("随后由议员陈鸿文质询。")["陈鸿文"] == ("议员", ("speaker",))
    # 施政总质询 is the session's name: no name ends inside 总质询.
    assert "施政总" not in _found("县长林姿华表示，施政总质询就算县长答不出来也要到场。")


def test_a_home_visited_ends_a_name():
    found = _found("市委书记王明来到市政协原主席黄国强家里看望。")
    assert found["黄国强"][0] == "市政协原主席"


def test_counted_people_joined_by_ji_without_deng():
    found = _found("首日上午由蔡育明、李中华及蔡淑芬3位议员联合质询。")
    assert set(found) == {"蔡育明", "李中华", "蔡淑芬"}
    assert found["李中华"][0] == "议员"


def test_a_secretary_is_a_title_and_a_secretariat_is_not():
    found = _found("万荣乡代表会秘书林新华也一同前来。")
    assert found["林新华"][0] == "万荣乡代表会秘书"
    assert _found("县委办秘书科王明出席。").get("王明", ("",))[0] != "县委办秘书"
