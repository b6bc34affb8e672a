"""Titles round 41 (issue 18): kinds named from held-out-b18's blind rejections, found
again on the round's survey. Invented sentences, not copied from any page."""

from plugins.public_records.extract.title import lead_title


def test_works_started_or_finished_is_the_news_not_the_chair_of_its_ceremony():
    # 开工/竣工/投产/通车 said of a project is the event; the ceremony's chair is a side note
    assert lead_title("3月5日上午，某县第二小学扩建工程开工。开工仪式由副县长甲乙主持。") == (
        "某县第二小学扩建工程开工"
    )
    assert lead_title("9月1日，某某大桥建成通车。通车仪式由副市长丙丁主持。") == "某某大桥建成通车"
    assert lead_title("9月1日，某公司年产十万吨项目竣工投产。仪式由区长甲乙主持。") == (
        "某公司年产十万吨项目竣工投产"
    )


def test_work_meeting_called_is_no_works_started():
    # 召开工作会议 holds 开工 across two words: the meeting stays the news
    assert lead_title("5月6日，某县召开工作会议，县长甲乙主持。") == "某县召开工作会议"
    assert lead_title("5月6日，县长甲乙出席某项目开工仪式并讲话。") == (
        "县长甲乙出席某项目开工仪式并讲话"
    )


def test_unannounced_visit_manner_is_left_out_so_the_title_reaches_the_deed():
    assert lead_title("4月2日，县长甲乙轻车简从，不打招呼，深入某镇检查防汛工作。") == (
        "县长甲乙深入某镇检查防汛工作"
    )
    assert lead_title("4月2日，县委书记甲乙事先不打招呼，到某村暗访人居环境整治工作。") == (
        "县委书记甲乙到某村暗访人居环境整治工作"
    )
    assert (
        lead_title(
            "4月2日，副县长甲乙、丙丁轻车简从，不打招呼、不听汇报，直插现场，检查建筑工地安全生产。"
        )
        == "副县长甲乙、丙丁检查建筑工地安全生产"
    )


def test_unannounced_inside_its_clause_or_as_an_object_stays():
    # glued to the deed with no comma, it is part of the clause, as 冒雨深入某镇 is
    assert lead_title("4月2日，县长甲乙不打招呼深入某镇检查防汛工作。") == (
        "县长甲乙不打招呼深入某镇检查防汛工作"
    )


def test_works_started_said_of_a_day_is_a_time():
    # 开工首日 (the first working day of the year) dates the news; it is no works started
    assert lead_title("某日开工首日，某县长甲乙率各局局长拜晚年。") == "某县长甲乙率各局局长拜晚年"
