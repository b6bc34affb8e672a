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
