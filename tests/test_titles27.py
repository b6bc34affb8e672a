"""Titles round 27 (issue 18, the headline a reader expects): a headline that shares its
row with the page's publishing stamp and source field, and a roster of holders named by
their units that a cut would leave without its deed. The sentences are invented."""

from public_records.extract.title import derive_title


def test_a_headline_before_its_stamp_and_source_on_the_leads_row_is_the_headline():
    text = (
        "某乡召开春季植树工作会 2031-03-02 09:15 来源：某某新闻网 编辑：甲乙 0 "
        "近日，某乡召开春季植树工作会，乡党委书记丙丁出席并讲话。会上部署了全乡植树任务。"
    )
    assert derive_title(text) == "某乡召开春季植树工作会"


def test_a_stamp_with_the_editor_field_alone_ends_the_headline_too():
    text = (
        "某街道开展老旧小区走访 2030-11-20 编辑：戊己 11月19日，某街道组织干部"
        "开展老旧小区走访，听取居民意见建议，梳理整改清单。"
    )
    assert derive_title(text) == "某街道开展老旧小区走访"


def test_a_roster_named_by_units_keeps_its_first_holder_and_the_deed():
    text = (
        "3月4日上午，市委某办甲乙、市某局治安科丙丁、市某局安全科戊己、县某局领导庚辛、"
        "某股负责人壬癸及后勤股负责人子丑一行来校督查春季开学安全工作，学校负责人陪同。"
    )
    assert derive_title(text) == "市委某办甲乙等一行来校督查春季开学安全工作"


def test_a_roster_that_fits_the_headline_is_kept_whole():
    text = "3月4日上午，市委某办甲乙、市某局丙丁、县某局戊己一行来校检查开学安全工作。"
    assert derive_title(text) == "市委某办甲乙、市某局丙丁、县某局戊己一行来校检查开学安全工作"


def test_an_aim_said_in_two_clauses_before_the_day_is_no_title():
    text = (
        "为广泛听取群众意见、汇聚各方智慧，充分发挥人大代表联系群众作用，6月3日，某区人大代表"
        "开展“进站听民声”专题接待活动。区人大常委会副主任甲乙参加活动。"
    )
    assert derive_title(text) == "某区人大代表开展“进站听民声”专题接待活动"


def test_an_aim_that_goes_on_with_a_doer_and_no_day_is_left_as_it_was():
    # no day after the aim: nothing says where the news begins
    text = "为推动工作落实，某镇召开专题会议，镇长甲乙主持。"
    assert derive_title(text) == "某镇召开专题会议"


def test_a_forum_jammer_run_glued_before_a_headline_is_cut():
    from public_records.clean.spam import remove_spam

    text = (
        "3 ~ k7 b2 W. ?! m —某街道持续推进老旧小区环境整治工作\n"
        "5月9日，某街道组织志愿者开展老旧小区环境整治，清理楼道杂物。"
    )
    cleaned = remove_spam(text).text
    assert cleaned.split("\n")[0] == "某街道持续推进老旧小区环境整治工作"
    assert derive_title(cleaned) == "某街道持续推进老旧小区环境整治工作"


def test_a_short_jammer_line_around_a_site_name_is_left_to_the_furniture_step():
    from public_records.clean.spam import remove_spam

    assert remove_spam("7 @8 a2 j s# l某某论坛某某论坛\n某镇召开会议。").edits == ()


def test_how_soon_a_place_acted_is_left_out_of_the_title():
    text = (
        "3月2日，全市防汛视频会议结束后，某县随即召开全县防汛工作部署会议，"
        "传达会议精神，副县长甲乙出席会议。"
    )
    assert derive_title(text) == "某县召开全县防汛工作部署会议"


def test_a_place_that_moved_quickly_keeps_its_deed():
    text = "4月5日，某乡迅速组织干部开展隐患排查。"
    assert derive_title(text) == "某乡迅速组织干部开展隐患排查"
