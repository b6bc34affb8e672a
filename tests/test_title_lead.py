"""Titles made from the lead on real pages' shapes (issue 18, sixth round): broken
caption rows and damaged clauses before the lead, a visit's list of tasks, a delegation
led by one official, 对…开展 said verb first, and a lead that first says what is to come."""

from public_records.extract.title import derive_title


def test_a_row_opening_with_a_full_stop_is_a_broken_caption_not_the_lead():
    text = (
        "（图为座谈会现场）\n。某区委书记甲乙主持迎春座谈会)\n"
        "1月30日下午，某区召开驻区单位迎春座谈会。"
    )
    assert derive_title(text) == "某区召开驻区单位迎春座谈会"


def test_a_clause_with_a_replacement_mark_is_damaged_and_skipped():
    text = "勇〓率姑？，奋进新征程。1月2日上午，某市政协十四届二次会议在某宾馆隆重开幕。"
    assert derive_title(text) == "某市政协十四届二次会议隆重开幕"


def test_a_visits_list_of_tasks_is_left_out():
    text = (
        "4月8日上午，区委书记甲乙带队到某镇实地调研文明实践所建设、汛情处置和"
        "产业园项目建设等工作情况。区委常委丙丁参加调研。"
    )
    assert derive_title(text) == "区委书记甲乙带队到某镇实地调研"


def test_a_short_list_of_tasks_stays():
    text = "4月8日，区委书记甲乙到某镇调研集体经济发展和乡村振兴工作。"
    assert derive_title(text) == "区委书记甲乙到某镇调研集体经济发展和乡村振兴工作"


def test_a_delegation_led_by_one_official_is_the_subject():
    text = "8月10日，某山县委书记、县人大常委会主任甲乙带领党政考察团来某阜市学习先进经验。"
    assert derive_title(text) == "某山县党政考察团来某阜市学习先进经验"
    text = "11月17日下午，某安县县委书记甲乙率领党政考察团到我县学习考察。"
    assert derive_title(text) == "某安县党政考察团到我县学习考察"


def test_a_working_group_led_by_an_official_keeps_the_official():
    text = "2月11日，省发改委副主任甲乙率调研组到某市开展调研活动。"
    assert derive_title(text) == "省发改委副主任甲乙率调研组到某市开展调研活动"


def test_dui_kaizhan_is_said_verb_first():
    text = "春节临近，1月25日，县长甲乙丙对环卫工人、退休干部开展走访慰问，送去关怀。"
    assert derive_title(text) == "县长甲乙丙走访慰问环卫工人、退休干部"


def test_a_lead_that_first_says_what_is_to_come_gives_way_to_the_dated_news():
    text = (
        "某报11月7日讯某市第六届联席会议将于12月在某市举行。11月6日，某市委常委、"
        "常务副市长甲乙召开专题调度会，听取会议筹备情况汇报。"
    )
    assert derive_title(text) == "某市委常委、常务副市长甲乙召开专题调度会"


def test_the_staff_an_official_takes_along_are_left_out():
    text = "近日，某区委书记甲乙带领部分区直单位和街道负责人，到某电气公司进行现场调研。"
    assert derive_title(text) == "某区委书记甲乙到某电气公司现场调研"
    text = "连日来，市委书记甲乙、市长丙丁等市领导带领有关部门负责人，走访慰问老领导。"
    assert derive_title(text) == "市委书记甲乙等市领导走访慰问老领导"


def test_guests_an_official_brings_stay():
    text = "5月6日，市政协副主席甲乙带领市政协机关退休干部到某区参观考察。"
    assert derive_title(text) == "市政协副主席甲乙带领市政协机关退休干部到某区参观考察"


def test_a_roster_after_a_group_word_keeps_two_names_and_deng():
    text = (
        "1月4日上午，区政协领导甲乙丙、丁戊己、庚辛、壬癸子及秘书长丑寅卯前往各讨论点，"
        "看望参加区政协十一届三次会议的政协委员。"
    )
    assert derive_title(text) == "区政协领导甲乙丙、丁戊己等看望参加区政协十一届三次会议的政协委员"


def test_the_names_of_people_visited_give_way_to_who_they_are():
    text = "新春佳节前夕，市领导甲乙丙、丁戊分别登门慰问己庚辛、壬癸、子丑寅等老同志。"
    assert derive_title(text) == "市领导甲乙丙、丁戊分别登门慰问老同志"  # no roster's 等


