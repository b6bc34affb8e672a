"""Round titles42 (issue 18): a led party's title that drops what it did where it went.

A party led to a place (带领某检查组来我市，) then says what it did there with its topic first
(就…情况开展监督检查): the title went on to no deed, or ran past MAX_CHARS and was cut inside the
topic. The topic said with 就/围绕/针对 before the deed's light verb is left out of a title too
long with it, so the title says who went where and what they did. Invented sentences.
"""

from public_records.extract.title import _TOPIC_BEFORE_DEED, MAX_CHARS, derive_title


def test_led_party_movement_goes_on_to_its_deed_without_the_topic():
    lead = (
        "9月3日至4日，某省人大常委会副主任甲乙带领某省人大常委会第二执法检查组来我市，"
        "就《某省某某条例》和《某省某某办法》宣传贯彻落实情况开展监督检查。\n市长丙丁出席汇报会。"
    )
    assert derive_title(lead) == (
        "某省人大常委会副主任甲乙带领某省人大常委会第二执法检查组来我市开展监督检查"
    )


def test_too_long_title_says_its_deed_without_the_topic_not_cut_inside_it():
    lead = (
        "6月8日，市人大常委会副主任甲乙带领由部分常委会委员、专门委员会组成人员和专家组成的"
        "执法检查组到某某县，就某某法、某某条例和某某办法在我市各县区的贯彻实施情况开展执法检查。"
        "\n检查组听取了汇报。"
    )
    title = derive_title(lead)
    assert title == "市人大常委会副主任甲乙带领执法检查组到某某县开展执法检查"
    assert len(title) <= MAX_CHARS


def test_a_topic_that_fits_stays():
    lead = (
        "5月6日，县政协主席甲乙率调研组来某镇，围绕特色产业发展和群众增收问题进行专题调研。"
        "\n调研组实地察看了基地。"
    )
    assert derive_title(lead) == (
        "县政协主席甲乙率调研组来某镇围绕特色产业发展和群众增收问题进行专题调研"
    )


def test_jiu_inside_a_word_opens_no_topic():
    assert _TOPIC_BEFORE_DEED.search("调研促进就业工作情况开展座谈") is None
    assert _TOPIC_BEFORE_DEED.search("总结成就工作情况进行表彰") is None
    assert _TOPIC_BEFORE_DEED.search("，就就业工作情况开展调研") is not None
