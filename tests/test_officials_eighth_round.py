"""Officials on real pages (issue 11, eighth round: the classes of the development
parts' misses in plenary rosters), each with sentences written here."""

from public_records.extract.officials import find_officials


def _found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in find_officials(text)}


def test_a_roster_named_to_a_post_keeps_its_four_character_names():
    # A, B、乌力孟和、C担任副团长: a name of four characters between 、 and 、 (one ending
    # in 和, as 张东和 may) does not end the roster before the post.
    found = _found("会议推选高志远担任代表团团长，韩立东、王立群、乌力孟和、邓春梅担任副团长。")
    assert {"韩立东", "王立群", "乌力孟和", "邓春梅"} <= set(found)
    assert found["乌力孟和"][0] == "副团长"
    assert found["韩立东"][0] == "副团长"


def test_a_roster_named_to_a_post_keeps_its_first_item_of_any_surname():
    # The roster's first item after a clause mark is a name by its shape, whatever its
    # surname (布), as the items after it are; a word there is not (有关部门).
    found = _found("会议推选高志远担任代表团团长，布立新、王立群、邓春梅担任副团长。")
    assert found["布立新"][0] == "副团长"
    assert set(_found("会议决定，有关部门、王立群担任副团长。")) == {"王立群"}


def test_what_a_visitor_thinks_aloud_is_speech():
    # X认为，… gives what X said, as X表示 does: a speaker, and the predicate ends there
    # (what follows is the content).
    found = _found(
        "县政协主席高志远带领考察组来到我区。高志远认为，两地政协应加强联系，共同推动发展。"
    )
    assert set(found["高志远"][1]) == {"leader", "speaker"}


def test_he_inside_a_listed_name_after_a_known_surname():
    # 杨涛、秦和东等 / 王立、张和平、李东: in a title's 、-list, 和 after a known surname is a
    # given name's (a surname alone is no item 和 would join); 王立和副县长李东 still joins.
    found = _found("市政协历届领导杨涛、秦和东等也应邀列席会议。")
    assert found["秦和东"] == ("市政协历届领导", ("nonvoting",))
    assert set(_found("副县长王立、张和平、李东出席。")) == {"王立", "张和平", "李东"}
    assert set(_found("县长王立和副县长李东出席。")) == {"王立", "李东"}


def test_he_inside_a_name_right_after_a_title():
    # 县长秦和东出席: after a title, 和 inside a three-character name that a role verb or
    # a mark ends; 县长王立和李东出席 still names two, and 王和县委书记 opens no name.
    assert _found("县长秦和东出席会议。")["秦和东"] == ("县长", ("attendee",))
    assert set(_found("副县长李东、秦和东出席。")) == {"李东", "秦和东"}
    assert set(_found("县长王立和李东出席。")) == {"王立", "李东"}
    assert set(_found("县长王和县委书记李东出席。")) == {"李东"}


def test_dai_as_a_surname_right_after_a_title():
    # 代 opens 代表 and 代理 but is a surname too: a three-character name right after a
    # title that a mark ends (县委副书记代国栋，); 县长代表县政府 stays a verb.
    assert _found("县委副书记代国栋，县长王立应邀出席。")["代国栋"][0] == "县委副书记"
    assert set(_found("县长王立代表县政府致辞。")) == {"王立"}


def test_how_often_a_leader_acts_ends_the_name():
    # 定期, 经常, 长期 between a name and its act, as 不定期: 刘波定期带领 is 刘波.
    found = _found("区党委书记王文栋、区管委会主任刘波定期带领干部到园区督导。")
    assert found["刘波"] == ("区管委会主任", ("leader",))
    assert set(_found("县长高志远经常深入基层调研。")) == {"高志远"}


def test_a_roster_counted_in_people_before_its_post():
    # 推选A等10人为…主席团常务主席: 等 and a count of 人 (not only 位/名 同志) stand between
    # the roster and the word naming it to the post.
    found = _found("会议推选高志远、林书平等10人为大会主席团常务主席。")
    assert found["高志远"][0] == "大会主席团常务主席"
    assert found["林书平"][0] == "大会主席团常务主席"


def test_more_words_that_follow_a_name():
    # Acts and times a report puts right after a name end it: 发现, 默哀, 代理, 临时,
    # 面对, 重视, 春节.
    assert set(_found("县议员高志远发现名单有误，当场提出。")) == {"高志远"}
    assert set(_found("议员林书平临时提案，建议默哀一分钟。")) == {"林书平"}
    assert set(_found("县委副书记、县长邓春梅春节前夕走访慰问困难群众。")) == {"邓春梅"}
    assert set(_found("新当选的主任韩立东面对国旗庄严宣誓。")) == {"韩立东"}


def test_a_divisions_commander_is_a_title():
    # 师长 (a division of the Production and Construction Corps: 七师副师长); 教师长期 is
    # no title.
    assert _found("师党委常委、副师长韩立东出席会议。")["韩立东"][0] == "师党委常委、副师长"
    assert _found("教师长期坚守岗位，韩立东说。") == {}


def test_a_governor_governs_the_objects_joined_after_the_first():
    # 传达学习A的讲话精神、B的批示要求: both are named, not there; B's 要求 is no speech.
    found = _found("会议传达学习高志远书记讲话精神、林书平省长批示要求，县委书记王立主持会议。")
    assert found["高志远"][1] == ("mentioned",)
    assert found["林书平"][1] == ("mentioned",)
    assert found["王立"][1] == ("chair",)


def test_the_led_go_on_over_a_comma_until_the_verb():
    # 带领副政委A，副师长B，及…赴…考察: B's clause has no verb of its own, so B is led
    # with A (present), not the visit's leader; a clause with its own verb keeps it.
    found = _found("政委高志远带领副政委林书平，副师长韩立东，及有关部门负责人赴伊犁州考察。")
    assert found["高志远"][1] == ("leader",)
    assert found["林书平"][1] == ("attendee",)
    assert found["韩立东"][1] == ("attendee",)
    found = _found("市长高志远带领副市长林书平，县长韩立东主持会议。")
    assert found["韩立东"][1] == ("chair",)
