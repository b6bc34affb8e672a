"""A lead that opens with a cause (因某工程征地尚未完成) and its effect in the next clause
(影响某项目投产) before the news (某部门收到督查通报): the news is the title, not the effect
(invented sentences)."""

from public_records.extract.title import derive_title


def test_cause_and_effect_then_the_news():
    text = (
        "昨日，因某变电站线路走廊的征地工作尚未完成，影响某某新材料项目投产，"
        "某区一区直部门收到区效能办发来的督查情况通报和整改通知书。"
    )
    assert derive_title(text) == "某区一区直部门收到区效能办发来的督查情况通报和整改通知书"


def test_cause_and_severe_effect():
    text = "因某路段征迁工作滞后，严重影响某某大道通车，某县效能办向有关部门发出督查通报。"
    assert derive_title(text) == "某县效能办向有关部门发出督查通报"


def test_guard_therefore_is_no_cause():
    text = "5月3日，某县召开防汛工作会议，影响深远。"
    assert derive_title(text) == "某县召开防汛工作会议"


def test_guard_cause_before_a_deed_unchanged():
    text = "5月3日，因连日降雨，导致某镇道路塌方，县长甲乙赶赴现场指挥抢险。"
    assert derive_title(text) == "县长甲乙赶赴现场指挥抢险"
