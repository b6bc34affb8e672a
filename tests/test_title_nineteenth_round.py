"""Issue 18, round 19: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title, lead_title

_LEAD = "5月6日，某县人大常委会党组书记、主任甲乙主持召开党组会议，传达学习全会精神。"


def test_first_caption_of_a_series_is_no_headline():
    # two photo captions over the lead, the first naming its person without his organ
    text = "党组书记、主任甲乙传达全会精神\n秘书长丙丁传达会议精神\n" + _LEAD
    assert derive_title(text) == "某县人大常委会党组书记、主任甲乙主持召开党组会议传达学习全会精神"


def test_headline_naming_the_organ_stays_over_a_caption():
    text = "某县人大常委会党组书记、主任甲乙传达全会精神\n秘书长丙丁传达会议精神\n" + _LEAD
    assert derive_title(text) == "某县人大常委会党组书记、主任甲乙传达全会精神"


def test_headline_without_a_caption_under_it_stays():
    text = "党组书记、主任甲乙传达全会精神\n" + _LEAD
    assert derive_title(text) == "党组书记、主任甲乙传达全会精神"


_GROUP_LEAD = (
    "3月2日上午，某县委第九届委员会第四次全体会议后，第二小组在县行政中心会议室召开"
    "小组讨论会，讨论了工作报告。会议由副县长甲乙主持。"
)


def test_caption_under_a_scene_caption_is_no_headline():
    # pictures before the lead: the scene, then one person at it
    text = "讨论会现场 |\n副县长甲乙主持小组讨论会 |\n" + _GROUP_LEAD
    assert derive_title(text) == "某县委第九届委员会第四次全体会议第二小组召开小组讨论会"


def test_headline_under_a_site_name_stays():
    text = "某县新闻网\n某县委全会第二小组召开讨论会\n" + _GROUP_LEAD
    assert derive_title(text) == "某县委全会第二小组召开讨论会"


def test_group_of_a_meeting_keeps_the_meeting():
    assert lead_title(_GROUP_LEAD) == "某县委第九届委员会第四次全体会议第二小组召开小组讨论会"
    # a subject that is no group of it stands alone
    lead = "3月2日，某县委全体会议后，县长甲乙到某镇调研春耕生产。"
    assert lead_title(lead) == "县长甲乙到某镇调研春耕生产"


def test_road_named_by_its_ends_is_no_deed_and_a_leader_who_heard_of_it_goes():
    lead = (
        "某乡某林道以及连接甲村到乙乡的某公路，都因为年久失修，路面坑洼不平，"
        "县长甲乙接到村民陈情后，专程来到某乡参加道路修复工程的说明会，了解居民需求。"
    )
    assert lead_title(lead) == "县长甲乙专程到某乡参加道路修复工程的说明会"


def test_leader_coming_to_a_place_is_still_a_deed():
    lead = "5月6日，县长甲乙来到某乡的田间地头，察看春耕生产情况。"
    assert lead_title(lead) == "县长甲乙察看春耕生产情况"


def test_court_and_procuratorate_titles_name_the_doer():
    lead = "5月6日，县人民检察院检察官甲乙、丙丁，到某镇开展法治宣传。"
    assert lead_title(lead) == "县人民检察院检察官甲乙、丙丁到某镇开展法治宣传"
    lead = "5月6日，县法院法官甲乙，人民陪审员丙丁，到某村开展巡回审判。"
    assert lead_title(lead) == "县法院法官甲乙，人民陪审员丙丁到某村开展巡回审判"
    lead = "5月6日，县人民法院法官甲乙接到村民求助后，专程来到某村调解纠纷。"
    assert lead_title(lead) == "县人民法院法官甲乙专程到某村调解纠纷"


def test_organs_and_words_that_only_look_like_titles_name_no_doer():
    # 器官 and 医院 are no titles: the place of a scene stays a leading clause
    lead = "5月6日，某医院器官移植中心，到处是忙碌的身影，县长甲乙到某医院看望医护人员。"
    assert lead_title(lead) == "县长甲乙到某医院看望医护人员"


def test_long_roster_before_an_unknown_verb_keeps_its_first_holder_and_the_deed():
    # 寅卯一同观摩: the roster ends before 一同, not after 寅卯一 (同 as a word after a name)
    lead = (
        "5月6日，县委书记甲乙，县委副书记、县长丙丁，县人大常委会党组书记、主任戊己，"
        "县政协党组书记、主席庚辛，县委副书记壬癸，县委常委、组织部部长子丑，"
        "县委常委、宣传部部长寅卯一同观摩乡村振兴示范点建设情况。"
    )
    assert lead_title(lead) == "县委书记甲乙等一同观摩乡村振兴示范点建设情况"
