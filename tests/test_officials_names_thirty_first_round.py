"""Officials on real pages (issue 11, thirty-first round, names: a name whose first two
characters are a word that is never a name, and appointment rosters with no title before
each member), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_name_opening_with_a_word_is_read_where_the_report_writes_it_again():
    # 韩国 is a country (not_names), 韩国X a name: after a title, then written again
    # where a mark or an act ends it
    text = "市长韩国梁今天上午出席大会开幕。韩国梁表示，将全力配合议会。会后韩国梁与议员座谈。"
    assert _names(text) == ["韩国梁"]
    assert _titles(text) == {"韩国梁": "市长"}
    # a name-first reference, once the report has read the name after its title
    text = "院长韩国梁以行程冲突为由婉拒。韩国梁院长随后说明，韩国梁强调尊重各方。"
    assert _names(text) == ["韩国梁"]


def test_the_word_alone_stays_no_name():
    # the country itself, written again and again, is nobody
    assert _names("市长韩国访问团今天抵达。韩国访问团表示满意。韩国访问团随后离开。") == []
    assert _names("市长访问韩国，韩国方面表示欢迎。") == []
    # written once after a title with nothing certain after it: no evidence of a name
    assert _names("县长韩国梁今天出席。") == []


def test_a_word_across_the_name_s_end_is_no_name():
    # 区议员宣誓就任: 宣誓 + 就 would be a name of the same shape, but 就任 is the word
    text = "区议员宣誓就任仪式今天举行。区议员宣誓就任后，宣誓就任的议员表示会履职。"
    assert _names(text) == []


def test_a_roster_s_last_name_after_a_joiner():
    # 新成员为A、B及C: Hong Kong's appointment notices join the last member with 及
    text = "政府今日宣布委任三名新委员，三名新成员为梁志坚、区文晖及何美玲。"
    assert _names(text) == ["梁志坚", "区文晖", "何美玲"]
    assert _titles(text)["何美玲"] == "新成员"
    # two members only, joined by 及
    assert _names("两名新成员为邓国华及黄丽珊。") == ["邓国华", "黄丽珊"]
    # 分别为, then the list with 以及 before its last name
    text = "十名非官守议员分别为陈立明、杨少华、周志强以及罗何慧芳。"
    assert _names(text) == ["陈立明", "杨少华", "周志强", "罗何慧芳"]


def test_a_joiner_before_no_name_or_before_a_deed_keeps_the_old_reading():
    # the joiner opens a group of no names: the roster is not read as names
    assert _names("新成员为梁志坚、区文晖及有关部门负责人。") == []
    # the name after the joiner does not end the clause: a deed's beneficiaries
    assert _names("副县长为梁志坚、区文晖及何美玲颁发证书。") == []


def test_a_taiwan_caucus_s_chief_secretary_and_whip():
    # 书记长 and 干事长 (a caucus's or a party's), and their deputies, hold a named member
    assert _titles("国民党团书记长郑文彬指出，质询应回归市政。") == {"郑文彬": "国民党团书记长"}
    text = "出席的有民进党团干事长许明德、副干事长林佩玲、副书记长黄建中等。"
    assert _names(text) == ["许明德", "林佩玲", "黄建中"]
    assert _names("会中举行原任书记长杨淑贞与新任书记长吴志豪的交接。") == ["杨淑贞", "吴志豪"]
    # a party secretary who long (长期, 长时间) does something is no 书记长
    assert _names("镇党委书记长期关注民生。") == []
    assert _names("县委书记长时间调研。") == []
