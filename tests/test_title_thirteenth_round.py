"""Issue 18, round 13: titles derived from the lead, shapes found on a survey of new
pages (invented leads, no real page's line)."""

from public_records.extract.title import derive_title


def test_a_means_phrase_before_the_deed_in_one_clause_stays():
    # 围绕… names the line the visit followed; the visit is in the same clause
    text = "1月5日，县委书记甲乙围绕乡村振兴到某镇调研，察看了产业园。\n"
    assert derive_title(text) == "县委书记甲乙围绕乡村振兴到某镇调研"


def test_manner_clauses_in_a_row_give_way_to_the_deed():
    # two clauses saying what the officials bring along (带着…，怀着…), then the visit
    for text in (
        "2月9日，甲乙、丙丁、戊己等县领导带着党和政府的关怀，带着对一线职工的牵挂，"
        "走访慰问春节在岗值班人员。\n",
        "2月9日，县委书记甲乙带着党和政府的关怀，怀着对群众的深情，走访慰问困难群众。\n",
    ):
        title = derive_title(text)
        assert title.endswith(("走访慰问春节在岗值班人员", "走访慰问困难群众")), title
        assert "牵挂" not in title and "深情" not in title, title


def test_a_manner_clause_alone_still_gives_way():
    text = "2月9日，县委书记甲乙带着党和政府的关怀，走访慰问困难群众。\n"
    assert derive_title(text) == "县委书记甲乙走访慰问困难群众"


def test_one_after_another_is_not_said():
    # 先后 (one after another) before a visit or a meeting: headlines leave it out
    text = "3月2日，县长甲乙先后到某镇、某乡调研春耕生产。\n"
    assert derive_title(text) == "县长甲乙到某镇、某乡调研春耕生产"
    assert derive_title("3月2日，某县两会筹备座谈会先后召开。\n") == "某县两会筹备座谈会召开"


def test_a_list_of_places_closed_by_deng_gives_way_to_the_deed():
    # the officials go to several places (…、…等地) to do one thing: headlines say the thing
    text = "2月8日，县领导分组前往县人民武装部、县武警中队、县消防大队等地开展八一慰问活动。\n"
    assert derive_title(text) == "县领导分组开展八一慰问活动"
    text = "2月8日，市政协主席甲乙带领部分市政协委员赴某市、某区等视察经济社会发展情况。\n"
    assert derive_title(text) == "市政协主席甲乙带领部分市政协委员视察经济社会发展情况"


def test_places_without_deng_or_a_list_of_tasks_stay():
    assert derive_title("2月8日，县长甲乙到某镇、某乡调研春耕生产。\n") == (
        "县长甲乙到某镇、某乡调研春耕生产"
    )
    text = "2月8日，县长甲乙到某镇检查安全生产、消防等工作开展情况。\n"
    assert derive_title(text) == "县长甲乙到某镇检查安全生产、消防等工作开展情况"


def test_zhankai_and_huikan_are_deeds():
    # 展开 (as 开展) and Taiwan's 会勘 (a site inspection) say what was done
    text = "6月19日下午，某县长甲乙深入某乡、某镇，展开会勘行程，并同意拨款改善道路。\n"
    assert derive_title(text) == "某县长甲乙会勘"
    text = "某县长甲乙18日会勘某乡道路改善工程，并同意拨款。\n"
    assert derive_title(text) == "某县长甲乙会勘某乡道路改善工程"


def test_a_speaker_with_nothing_said_does_not_end_a_title():
    text = "某市议会今日决议将总质询时间调整为全天，市府发言人甲乙表示，尊重议会决定。\n"
    assert derive_title(text) == "某市议会决议将总质询时间调整为全天"


def test_a_speaker_at_an_event_attended_it():
    # 在某典礼上表示 / 在某典礼致辞时说: a headline says the speaker attended the event
    for text in (
        "某局局长甲乙今日在某中心开幕典礼上表示，新中心将为居民提供服务。\n",
        "某局局长甲乙今日在某中心开幕典礼致辞时说，新中心将为居民提供服务。\n",
    ):
        assert derive_title(text) == "某局局长甲乙出席某中心开幕典礼", text


def test_the_people_visited_are_said_by_who_they_are():
    # two names and 等 with a count, or a count alone, before who they are
    text = "1月20日，某县政协主席甲乙走访慰问丙丁、戊己等7位退休老领导。\n"
    assert derive_title(text) == "某县政协主席甲乙走访慰问退休老领导"
    text = "1月20日，某县政协主席甲乙看望慰问12户困难群众。\n"
    assert derive_title(text) == "某县政协主席甲乙看望慰问困难群众"


def test_a_trip_is_said_as_its_deed():
    text = "某中心副执行长甲乙率领团队赴某县展开为期两天的拜会行程，拜访县长。\n"
    assert derive_title(text) == "某中心副执行长甲乙率领团队赴某县拜会"


def test_an_activity_done_for_people_is_held():
    text = "新春佳节来临之际，某镇党委、政府对辖区老党员、困难群众进行了“送温暖”春节慰问活动。\n"
    assert derive_title(text) == "某镇党委、政府开展“送温暖”春节慰问活动"