def test_a_date_without_ri_and_a_clock_time_leave_the_title():
    text = "桃源县十五届人大二次会议3月4下午3:00隆重开幕。"
    assert derive_title(text) == "桃源县十五届人大二次会议隆重开幕"


def test_fenbie_after_a_rosters_deng_is_left_out():
    text = "2月2日，市领导甲乙丙、丁戊、己庚辛等分别登门慰问老同志。"
    assert derive_title(text) == "市领导甲乙丙、丁戊等登门慰问老同志"


def test_the_year_of_a_visits_task_is_left_out_a_meetings_year_stays():
    text = "2月11日，省发改委副主任甲乙率调研组到某市开展2025年一季度调研活动。"
    assert derive_title(text) == "省发改委副主任甲乙率调研组到某市开展一季度调研活动"
    text = "3月5日，某街道召开2018年社会事业工作会议。"
    assert derive_title(text) == "某街道召开2018年社会事业工作会议"


def test_a_scene_setting_first_paragraph_gives_way_to_the_dated_news():
    text = (
        "继专项行动开展以来，园区坚持把贯彻落实会议精神作为当前的首要任务，精心谋划。\n"
        "4月29日，某某小面博览馆正式开馆，标志着产业发展进入快车道。"
    )
    assert derive_title(text) == "某某小面博览馆正式开馆"


def test_a_first_paragraph_naming_its_day_stays_the_lead():
    text = "近日，县委书记张三主持召开常委会议。\n4月29日，县委又召开专题会议，研究防汛工作。"
    assert derive_title(text) == "县委书记张三主持召开常委会议"


def test_a_long_headline_row_without_a_date_is_not_a_scene():
    text = (
        "某某新闻丨甲乙在督办疫情防控时强调：紧盯关键环节，压紧压实责任，毫不松懈抓好各项工作\n"
        "8月4日上午，县委书记甲乙检查督办疫情防控工作。他强调，要紧盯关键环节。"
    )
    assert "甲乙在督办疫情防控时强调" in derive_title(text)


def test_a_roster_sharing_its_first_title_gives_the_title_once_and_the_names():
    text = (
        "2月2日，县委常委、组织部长甲乙，县委常委、统战部长丙丁戊，县委常委、宣传部长己庚"
        "分别深入甲镇、乙镇、丙镇等乡镇看望慰问困难群众。"
    )
    assert derive_title(text) == "县委常委甲乙、丙丁戊、己庚分别深入乡镇看望慰问困难群众"


def test_a_headline_in_other_words_than_its_lead_is_found():
    text = (
        "露天燃烧秸秆危害大\n"
        "秋冬季是露天焚烧垃圾和秸秆的高发季节，为切实保障空气质量，我乡每周组织检查组对禁烧"
        "工作进行督查。"
    )
    assert derive_title(text) == "露天燃烧秸秆危害大"


def test_a_line_the_lead_does_not_echo_is_still_no_headline():
    text = (
        "欢迎访问本站首页导航栏目\n5月6日，县政协召开九届二十次常委会议，县政协主席王五主持会议。"
    )
    assert derive_title(text) == "县政协召开九届二十次常委会议"


def test_how_a_group_split_up_is_left_out():
    text = "2月9日至11日，某县四大班子领导分成11个小组，看望慰问特困党员和困难群众。"
    assert derive_title(text) == "某县四大班子领导看望慰问特困党员和困难群众"


def test_a_roster_before_an_adverb_and_a_look_at_the_site():
    text = (
        "6月17日上午，区领导甲乙、丙丁、戊己庚、辛壬带领区有关部门负责同志一行，"
        "深入部分重点工程现场，实地察看建设进展情况，协调解决存在问题。"
    )
    assert derive_title(text) == "区领导甲乙、丙丁等实地察看建设进展情况"


def test_laidao_and_lilin_are_said_dao_and_a_partys_head_count_goes():
    text = "5月6日，河南省某县县委常委、办公室主任甲乙一行6人来到某镇调研。"
    assert derive_title(text) == "河南省某县县委常委、办公室主任甲乙一行到某镇调研"
    text = "5月6日，县长甲乙莅临某产业园调研重点项目。"
    assert derive_title(text) == "县长甲乙到某产业园调研重点项目"


def test_jinxing_before_a_visits_verb_is_left_out():
    text = "近日，区委书记甲乙到某电气公司进行现场调研，与企业职工亲切交谈。"
    assert derive_title(text) == "区委书记甲乙到某电气公司现场调研"
