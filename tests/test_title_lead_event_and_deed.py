"""Round dev22t (issue 18): a title made from the lead says the event and the deed, not a
side part of the sentence. A bare meeting held to push a piece of work on (召开会议，推进…)
goes on with what it pushes; a duty beside an official's posts (某江市级河长) is not the post
a shortened title says him by; a roster with its head count after 一行 (一行11人) is said by
its first person and 一行, keeping where the party went; a head who leads (带队) and then the
people taken along before the deed says the deed without the people; a deed done on a topic
(围绕…开展调研) says the topic, not the places before it; a run of damage marks followed by
the next sentence's people only ends the title; a lead that opens with an event's sponsors
(由某局指导，某市主办，…承办的某某峰会成功举行) is titled by the event. Invented sentences."""

from public_records.extract.title import derive_title

# a bare meeting, then what it pushes on


def test_a_bare_meeting_goes_on_with_the_work_it_pushes():
    text = (
        "8月29日，某区召开会议，推进某某示范城市创建工作。会议指出，要做好考核准备。"
        "区长张三出席会议并讲话。\n"
    )
    assert derive_title(text) == "某区召开会议推进某某示范城市创建工作"


def test_a_forum_goes_on_with_what_it_asks_views_on():
    text = (
        "11月19日，市委召开老干部座谈会，征求对市第五次党代会报告的意见建议。"
        "市委书记张三出席会议并讲话。\n"
    )
    assert derive_title(text) == "市委召开老干部座谈会征求对市第五次党代会报告的意见建议"


def test_guard_a_forum_followed_by_who_spoke_stays():
    text = "11月19日，市委召开老干部座谈会，市委书记张三出席会议并讲话。\n"
    assert derive_title(text) == "市委召开老干部座谈会"


def test_guard_a_named_meeting_does_not_take_the_next_clause():
    text = "8月29日，某区召开安全生产工作会议，推进隐患排查整治。区长张三出席会议并讲话。\n"
    assert derive_title(text) == "某区召开安全生产工作会议"


# a duty beside the posts


def test_a_shortened_title_does_not_say_the_official_by_a_river_chief_duty():
    text = (
        "5月19日，某阳市委常委、统战部部长、市总工会主席、某江市级河长张三率队赴某县督导某江"
        "河长制工作暨调研某县干部周转房项目。上午11时许，调研组一行抵达某厂。\n"
    )
    title = derive_title(text)
    assert "河长张三" not in title
    assert title.startswith("某阳市委常委")
    assert "张三率队" in title


def test_guard_a_shortened_title_still_says_a_head_by_his_last_post():
    text = (
        "3月5日，某县县委副书记、县长张三带领县直有关部门负责人深入某镇某村、某某产业园和"
        "某某合作社调研春耕备耕和乡村振兴产业发展工作开展情况。\n"
    )
    assert "县长张三" in derive_title(text)


# a roster with its head count


def test_a_roster_with_a_head_count_is_said_by_its_first_person_and_keeps_the_place():
    text = (
        "8月18日上午，某县委副书记、县长张三、常务副县长李四、副县长王五一行11人到某某集团"
        "某某煤矿下井检查，督导安全生产。\n"
    )
    assert derive_title(text) == "某县委副书记、县长张三一行到某某集团某某煤矿下井检查"


def test_guard_a_roster_of_two_with_a_head_count_stays_whole():
    text = "8月18日上午，县长张三、副县长李四一行5人到某镇检查安全生产。\n"
    assert derive_title(text) == "县长张三、副县长李四一行到某镇检查安全生产"


# a head who leads, the people taken along, the deed


def test_a_led_party_is_said_by_its_deed_without_the_people_taken_along():
    text = (
        "7月17日，某县政协副主席张三带队，经济委组织部分市、县政协委员和县发展改革局、"
        "县财政局等相关部门领导对县属国有企业运行情况进行调研。\n"
    )
    assert derive_title(text) == "某县政协副主席张三带队调研县属国有企业运行情况"


