"""Issue 18, titles round 9: headline choices made on the development parts' misses, each
checked on invented pages (no real page's sentence or name)."""

from public_records.ingest.process import process
from public_records.model import Record


def _record(text: str) -> Record:
    return Record("t", "t.txt", "", "utf-8", text)


def test_a_title_field_below_the_report_gives_the_headline():
    # a reprint names the original headline in a field the furniture step cuts
    text = (
        "近日，市长甲乙带队先后到东山县、西河区，就项目建设等工作开展调研。\n"
        "甲乙强调，要狠抓落实。\n"
        "原标题：市长甲乙到东山县西河区调研时强调 狠抓落实推动发展\n"
    )
    record = process(_record(text))
    assert (record.title_hans, record.title_evidence) == (
        "市长甲乙到东山县西河区调研时强调 狠抓落实推动发展",
        "page headline",
    )
    assert "原标题" not in record.text_hans


def test_a_quoted_title_field_gives_the_headline_without_its_quotes():
    text = (
        "记者丙丁报道，为做好防火工作，某乡积极行动，确保防火工作得到落实。\n"
        "该乡召开了专题会议，作出了全面安排。\n"
        "标题：“某乡多措并举做好防火工作”\n"
    )
    assert process(_record(text)).title_hans == "某乡多措并举做好防火工作"


def test_a_headline_above_the_lead_wins_over_a_title_field():
    text = (
        "县政协召开九届常委会议\n"
        "5月6日上午，县政协召开九届常委会议，县政协主席王五主持会议并讲话。\n"
        "原标题：县政协九届常委会议召开\n"
    )
    assert process(_record(text)).title_hans == "县政协召开九届常委会议"


def test_a_leader_without_object_goes_on_past_the_people_along_to_the_deed():
    from public_records.extract.title import lead_title

    lead = (
        "9月8日，西岭县某乡党委副书记和副乡长率队，几名乡人大代表、驻村干部，分成三路，"
        "对9个村秋粮收购进度逐一察看。"
    )
    assert lead_title(lead) == "西岭县某乡党委副书记和副乡长率队对9个村秋粮收购进度逐一察看"


def test_a_line_naming_who_went_along_ends_the_headline():
    from public_records.extract.title import derive_title

    text = (
        "某某到某市检查防汛备汛工作\n"
        "甲乙陪同 丙丁介绍有关情况\n"
        "本报讯 6月3日，副省长某某率检查组到某市检查防汛备汛工作，并召开座谈会。\n"
    )
    assert derive_title(text) == "某某到某市检查防汛备汛工作"


def test_a_picture_credit_under_the_headline_is_not_part_of_it():
    from public_records.extract.title import derive_title

    text = (
        "某队协助县长察看水情 掌握积水状况\n"
        "某某消防队提供\n"
        "豪雨袭北部，某县多处低洼地区积水，县长甲乙今日在某队队长陪同下察看水情，了解灾况。\n"
    )
    assert derive_title(text) == "某队协助县长察看水情 掌握积水状况"


def test_a_caption_with_its_picture_credit_glued_before_the_lead_is_its_own_sentence():
    from public_records.extract.title import lead_title

    row = (
        "县长甲乙今天到北乡及南乡察看渔港防汛准备/某县府提供 豪雨今明两天最集中，"
        "为降低损失，县长甲乙今天到北乡了解情况。"
    )
    assert lead_title(row) == "县长甲乙到北乡及南乡察看渔港防汛准备"


def test_a_damage_mark_after_the_verb_ends_the_clause():
    from public_records.extract.title import lead_title

    row = (
        "本台讯 6月2日上午，某区某届政协某次会议预备会议在区政协机关会议厅召开〓"
        "政协主席甲乙，副主席丙丁出席。"
    )
    assert lead_title(row) == "某区某届政协某次会议预备会议召开"


