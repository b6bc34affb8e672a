"""Issue 18, round 18: titles readers accept (invented sentences)."""

from public_records.evaluate.real import article_lines_removed
from public_records.extract.title import derive_title
from public_records.ingest.process import process
from public_records.model import Record

_LEAD = "5月6日，某县政协召开九届常委会议，主席王五主持会议并讲话。\n会议审议了有关事项。"


def test_scorer_keeps_a_headline_line_whose_share_word_the_title_dropped():
    # the chrome step cut the headline line (…分享到) above the body, so the clean text
    # holds none of its words; its title is the headline without the share bar's word
    title = "某县政协召开九届常委会议"
    for line in (title + "分享到", "【要闻】" + title + " 打印 收藏"):
        assert article_lines_removed([line], "会议强调", title) == []


def test_scorer_still_counts_a_headline_line_whose_words_the_title_lost():
    line = "某县政协召开九届常委会议暨专题协商会"
    assert article_lines_removed([line], "会议强调", "某县政协召开九届常委会议") == [line]


def test_share_word_glued_after_the_headline_is_no_part_of_the_title():
    assert derive_title("某县政协召开九届常委会议分享到\n" + _LEAD) == "某县政协召开九届常委会议"
    assert (
        derive_title("某县政协召开九届常委会议 打印 收藏\n" + _LEAD) == "某县政协召开九届常委会议"
    )
    assert derive_title("某县政协召开九届常委会议【打印】\n" + _LEAD) == "某县政协召开九届常委会议"


def test_share_word_glued_after_a_page_title_the_chrome_step_cut():
    raw = "某县政协召开九届常委会议分享到\n时间:2031年5月7日 点击次数:321\n" + _LEAD
    record = process(Record("x", "x.txt", "0", "utf-8", raw))
    assert record.title_hans == "某县政协召开九届常委会议"


def test_a_headline_ending_with_its_own_share_or_collection_word_keeps_it():
    for headline in ("某县举办青年干部工作经验分享", "某县博物馆新增一批文物收藏"):
        lead = f"5月6日，{headline}会在县城举行。\n会议审议了有关事项。"
        assert derive_title(headline + "\n" + lead) == headline


def test_a_reprints_title_field_in_brackets_gives_the_title_without_its_label():
    raw = (
        "（原标题：某县县长甲乙深入某乡实地调研）\n"
        "3月4日，某县县长甲乙一行深入某乡实地督导春耕生产等工作，并召开座谈会。\n"
        "甲乙强调，要抓好各项工作落实。"
    )
    record = process(Record("x", "x.txt", "0", "utf-8", raw))
    assert record.title_hans == "某县县长甲乙深入某乡实地调研"
    assert "原标题" not in record.text_hans


def test_a_named_place_that_only_says_how_it_went_about_it_is_the_subject():
    text = "在2031年夏季禁烧工作中，某某镇结合实际，采取有效措施，拉开了禁烧工作序幕。\n会议强调。"
    assert derive_title(text) == "某某镇拉开禁烧工作序幕"
    text = "某某镇高度重视秋季禁烧工作，召开专题会议，全力抓好落实。\n会议强调。"
    assert derive_title(text) == "某某镇召开专题会议"


def test_those_attending_what_the_verb_takes_keep_what_it_is():
    text = (
        "某某镇高度重视秋季禁烧工作，召开包片领导、包村干部、村主任参加的专题会议，"
        "全力抓好落实。\n会议强调。"
    )
    assert derive_title(text) == "某某镇召开包片领导、包村干部等参加的专题会议"


def test_a_clause_naming_a_body_or_an_occasion_is_no_place_subject():
    text = "某某县人大常委会结合实际，开展执法检查。\n会议强调。"
    assert derive_title(text) == "某某县人大常委会开展执法检查"
    text = "新春佳节来临之际，某某镇党委、政府开展春节慰问活动。\n会议强调。"
    assert derive_title(text) == "某某镇党委、政府开展春节慰问活动"


