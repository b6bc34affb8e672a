"""A party led out and the hour it went somewhere in the next clause (镇长甲乙率领各课室主管，
8时30分至某宫参拜…): the title goes on to where it went and what it did there, without
the hour, 至 said 到 as headlines say it (invented sentences)."""

from public_records.extract.title import derive_title


def test_led_party_then_hour_and_zhi():
    text = "今（30）日某镇镇长甲乙率领各课室主管，8时30分至某宫参香祈福。"
    assert derive_title(text) == "某镇镇长甲乙率领各课室主管到某宫参香祈福"


def test_led_party_then_morning_hour():
    text = "今日某乡乡长甲乙率领公所同仁，上午9时至某村关心独居长者。"
    assert derive_title(text) == "某乡乡长甲乙率领公所同仁到某村关心独居长者"


def test_hour_with_dao_is_left_out():
    text = "5月3日，县长甲乙带领各局负责人，9时30分到某镇检查安全生产工作。"
    assert derive_title(text) == "县长甲乙到某镇检查安全生产工作"


def test_guard_no_hour_unchanged():
    text = "5月3日，县长甲乙带领各局负责人，深入某镇检查安全生产工作。"
    assert derive_title(text) == "县长甲乙深入某镇检查安全生产工作"


def test_guard_zhi_of_a_span_is_no_going():
    text = "5月3日，某县召开防汛工作会议，至今已连续召开三次。"
    assert derive_title(text) == "某县召开防汛工作会议"
