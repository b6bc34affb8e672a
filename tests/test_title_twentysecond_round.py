"""Issue 18, round 22: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title


def test_clause_of_several_places_is_no_part_of_the_title():
    # 分别在甲地及乙地 only says where the event was held: the title stops before it
    text = (
        "某某市政府庆祝新年升旗典礼活动，1日分别在某某区某某公园及某某市政中心，"
        "市长甲乙率领市府团队参与升旗，祝福市民新年快乐。"
    )
    assert derive_title(text) == "某某市政府庆祝新年升旗典礼活动"


def test_issuing_office_under_the_headline_is_no_part_of_it():
    # the office that sent the report in, on its own line under the headline, is who
    # issued it: the headline stays as the page prints it
    text = (
        "防汛进行时（三）\n"
        "某某县防汛抗旱工作领导小组办公室\n"
        "6月2日，某某县水利局局长甲乙一行到某某乡检查防汛物资储备情况。"
    )
    assert derive_title(text) == "防汛进行时（三）"


def test_copula_mood_before_the_news_is_skipped():
    # 甲就是乙 (汛情就是命令) is a mood said for effect, no deed: the clause naming who
    # did what is the title
    text = (
        "7月3日，受强降雨影响，某某河水位上涨。汛情就是命令，防汛就是责任，"
        "某某镇党委组织全镇干部到某某河堤巡查值守。"
    )
    assert derive_title(text) == "某某镇党委组织全镇干部到某某河堤巡查值守"


def test_opening_of_a_building_is_the_deed_not_who_attended():
    # 落成启用 says the event; 多位议员参加典礼 after it is who attended, no title alone
    text = (
        "某某区某某里市民活动中心昨日落成启用，多位议员及局处首长参加典礼，"
        "市长甲乙感谢里长争取。\n"
        "某某区某某里近年人口增长，居民期盼兴建活动中心。"
    )
    assert derive_title(text) == "某某区某某里市民活动中心落成启用"


def test_going_to_places_is_followed_by_the_deed_that_closes_its_topic():
    # 深入基层一线 only goes somewhere; after the places (no verb of their own), 就…进行实地
    # 调研指导 closes the topic: the title says the deed, not the topic nor the places
    text = (
        "3月4日，某某县委书记甲乙深入基层一线，先后前往某某镇某甲村、某乙村，"
        "某某乡某丙村，就人居环境整治、产业发展等工作进行实地调研指导。"
    )
    assert derive_title(text) == "某某县委书记甲乙深入基层一线调研指导"


def test_time_word_glued_to_the_subject_keeps_the_subject():
    # 日前 glued to who did it (no comma after it): the clause is the news, not a leading
    # clause the title skips (it gave the clause after it, 强调…)
    text = "日前县长甲乙到某某镇调研春耕生产，强调要抓好粮食生产。"
    assert derive_title(text) == "县长甲乙到某某镇调研春耕生产"


def test_latin_name_in_brackets_is_left_out():
    # a name's Latin form in brackets after it is no part of a headline
    text = "5月3日，某某局局长甲乙（Alex）到某某区探访两户居民，聆听居民意见。"
    assert derive_title(text) == "某某局局长甲乙到某某区探访两户居民"


def test_mood_trailing_off_before_the_news_is_no_part_of_the_title():
    # 雨一直下…… trails off before the news: it ends there, as at a full stop
    text = "雨一直下……某某镇党委书记甲乙带领镇村干部连夜转移低洼地带群众。"
    assert derive_title(text) == "某某镇党委书记甲乙带领镇村干部连夜转移低洼地带群众"


def test_duixiang_is_no_object_marker_in_the_verb_first_rewrite():
    # 对象 (the people a visit was for) holds 对: the verb goes before the whole object,
    # not inside 对象
    text = "1月20日，某某镇党委书记甲乙对困难党员、帮扶对象进行了走访慰问。"
    assert derive_title(text) == "某某镇党委书记甲乙走访慰问困难党员、帮扶对象"


def test_speech_caption_above_a_headline_is_not_joined_to_it():
    # a picture's caption (县长甲乙在会上讲话) printed above the headline that names the
    # meeting: the headline alone
    text = (
        "县长甲乙在会上讲话\n"
        "某某县召开汛期安全生产工作会议\n"
        "5月6日，某某县召开汛期安全生产工作会议，县长甲乙出席并讲话。"
    )
    assert derive_title(text) == "某某县召开汛期安全生产工作会议"


def test_second_deed_after_bing_is_part_of_the_title():
    # two deeds in the lead's sentence, the second after 并: the title says both
    text = (
        "1月20日，县委书记甲乙走访慰问困难群众，为他们送去节日祝福，"
        "并现场检查某某超市节前安全生产工作。"
    )
    assert derive_title(text) == "县委书记甲乙走访慰问困难群众并检查某某超市节前安全生产工作"


def test_second_deed_survives_a_shortened_list_of_people_visited():
    text = (
        "1月20日，县委书记甲乙走访慰问了敬老院老人、困难党员、低保户和残疾人，"
        "并检查敬老院节前安全生产工作。"
    )
    assert (
        derive_title(text)
        == "县委书记甲乙走访慰问敬老院老人、困难党员等并检查敬老院节前安全生产工作"
    )


def test_staff_joined_by_he_are_left_out_with_the_staff():
    # 带领有关部门负责人和某镇的负责同志: both are staff taken along, the title leaves them out
    text = (
        "7月6日，某某县县长甲乙带领应急、自然资源等部门负责人和某某镇的负责同志"
        "对某某矿业公司的安全生产工作进行了现场检查。"
    )
    assert derive_title(text) == "某某县县长甲乙检查某某矿业公司的安全生产工作"


def test_own_county_in_the_deed_is_said_by_its_name():
    # the subject is named with its county (某某县委副书记); 我县 in what they did is that
    # county: a headline says its name
    text = "7月6日，某某县委副书记、县长甲乙对我县的非煤矿山企业的安全生产工作进行了现场检查。"
    assert derive_title(text) == "某某县委副书记、县长甲乙检查某某县的非煤矿山企业的安全生产工作"

    # people of another place coming to 我县: 我县 stays (it is not their county)
    visit = "5月8日，某某市某某县人大常委会副主任甲乙一行来我县考察学习。"
    assert derive_title(visit) == "某某市某某县人大常委会副主任甲乙一行来我县考察学习"


def test_clause_of_what_the_deed_answers_to_is_leading():
    # 针对…, 结合…: the situation or task the deed answers to, not the deed (their 对 and
    # 学习 made them the title)
    text = "针对近期持续强降雨天气，副县长甲乙到某某水库检查防汛工作。"
    assert derive_title(text) == "副县长甲乙到某某水库检查防汛工作"
    text = "结合党史学习教育，县委书记甲乙到某某村为群众办实事。"
    assert derive_title(text) == "县委书记甲乙到某某村为群众办实事"


def test_quoted_words_opening_the_lead_are_no_sentence_of_the_title():
    # what someone said, quoted at the lead's opening and trailing off (“…？”“…？”……): a
    # scene, not the news (its first quote was the title); a quoted name stays
    text = (
        "“家里还有什么困难？”“身体还好吗？”……一句句贴心的问候，温暖着群众的心。"
        "1月20日，县长甲乙到某某镇走访慰问困难群众。"
    )
    assert derive_title(text) == "县长甲乙到某某镇走访慰问困难群众"
    named = "“十四五”规划编制工作推进会召开。5月6日，某县召开“十四五”规划编制工作推进会。"
    assert derive_title(named) == "“十四五”规划编制工作推进会召开"


def test_crowd_mood_gives_way_to_the_dated_news_of_an_official():
    # an undated sentence of a crowd doing its best (某镇干部群众全力以赴) before the dated
    # news naming an official: the news is the title
    text = "汛期来临，某某镇干部群众全力以赴。6月2日，镇长甲乙到某某河堤检查防汛工作。"
    assert derive_title(text) == "镇长甲乙到某某河堤检查防汛工作"
