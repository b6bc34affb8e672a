"""Round titles51 (issue 18): a lead whose subject or object is a group named at length
lost its deed in the title, the cut with … coming before what was done. A group its
leader led, said after 带领的 and closed by a comma before the deed (`主任甲乙带领的某某机制
建设监督第三调研组第3监督小组，对我市某工作进行专项督查`), is said by its last words and
joined to the deed; the people a unit sent, named after a long description of the group
they came from (`组织某会“…”月度座谈会部分调研组的委员和专家列席某会议`), are said
without it when the title is too long. Invented sentences."""

from public_records.extract.title import (
    _led_group_before_deed,
    _shorten,
    _without_sent_group_name,
    lead_title,
)

LED = (
    "昨日，某省政协某委副主任，某省某会理事长、党组书记甲乙带领的某省政协“某某共治”长效"
    "机制建设民主监督第三监督调研组第3监督小组，对我市“某某共治”工作进行专项督查。"
    "监督小组先后前往某厂、某镇进行实地督查。"
)

SENT = (
    "3月29日上午，某省政协某某委员会组织某省政协“促进某某发展，助推健康某省建设”月度协商"
    "座谈会部分调研组的委员和专家、学者列席2017年全省某某工作会议。"
)


def test_a_led_group_before_its_deed_gives_the_deed():
    title = lead_title(LED)
    assert title.endswith("带领监督小组对我市“某某共治”工作进行专项督查")
    assert "…" not in title and "甲乙" in title


def test_a_led_group_is_said_by_its_last_words():
    text = "5月6日，主任甲乙带领的某某局某某专项行动第二执法检查组，到某镇检查某某工作。"
    assert _led_group_before_deed(text) == "5月6日，主任甲乙带领执法检查组到某镇检查某某工作。"


def test_a_traditional_led_group_is_said_by_its_last_words_too():
    text = "5月6日，主任甲乙帶領的某某局某某專項行動第二檢查組，到某鎮檢查某某工作。"
    assert _led_group_before_deed(text) == "5月6日，主任甲乙帶領第二檢查組到某鎮檢查某某工作。"


def test_people_sent_are_said_without_their_group_s_long_name():
    title = lead_title(SENT)
    assert title == "某省政协某某委员会组织委员和专家、学者列席2017年全省某某工作会议"


def test_the_shortening_step_drops_the_group_s_name():
    long = (
        "某省政协某某委员会组织某省政协“促进某某发展，助推健康某省建设”月度协商座谈会"
        "部分调研组的委员和专家、学者列席2017年全省某某工作会议"
    )
    assert _shorten(long) == "某省政协某某委员会组织委员和专家、学者列席2017年全省某某工作会议"


# Guards: what must not change.


def test_a_led_group_that_is_an_object_stays():
    text = "5月6日，市委书记甲乙在某厅会见由某某总会主席丙丁率领的访问团一行，双方座谈交流。"
    assert _led_group_before_deed(text) == text


def test_a_led_group_without_a_deed_after_stays():
    text = "主任甲乙带领的调研组，风尘仆仆。"
    assert _led_group_before_deed(text) == text


def test_a_leader_and_group_without_de_stays():
    text = "5月6日，主任甲乙带领调研组到某镇检查某某工作，副县长丙丁陪同。"
    assert _led_group_before_deed(text) == text


def test_a_short_title_keeps_the_group_s_name():
    title = "某委员会组织某会座谈会调研组的委员列席某某会议"
    assert _shorten(title) == title


def test_a_short_description_is_no_group_name():
    title = "某某委员会组织部分委员列席某会议并听取某某某某某某某某某某某某某某某某工作报告"
    assert _without_sent_group_name(title) == title
