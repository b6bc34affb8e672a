"""Titles made from the lead on real pages' shapes (issue 18, sixth round): broken
caption rows and damaged clauses before the lead, a visit's list of tasks, a delegation
led by one official, 对…开展 said verb first, and a lead that first says what is to come."""

from public_records.extract.title import derive_title


def test_a_row_opening_with_a_full_stop_is_a_broken_caption_not_the_lead():
    text = "（图为座谈会现场）\n。某区委书记甲乙主持迎春座谈会)\n1月30日下午，某区召开驻区单位迎春座谈会。"
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
