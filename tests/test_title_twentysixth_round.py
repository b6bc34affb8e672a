"""Issue 18, round 26: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title


def test_a_visit_to_a_tasks_aspects_keeps_them():
    # 保护、传承、利用: what is done with one topic, one task, not a list the title drops
    text = "3月4日，副县长甲乙到某某镇调研传统手艺保护、传承、利用工作。"
    assert derive_title(text) == "副县长甲乙到某某镇调研传统手艺保护、传承、利用工作"
    # three tasks of their own are still left out
    text = "3月4日，副县长甲乙到某某镇调研桥梁建设、河道清淤、道路养护工作。"
    assert derive_title(text) == "副县长甲乙到某某镇调研"


def test_a_forum_goes_on_with_its_topic_opened_by_jiu():
    text = "5月6日，县委召开季度座谈会，就某某老街改造工作征求意见建议。副县长甲乙参加。"
    assert derive_title(text) == "县委召开季度座谈会就某某老街改造工作征求意见建议"
    # without a topic after it, the forum as it is
    text = "5月6日，县委召开季度座谈会，副县长甲乙参加。"
    assert derive_title(text) == "县委召开季度座谈会"


def test_an_office_head_taken_along_is_staff():
    # 带领县政府办主任丙丁一行: staff; a title too long for a headline keeps the place instead
    text = (
        "8月2日上午，县委副书记、县长甲乙带领县政府办主任丙丁一行深入某某乡"
        "就当前防汛备汛、秋粮收储等工作进行调研。"
    )
    assert derive_title(text) == "县委副书记、县长甲乙深入某某乡调研当前防汛备汛、秋粮收储等工作"


def test_a_long_quoted_topic_gives_way_to_who_did_what_with_whom():
    text = (
        "6月7日，市政协副主席甲乙带领市政协文化文史和学习委员会部分委员围绕"
        "“加强传统手艺保护传承促进我市特色产业高质量发展”与市某某局开展对口协商。"
    )
    assert derive_title(text) == (
        "市政协副主席甲乙带领市政协文化文史和学习委员会部分委员与市某某局开展对口协商"
    )


def test_a_source_line_ending_with_its_day_is_no_second_headline_line():
    # the line under the headline names the source and the day (a Taiwan page's year of
    # the Republic): not the headline's second line
    text = (
        "县长甲乙率队参访某县 开启双城交流\n某县政府新闻参考资料   109.08.21\n"
        "今（21）日县长甲乙率领县府团队前往某县交流，开启双城交流。"
    )
    assert derive_title(text) == "县长甲乙率队参访某县 开启双城交流"


def test_a_regular_meeting_goes_on_with_what_it_passed_on():
    # 常委会会议 is named by no topic: what it passed on is the news; a deed too long for
    # the title keeps its first item
    text = (
        "5月6日，县委召开常委会会议，传达学习某某重要讲话精神、某某同志在全省某某工作推进会议上的重要批示要求及省市有关会议精神，"
        "安排部署下一步工作。县委书记甲乙主持会议。"
    )
    assert derive_title(text) == "县委召开常委会会议传达学习某某重要讲话精神"


def test_a_title_too_long_with_a_chain_of_places_names_the_village():
    text = (
        "11月6日下午，某某区台办机关党委组织在家的全体党员干部职工赴挂点扶贫联系点—某某市某某县某某镇"
        "某某村开展党组织活动。"
    )
    assert (
        derive_title(text) == "某某区台办机关党委组织在家的全体党员干部职工赴某某村开展党组织活动"
    )


def test_a_regular_meeting_too_long_with_its_deed_says_its_chair_shorter():
    # the chain of posts said by the last (市委副书记、市长甲乙 -> 市长甲乙), so that what the
    # meeting passed on fits
    text = (
        "3月6日上午，市委副书记、市长甲乙主持召开市政府党组会议，传达学习贯彻某某同志在某某省"
        "考察调研时的重要讲话和重要指示精神以及某某座谈会精神，落实有关会议精神。"
    )
    assert derive_title(text) == (
        "市长甲乙主持召开市政府党组会议传达学习贯彻某某同志在某某省考察调研时的重要讲话和重要指示精神"
    )
