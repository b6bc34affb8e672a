"""Round titles48 (issue 18): what a title carries that is not the report's headline, and a
derived title taken from the wrong clause of the lead. A damage mark (〓) followed by a
sentence that only says who went along ends the headline or the lead's sentence there; a line
under a whole headline that is only an organ's name (the unit that sent the report in) is not
appended to it; a wire service's bracketed label with the hour it sent the release does not
open the title; a clause saying what a place is (where it lies, its people, its size) is no
subject of the deed after it, nor is 不到 (less than) a going somewhere; a group taken along
named with its organ before its task (带领省某委调研组) is who went, not the deed, so the title
goes on to what the group did. Invented sentences."""

from public_records.extract.title import derive_title, derive_title_with_evidence

# a mark and a sentence of who went along


def test_a_lead_sentence_ends_at_a_mark_before_who_went_along():
    text = (
        "3月5日，副县长张三到某镇调研春耕备耕工作〓农业农村局等部门负责人陪同。\n"
        "张三强调，要抓好春耕备耕。\n"
    )
    assert derive_title(text) == "副县长张三到某镇调研春耕备耕工作"


def test_a_lead_sentence_ends_at_a_mark_before_who_came_too():
    text = (
        "6月2日，某市政府副秘书长李四带领调研组来某县调研园区发展情况〓政府副县长王五一同调研。\n"
        "调研组一行先后来到某园区、某企业。\n"
    )
    assert derive_title(text) == "某市政府副秘书长李四带领调研组来某县调研园区发展情况"


def test_a_headline_run_on_past_a_mark_into_who_went_along_ends_at_the_mark():
    text = (
        "副县长张三调研春耕备耕工作〓农业农村局等部门负责人陪同\n"
        "3月5日，副县长张三到某镇调研春耕备耕工作，查看农资储备。\n"
        "张三强调，要抓好春耕备耕。\n"
    )
    assert derive_title_with_evidence(text) == ("副县长张三调研春耕备耕工作", "page headline")


def test_guard_a_mark_inside_a_word_is_no_sentence_end():
    text = "7月14日，全市绿色种植实验〓摩会与会领导来某镇观摩。\n观摩团一行来到某基地。\n"
    assert derive_title(text) == "全市绿色种植实验〓摩会与会领导来某镇观摩"
    text = "3月5日，县长张三到某乡〓局调研。\n张三强调，要抓好工作。\n"
    assert derive_title(text) == "县长张三到某乡〓局调研"


# an organ's name under the headline


def test_an_organ_line_under_a_whole_headline_is_not_appended():
    text = (
        "某县副县长张三调研春耕备耕工作\n某县农业农村局\n"
        "3月5日，某县副县长张三到某镇调研春耕备耕工作，查看农资储备。\n"
        "张三强调，要抓好春耕备耕。\n"
    )
    assert derive_title(text) == "某县副县长张三调研春耕备耕工作"


def test_an_organ_line_under_a_headline_ending_on_a_noun_verb_is_not_appended():
    text = (
        "某县开展安全生产大检查\n某县应急管理局\n"
        "3月5日，某县开展安全生产大检查，副县长李四带队检查某企业。\n"
    )
    assert derive_title(text) == "某县开展安全生产大检查"


def test_guard_a_headline_broken_before_its_object_goes_on():
    text = (
        "县长张三走访慰问\n县社会福利院\n3月5日，县长张三走访慰问县社会福利院老人，送去慰问品。\n"
    )
    assert derive_title(text) == "县长张三走访慰问 县社会福利院"


def test_guard_a_session_headline_broken_over_lines_stays_whole():
    text = (
        "中国人民政治协商会议\n第十届某某县委员会\n第一次会议闭幕\n"
        "12月17日，中国人民政治协商会议第十届某某县委员会第一次会议闭幕。\n"
    )
    assert derive_title(text) == "中国人民政治协商会议 第十届某某县委员会 第一次会议闭幕"


# a wire service's label


def test_a_wire_label_with_the_hour_it_was_sent_does_not_open_the_title():
    text = (
        "（某某社讯息服务20310730 16:27:49）某县县长张三今天率县府团队前往某乡视察某工程进度，"
        "并听取简报。\n张三表示，工程要如期完工。\n"
    )
    assert derive_title(text) == "某县县长张三率县府团队前往某乡视察某工程进度"


def test_guard_a_reporters_bracket_still_goes_as_before():
    text = "（记者 李四）3月5日，某县县长张三到某乡视察某工程进度。\n"
    assert derive_title(text) == "某县县长张三到某乡视察某工程进度"


# what a place is


def test_a_place_described_before_the_news_is_no_subject_of_it():
    text = (
        "某村位于某镇东部，全村共有农户320户、人口1200人，3月5日，某村举行文化广场项目奠基仪式，"
        "镇党委书记张三出席。\n"
    )
    assert derive_title(text) == "某村举行文化广场项目奠基仪式"


def test_less_than_is_no_going_somewhere():
    text = (
        "某乡是全县人口最少的乡，人口不到5千人，某活动中心新建工程今天举行动土典礼，"
        "县长张三到场致词。\n"
    )
    assert derive_title(text) == "某活动中心新建工程举行动土典礼"


def test_guard_a_visit_to_a_place_named_by_its_people_stays():
    text = "3月5日，县长张三到人口最多的某镇调研春耕工作。\n"
    assert derive_title(text) == "县长张三到人口最多的某镇调研春耕工作"


# a group taken along named with its organ


def test_a_group_taken_along_goes_on_to_what_it_did():
    text = "11月19日，省发改委副主任张三带领省发改委调研组，深入某县调研计划执行情况。\n"
    assert derive_title(text) == "省发改委副主任张三带领省发改委调研组深入某县调研计划执行情况"


def test_guard_a_group_as_the_subject_and_a_verb_before_zuzhi_stay():
    text = "3月5日，市委第二巡察组正式进驻某镇，将开展为期2个月的巡察。\n"
    assert derive_title(text) == "市委第二巡察组正式进驻某镇"
    text = "3月5日，县长张三到县委办调研组织工作。\n"
    assert derive_title(text) == "县长张三到县委办调研组织工作"
