"""Officials on real pages (issue 11, seventh round: the classes of dev-t5, dev-t4,
dev-t3, dev-b2, dev-b5 and dev-b6's misses), each with sentences written here."""

from public_records.extract.officials import find_officials


def _found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in find_officials(text)}


def test_coming_to_a_meeting_to_guide_it_is_attendance():
    # 到会指导: the guests are at the meeting; 指导 alone (调研指导) still leads a visit.
    found = _found("市人大副主任高志远、组织部副部长林书平到会指导，84名代表参加会议。")
    assert found["高志远"][1] == ("attendee",)
    assert found["林书平"][1] == ("attendee",)
    found = _found("应邀指导会议的县委书记邓春梅，县长王立出席。")
    assert found["邓春梅"][1] == ("attendee",)
    assert _found("副市长高志远到东区调研指导复工复产工作。")["高志远"][1] == ("leader",)


def test_people_a_leader_takes_along_are_present():
    # 率/率领/带领 + titled names: the led are there (attendee), the leader leads.
    found = _found("台中市长卢秀燕率副市长黄国荣、王育敏、秘书长黄崇典及市府一级机关首长拜晚年。")
    assert found["黄国荣"][1] == ("attendee",)
    assert found["黄崇典"][1] == ("attendee",)
    # Greeting at a gathering, no call paid: presence (README "Confirmed at stop 42,
    # people taken along" (3), dev m013 relabelled; roles23's rule 4).
    assert found["卢秀燕"][1] == ("attendee",)
    found = _found("政委刘新建带领师党委常委、副政委徐广江赴伊犁州走访考察。")
    assert found["徐广江"][1] == ("attendee",)
    assert found["刘新建"][1] == ("leader",)


def test_deputies_named_before_their_title_after_deng():
    # 代表 is no title core (a verb too): after a list closed by 等 (and a count) and
    # before a verb it is the deputies' title; 等代表县委 is the verb.
    found = _found("高志远、林书平、邓春梅等代表先后发言，提出具体意见建议。")
    assert set(found) == {"高志远", "林书平", "邓春梅"}
    assert found["林书平"] == ("代表", ("speaker",))
    found = _found("韩立东、王立群等3位代表发言。")
    assert set(found) == {"韩立东", "王立群"}
    assert _found("高志远等代表县委县政府慰问困难群众。") == {}


def test_deputies_named_after_their_title_in_a_roster():
    # 、代表A、B… and a clause opening with 代表A: the title of a council's deputies; after
    # a name or a word 代表 stays the verb (代表县政府, 张三代表…).
    found = _found("镇民代表会副主席李秀华、代表陈秀卿、蔡建伟、张中法都到场参与。")
    assert set(found) == {"李秀华", "陈秀卿", "蔡建伟", "张中法"}
    assert found["蔡建伟"][0] == "代表"
    assert _found("县长许明华很重视。代表林东隆也替居民提出建议。")["林东隆"][0] == "代表"
    found = _found("县长高志远代表县政府致辞，副县长林书平代表县委出席。")
    assert set(found) == {"高志远", "林书平"}


def test_jie_ends_a_name_as_dou_does():
    # 皆 (all) after a name, as 都 and 均: the roster's last name ends before it.
    found = _found("副主席李秀华、代表会秘书洪君烈皆到场参与。")
    assert found["洪君烈"][0] == "代表会秘书"


def test_a_report_made_with_its_name_between_is_speech():
    # 所作的《…报告》, 作的关于…的报告, 做…报告: the maker of the report speaks.
    found = _found(
        "听取并审议了镇长高志远同志代表镇人民政府所作的《政府半年工作报告》、"
        "镇人大主席林书平同志所作的《人大主席团半年工作报告》。"
    )
    assert found["高志远"][1] == ("speaker",)
    assert found["林书平"][1] == ("speaker",)
    assert _found("镇财政所长邓春梅同志做财政预算决算报告。")["邓春梅"][1] == ("speaker",)
    found = _found("听取了县人民法院院长韩立东作的关于刑事案件审判工作情况的报告。")
    assert found["韩立东"][1] == ("speaker",)
    # 作 inside a word (合作, 工作) is no report made.
    assert _found("副县长王立群出席合作项目报告会。")["王立群"][1] == ("attendee",)


