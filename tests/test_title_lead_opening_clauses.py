"""Titles of pages without a headline line, made from the lead: the title names who did
what and never stops at what opens the lead (invented sentences).

- a lead the copy broke at a row after its day and an open word (…召开了 / 会议。) is one
  sentence, not a headline and its text;
- a first sentence only of what is to come, with an adverb between 将 and the verb
  (将陆续召开), gives way to the dated news after it;
- 接见 (an official receiving someone) is a deed, and the praise phrase rewrite (新当选的…)
  does not cut the subject and deed before it.
"""

from public_records.extract.title import derive_title, lead_title


def test_lead_broken_after_its_day_is_no_headline():
    text = (
        "2018年3月2日上午，某某镇在镇三楼会议室召开了\n"
        "全镇安全生产工作会议。会议由镇长甲乙主持，全体班子成员参加。\n"
        "会上，镇长甲乙传达了县安全生产工作会议精神。"
    )
    assert derive_title(text) == "某某镇召开全镇安全生产工作会议"


def test_lead_broken_before_its_object_with_de():
    text = (
        "5月9日下午，县长甲乙带队检查了某某工业园区的\n"
        "安全生产工作，县直有关部门负责人陪同检查。\n"
        "甲乙强调，要压实企业主体责任。"
    )
    assert derive_title(text).startswith("县长甲乙带队检查")


def test_dated_headline_with_comma_stays_a_headline():
    text = (
        "3月8日，某县九届人大三次会议隆重开幕\n3月8日上午，某县九届人大三次会议在县会堂隆重开幕。"
    )
    assert derive_title(text) == "3月8日，某县九届人大三次会议隆重开幕"


def test_to_come_with_adverb_gives_way_to_dated_news():
    lead = (
        "按照市委的部署，6月1日至10日，全市各区将陆续召开区代表大会。"
        "6月2日，某某区第五次代表大会胜利闭幕，成为全市第一个完成换届的区。"
    )
    assert lead_title(lead) == "某某区第五次代表大会胜利闭幕"


def test_to_come_with_separately():
    lead = "本月下旬，各乡镇将分别举行防汛演练。5月20日，某镇举行防汛应急演练，镇长甲乙观摩。"
    assert lead_title(lead).startswith("某镇举行防汛应急演练")


def test_news_not_to_come_stays():
    lead = "5月20日，各乡镇陆续举行防汛演练，检验应急能力。"
    assert lead_title(lead) == "各乡镇陆续举行防汛演练"


def test_receiving_is_a_deed_after_companions():
    lead = "某乡长甲乙今天偕同公所主管，接见某国小新当选的模范生丙丁，亲自为其颁发奖状。"
    assert lead_title(lead) == "某乡长甲乙接见某国小新当选的模范生丙丁"


def test_praise_phrase_before_the_subject_still_dropped():
    assert lead_title("备受全县人民关注的某县九届人大三次会议今天隆重开幕。") == (
        "某县九届人大三次会议隆重开幕"
    )


def test_paper_dateline_glued_to_the_lead():
    # the credit step took the reporters in brackets after 报讯 out of the text
    text = "某某日报讯某中学第十届毕业典礼日前于某某堂举行。校方邀请议员甲乙主礼。"
    assert derive_title(text) == "某中学第十届毕业典礼举行"


def test_venue_with_yu_dropped_but_surname_yu_kept():
    assert (
        lead_title("5月6日，某县第三届运动会于县体育中心隆重开幕。") == "某县第三届运动会隆重开幕"
    )
    lead = "5月6日，县人大常委会主任于某某主持召开县人大常委会第5次会议。"
    assert lead_title(lead) == "县人大常委会主任于某某主持召开县人大常委会第5次会议"


def test_future_venue_with_jiang_yu_untouched():
    lead = "5月6日，县政协召开主席会议，某县运动会将于县体育中心举行。"
    assert lead_title(lead) == "县政协召开主席会议"


def test_working_method_practised_is_no_deed():
    lead = "6月4日，区委书记甲乙，区长丙丁践行“四下基层”工作方法，督导检查某某工程推进情况。"
    assert lead_title(lead) == "区委书记甲乙，区长丙丁督导检查某某工程推进情况"


def test_caption_closed_by_its_provider_is_no_lead():
    text = (
        "■议员甲乙颁奖给品学兼优的某同学。 校方供图\n"
        "某某日报讯某中学第十届毕业典礼日前于某某堂举行。校方邀请议员甲乙主礼。"
    )
    assert derive_title(text) == "某中学第十届毕业典礼举行"
