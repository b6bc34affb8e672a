"""Issue 18, titles, round 10: rules made on the development parts' title misses, each
checked on invented sentences and names (no real page's sentence)."""

from public_records.extract.title import derive_title


def test_a_damage_mark_where_a_sentence_ended_ends_the_title():
    text = (
        "5月6日，县人大常委会主任甲乙主持召开县人大常委会第九次会议〓〓县人大常委会副主任"
        "丙丁、戊己出席会议。各委室负责人列席。\n会议听取了有关报告。"
    )
    assert derive_title(text) == "县人大常委会主任甲乙主持召开县人大常委会第九次会议"
    text = "4月2日，某县政协召开第八次常委会议〓县政协主席、副主席出席了会议，会议由主席庚辛主持。"
    assert derive_title(text) == "某县政协召开第八次常委会议"


def test_a_damage_mark_inside_a_word_leaves_the_lead_whole():
    text = "5月6日，县长甲乙到某乡〓局调研安全生产工作，要求压实责任。"
    assert derive_title(text) == "县长甲乙到某乡〓局调研安全生产工作"


def test_a_comma_inside_a_quoted_slogan_does_not_end_the_lead_title():
    text = "5月6日，某市政协副主席甲乙率组到某县开展“修好乡村路，跑出振兴路”专题考察。"
    assert derive_title(text) == "某市政协副主席甲乙率组到某县开展“修好乡村路，跑出振兴路”专题考察"


def test_a_long_lead_title_ends_at_a_clause_end_not_inside_a_clause():
    text = (
        "某市某发展委员会明年预算今送议会联席审查，其中「办理某某顾问业务等相关费用」"
        "290万元遭议员全数搁置，要求重编。"
    )
    assert derive_title(text) == "某市某发展委员会明年预算今送议会联席审查"


def test_a_lead_title_does_not_end_with_a_leading_clause():
    text = "第三梯次「某乡长者出游交流活动」，受寒流影响，多日天候不佳，因此延期。"
    assert derive_title(text) == "第三梯次「某乡长者出游交流活动」"
