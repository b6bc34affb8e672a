"""A line under a complete page headline (one that says who did what) that names its own
titled subject doing something else is a sub-headline or a photo's caption (督导组在县
人民医院察看; 县长甲欢迎…), not more of the headline; a chair's line (甲乙主持并讲话) and the
pieces of a headline broken over lines still join it (issue 18, titles, round 8)."""

from public_records.extract.title import derive_title


def test_a_caption_line_under_a_complete_headline_is_not_part_of_it():
    text = (
        "市委督导组来我县督导疫情防控工作\n督导组在县人民医院察看\n督导组查看核酸检测台账\n"
        "3月5日，市委督导组来我县督导疫情防控工作，县委书记甲乙陪同督导。"
    )
    assert derive_title(text) == "市委督导组来我县督导疫情防控工作"


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
