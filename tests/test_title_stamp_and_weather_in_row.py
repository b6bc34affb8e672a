"""A headline copied on one row with the page's date stamp and weather widget after it
(`某某 2031-04-12 某市 21℃ 0 记者甲乙…`), the lead following: the headline is the row's
start, not the row cut at a length (invented sentences)."""

from public_records.extract.title import _headline_before_byline, derive_title

ROW = (
    "共同开创两地合作新局面某市长率领代表团在某市与某省领导座谈交流 2031-04-12 某市 21℃ 0 "
    "记者甲乙由某市委副书记、市长丙丁率领的某市代表团昨天来到某省某市，与某省领导座谈交流，"
    "共商合作事宜。"
)


def test_headline_before_stamp_and_weather_is_the_title():
    assert derive_title(ROW) == "共同开创两地合作新局面某市长率领代表团在某市与某省领导座谈交流"


def test_headline_before_stamp_and_weather_below_zero():
    row = "某县召开冬季安全生产工作会议 2031-12-02 某县 -3℃ 近日，某县召开冬季安全生产工作会议。"
    assert _headline_before_byline(row) == "某县召开冬季安全生产工作会议"


def test_guard_stamp_and_source_field_unchanged():
    row = (
        "某镇召开某工作会 2031-04-01 17:10 来源：某某网 编辑：甲乙 "
        "近日，某镇召开某工作会，部署工作。"
    )
    assert _headline_before_byline(row) == "某镇召开某工作会"


def test_guard_a_temperature_in_the_lead_is_no_widget():
    row = "近日，某县气象局发布消息，2031-07-20 某县 38℃ 高温天气持续，提醒群众防暑。"
    assert _headline_before_byline(row) == ""


def test_guard_a_decimal_reading_is_no_widget():
    row = "某县召开会议 2031-07-20 某县 38.5℃ 高温，会议部署防暑工作。"
    assert _headline_before_byline(row) == ""
