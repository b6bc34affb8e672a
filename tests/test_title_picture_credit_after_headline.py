"""A headline that is also its photo's caption, the picture's credit printed after it behind
spaces or behind the mark a mirror prints for a space it could not copy (`…动员部署会？
某县文明办供图`): the credit is no part of the headline (invented sentences)."""

from public_records.extract.title import _without_source_tail, derive_title

LEAD = "8月7日，某县召开创建文明县城动员部署会。县领导甲乙、丙丁出席，相关单位负责人参加会议。"


def test_credit_after_a_copied_mark():
    text = "某县召开创建文明县城动员部署会？ 某县文明办供图\n" + LEAD
    assert derive_title(text) == "某县召开创建文明县城动员部署会"


def test_credit_after_a_damage_mark():
    text = "某县召开创建文明县城动员部署会〓某县文明办供图\n" + LEAD
    assert derive_title(text) == "某县召开创建文明县城动员部署会"


def test_photographer_after_spaces():
    text = "某县召开创建文明县城动员部署会  记者戊己摄\n" + LEAD
    assert derive_title(text) == "某县召开创建文明县城动员部署会"


def test_traditional_credit():
    text = (
        "某縣召開創建文明縣城動員部署會? 某縣文明辦供圖\n"
        "8月7日，某縣召開創建文明縣城動員部署會。縣領導甲乙出席。"
    )
    assert derive_title(text) == "某縣召開創建文明縣城動員部署會"


def test_guard_headline_without_credit_unchanged():
    text = "某县召开创建文明县城动员部署会\n" + LEAD
    assert derive_title(text) == "某县召开创建文明县城动员部署会"


def test_guard_a_deed_after_spaces_stays():
    assert _without_source_tail("某县召开会议 县长甲乙作报告") == "某县召开会议 县长甲乙作报告"


def test_guard_a_credit_word_inside_the_headline_stays():
    headline = "某县摄影家协会举办乡村振兴主题摄影展"
    assert _without_source_tail(headline) == headline
