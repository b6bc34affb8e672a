"""A photo's caption above a report is neither its headline nor its lead (issue 18,
titles, round 8): a caption places its people (甲乙（左）与丙丁（右）…, 甲乙（中）率…) or
ends with the picture's credit (…。图：市府提供). The sentences are invented."""

from public_records.extract.title import derive_title


def test_a_caption_placing_its_people_left_and_right_is_not_the_headline():
    text = (
        "某县人大主任甲乙（左）向某某县人大主任丙丁（右）移交轮值牌\n"
        "活动现场\n"
        "3月8日下午，某某流域县人大协作会第12次会议在某县闭幕，县领导甲乙、"
        "戊己等出席会议，来自三个省的60多位代表到会。\n"
        "会上，6个县区人大作了经验介绍。"
    )
    assert derive_title(text) == "某某流域县人大协作会第12次会议闭幕"


def test_a_caption_placing_its_person_in_the_middle_is_not_the_lead():
    text = (
        "某县长甲乙（中）带领副县长丙丁及县府各局处首长向乡亲贺岁，祝大家平安！\n"
        "5日春节后上班首日，某县各机关迎春联欢会在县府礼堂举行，县长甲乙致词，"
        "勉励同仁新年再接再厉。"
    )
    assert derive_title(text) == "某县各机关迎春联欢会举行"


def test_a_row_ending_with_the_pictures_credit_is_a_caption():
    text = (
        "某县长甲乙盼新任议会党团召集人丙丁与县府同心协力，推动地方建设。图：县府提供\n"
        "某县长甲乙今日上午参加某党某县议会党团召集人交接仪式。甲乙表示，县府"
        "愿与各党团保持密切沟通。"
    )
    assert derive_title(text) == "某县长甲乙参加某党某县议会党团召集人交接仪式"


def test_a_lead_holding_a_place_word_in_brackets_is_still_the_lead():
    text = (
        "5月6日，某县召开中心城区（东区）建设推进会，县长甲乙出席。会议要求加快进度。\n"
        "会上，各单位汇报了工作进展。"
    )
    assert derive_title(text) == "某县召开中心城区（东区）建设推进会"


def test_a_clause_broken_off_a_caption_is_no_headline():
    text = (
        "某市议会议长甲乙请市府主任秘书丙丁（后排右）走上发言台，\n"
        "，一直站在市长戊己（前排左）身边代为回答询问，\n"
        "，引来非议，\n"
        "，开了先例。 记者庚辛/摄影 某市议会今天举行市政总质询，议长甲乙请主任秘书丙丁"
        "走上发言台，多名议员当场表示不满。"
    )
    assert derive_title(text) == "某市议会议长甲乙请市府主任秘书丙丁走上发言台"