def test_a_site_name_and_bar_before_the_headline_are_dropped():
    from public_records.extract.title import derive_title

    row = "东川新闻丨甲乙在督办防汛工作时强调：紧盯关键环节，压紧压实各方责任"
    lead = "（记者 丙丁）8月4日上午，县委书记甲乙检查督办防汛工作。他强调，要紧盯关键环节。"
    assert derive_title(row + "\n" + lead) == (
        "甲乙在督办防汛工作时强调：紧盯关键环节，压紧压实各方责任"
    )
    other = "5月6日上午，县政协召开九届常委会议，县政协主席王五主持会议并讲话。"
    assert derive_title("某某网|县政协召开九届常委会议\n" + other) == "县政协召开九届常委会议"


def test_a_delegation_led_by_officials_named_with_its_own_place_is_not_placed_twice():
    from public_records.extract.title import lead_title

    lead = "6月24日，某水市委书记甲乙、市长丙丁率领的某水市党政代表团一行到新区考察调研。"
    assert lead_title(lead) == "某水市党政代表团到新区考察调研"


def test_a_phrase_praising_or_introducing_the_subject_is_left_out():
    from public_records.extract.title import lead_title

    lead = "2月3日上午，万众瞩目的政协第九届某某县委员会第三次会议在县会堂隆重开幕。"
    assert lead_title(lead) == "政协第九届某某县委员会第三次会议隆重开幕"
    lead = "3月2日，新选出的某镇九届人大三次会议主席团召开会议，推选常务主席。"
    assert lead_title(lead) == "某镇九届人大三次会议主席团召开会议"
    lead = "1月5日，参加某县政协会议的委员们陆续到驻地报到。"
    assert lead_title(lead) == "参加某县政协会议的委员们陆续到驻地报到"


def test_the_chairs_verb_stays_when_the_venue_is_left_out():
    from public_records.extract.title import lead_title

    lead = "1月5日，区人大常委会主任甲乙在区政府二楼会议室主持召开区人大常委会第六次会议。"
    assert lead_title(lead) == "区人大常委会主任甲乙主持召开区人大常委会第六次会议"
    lead = "1月5日，区人大常委会第六次会议在区政府二楼会议室召开。"
    assert lead_title(lead) == "区人大常委会第六次会议召开"


def test_a_lead_of_scene_clauses_ending_with_a_stray_comma_still_gives_a_title():
    from public_records.extract.title import derive_title

    text = "某某网讯 6月29日，，在某镇某村整治现场，，群众扫的扫，，一派热火朝天的场面，。\n"
    assert derive_title(text) == "一派热火朝天的场面"


def test_a_topic_clause_after_the_person_gives_the_person_to_the_next_verb():
    from public_records.extract.title import lead_title

    lead = (
        "1月8日，市长甲乙就即将提请市人代会审议的《政府工作报告》，"
        "到市人大常委会听取人大代表的意见建议。"
    )
    assert lead_title(lead) == "市长甲乙到市人大常委会听取人大代表的意见建议"


def test_a_purpose_clause_naming_social_work_is_not_the_subject():
    from public_records.extract.title import lead_title

    lead = (
        "7月2日，为落实县社会事业推进会议部署，推动社区社会事业各项工作提质增效，"
        "西湖社区召开了社会事业工作推进会。"
    )
    assert lead_title(lead) == "西湖社区召开社会事业工作推进会"


def test_a_government_named_before_its_means_clause_stays_the_subject():
    from public_records.extract.title import lead_title

    lead = "农历春节到了，某县政府结合地区社会资源，由县长甲乙率同仁到各乡镇送年菜。"
    assert lead_title(lead).startswith("某县政府")


def test_a_headline_with_its_sub_headlines_as_long_as_a_body_line_is_the_headline():
    from public_records.extract.title import derive_title

    headline = (
        "甲乙参加县人大某次会议某代表团审议时强调 守牢生态底线 壮大特色产业 "
        "为建设美丽宜居的现代化新城多作贡献"
    )
    lead = (
        "1月10日，县长甲乙参加县人大某次会议某代表团审议。甲乙强调，要守牢生态底线，壮大特色产业。"
    )
    assert derive_title(headline + "\n" + lead) == headline


def test_the_chair_after_a_meeting_is_said_as_headlines_say_it():
    from public_records.extract.title import lead_title

    lead = "某县政府今（3）日召开第1次县务会议，由县长甲乙主持，各局处首长出席。"
    assert lead_title(lead) == "某县政府召开第1次县务会议 县长甲乙主持"


