"""Officials: strings shaped like a name after a title that are words (issue 11, fifth
development batch): a list opener (成员包括有：), a role verb as the given name
(执行主席席就座), a name whose last character opens a noun (市领导向老同志介绍).

Each sentence is written here in the shape of a class seen on real pages (never copied
from them); the expected people are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def names(text: str) -> set[str]:
    return {m.name for m in extract_officials(text)}


def test_a_list_opener_after_a_title_is_no_name():
    assert names("考察组成员包括有：议长王一明、议员李建华、周小红。") == {
        "王一明",
        "李建华",
        "周小红",
    }


def test_a_role_verb_is_no_given_name():
    assert names("执行主席王一明、李建华在主席台执行主席席就座。") == {"王一明", "李建华"}


def test_a_noun_across_the_end_of_a_name():
    assert names("市领导向老同志介绍了全市发展情况。") == set()
    assert names("县领导向老干部致以问候。") == set()
    # a person named 向 after a title stays a person
    assert names("副县长向明出席会议。") == {"向明"}


def test_a_common_word_is_no_given_name():
    # 关 and 区 are surnames, but 单位 and 相关 are no one's given name
    assert names("书记王一明带领班子成员和区直有关单位负责人到项目一线。") == {"王一明"}
    assert names("各村、社区相关负责人参加。") == set()
