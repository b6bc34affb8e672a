"""Round dev22t (issue 18): a picture's caption on the line above the lead is not the page's
headline. A line that is one bracketed phrase and nothing else (（参观某某工程）) is a caption
set between the paragraphs; a line that names an event and then its hall or scene (某某座谈会
会场, 某某开幕式现场), over a lead that names the event itself, is the caption of the event's
picture. The title is then made from the lead. Invented sentences."""

from public_records.extract.title import derive_title, derive_title_with_evidence, page_headline

# a caption in brackets


def test_a_bracketed_line_above_the_lead_is_no_headline():
    text = (
        "（参观某县某某片区节水灌溉工程）\n"
        "5月9日，全市某某综合治理现场会在某县召开。市水务局局长张三带领各县区负责人深入"
        "某县苗木基地、某某片区察看治理情况。\n"
        "（在某县召开总结交流会）\n"
        "参观结束后，在某县召开了总结交流会，张三主持会议。\n"
    )
    assert page_headline(text) == ""
    assert derive_title_with_evidence(text)[1] == "lead sentence"
    assert derive_title(text).startswith("全市某某综合治理现场会")


def test_a_bracketed_line_in_ascii_brackets_is_no_headline_either():
    text = (
        "(县长李四察看某某大桥建设进度)\n"
        "6月3日，县长李四到某某大桥建设工地调研项目推进情况，要求加快施工进度，确保安全。\n"
    )
    assert page_headline(text) == ""


def test_guard_a_headline_with_a_bracketed_tag_stays():
    text = (
        "某县召开森林防火工作会议（附图）\n"
        "3月2日，某县召开森林防火工作会议，县长李四出席并讲话，要求各乡镇压实责任。\n"
    )
    assert derive_title_with_evidence(text)[1] == "page headline"
    assert derive_title(text).startswith("某县召开森林防火工作会议")


def test_guard_a_headline_with_a_bracketed_part_stays():
    text = (
        "某区召开中心城区（东区）建设推进会\n"
        "5月6日，某区召开中心城区（东区）建设推进会，区长王五主持，部署下一阶段工作任务。\n"
    )
    assert derive_title_with_evidence(text) == (
        "某区召开中心城区（东区）建设推进会",
        "page headline",
    )


# a caption naming an event's hall or scene


def test_a_line_naming_a_meeting_and_its_hall_is_no_headline():
    text = (
        "部分城市某某监测工作座谈会会场\n"
        "日前，某委秘书长张三主持召开部分城市某某监测工作座谈会，某司副司长李四出席并发言。"
        "会议介绍了监测的目标和方法。\n"
    )
    assert page_headline(text) == ""
    assert derive_title(text) == "某委秘书长张三主持召开部分城市某某监测工作座谈会"


def test_a_line_naming_an_opening_and_its_scene_is_no_headline():
    text = (
        "某县第三届梨花节开幕式现场\n"
        "3月28日，某县第三届梨花节开幕式在某镇举行，县长王五出席并致辞，游客三千余人参加。\n"
    )
    assert page_headline(text) == ""


def test_guard_a_headline_ending_in_hall_over_a_lead_that_does_not_name_the_event_stays():
    text = (
        "某镇设立三个分会场\n"
        "3月2日，全县三级干部大会召开，某镇设立三个分会场组织干部收听收看，镇长王五出席。\n"
    )
    assert derive_title_with_evidence(text) == ("某镇设立三个分会场", "page headline")


def test_guard_a_headline_saying_who_held_the_meeting_stays():
    text = (
        "某县召开安全生产工作会议\n"
        "5月6日，某县召开安全生产工作会议，县长李四出席并讲话，副县长王五主持会议。\n"
    )
    assert derive_title_with_evidence(text) == ("某县召开安全生产工作会议", "page headline")


# a byline or a periodical's issue printed beside the headline


def test_a_byline_with_its_place_after_the_headline_is_no_part_of_it():
    text = (
        "某县2010观光节活动29晚热闹登场 张三 某某县 报导\n"
        "由某县政府主办的2010观光节活动29晚热闹登场，县长李四出席开幕并致词。\n"
    )
    assert derive_title(text) == "某县2010观光节活动29晚热闹登场"


def test_a_periodicals_issue_after_the_headline_is_no_part_of_it():
    text = (
        "某司司长张三在某县调研工作 某某杂志 2011年9期\n"
        "2011年8月3日，某部某司司长张三在某县调研综合治理工作，县长李四陪同。\n"
    )
    assert derive_title(text) == "某司司长张三在某县调研工作"


def test_guard_a_headline_whose_news_is_a_report_stays():
    text = (
        "某县乡村振兴经验 获中央媒体集中报道\n"
        "近日，某县乡村振兴经验获中央媒体集中报道，县委书记张三表示将持续推进。\n"
    )
    assert derive_title(text) == "某县乡村振兴经验 获中央媒体集中报道"