def test_the_headline_printed_again_under_the_share_bar_gives_the_title():
    text = (
        "（记者甲乙/某岛报导）豪雨过后，某岛县长丙丁3日下午到北港、南湾两乡察看水情，"
        "对农户作物受损十分关切，并要求农业单位尽快查报。\n"
        "丙丁表示，农损统计完成后，县府会协助农户申请救助，减轻农民的负担。\n"
        "分享\n"
        "丙丁到北港、南湾察看水情 关切农户作物受损\n"
        "某市12里参加健康社区评选 盼全数入选\n"
    )
    record = process(_record(text))
    assert (record.title_hans, record.title_evidence) == (
        "丙丁到北港、南湾察看水情 关切农户作物受损",
        "page headline",
    )
    assert "健康社区" not in record.text_hans


def test_a_comma_a_copy_left_before_another_mark_does_not_break_the_clause():
    from public_records.extract.title import lead_title

    lead = (
        "本报讯（记者丙丁）10月27日、28日，，市委书记甲乙深入乡镇，、"
        "园区和重点项目现场进行实地调研。"
    )
    assert lead_title(lead) == "市委书记甲乙深入乡镇、园区和重点项目现场实地调研"


def test_the_care_an_official_brings_along_is_left_out():
    from public_records.extract.title import lead_title

    lead = "建党节来临之际，县委副书记、县长甲乙带着党和政府的关怀，走访慰问了老党员和困难党员。"
    assert lead_title(lead) == "县委副书记、县长甲乙走访慰问老党员和困难党员"


def test_a_visits_part_of_is_left_out():
    from public_records.extract.title import lead_title

    lead = "中秋前夕，县政协主席甲乙一行看望慰问了部分困难老党员，送去节日问候。"
    assert lead_title(lead) == "县政协主席甲乙一行看望慰问困难老党员"
    lead = "春节前夕，县政协主席甲乙组织部分委员视察重点项目。"
    assert lead_title(lead) == "县政协主席甲乙组织部分委员视察重点项目"


def test_the_maker_of_a_reviewed_report_and_a_careful_review_are_left_out():
    from public_records.extract.title import lead_title

    lead = (
        "3月2日，出席县某届人大某次会议的代表们分成5个团，认真审议县长甲乙所作的《政府工作报告》。"
    )
    assert lead_title(lead) == "县某届人大某次会议代表分团审议《政府工作报告》"


def test_the_length_of_an_inspection_does_not_keep_its_verb_after_the_object():
    from public_records.extract.title import lead_title

    lead = "5月9日至11日，市政府检查组在组长甲乙的带领下，对某区防汛工作进行了为期3天的检查。"
    assert lead_title(lead) == "市政府检查组检查某区防汛工作"


def test_who_makes_up_a_received_delegation_is_left_out():
    from public_records.extract.title import lead_title

    lead = "6月5日，省委书记甲乙在某市会见由某省企业主要负责人组成的某省企业家考察团。"
    assert lead_title(lead) == "省委书记甲乙在某市会见某省企业家考察团"


class _CountingText(str):
    """A clause that counts the pieces cut from it (each copies characters)."""

    cuts = 0

    def __getitem__(self, key):
        type(self).cuts += 1
        return str.__getitem__(self, key)


def test_a_topic_clause_is_checked_in_work_linear_in_its_length():
    from public_records.extract.title import _without_means

    # a topic with many verbs inside its 的-phrase: one look for 的, not one per verb
    clause = _CountingText("市长甲乙就" + "调研检查督导" * 200 + "的报告")
    _CountingText.cuts = 0
    assert _without_means(clause, "到某镇听取意见") == "市长甲乙到某镇听取意见"
    assert _CountingText.cuts <= 3


def test_a_long_line_without_marks_that_is_no_headline_still_ends_the_search_above_the_lead():
    from public_records.extract.title import page_headline

    text = (
        "记者 甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己 庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁\n"
        "县政协召开常委会议\n"
        "5月6日，县政协召开九届常委会议，主席王五主持。\n"
    )
    assert page_headline(text) == ""
