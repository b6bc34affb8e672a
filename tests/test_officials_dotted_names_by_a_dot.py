"""Officials on real pages (issue 11, round dev22n): names written with a middle dot
(Taiwan's indigenous names, 笛布斯‧某某) typed with an ASCII or full-width full stop
(. ．) or holding a supplementary ideograph (𫖮, converted from 顗), inside a list of
councillors. A full stop typed as ASCII before a name of its own (…守.张某某副局长) is
no middle dot.
Sentences and names written here."""

from tests.officials_checks import names as _names


def test_an_ascii_dot_name_opens_a_list_of_councillors():
    text = "包括议长杨大同、县议员笛布斯.哈勇、陈小梅、黄青等人出席。"
    assert _names(text) == ["杨大同", "笛布斯.哈勇", "陈小梅", "黄青"]


def test_a_supplementary_ideograph_in_a_dotted_name():
    text = "县议员笛布斯.𫖮赉、陈小梅出席。"
    assert _names(text) == ["笛布斯.𫖮赉", "陈小梅"]


def test_a_supplementary_ideograph_in_a_plain_name():
    assert _names("原局长何光𬀩出席大会。") == ["何光𬀩"]


def test_a_full_stop_before_a_name_is_no_dot():
    assert _names("各村严防死守.张贺平副局长强调要克服困难。") == ["张贺平"]
    assert _names("县长王明.张贺平副局长出席。") == ["王明", "张贺平"]


def test_a_middle_dot_name_after_a_title_stays_read():
    assert _names("副主席买买提·艾力主持会议。") == ["买买提·艾力"]
