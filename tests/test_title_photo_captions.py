"""A photo's caption above a report is neither its headline nor its lead (issue 18,
titles, round 8): a caption places its people (甲乙（左）与丙丁（右）…, 甲乙（中）率…) or
ends with the picture's credit (…。图：市府提供)."""

from public_records.extract.title import derive_title


def test_a_caption_placing_its_people_left_and_right_is_not_the_headline():
    text = (
        "某县政协主席甲乙（左）与某某县政协主席丙丁（右）交接联系会主办权\n"
        "会议现场\n"
        "11月21日上午，某某边区县政协工作联系会第31次全体会议在某县闭幕，县领导甲乙、"
        "戊己等出席会议，来自四省市的180多位代表参加会议。\n"
        "会上，10个县市区政协进行了交流发言。"
    )
    assert derive_title(text) == "某某边区县政协工作联系会第31次全体会议闭幕"


def test_a_caption_placing_its_person_in_the_middle_is_not_the_lead():
    text = (
        "某市长甲乙（中）率副市长丙丁及市府一级机关首长向市民拜晚年，祝市政昌隆！\n"
        "30日新春开工首日，某市各界新春联合团拜在市政大楼举行，市长甲乙致词，"
        "感谢市府同仁一年来的辛劳。"
    )
    assert derive_title(text) == "某市各界新春联合团拜举行"


def test_a_row_ending_with_the_pictures_credit_is_a_caption():
    text = (
        "某市长甲乙期许新任党团总召丙丁与市府持续紧密合作，共同为某市未来努力。图：市府提供\n"
        "某市长甲乙今日下午出席某党某市议会党团总召暨干部交接典礼。甲乙表示，议会"
        "不分党派，长期与市府建立良好沟通机制。"
    )
    assert derive_title(text) == "某市长甲乙出席某党某市议会党团总召暨干部交接典礼"


def test_a_lead_holding_a_place_word_in_brackets_is_still_the_lead():
    text = (
        "5月6日，某县召开中心城区（东区）建设推进会，县长甲乙出席。会议要求加快进度。\n"
        "会上，各单位汇报了工作进展。"
    )
    assert derive_title(text) == "某县召开中心城区（东区）建设推进会"


def test_a_clause_broken_off_a_caption_is_no_headline():
    text = (
        "某县议会议长甲乙要县府秘书长丙丁（前排左）上报告台，\n"
        "，全程坐在县长戊己（前排右）旁帮忙答复质询，\n"
        "，挨轰不合体制，\n"
        "，创下恶例。 记者庚辛/摄影 某县议会昨日举行县长施政总质询，议长甲乙要秘书长丙丁"
        "上报告台，有议员当场抗议。"
    )
    assert derive_title(text) == "某县议会议长甲乙要县府秘书长丙丁上报告台"
