"""Issue 18, round 21: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title


def test_counted_list_too_long_gives_its_count():
    # a list closed by 等 and its count, too long for a headline: the count and what
    # they are, not an ellipsis inside the list
    text = (
        "近日，某某区副区长、某某新城党工委书记甲乙带队深入某某新城、某某街道、某某开发区"
        "等地，对挂包的某某在线网络信息技术有限公司、某某智能电气设备制造有限公司、"
        "某某新型材料有限公司等12家企业开展走访活动。"
    )
    assert derive_title(text) == (
        "某某区副区长、某某新城党工委书记甲乙带队对挂包的12家企业开展走访活动"
    )


def test_addressee_pointing_back_goes_when_too_long():
    # 向这位… names again whom the place before it named: too long, it goes, no ellipsis
    text = (
        "日前，某某镇政协联络组组织全体委员来到了该镇某某村的甲乙老人家里，"
        "向这位常年卧病在床的村老支书转达了党和政府对他的关心和问候。"
    )
    assert derive_title(text) == (
        "某某镇政协联络组组织全体委员到该镇某某村的甲乙老人家里转达了党和政府对他的关心和问候"
    )


def test_aim_and_steps_with_no_doer_give_way_to_next_paragraph():
    # a first paragraph that only states an aim and the steps to it (no one doing them,
    # no day): the news is the next paragraph's
    text = (
        "为进一步改善营商环境、拓宽政企沟通渠道，某某区推出新举措，设立“企业服务日”，"
        "搭建与企业面对面交流的平台，让政企关系更加紧密。\n"
        "近日，某某区委书记甲乙参加首期“企业服务日”活动，与10家重点企业负责人座谈。"
    )
    assert derive_title(text) == "某某区委书记甲乙参加首期“企业服务日”活动"


def test_topic_closed_by_the_deed_goes_when_too_long():
    # 就…情况进行考察学习 in one clause, too long for a headline: the deed without the topic
    text = (
        "日前，某某市某某县人大常委会副主任甲乙一行来我县就乡村振兴示范片区建设情况、"
        "代表联络站与代表履职平台建设情况进行考察学习。"
    )
    assert derive_title(text) == "某某市某某县人大常委会副主任甲乙一行来我县考察学习"


def test_units_taken_along_keep_their_group_word():
    # 率甲、乙、丙等部门: the list keeps its first two, 等 and 部门; 对…展开督查 is said verb first
    text = "本报讯 5日，副县长甲乙率住建、应急、交通等部门，对某某园区节前安全生产工作展开督查。"
    assert derive_title(text) == "副县长甲乙率住建、应急等部门督查某某园区节前安全生产工作"


def test_check_and_guide_after_jinxing_is_said_verb_first():
    text = "8月3日，某某县副县长甲乙对某某镇的非煤矿山企业的安全生产工作进行了现场检查指导。"
    assert derive_title(text) == "某某县副县长甲乙检查指导某某镇的非煤矿山企业的安全生产工作"


def test_purpose_glued_to_its_subject_is_leading():
    # 为… with no comma before the subject: the aim ends at 工作, the subject follows
    text = "10月8日，为进一步做好秋冬季森林防火工作县委书记甲乙带队到某某镇检查防火设施。"
    assert derive_title(text) == "县委书记甲乙带队到某某镇检查防火设施"


def test_purpose_glued_to_a_place_is_leading():
    text = "为切实做好汛期安全工作某某镇召开防汛抗旱工作部署会。"
    assert derive_title(text) == "某某镇召开防汛抗旱工作部署会"


def test_mood_paragraph_gives_way_to_dated_visit_with_zoujin():
    # a first paragraph of mood (…… and no day) and a dated paragraph whose party 走进 a
    # place: the visit is the news
    text = (
        "新春将至，寒意正浓。嘘寒问暖、促膝谈心、送上年货……某某镇党委政府的关怀，细致入微。\n"
        "1月20日，某某镇党委书记甲乙一行走进某某村敬老院，为老人们送去了棉衣等物资。"
    )
    assert derive_title(text) == "某某镇党委书记甲乙一行走进某某村敬老院"
