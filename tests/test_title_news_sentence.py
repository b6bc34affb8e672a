"""Which sentence of a report is its news (issue 18, titles, round 7): a first
paragraph that only says what is to come, a scene set before the news, a headline
printed under the report, a subject named by what its people attend."""

from public_records.extract.title import derive_title


def test_what_is_to_come_gives_way_to_a_later_paragraph_opening_with_its_hour():
    text = (
        "11月20日，某区将召开第六次党代会。\n"
        "11月19日上午，城区主要街道横幅飘荡，彩旗飘飘，会场布置一新，气氛浓厚。\n"
        "上午11时许，区委书记甲乙到代表驻地看望代表，察看会议室布置情况。"
    )
    assert derive_title(text) == "区委书记甲乙到代表驻地看望代表"


def test_a_scene_gives_way_only_to_the_next_paragraph_and_only_to_its_day():
    text = (
        "在全县人民的期盼下，某县人大会议在县剧院隆重开幕，代表们汇聚一堂，共商发展大计。\n"
        "今天的县剧院庄严肃穆，气氛祥和，主席台花团锦簇，国徽熠熠生辉。\n"
        "下午3时，大会执行主席甲乙宣布大会开幕，县长丙丁向大会作政府工作报告。"
    )
    assert derive_title(text) == "某县人大会议隆重开幕"


def test_a_group_of_four_bodies_leaders_is_not_the_verb_organise():
    text = "1月8日，区委书记甲乙带领区四大组织领导，到某村看望慰问困难群众。"
    assert derive_title(text) == "区委书记甲乙带领区四大组织领导到某村看望慰问困难群众"


def test_a_headline_printed_under_the_report_is_the_title():
    text = (
        "【本报讯】某县政府第11次主管周报，县长甲乙主持，副县长丙丁列席参加。县长要求各单位"
        "用心准备专案报告，以负责任态度面对工作，并主动寻找问题解决方案。\n"
        "此外，甲乙也责成行政处开发更具人性化的观光导览系统，让游客更便利。\n"
        "主管周报 县长：以负责任态度面对工作，主动解决问题"
    )
    assert derive_title(text) == "主管周报 县长：以负责任态度面对工作，主动解决问题"


def test_a_last_line_the_copy_cut_short_is_no_headline():
    text = (
        "7月16日，市政协副主席甲乙带领市政协机关退休干部到某区参观考察重大项目建设。\n"
        "老干部一行先后来到市体育中心等重点项目建设现场进行实地参观考察。\n"
        "丙丁表示，近年来某区经济社会发展势"
    )
    assert derive_title(text).startswith("市政协副主席甲乙带领市政协机关退休干部")


def test_the_deputies_attending_a_session_are_its_subject_split_into_delegations():
    text = (
        "昨日，出席某市人大一次会议的代表们分成7个团，"
        "认真审议代市长甲乙所作的《政府工作报告》。各代表团审议现场气氛热烈。"
    )
    # (who made the report and 认真 are left out too: tests/test_title_ninth_round.py)
    assert derive_title(text) == "某市人大一次会议代表分团审议《政府工作报告》"


def test_an_official_attending_a_session_still_attends():
    text = "5月6日，县委书记甲乙出席县十八届人大三次会议开幕式并讲话。"
    assert derive_title(text) == "县委书记甲乙出席县十八届人大三次会议开幕式并讲话"


def test_a_units_byline_glued_to_the_lead_is_not_the_title():
    text = (
        "某镇供稿（张三）为深入贯彻落实上级安全生产决策部署，研判安全形势，7月9日下午，"
        "某镇召开全镇安全生产重点工作推进会。会议由镇长甲乙主持。"
    )
    assert derive_title(text) == "某镇召开全镇安全生产重点工作推进会"


def test_a_source_field_the_chrome_step_kept_is_no_headline():
    text = "昨（17）日下午，某区五届人大五次会议在市会议中心开幕。\n眉山网讯：会议应到代表273人。"
    assert derive_title(text, page_title="新闻来源:眉山网") == "某区五届人大五次会议开幕"


def test_what_is_announced_is_the_news_not_the_announcing():
    text = (
        "某县某乡民代表会宣布，将于2026年2月2日至4日，一连三天召开第13届第17次临时会。"
        "本次会议的核心焦点，将是审议乡公所提送的垫付案。"
    )
    assert derive_title(text) == "某县某乡民代表会将一连三天召开第13届第17次临时会"


def test_a_session_declared_open_stays_the_chairs_deed():
    text = "1月5日下午，大会执行主席甲乙宣布大会开幕，全体起立，奏唱国歌。"
    assert derive_title(text) == "大会执行主席甲乙宣布大会开幕"


def test_a_meeting_said_after_its_venue_is_convened_by_the_body_of_its_chair():
    text = (
        "8月4日下午3点，在人大机关二楼会议室召开主任（扩大）会议，某区人大常委会党组书记、"
        "主任甲乙主持会议，区人大常委会班子成员参加会议。"
    )
    assert derive_title(text) == "某区人大常委会召开主任（扩大）会议"


def test_a_chair_after_an_occasion_still_holds_the_meeting():
    text = "在新春佳节来临之际，县长甲乙主持会议，研究节日期间安全生产工作。"
    assert derive_title(text) == "县长甲乙主持会议"


def test_a_tradition_followed_gives_way_to_the_deed():
    text = "12月7日，市委常委会学习践行“四下基层”优良传统，赴某县现场办公。市委书记甲乙主持会议。"
    assert derive_title(text) == "市委常委会赴某县现场办公"


def test_a_statement_of_aims_gives_way_to_the_official_who_acts():
    text = (
        "开发区党委、区管委会把项目建设作为发展的第一要务，聚焦主业主责，推进高质量发展。"
        "区党委书记甲乙、区管委会主任丙丁到项目建设一线，督导项目建设情况。"
    )
    assert derive_title(text) == "区党委书记甲乙、区管委会主任丙丁督导项目建设情况"


def test_the_rank_of_the_retired_people_visited_is_left_out():
    text = "连日来，市委书记甲乙、市长丙丁等市领导走访慰问我市原副厅级及以上老领导，致以新春祝福。"
    assert derive_title(text) == "市委书记甲乙等市领导走访慰问老领导"


def test_the_staff_after_the_leaders_a_party_takes_along_are_left_out():
    text = (
        "2月22日下午，市委书记甲乙、市长丙丁带领市四大班子领导、市直单位负责同志和各县市区"
        "党政主要负责同志，深入到某示范区开展重点项目观摩讲评活动。"
    )
    want = "市委书记甲乙、市长丙丁带领市四大班子领导到某示范区开展重点项目观摩讲评活动"
    assert derive_title(text) == want


def test_a_roster_of_names_ending_the_page_is_no_headline():
    text = (
        "8月18日上午，某市四届人大七次会议在市会议中心开幕，大会主席团常务主席甲乙主持。\n"
        "代表丙丁戊、己庚辛、壬癸子、丑寅卯在主席台就座。\n"
        "主席团常务主席：（5人）\n"
        "甲乙 丙丁戊 己庚辛（女） 壬癸子 丑寅卯"
    )
    assert derive_title(text) == "某市四届人大七次会议开幕"
