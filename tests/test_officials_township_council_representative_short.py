"""Officials on real pages (issue 11, round deputies44): 乡代, Taiwan's short word for a
township council's representative (乡民代表), is a title core written before the name;
not before 会 (乡代会主席: the council) nor 表 (乡代表, a core of its own). A 、-list after
a titled name that closes with 等 and villages whose heads follow (等村村长) lists places,
not names. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_township_representative_before_his_name():
    assert _names("乡代陈大同到场致词。") == ["陈大同"]
    text = "乡长林志明、乡代陈大同、村长王大明等人陪同。"
    assert _names(text) == ["林志明", "陈大同", "王大明"]
    assert _titles(text)["陈大同"] == "乡代"


def test_the_council_and_the_longer_word_keep_their_titles():
    assert _titles("乡代会主席陈大同主持会议。") == {"陈大同": "乡代会主席"}
    assert _titles("乡代表陈大同出席。") == {"陈大同": "乡代表"}


def test_villages_listed_before_their_heads_are_no_names():
    assert _names("乡代林玉森、春阳、大同等村村长陪同视察。") == ["林玉森"]
    assert _names("乡长林玉森、春阳、大同等三村村长陪同视察。") == ["林玉森"]


def test_names_before_a_group_title_still_share_the_list():
    text = "乡长林玉森、陈春阳、王大同等村干部陪同视察。"
    assert _names(text) == ["林玉森", "陈春阳", "王大同"]
    assert _names("里长林玉森、陈春阳、王大同等人陪同。") == ["林玉森", "陈春阳", "王大同"]
