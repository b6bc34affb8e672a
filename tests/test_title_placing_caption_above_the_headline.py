"""Round titles50 (issue 18): a page may print a photo's caption that places its people
(`甲乙（中）主持…，由丙丁（左）将印信交接给戊己（右）。`) above its headline. The caption is
no lead: the headline under it is still the page's headline, and the title. A lead that
opens the text, or a caption with no headline under it, is read as before. Invented
sentences."""

from public_records.extract.title import derive_title_with_evidence

CAPTION = (
    "某某主席甲乙（中）主持某某会第七届议长布达典礼，"
    "由代理议长丙丁（左）将印信交接给新任议长戊己（右）。"
)
LEAD = (
    "某某主席甲乙代表某某院长，21日上午11时于某某会议事堂主持「某某会第七届议长布达典礼」。"
    "由代理议长丙丁将印信交接给新任议长戊己。\n"
    "甲乙致词时表示，戊己议长曾担任某县县长，为民喉舌。\n"
)


def test_the_headline_under_a_placing_caption_is_the_title():
    text = CAPTION + "\n\n第七届某某会议长布达 前某县长戊己接棒\n\n" + LEAD
    assert derive_title_with_evidence(text) == (
        "第七届某某会议长布达 前某县长戊己接棒",
        "page headline",
    )


# Guards: what must not change.


def test_a_placing_caption_with_no_headline_under_it_gives_no_headline():
    text = CAPTION + "\n" + LEAD
    assert derive_title_with_evidence(text)[1] == "lead sentence"


def test_a_lead_above_a_short_line_is_still_the_lead():
    text = (
        "5月6日，县长甲乙主持某某典礼，将印信交给新任局长戊己。\n"
        "某局长交接\n"
        "戊己表示，将全力推动局务。\n"
    )
    assert derive_title_with_evidence(text)[1] == "lead sentence"
