"""Titles round 30 (issue 18): invented sentences, each failing before its rule."""

from public_records.extract.title import lead_title


def test_own_place_at_a_spot_says_the_deed_not_the_roster_after_it():
    # 我县在某会议室召开…: the report's own place and the spot where it met are the news;
    # the next sentence, only who attended, is no title
    lead = (
        "3月9日，我县在县行政中心二楼会议室召开防汛工作联席会。"
        "县领导甲乙、丙丁、戊己出席，县直各单位负责人参加。"
    )
    assert lead_title(lead) == "我县召开防汛工作联席会"


def test_own_place_at_a_square_holds_its_event():
    lead = "5月20日，我区在人民广场举办科技活动周启动仪式。区领导甲乙、丙丁等出席。"
    assert lead_title(lead).endswith("举办科技活动周启动仪式")


def test_own_place_under_a_frame_still_leads_into_the_deed():
    # 在…统一部署下 is a setting, not a spot: the own place stays the deed's subject
    lead = "近日，我县在县委的统一部署下，全面开展节前安全生产大检查。"
    assert lead_title(lead) == "我县全面开展节前安全生产大检查"
