"""Round titles55 (issue 18): a derived title keeps the lead's whole subject and its deed.
An official and 等 (the first of a roster) keeps the official, title chain and name, and the
group word the lead gives after 等; a roster of officials before 等 keeps its first (it was
said as the place's 领导, 区委书记甲等 -> 区领导, losing who led). The rule a deed is done by,
said between the doer and the deed (某县政府依某法第几条规定指派…), is left out, and 指派 is a
deed; the units an official takes along (带领/率领), listed and closed with 等部门 or 等单位
(带领乡安办、中心学校等部门深入…), are left out as the staff words' units are (after the
headline's own 率 they stay, as round 21 decided). Invented sentences."""

from public_records.extract.title import derive_title


def test_an_official_and_deng_keeps_the_official():
    text = "3月2日，区委书记甲乙等带队走访慰问困难老党员。"
    assert derive_title(text) == "区委书记甲乙等带队走访慰问困难老党员"


def test_a_chain_of_posts_before_deng_stays_whole():
    # the first post's place is not the group's (省委常委、市委书记: no 省领导)
    text = "昨日下午，省委常委、市委书记甲乙等考察了某市统筹城乡发展工作。"
    assert derive_title(text) == "省委常委、市委书记甲乙等考察某市统筹城乡发展工作"


def test_a_roster_before_deng_keeps_its_first_and_the_group_word():
    text = "1月8日，县委书记甲乙、县政协主席丙丁等县四大家领导看望慰问驻地官兵。"
    assert derive_title(text) == "县委书记甲乙等县四大家领导看望慰问驻地官兵"


def test_one_or_two_officials_without_deng_stay():
    # guards: no 等, nothing to say as a group
    assert derive_title("5月6日，县委书记张三、县长李四到某村调研。") == (
        "县委书记张三、县长李四到某村调研"
    )
    assert derive_title("5月6日，县政协主席甲乙一行走访慰问老同志。") == (
        "县政协主席甲乙一行走访慰问老同志"
    )


def test_the_rule_a_deed_is_done_by_is_left_out():
    text = (
        "某县某乡长甲乙因案遭羁押，某县政府依某某法第8条第2项规定指派参议丙丁代理乡长，"
        "于十二日上午在乡公所举办交接典礼。"
    )
    assert derive_title(text) == "某县某乡长甲乙因案遭羁押，某县政府指派参议丙丁代理乡长"


def test_a_word_opening_with_yi_or_a_basis_clause_stays():
    # guards: 依然 is no rule; a basis said as a clause of its own is left as before
    assert derive_title("5月6日，某镇依然按照规定开展防汛值守工作。") == (
        "某镇依然按照规定开展防汛值守工作"
    )
    assert derive_title("5月6日，根据某某规定，某局开展安全生产检查。") == ("某局开展安全生产检查")


def test_units_listed_before_deng_bumen_are_left_out():
    text = "9月1日，某乡党委委员甲乙带领乡安办、中心学校等部门深入各学校检查督导开学工作。"
    assert derive_title(text) == "某乡党委委员甲乙深入各学校检查督导开学工作"
    text = "1月20日，副市长甲乙率领商务局、消防救援大队等单位督查某区节前安全生产工作。"
    assert derive_title(text) == "副市长甲乙督查某区节前安全生产工作"


def test_units_with_their_people_or_cadres_brought_along_stay_as_before():
    # guards: 等部门负责人 is read by the staff words (left out, as before); cadres of the
    # units (等单位的干部) are a party the title keeps; after 率 the units stay (round 21)
    text = "1月20日，副县长甲乙率住建、应急等部门督查某园区节前安全生产工作。"
    assert derive_title(text) == "副县长甲乙率住建、应急等部门督查某园区节前安全生产工作"
    text = "9月1日，县长甲乙带领县应急局、县林业局等部门负责人到某镇检查。"
    assert derive_title(text) == "县长甲乙到某镇检查"
    text = "9月1日，县政协主席甲乙带领政协机关、县文联等单位的干部到某村开展志愿服务。"
    assert derive_title(text) == "县政协主席甲乙带领政协机关、县文联等单位的干部到某村开展志愿服务"
