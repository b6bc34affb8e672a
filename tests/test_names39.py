"""Officials on real pages (issue 11, names round 39): more words a report writes right
after a titled name end it (name_followers): a sarcasm said (反讽), a thing known (知道),
help given (配合), a live broadcast (直播) and a thing one can do (能). A name that ends in
能 is still read whole where an act follows it. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_titled_name_before_a_sarcasm_or_a_thing_known():
    assert _titles("党团副书记长周明远反讽说，预算不能再拖。") == {"周明远": "党团副书记长"}
    assert _names("市议员许若兰知道此事后，要求市府说明。") == ["许若兰"]


def test_a_titled_name_before_help_given_or_a_live_broadcast():
    assert _titles("县长陈佳颖配合争取中央补助。") == {"陈佳颖": "县长"}
    assert _titles("副县长郑晓然直播推介本地茶叶。") == {"郑晓然": "副县长"}


def test_a_titled_name_before_what_one_can_do():
    assert _titles("会上，副局长吴俊逸能将意见带回研议。") == {"吴俊逸": "副局长"}


def test_a_given_name_ending_in_neng_is_still_whole():
    # guard: passes before and after (the act after the name ends it, not 能 inside it)
    assert _names("副县长刘德能出席会议并讲话。") == ["刘德能"]
    assert _names("镇长王志能主持会议。") == ["王志能"]
