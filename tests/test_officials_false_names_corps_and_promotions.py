"""False names on Taiwan's police and township pages (issue 11, round prec44): volunteer
corps listed after titled guests, verbs of promotion and handover after a title or a
name, an office after 向, and a preposition of time after a split name's title. Every
sentence here is written for the test."""

from public_records.extract.officials import find_officials


def _names(text: str) -> set[str]:
    return {m.name for m in find_officials(text)}


def _found(text: str) -> dict[str, str]:
    return {m.name: m.title for m in find_officials(text)}


def test_volunteer_corps_in_a_list_after_titled_guests_are_no_people():
    # 义警, 义交, 义刑, 民防 (and 义消, 山警): corps that help the police and the fire
    # service, listed after the guests' names as the same list's items.
    text = "县长高志远、议长林书平、义警、义交、义刑、民防等出席。"
    assert _names(text) == {"高志远", "林书平"}
    assert _names("警察局长高志远、义消、山警等与会。") == {"高志远"}


def test_a_corps_head_is_still_read_with_the_corps_in_the_title():
    found = _found("县长高志远、义警大队长林书平、民防大队长韩立东出席。")
    assert found["林书平"] == "义警大队长"
    assert found["韩立东"] == "民防大队长"


def test_a_promotion_verb_after_a_title_is_no_name():
    # 荣 is a surname, but 荣升, 荣调, 荣退 are verbs: the title's holder is unnamed.
    assert _names("典礼中，县长恭喜陈某分局长荣升。") == set()
    assert "荣调" not in _names("市长感谢各位，也恭喜督察长荣调新职。")


def test_a_promotion_verb_ends_the_name_before_it():
    # 分局长林书平荣调…: 林书平, not 林书平荣 (or a clause-filling 林书平荣退).
    assert _found("市长恭喜分局长林书平荣调台南。") == {"林书平": "分局长"}
    assert "林书平" in _names("秘书长林书平荣退，县长高志远致赠纪念品。")
    assert "林书平荣退" not in _names("秘书长林书平荣退，县长高志远致赠纪念品。")


def test_a_name_with_rong_as_surname_is_still_read():
    assert _found("县长荣明华出席。") == {"荣明华": "县长"}


def test_the_township_office_after_xiang_is_no_name():
    # 里长向公所反映: 向 (toward) and the office, not a person 向公所 or 向公.
    assert _names("多位里长向公所反映路灯问题。") == set()


def test_a_name_with_xiang_as_surname_is_still_read():
    assert _names("镇长向公明出席。") == {"向公明"}


def test_a_preposition_of_time_is_no_split_given_name():
    # 方秘书长自107年接任以来: 自 (from) opens the time, no one-character given name.
    assert "方自" not in _names("县长高志远表示，方秘书长自107年接任以来尽心尽力。")


def test_a_split_one_character_given_name_is_still_read():
    assert _found("周副县长杰、王县长明出席。")["周杰"] == "副县长"


def test_a_handover_verb_ends_no_married_name():
    # 由…谢文宏接任: two surnames first (谢, 文) do not make 谢文宏接 a married name when
    # its last character opens 接任.
    text = "金山分局长由玉井分局长陈保安接任，瑞芳分局长由原金山分局长谢文宏接任。"
    assert not {n for n in _names(text) if n.endswith("接")}


def test_a_married_name_is_still_read_after_a_title():
    assert _names("立委吕黄春金说，") == {"吕黄春金"}


def test_when_and_an_adverb_after_a_title_are_no_name():
    # 时 is a surname that opens words (word_surnames): after a title, 时 + 就曾 is "when …
    # already then", no 时就曾.
    assert _names("他在担任主计长时就曾与林议长共事。") == set()
    assert _names("副县长后便出席了会议。") == set()


def test_a_word_surname_name_is_still_read():
    assert _names("副县长后名文出席。") == {"后名文"}
    assert _names("县长时亦明出席。") == {"时亦明"}
