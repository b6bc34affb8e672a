"""A line under a complete page headline (one that says who did what) that names its own
titled subject doing something else is a sub-headline or a photo's caption (巡察组在县
中医院察看; 县长甲欢迎…), not more of the headline; a chair's line (甲乙主持并讲话) and the
pieces of a headline broken over lines still join it (issue 18, titles, round 8)."""

from public_records.extract.title import derive_title


def test_a_caption_line_under_a_complete_headline_is_not_part_of_it():
    text = (
        "省委巡察组来我县巡察民生工作\n巡察组在县中医院察看\n巡察组查阅信访工作台账\n"
        "3月5日，省委巡察组来我县巡察民生工作，县委书记甲乙陪同巡察。"
    )
    assert derive_title(text) == "省委巡察组来我县巡察民生工作"


def test_a_second_deed_of_another_official_is_a_sub_headline():
    text = (
        "某市议长甲乙率议会团队参访某县\n县长丙丁欢迎某市乡亲到某县旅游\n"
        "某市议会议长甲乙今日率议会团队参访某县，县长丙丁热情接待。"
    )
    assert derive_title(text) == "某市议长甲乙率议会团队参访某县"


def test_a_chairs_line_under_the_headline_still_joins_it():
    text = (
        "某市委常委会（扩大）会议传达学习全会精神\n甲乙主持并讲话\n"
        "12月5日，某市委常委会召开（扩大）会议，传达学习全会精神。市委书记甲乙主持并讲话。"
    )
    assert derive_title(text) == "某市委常委会（扩大）会议传达学习全会精神 甲乙主持并讲话"
