"""Round titles44 (issue 18): what a reader rejects as a report's title. A list of other
stories' headlines above the report's own headline (a site's latest news) is no title: the
headline is the row right above the lead, which the lead repeats; a wire's dateline on a row
of its own under the headline is no more of the headline; a caption ending with the credit of
a copied picture (／翻摄照片) is no lead; a caption that places people in the picture with a
note (（左一甲乙馆长）) is no headline, nor its words printed again under it; a page title that
only names a place the page's own headline names is not preferred to that headline; a
delegation that names its place itself is not given the place twice. Invented sentences."""

from public_records.extract.title import derive_title, derive_title_with_evidence

# a list of other stories' headlines above the report's own


def test_the_headline_right_above_the_lead_closes_a_list_of_other_headlines():
    text = (
        "某部长赴机场迎接返国民众 持续协助民众返乡\n"
        "某市食品亮相海外展会 展现品牌实力\n"
        "某部正式公告禁止饲养多种危险动物\n"
        "改善办公环境 某乡公所新建大楼动土\n"
        "某县某乡公所（12）日上午举办新建大楼动土典礼，由县长甲乙主持，乡长丙丁出席。\n"
        "某乡公所旧办公大楼已使用五十年，设施老旧。\n"
    )
    assert derive_title_with_evidence(text) == (
        "改善办公环境 某乡公所新建大楼动土",
        "page headline",
    )


def test_a_headline_alone_above_its_lead_is_still_found():  # guard
    text = "某乡公所新建大楼动土\n某县某乡公所12日上午举办新建大楼动土典礼，由县长甲乙主持。\n"
    assert derive_title(text) == "某乡公所新建大楼动土"


def test_rows_the_lead_repeats_are_no_list_of_other_stories():  # guard
    text = (
        "某县召开安全生产工作会议\n"
        "部署节前安全生产大检查\n"
        "县长甲乙出席会议并讲话\n"
        "5月6日，某县召开安全生产工作会议，部署节前安全生产大检查，县长甲乙出席会议并讲话。\n"
    )
    assert derive_title(text).startswith("某县召开安全生产工作会议")


# a wire's dateline on a row of its own


def test_a_dateline_row_under_the_headline_is_no_part_of_it():
    text = (
        "某市长将率团访问某国 府会齐步拚外交\n"
        "某某社／ 某北25日电\n"
        "某市长甲乙任期年底届满，市府证实，甲乙3月中旬将与议长丙丁率团访问某国。\n"
    )
    assert derive_title(text) == "某市长将率团访问某国 府会齐步拚外交"


def test_a_headline_broken_over_lines_is_still_joined():  # guard
    text = (
        "政协某某县第十届委员会\n"
        "第一次会议闭幕\n"
        "12月17日，政协某某县第十届委员会第一次会议闭幕，主席甲乙主持。\n"
    )
    assert derive_title(text) == "政协某某县第十届委员会 第一次会议闭幕"


# a caption closed by the credit of a copied picture


def test_a_caption_ending_with_a_copied_pictures_credit_is_no_lead():
    text = (
        "某县某乡公所今天举行新建行政大楼落成启用典礼／翻摄照片\n"
        "为提升基层服务品质，某县某乡公所今日上午举行新建行政大楼落成启用典礼，"
        "副县长甲乙、乡长丙丁共同剪彩。\n"
        "乡长丙丁表示，感谢县府协助。\n"
    )
    title = derive_title(text)
    assert "翻摄" not in title
    assert title == "某县某乡公所举行新建行政大楼落成启用典礼"


# a caption placing people in the picture, and its words printed again


def test_a_caption_with_a_placing_note_and_its_words_again_are_no_headline():
    text = (
        "市领导在某某酒器博物馆（左一甲乙馆长）\n"
        "市领导在某某酒器博物馆\n"
        "2019年7月30日下午，某市人大常委会副主任丙丁一行对某县博物馆建设工作进行专项调研。"
        "县领导戊己陪同调研。\n"
    )
    title = derive_title(text)
    assert "丙丁" in title and "左一" not in title


def test_a_headline_with_a_place_in_brackets_is_kept():  # guard
    text = (
        "某区召开中心城区（东区）建设推进会\n"
        "5月6日，某区召开中心城区（东区）建设推进会，区长甲乙出席。\n"
    )
    assert derive_title(text) == "某区召开中心城区（东区）建设推进会"


# a page title that only names a place


def test_a_page_title_that_only_names_a_place_yields_to_the_own_headline():
    text = (
        "某乡走进某某县博物馆参观调研\n"
        "7月8日，某乡党委委员甲乙一行赴某某县博物馆参观调研，某某县总工会主席丙丁陪同参观。\n"
    )
    assert derive_title_with_evidence(text, page_title="某某县博物馆") == (
        "某乡走进某某县博物馆参观调研",
        "page headline",
    )


def test_a_page_title_that_says_the_deed_is_kept():  # guard
    text = "某县召开会议\n5月6日，某县召开全县工作会议，县长甲乙出席。\n"
    assert derive_title_with_evidence(text, page_title="某县召开全县工作会议") == (
        "某县召开全县工作会议",
        "page headline",
    )


# a delegation that names its place itself


def test_a_delegation_that_names_its_place_is_not_given_it_twice():
    text = (
        "5月26日，某河县委书记甲乙带领某河党政考察团来我县参观考察，县委书记丙丁陪同。\n"
        "考察团先后到某集团参观考察。\n"
    )
    assert derive_title(text) == "某河党政考察团来我县参观考察"


def test_a_delegation_without_its_place_is_named_by_the_officials():  # guard
    text = (
        "5月26日，某河县委书记甲乙带领党政考察团来我县参观考察，县委书记丙丁陪同。\n"
        "考察团先后到某集团参观考察。\n"
    )
    assert derive_title(text) == "某河县党政考察团来我县参观考察"
