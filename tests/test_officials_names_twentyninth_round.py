"""Officials on real pages (issue 11, twenty-ninth round, names: people the extractor
missed or invented on election reports, Taiwan council news and attendee lists), each
with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_an_election_s_outcome_ends_the_name_after_a_place_s_head():
    # 台东县长X顺利连任: an election's outcome said of the one named ends the name, as a
    # verb does, also right after a place's level title
    assert _titles("花莲县长郑美伶顺利连任，明天宣誓就职。") == {"郑美伶": "花莲县长"}
    assert _titles("新竹市长高文彬成功连任。") == {"高文彬": "新竹市长"}
    assert _names("屏东县长潘建华高票连任第二任。") == ["潘建华"]
    assert _names("议员赖秋萍成功当选议长。") == ["赖秋萍"]
    # the outcome with no name before it, and 成功 in a name, stay as they were
    assert _names("各界恭喜县长成功连任。") == []
    assert _names("县长王成功出席会议。") == ["王成功"]


def test_a_word_after_a_surname_and_title_is_no_given_name():
    # 钮县长逐个指出: a surname, a title, then an adverb that follows names: the title
    # stands between surname and verb, so no given name was written
    assert _names("座谈会上，钮县长逐个点评各乡镇的工作。") == []
    assert _names("会后，乔局长逐项部署整改任务。") == []
    # a given name written after the title, the Taiwan way, is still read
    assert _names("会议由苏市长崑雄亲自主持。") == ["苏崑雄"]


def test_a_post_held_before_opens_no_name():
    # X曾担任…: 曾 is the adverb, not the last character of the name
    assert _names("副县长李明曾担任镇长多年。") == ["李明"]
    assert _names("副市长周海曾任县委书记。") == ["周海"]
    # 郑咨议长曾担任…: Taiwan's 咨议长, its holder named by surname only, then 曾担任
    assert _names("典礼上，郑咨议长曾担任立法委员一事被提起。") == []


def test_a_title_s_first_word_is_no_given_name():
    # 谢助理专员表示: 助理专员 is the title, its holder named earlier by surname only
    text = "民政事务助理专员谢婉仪出席。谢助理专员表示，方案分三部分。"
    assert _names(text) == ["谢婉仪"]


def test_dang_zheng_is_no_name():
    # 某局党政领导: the party and government leaders of a body, 党 a surname too
    assert _names("区水务局党政领导出席了揭牌仪式。") == []


def test_an_ordinal_s_counter_after_diwu_is_no_name():
    # 举办第五届议员宣誓就职典礼: 第五 is a compound surname too, but not before an
    # ordinal's counter
    assert _names("县议会昨天举办第五届议员宣誓就职典礼。") == []
    # a name of that surname after a title is still read
    assert _names("会议由议长第五明主持。") == ["第五明"]


def test_a_note_in_brackets_after_a_roster_name_does_not_cut_the_roster():
    # A、B（女）、C当选为…: the note on a person (sex, nation) is no part of the name, and
    # the roster goes on before it
    text = "大会选举产生新一届领导，周立群、韩冬梅（女）、孙海燕当选为副县长。"
    assert _titles(text) == {"周立群": "副县长", "韩冬梅": "副县长", "孙海燕": "副县长"}
    assert _names("会议选举冯小军(回族)、陈思远为副乡长。") == ["冯小军", "陈思远"]