def test_guard_a_led_visit_with_its_place_stays():
    text = "7月17日，某县副县长张三带队深入某镇检查安全生产工作，要求压实责任。\n"
    assert derive_title(text) == "某县副县长张三带队深入某镇检查安全生产工作"


# the topic, not the places


def test_a_deed_on_a_topic_says_the_topic_not_the_places_before_it():
    text = (
        "自5月中旬至6月上旬，某市政协副主席张三、李四带队组成调研组对某区、某县、某县等9个"
        "县市区围绕“创新提案办理工作机制”开展调研。调研组通过看现场了解情况。\n"
    )
    assert derive_title(text) == (
        "某市政协副主席张三、李四带队组成调研组围绕“创新提案办理工作机制”开展调研"
    )


def test_guard_a_deed_on_a_place_keeps_its_object():
    text = "5月6日，副县长张三对某局安全生产工作进行了检查，要求整改隐患。\n"
    assert derive_title(text) == "副县长张三检查某局安全生产工作"


# damage marks before the next sentence's people


def test_a_title_ends_at_damage_marks_before_the_next_sentences_people():
    text = (
        "11月1日，我县召开某某示范县创建工作推进会议〓〓委常委、政法委书记、县委某某办公室"
        "主任张三主持，并安排部署创建相关工作。\n会上，县司法局负责人传达了会议精神。\n"
    )
    assert derive_title(text) == "我县召开某某示范县创建工作推进会议"


def test_guard_a_damage_mark_inside_an_events_name_stays():
    text = (
        "本网讯 7月14日，全市某某种植实验〓J接^摩会与会领导在市人大常委会副主任张三带领下"
        "来某镇观摩。镇长李四陪同。\n"
    )
    assert derive_title(text) == "全市某某种植实验〓J接^摩会与会领导来某镇观摩"


# an event's sponsors


def test_a_lead_opening_with_sponsors_is_titled_by_the_event():
    text = (
        "7月23日到24日，由国家某某管理局指导，某州市委、市政府主办，某某学会、某某协会协办，"
        "某寨县委、县政府承办的某寨夏季康养峰会暨某某文化研讨会成功举行。某局副局长张三"
        "出席并致辞。\n"
    )
    assert derive_title(text) == "某寨夏季康养峰会暨某某文化研讨会成功举行"


def test_guard_a_lead_opening_with_a_leader_by_you_stays():
    text = "5月6日，由副县长张三带队，县直有关部门负责人到某镇检查安全生产工作。\n"
    title = derive_title(text)
    assert "检查安全生产工作" in title
    assert "张三" in title


# a party named in full after its head's 带领的


def test_a_party_named_in_full_after_its_head_gives_way_to_the_deed():
    text = (
        "昨日，省某委副主任张三带领的省某某长效机制建设民主监督第三监督调研组第3监督小组，"
        "对我市某某工作进行专项督查。监督小组先后前往某厂、某镇进行实地督查。\n"
    )
    assert derive_title(text) == "省某委副主任张三带领监督小组对我市某某工作进行专项督查"


def test_guard_a_party_led_to_a_place_keeps_its_name():
    text = "5月6日，省某委副主任张三带领调研组到某县调研乡村振兴工作。县长李四陪同。\n"
    assert derive_title(text) == "省某委副主任张三带领调研组到某县调研乡村振兴工作"


# a chain of posts the title does not know, too long for a headline


def test_a_long_chain_of_unknown_posts_is_said_by_its_first_post_not_cut():
    text = (
        "7月20日，某某大学高等研究院院长、某某大学原党委书记、首席教授、某某学者刘思远率调研组"
        "在某区调研中医药综合改革先行区建设工作，区领导张三等陪同。\n"
    )
    assert derive_title(text) == (
        "某某大学高等研究院院长刘思远率调研组在某区调研中医药综合改革先行区建设工作"
    )


def test_guard_a_short_chain_of_posts_stays_whole():
    text = "7月20日，某某大学党委书记、校长刘思远率调研组在某区调研，区长张三陪同。\n"
    assert derive_title(text) == "某某大学党委书记、校长刘思远率调研组在某区调研"
