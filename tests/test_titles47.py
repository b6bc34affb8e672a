"""Round titles47 (issue 18): which sentence or clause a derived title is made from.
A clause of time or occasion between the subject and its deed (某区领导班子成员，在七一来临
之际，分赴各村…) is passed over, so the subject reaches its deed; a later sentence that
opens with its purpose and then its day (为提高…，5月22日上午，某市人大常委会举行…) is the
dated news when the first sentence says nothing done; companions said with 偕同 between the
subject and the deed are left out as an escort is; 访视 (Taiwan's home visit) is a deed.
Invented sentences."""

from public_records.extract.title import derive_title


def test_an_occasion_clause_between_the_subject_and_its_deed_is_passed_over():
    text = "6月1日，某区领导班子成员，在端午节来临之际，分赴各村慰问困难群众，送去节日问候。\n"
    assert derive_title(text) == "某区领导班子成员分赴各村慰问困难群众"


def test_an_eve_clause_between_a_body_and_its_deed_is_passed_over():
    text = "某镇机关干部，春节前夕，深入各村走访慰问困难党员。\n"
    assert derive_title(text) == "某镇机关干部深入各村走访慰问困难党员"


def test_a_sentence_with_its_day_after_its_purpose_is_the_dated_news():
    text = (
        "今年是某市新一届代表履职的第一年。为提高代表履职能力，3月5日上午，"
        "某市人大常委会举行新任代表培训班开班仪式，对80名代表进行培训。"
        "某市人大常委会副主任甲乙出席开班仪式。\n"
    )
    assert derive_title(text) == "某市人大常委会举行新任代表培训班开班仪式"


def test_companions_said_with_xietong_are_left_out():
    text = (
        "某乡公所持续落实社福关怀。乡长甲乙偕同村长丙丁及公所团队，"
        "前往某村独居长者家中关怀访视，送上慰问金。\n"
    )
    assert derive_title(text) == "乡长甲乙前往某村独居长者家中关怀访视"


def test_a_home_visit_is_a_deed():
    text = "县长甲乙带领社会处同仁，前往某村弱势家庭访视，致赠慰问金。\n"
    assert "访视" in derive_title(text)


# Guards: what must not change.


def test_a_clause_after_the_occasion_that_names_its_own_doer_keeps_it():
    text = "5月4日，在青年节来临之际，县委书记甲乙到某中学看望师生。\n"
    assert derive_title(text) == "县委书记甲乙到某中学看望师生"


def test_xietong_with_a_deed_in_its_own_clause_stays():
    text = "县长甲乙偕同夫人出席某乡迎新晚会，致词祝贺。\n"
    assert "偕同夫人" in derive_title(text)


def test_a_dated_first_sentence_keeps_its_news():
    text = "3月5日上午，某县召开安全生产工作会议。为落实责任，3月6日，副县长甲乙带队检查企业。\n"
    assert derive_title(text) == "某县召开安全生产工作会议"
