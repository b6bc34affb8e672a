"""Issue 18, furniture and credits round 23 (its survey of 33 unseen pages, tuned on the
odd half). Every line is invented (no real page's line)."""

from public_records.clean.chrome import strip_chrome

LEAD = "5月6日，县政协召开九届常委会议，主席王五主持，会议听取了工作报告并审议有关事项。"


def chrome_credits(header: str) -> list[tuple[str, str]]:
    """The credits the chrome step keeps from an information line above the lead."""
    result = strip_chrome(header + "\n" + LEAD)
    assert result.text.strip() == LEAD, header
    return result.meta.get("credits", [])


def test_a_credit_field_glued_to_the_next_label_keeps_the_name_alone():
    assert chrome_credits("发布时间:2017-12-08 14:55作者:甲乙丙来源:某县人大") == [
        ("作者", "甲乙丙")
    ]
    assert chrome_credits("来源:某某日报编辑:甲乙丙发布时间:2020-08-06 16:09:30") == [
        ("编辑", "甲乙丙")
    ]


def test_an_empty_credit_field_names_no_one():
    assert chrome_credits("时间:2024-07-23 16:25来源:某某发布作者:点击: 次") == []


def test_a_credit_field_with_two_names_keeps_both():
    assert chrome_credits("來源:某某网 作者:甲乙丙 丁戊己 時間:2017-01-16") == [
        ("作者", "甲乙丙"),
        ("作者", "丁戊己"),
    ]


def test_a_reviewer_after_the_editor_on_the_information_line_is_a_credit():
    assert chrome_credits("2021-12-29 16:00:51 编辑: 甲乙丙 审核人:丁戊己 阅读次数:2287 |") == [
        ("编辑", "甲乙丙"),
        ("审核人", "丁戊己"),
    ]
