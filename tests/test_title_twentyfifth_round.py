"""Issue 18, round 25: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title
from public_records.ingest.process import process
from public_records.model import Record


def title_of(raw: str) -> str:
    return process(Record("x", "x.txt", "0", "utf-8", raw)).title_hans


def test_headline_broken_at_a_blank_row_keeps_its_first_line():
    # the first line names who, the second (after a blank row) says what with no subject:
    # one headline, the first line no banner
    raw = (
        "县领导轻车简从\n\n直奔工地察看防汛准备\n\n"
        "6月3日，县委常委、副县长甲乙带队，采取随机抽查的方式，察看某某水库防汛准备工作。\n"
        "甲乙一行先后来到某某水库、某某泵站，察看防汛物资储备情况。\n"
    )
    assert title_of(raw) == "县领导轻车简从 直奔工地察看防汛准备"


_LEAD = (
    "6月3日，县委常委、副县长甲乙带队，采取随机抽查的方式，察看某某水库防汛准备工作。\n"
    "甲乙一行先后来到某某水库、某某泵站，察看防汛物资储备情况。\n"
)


def test_a_column_name_above_a_headline_stays_a_banner():
    # guard: a column's name (…活动) above a headline with no subject is still cut
    assert title_of("县领导活动\n\n直奔工地察看防汛准备\n\n" + _LEAD) == "直奔工地察看防汛准备"


def test_a_line_above_a_headline_with_its_own_subject_is_no_first_line():
    # guard: the headline names its own doer, so the line above is not its first line
    raw = "县领导轻车简从\n\n副县长甲乙察看防汛准备\n\n" + _LEAD
    assert title_of(raw) == "副县长甲乙察看防汛准备"


def test_a_task_group_led_somewhere_goes_on_to_the_deed():
    # 率检查组来我区，就…进行执法检查: 检查组 is the party led, no deed of its own
    text = "4月2日，市人大常委会副主任甲乙率检查组来我区，就某某条例实施情况进行执法检查。"
    want = "市人大常委会副主任甲乙率检查组来我区就某某条例实施情况进行执法检查"
    assert derive_title(text) == want


def test_taiwan_day_in_han_numerals_is_left_out():
    text = "某某县政府二十日召开年度第三次县务会议，各乡镇长列席会议。"
    assert derive_title(text) == "某某县政府召开年度第三次县务会议"


def test_taiwan_day_in_han_numerals_with_time_of_day():
    text = "县长甲乙十六日下午前往某某乡视察排水改善工程，乡长丙丁陪同。"
    assert derive_title(text) == "县长甲乙前往某某乡视察排水改善工程"


def test_a_count_of_days_in_han_numerals_stays():
    text = "某某乡公所举办连续三日的农产品展售活动，乡长甲乙到场致辞。"
    assert "三日" in derive_title(text)


def test_places_before_a_deed_with_no_object_are_said_by_two_and_deng_di():
    # three schools, no 等, then only 开展调研: where they went is what the visit was about
    text = "11月3日，副区长甲乙到东关小学、西关小学、南关小学开展调研，了解校园安全工作。"
    assert derive_title(text) == "副区长甲乙到东关小学、西关小学等地开展调研"


def test_places_before_a_deed_with_its_object_still_go():
    # guard: the deed says what it was about, so the places are left out as before
    text = "11月3日，副区长甲乙到东关小学、西关小学、南关小学调研校园安全工作。"
    assert derive_title(text) == "副区长甲乙调研校园安全工作"