def test_a_headline_over_a_dated_opening_and_its_list_is_kept_with_its_lead():
    raw = (
        "欢迎访问某某县人民政府网站\n\n"
        "某某镇调度秸秆禁烧工作\n\n"
        "发布时间:2031-10-07  浏览次数:12\n\n"
        "2031年10月7日某某镇长甲乙调度秸秆禁烧工作:\n\n"
        "一、要落实责任。镇村干部务必加强认识，把任务层层分解，做到责任到位。\n\n"
        "二、要宣传无死角。各村要发动宣传，充分发动网格员、志愿者积极宣传。\n\n"
        "三、要加强监管。做好巡查工作，全力做好今年秋季秸秆禁烧工作。"
    )
    record = process(Record("x", "x.txt", "0", "utf-8", raw))
    assert record.title_hans == "某某镇调度秸秆禁烧工作"
    assert record.text_hans.startswith("2031年10月7日某某镇长甲乙调度秸秆禁烧工作：")


def test_a_roster_going_on_past_the_comma_gives_way_to_where_it_went_and_its_deed():
    text = (
        "5月6日，某市人大常委会组织部分常委会组成人员和人大代表，以及各工作部门负责人30余人"
        "深入某某区，就全市重点项目建设情况开展集中视察。\n视察组一行察看了项目现场。"
    )
    assert derive_title(text) == (
        "某市人大常委会组织部分常委会组成人员和人大代表视察全市重点项目建设情况"
    )


def test_a_topic_opened_by_jiu_is_said_after_its_verb():
    text = "5月6日，县长甲乙一行就春耕生产情况开展专题调研。\n甲乙强调。"
    assert derive_title(text) == "县长甲乙一行调研春耕生产情况"


def test_a_headline_of_works_done_is_no_banner():
    raw = (
        "跳到主要内容区块\n\n"
        "某乡甲村及乙村等2村道路改善工程\n\n"
        "工区1，施作内容范围：甲村大排旁农路路面破损重铺修复，长度约730公尺。\n"
        "工区2，施作内容范围：湖内路路面刨铺，长度约491公尺。\n"
        "本案工程位置分别于甲村及乙村，因路段长年失修，乡长与公所同仁不懈努力，已于10月7日施作完工。"
    )
    record = process(Record("x", "x.txt", "0", "utf-8", raw))
    assert record.title_hans == "某乡甲村及乙村等2村道路改善工程"


def test_a_tag_naming_the_person_a_headline_opens_with_is_dropped():
    text = (
        "某市王甲乙 王甲乙出席市委四届三次全体会议\n6月29日，市委四届三次全体会议召开，王甲乙出席。"
    )
    assert derive_title(text) == "王甲乙出席市委四届三次全体会议"
    text = "王甲工信委 王甲深入某县某乡开展调研慰问工作\n近日，王甲深入某县某乡开展调研慰问工作。"
    assert derive_title(text) == "王甲深入某县某乡开展调研慰问工作"


def test_a_spaced_headline_whose_first_part_names_no_one_of_it_stays():
    text = "春风化雨 王五走访慰问困难群众\n1月5日，县长王五走访慰问困难群众。"
    assert derive_title(text) == "春风化雨 王五走访慰问困难群众"


def test_a_column_name_before_a_bar_is_no_part_of_the_headline():
    text = (
        "聚焦县两会 | 某县政协第十四届委员会第四次会议隆重开幕\n"
        "1月5日，某县政协第十四届委员会第四次会议隆重开幕。"
    )
    assert derive_title(text) == "某县政协第十四届委员会第四次会议隆重开幕"


def test_the_reporters_name_glued_after_the_headline_is_dropped():
    raw = (
        "某市人大常委会第二十七次会议举行第一次全体会议 甲乙主持 王丙丁\n"
        "本报讯 （记者 王丙丁） 昨日，某市人大常委会第二十七次会议举行第一次全体会议。"
        "市人大常委会主任甲乙主持会议。\n会议听取了有关情况汇报。"
    )
    record = process(Record("x", "x.txt", "0", "utf-8", raw))
    assert record.title_hans == "某市人大常委会第二十七次会议举行第一次全体会议 甲乙主持"
