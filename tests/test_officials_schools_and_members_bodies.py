"""People of no office on Taiwan and Hong Kong pages (issue 11, round tw45b): officers of a
school's or a trade's members' body (家长会长, 家联会主席, 校长会, 校友会, 协进会, the small
groups of a fishermen's or farmers' association), the heads of schools (校长, 国小校长) but
not of a Party school or a university, and a list after a colon whose clause says its
people hold no office (获得县长奖的同学有4位：A、B、C). Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_parents_and_heads_associations_hold_no_office():
    assert _names("家长会长王大明致词，县长李晓华出席。") == ["李晓华"]
    assert _names("某某中学家联会主席王大明致辞，区议员李晓华出席。") == ["李晓华"]
    assert _names("某区校长会主席王大明、某某中学校友会会长张志强出席。") == []
    assert _names("家长教师会主席王大明、家教会主席张志强致辞，局长李晓华出席。") == ["李晓华"]


def test_association_for_progress_holds_no_office():
    assert _names("某市历届市议员协进会理事长王大明出席，市长李晓华致词。") == ["李晓华"]


def test_small_groups_of_fishermen_and_farmers():
    text = "县长李晓华表扬优秀渔民小组长王大明、张志强及陈国华。"
    assert _names(text) == ["李晓华"]
    assert _names("优良农事小组长王大明、张志强获奖，乡长李晓华颁奖。") == ["李晓华"]


def test_school_heads_hold_no_office():
    assert _names("典礼由校长王大明主持，县长李晓华致词。") == ["李晓华"]
    assert _names("某某国小校长王大明率学生出席，乡长李晓华颁奖。") == ["李晓华"]
    assert _names("某工校长王大明也勉励学生，市长李晓华出席。") == ["李晓华"]


def test_office_schools_keep_their_heads():
    # guards: a Party school's, a cadre school's, a university's or a college's head
    assert _titles("县委党校常务副校长王大明出席。") == {"王大明": "县委党校常务副校长"}
    assert _names("某某大学校长王大明、副县长李晓华出席。") == ["王大明", "李晓华"]
    assert _names("市委党校校长王大明讲话。") == ["王大明"]


def test_list_of_lay_people_after_a_colon():
    text = "获得县长奖的学生有4位：王小明、李小华、张小红及陈小玲。"
    assert _names(text) == []
    assert _names("表扬孝行楷模：王小明、李小华、张小红，县长李晓华颁奖。") == ["李晓华"]


def test_bare_roster_after_a_colon_is_still_read():
    # guard: a colon after no words of lay people still opens a roster
    assert _names("5月2日：王建国、李明华、张卫东出席。") == ["王建国", "李明华", "张卫东"]
    assert _names("在主席台就座的有：王建国、李明华、张卫东。") == ["王建国", "李明华", "张卫东"]


def test_offices_beside_a_members_body_are_kept():
    # guard: an office's holder named with the body's officers stays
    text = "县长李晓华、家长会长王大明、议员张志强出席。"
    assert _names(text) == ["李晓华", "张志强"]


def test_head_of_personnel_office():
    text = "交接典礼由县长李晓华主持，人事行政总处人事长王大明监交。"
    assert _titles(text)["王大明"] == "人事行政总处人事长"


def test_standing_in_for_a_post():
    assert _titles("县长职务由秘书长王大明暂代。") == {"王大明": "秘书长"}


def test_no_personnel_head_in_a_long_time_word():
    # guard: 人事长期… (personnel, for a long time) names no head
    assert _names("人事长期未变，县长李晓华出席。") == ["李晓华"]


def test_a_post_changing_hands():
    assert _titles("人事处处长王大明届龄退休，县长李晓华致词。") == {
        "王大明": "人事处处长",
        "李晓华": "县长",
    }
    assert "张志强" in _names("教育局长出缺，由劳工处长张志强接棒教育局。")


def test_a_word_that_splits_a_name_off_is_no_name():
    # 李里长曾任…: 曾任 (a post held before) after a surname and a title is no name
    assert _names("李里长曾任和美区青山社区发展协会理事长。") == []
    assert _names("副县长王大明曾任某镇镇长。") == ["王大明"]
