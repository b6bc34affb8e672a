"""Issue 18, round 20: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title


def test_task_group_head_keeps_the_deed():
    # the task of a group whose head is named (督导组组长) is no verb; a chain of posts too
    # long for a headline keeps the first post and the name, not 等 after a post
    text = (
        "3月3日，市“深化作风能力优化营商环境”专项行动第二巡回督导组组长、市政协专职常委、"
        "一级巡视员甲乙一行到某某区调研并召开座谈会。"
    )
    assert derive_title(text) == (
        "市“深化作风能力优化营商环境”专项行动第二巡回督导组组长甲乙一行调研并召开座谈会"
    )


def test_roster_joined_by_yu_keeps_its_first_holder():
    # people joined by 与 and 和 are a roster: too long, it keeps its first holder, the
    # group the deed's clause names and the deed (no ellipsis, no first holder lost)
    text = (
        "4月2日，县委书记甲乙与县委副书记、县长丙丁，县人大常委会主任戊己和县政协主席庚辛"
        "等县领导到某某镇某某村检查指导秋收秋种和秸秆禁烧工作。"
    )
    assert derive_title(text) == "县委书记甲乙等县领导检查指导秋收秋种和秸秆禁烧工作"


def test_clause_of_how_the_deed_came_about_is_leading():
    text = "5月8日，经村民及某某村村长甲乙反映，县议员丙丁邀集水利局人员到现场会勘。"
    assert derive_title(text) == "县议员丙丁邀集水利局人员到现场会勘"


def test_where_the_reporter_heard_it_is_leading():
    text = "近日，记者从县应急管理局获悉，县长甲乙带队检查了全县防汛工作。"
    assert derive_title(text) == "县长甲乙带队检查全县防汛工作"


def test_campaign_pushed_on_by_a_place_keeps_the_place():
    text = "连日来，某某镇多措并举，全力推进秸秆禁烧工作。"
    assert derive_title(text) == "某某镇全力推进秸秆禁烧工作"


def test_aim_naming_people_goes_on_with_the_purpose():
    # 党员干部 in the aim's object names no doer
    text = "为进一步加强党风廉政建设，增强党员干部廉洁自律意识，某某镇召开党风廉政建设工作会议。"
    assert derive_title(text) == "某某镇召开党风廉政建设工作会议"


def test_party_taken_along_goes_past_how_it_went_about_it():
    # 采取…的方式 between the party and where it went: the deed is kept, the staff left out
    text = (
        "7月6日，市委常委、常务副市长甲乙率公安、住建、应急等部门负责人，采取“四不两直”的"
        "方式，前往某某化工、某某燃气等处，督查高温期间安全生产监管工作。"
    )
    assert derive_title(text) == "市委常委、常务副市长甲乙督查高温期间安全生产监管工作"


def test_staff_taken_along_with_lv_are_left_out():
    text = "6月2日，县长甲乙率有关部门负责人检查某某水库防汛工作。"
    assert derive_title(text) == "县长甲乙检查某某水库防汛工作"


def test_this_town_after_a_scene_is_the_town_the_scene_names():
    text = (
        "6月29日，在某某镇某某村环境整治现场，群众扫的扫，装的装，一派热火朝天的场面。\n"
        "该镇成立了环境卫生综合整治指挥部，由镇党委书记甲乙任指挥长。\n"
        "自6月29日开始，镇长丙丁、镇人大主席戊己分别带领一个检查组，深入各村验收打分。"
    )
    assert derive_title(text) == "某某镇成立环境卫生综合整治指挥部"


def test_captions_of_speakers_at_an_unnamed_meeting_give_way_to_the_lead():
    text = (
        "县委书记甲乙在会上讲话\n县长丙丁主持会议\n"
        "10月5日，某某县召开秸秆禁烧工作推进会。县委书记甲乙出席并讲话，县长丙丁主持。"
    )
    assert derive_title(text) == "某某县召开秸秆禁烧工作推进会"


def test_tongzhi_after_an_officials_name_is_left_out():
    text = "1月30日上午，县长甲乙同志带队开展多部门联合检查。副县长丙丁参加检查。"
    assert derive_title(text) == "县长甲乙带队开展多部门联合检查"


def test_party_led_by_someone_is_taken_along_by_the_leader():
    text = "为推动“两会”精神落地落实，3月15日，由县政协主席甲乙带队，县政协部分委员到某镇开展视察。"
    assert derive_title(text) == "县政协主席甲乙带领县政协部分委员到某镇开展视察"


def test_roster_joined_by_yu_in_one_clause_keeps_its_first_holder_and_the_deed():
    # no comma in the roster: too long, the first holder, 等 and the deed, no ellipsis
    text = (
        "4月2日，市人大常委会党组书记、主任甲乙与市人大常委会党组副书记、副主任丙丁带领部分"
        "市人大代表到某某区视察城市基础设施建设情况。"
    )
    assert derive_title(text) == (
        "市人大常委会党组书记、主任甲乙等带领部分市人大代表视察城市基础设施建设情况"
    )