def test_surnames_that_open_words_after_a_title_closed_by_a_mark():
    # 渠, 问, 后 open words (渠道, 问题, 后来): a surname only for a three-character name
    # right after a title, or in its list, that a mark (or a verb, after 、) ends.
    found = _found("党委副书记、镇长王学明，人大主席、总工会主席渠立建，武装部长龙坤陪同活动。")
    assert found["渠立建"][0] == "人大主席、总工会主席"
    found = _found("县人大常委会副主任李立真、张东振、问立俊参加了会议。")
    assert "问立俊" in found
    assert set(_found("县长许明华随后表示，要抓好工作。")) == {"许明华"}
    assert set(_found("书记讲话后，副县长王立群作了部署。")) == {"王立群"}


def test_secretaries_of_a_special_administrative_region():
    # 政务司司长, 财政司长, 律政司长: titles of Hong Kong's and Macao's governments.
    found = _found("特区政府政务司长张立宗、财政司长陈立波、律政司长郑立华等政府官员出席。")
    assert found["陈立波"] == ("财政司长", ("attendee",))
    assert _found("特区政府政务司司长陈立基出席启动礼。")["陈立基"][0] == "特区政府政务司司长"
    assert _found("该公司长期合作的伙伴到场。") == {}


def test_a_four_character_name_inside_a_titled_list():
    # A Mongolian-shaped name of four characters between 、 and 、 does not end the roster; a
    # group of no name there still does.
    found = _found("旗领导白立东、乌尔敦夫、程立刚、吴东海在主席台前排就座。")
    assert set(found) == {"白立东", "乌尔敦夫", "程立刚", "吴东海"}
    assert found["吴东海"] == ("旗领导", ("attendee",))
    assert set(_found("县领导高志远、有关部门、王立群出席。")) == {"高志远"}


def test_a_bracketed_day_ends_a_name_after_a_place_level_title():
    # Taiwan's reports write the day as 今（18）日: it ends a name as 今天 does.
    found = _found("大年初二迎新春，高雄市长陈立迈今（18）日走访弥陀弥寿宫。")
    assert found["陈立迈"] == ("高雄市长", ("leader",))


def test_assistants_to_a_minister_or_a_head_of_government():
    found = _found("由财政部部长助理胡立林带领的检查组到湖北检查。")
    assert found["胡立林"][0] == "财政部部长助理"
    assert _found("市长助理王立群出席会议。")["王立群"] == ("市长助理", ("attendee",))


def test_joining_the_visit_just_reported_is_attendance():
    # 参加上述调研活动: the visit is joined, not led (as 参加了部分慰问).
    found = _found("县委宣传部常务副部长冯立梅、副部长胡天立参加上述调研活动。")
    assert found["冯立梅"][1] == ("attendee",)
    assert found["胡天立"][1] == ("attendee",)


def test_a_civil_service_grade_named_as_a_title():
    # 主任科员 (a grade) names its holder; 主任 before 科员 is no title by itself.
    found = _found("镇党委副书记苗立栋、镇主任科员郭立庆陪同。")
    assert found["郭立庆"] == ("镇主任科员", ("accompanying",))


def test_a_head_of_state_is_a_title():
    assert _found("随后陪同总统赖立德前往冈山寿天宫参香。")["赖立德"][0] == "总统"


def test_a_verb_opening_with_a_given_names_last_character_ends_the_name():
    # 吴林明确了…: 吴林 + 明确, not 吴林明 + 确; 周立明明确 still keeps 周立明.
    assert "吴林" in _found("区委书记吴林明确了本次推进会的重要意义。")
    assert "周立明" in _found("区委书记周立明明确提出要求。")
