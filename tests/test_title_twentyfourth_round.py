"""Issue 18, round 24: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title


def test_weather_braved_after_leading_a_party_gives_way_to_the_deed():
    # 带队冒酷暑、顶烈日，: the weather braved closes the clause; the deed after it is the title
    text = "7月5日上午，县长甲乙带队冒酷暑、顶烈日，深入某某镇检查防汛工作。"
    assert derive_title(text) == "县长甲乙带队深入某某镇检查防汛工作"


def test_weather_braved_in_a_clause_of_its_own():
    text = "1月8日，镇长甲乙带领包村干部，冒着零下十度严寒，走访慰问某某村困难群众。"
    assert derive_title(text) == "镇长甲乙带领包村干部走访慰问某某村困难群众"


def test_weather_braved_after_the_subject_alone():
    text = "7月5日，县长甲乙冒雨，到某某乡察看灾情。"
    assert derive_title(text) == "县长甲乙到某某乡察看灾情"


def test_weather_braved_inside_its_clause_stays():
    text = "7月5日，县长甲乙冒雨深入某某镇检查防汛工作。"
    assert derive_title(text) == "县长甲乙冒雨深入某某镇检查防汛工作"


def test_places_listed_over_commas_go_on_to_the_deed():
    # the list of places runs on past commas to its 等地 and the deed: the title is not
    # cut after the first places
    text = (
        "11月27日，区长甲乙带领区征收办先后来到东风路口、幸福社区东组、西组，"
        "胜利街道南组、北组，实验小学、第三中学等地现场办公，副区长丙丁等参加。"
    )
    assert derive_title(text) == "区长甲乙带领区征收办到东风路口、幸福社区东组等地现场办公"


def test_places_then_people_along_are_no_list():
    text = "11月27日，区长甲乙到某某镇，某局局长丙丁等陪同。"
    assert derive_title(text) == "区长甲乙到某某镇"


def test_three_short_place_names_before_their_deng_di_stay_places():
    # 甲村、乙村、丙村等地: places, not the names of people visited
    text = "3月2日，区长甲乙来到东关、西关、南关等地现场办公。"
    assert derive_title(text) == "区长甲乙到东关、西关等地现场办公"


def test_people_after_deng_are_the_group():
    # …等人来到: the group came (the first official and 等, not 等人)
    text = (
        "8月16日上午，县委书记甲乙与副县长丙丁、县政协副主席戊己等人来到某某工程建设工地，"
        "督查工程进展情况。"
    )
    assert derive_title(text) == "县委书记甲乙等督查工程进展情况"


def test_taiwan_tomorrow_in_brackets_is_left_out():
    text = "新北市长甲乙明(21)日将前往某区主持动土典礼，下午出席颁奖典礼。"
    assert derive_title(text) == "新北市长甲乙将前往某区主持动土典礼"


def test_news_column_glued_by_a_hyphen_is_cut_from_the_headline():
    text = (
        "县长甲乙召开全县安全生产专项整治工作会议-焦点速讯\n"
        "11月28日上午，县长甲乙召开全县安全生产专项整治工作会议，部署冬季安全生产工作。"
    )
    assert derive_title(text) == "县长甲乙召开全县安全生产专项整治工作会议"


def test_hyphen_inside_a_headline_stays():
    text = (
        "某某至某某高速公路-某某段建设推进会召开\n"
        "3月2日，某某至某某高速公路某某段建设推进会召开，县长甲乙出席。"
    )
    assert derive_title(text) == "某某至某某高速公路-某某段建设推进会召开"


def test_outlet_glued_before_the_purpose_is_the_dateline():
    text = "某某县政府网为进一步做好防汛工作，7月2日，县长甲乙到某镇检查防汛工作。"
    assert derive_title(text) == "县长甲乙到某镇检查防汛工作"


def test_release_account_before_the_purpose_is_the_dateline():
    text = "平安某某发布 为做好春节期间安全工作，1月20日，县长甲乙到某镇检查安全生产。"
    assert derive_title(text) == "县长甲乙到某镇检查安全生产"


def test_people_taken_along_over_several_clauses_give_way_to_the_deed():
    # 带领甲，乙，丙，某局负责人，深入…: the roster runs on over clauses of its own; the
    # title keeps the first of them and 等, then what the party did
    text = (
        "7月5日，县委书记甲乙带领县委常委、常务副县长丙丁，县委常委、组织部部长戊己，"
        "副县长庚辛，县水利局、县应急局主要负责人，深入某某镇检查防汛工作。"
    )
    assert derive_title(text) == "县委书记甲乙带领县委常委、常务副县长丙丁等深入某某镇检查防汛工作"


def test_staff_of_many_named_units_are_left_out():
    text = (
        "7月5日，县委书记甲乙带领县委办、县政府办、县水利局、县应急局、县住建局、县交通局、"
        "县自然资源局、县农业农村局等单位主要负责同志，深入某某镇检查防汛工作。"
    )
    assert derive_title(text) == "县委书记甲乙深入某某镇检查防汛工作"


def test_leaders_taken_along_are_no_staff():
    # 市四大班子领导 are leaders, not a unit's staff: they stay with 带领
    text = (
        "2月22日下午，市委书记甲乙带领市四大班子领导、市直单位负责同志和各县主要负责同志，"
        "深入到某某示范区开展重点项目观摩讲评活动。"
    )
    assert derive_title(text).startswith("市委书记甲乙带领市四大班子领导")


def test_those_along_with_their_attendance_word_are_passed_after_leading():
    # 带队，某局、某局负责人参加，深入…: the attendance clause is the people along
    text = "7月5日，县长甲乙带队，县水利局、县应急局、县住建局负责人参加，深入某某镇检查防汛工作。"
    assert derive_title(text) == "县长甲乙带队深入某某镇检查防汛工作"


def test_inspection_list_keeps_its_first_two_tasks():
    # 检查公益林管护、森林防火、秸秆禁烧等工作: the first task alone does not say the
    # inspection was about fire prevention
    text = "3月2日，县长甲乙一行到某镇检查公益林管护、森林防火、秸秆禁烧等工作。"
    assert derive_title(text) == "县长甲乙一行到某镇检查公益林管护、森林防火等工作"


def test_carrying_out_policies_in_full_is_a_deed():
    # 全面落实 is a deed as 全面推进 is: the town that did it is the title, not the next
    # clause's fragment
    text = (
        "近日，受冷空气影响，我市出现持续寒冷天气，为了保障困难群众生命安全，"
        "某某镇全面落实各项救助政策，持续强化寒潮天气应对工作，用实际行动为困难群众送温暖。"
    )
    assert derive_title(text) == "某某镇全面落实各项救助政策"


def test_who_came_along_is_no_purpose_of_going():
    # 到某镇，某某等参加: those along are not what the visit was for (was 区领导参加)
    text = "3月2日上午，区长甲乙到某某镇，区委常委丙丁等参加。"
    assert derive_title(text) == "区长甲乙到某某镇"


def test_a_party_led_somewhere_keeps_where_it_went():
    text = "3月2日上午，区长甲乙带队，到某某镇，区委常委丙丁等参加。"
    assert derive_title(text) == "区长甲乙带队到某某镇"
