"""Round titles51 (issue 18): a lead whose subject first upholds a virtue (`某系统干部职工
积极弘扬“乐善互助”的中华传统美德，携手推进某建设，踊跃捐款奉献爱心。`) was cut with …
inside the virtue, the deed lost; the title says the subject and the sentence's last clause,
what was done. Invented sentences."""

from public_records.extract.title import _deed_after_virtue, lead_title

LEAD = (
    "本网讯 在“某某”爱心慈善日期间，全州某系统干部职工、社会各界别委员和友好省市某会及企业"
    "积极弘扬“慈心为人、善举济世、乐善互助”的中华传统美德，携手推进“乐善之州”建设，"
    "积极参与爱心帮扶活动，踊跃捐款奉献爱心。\n自活动开展以来，全州干部职工积极响应。"
)


def test_a_virtue_upheld_before_the_deed_gives_the_deed():
    title = lead_title(LEAD)
    assert title.endswith("踊跃捐款奉献爱心")
    assert "…" not in title and "弘扬" not in title


def test_the_subject_and_the_last_clause_make_the_title():
    texts = ["某局干部职工大力发扬某某精神", "积极投身某某工作", "义务清扫街道"]
    title = _deed_after_virtue("某局干部职工大力发扬某某精神", texts, 0)
    assert title == "某局干部职工义务清扫街道"


def test_a_long_virtue_in_quotes_no_longer_cuts_the_title():
    # the sentence of tests/test_titles45.py's cut, now said by its deed
    text = (
        "11月2日，全县机关干部职工、各界别政协委员和驻县单位及有关企业干部积极践行"
        "“扶危济困、崇德向善、守望相助、邻里互帮”的传统美德，踊跃参加捐款活动。\n"
    )
    title = lead_title(text)
    assert title == "全县机关干部职工、各界别政协委员和驻县单位及有关企业干部踊跃参加捐款活动"


# Guards: what must not change.


def test_a_clause_naming_its_own_doer_keeps_the_title():
    texts = ["某局干部职工发扬某某精神", "县长甲乙为志愿者授旗"]
    title = "某局干部职工发扬某某精神"
    assert _deed_after_virtue(title, texts, 0) == title


def test_a_virtue_without_a_deed_after_keeps_the_title():
    texts = ["某局干部职工发扬某某精神"]
    assert _deed_after_virtue("某局干部职工发扬某某精神", texts, 0) == "某局干部职工发扬某某精神"


def test_a_deed_that_is_no_virtue_keeps_the_title():
    texts = ["县长甲乙检查某某工作", "并召开座谈会"]
    assert _deed_after_virtue("县长甲乙检查某某工作", texts, 0) == "县长甲乙检查某某工作"
