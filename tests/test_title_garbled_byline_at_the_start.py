"""Round titles49 (issue 18): a reporters' byline at the text's start whose opening bracket
and first word a copy garbled (`。ㄓ浾 甲乙 通讯员 丙丁）`: a stray mark, a few odd
characters, the names, a reporter's word and the closing bracket) is no part of the lead, so
the row is not dropped as a broken fragment and the title is its news, not a later scene.
Invented sentences."""

from public_records.extract.title import derive_title

NEWS = (
    "为着力解决农村环境中的突出问题，某镇迅速启动“五大专项整治”百日行动，全面动员、"
    "全民参与，推动农村人居环境全面提升。\n"
    "连日来，某镇某路段，10多名人员正在对集镇违规经营的摊点进行清除整理。\n"
)
TITLE = "某镇迅速启动“五大专项整治”百日行动"


def test_a_garbled_byline_opening_the_text_is_no_part_of_the_lead():
    assert derive_title("。ㄓ浾 甲乙 丙丁 通讯员 戊己）" + NEWS) == TITLE


def test_a_garbled_byline_with_a_reporter_word_left_is_no_part_of_the_lead():
    assert derive_title("？浾 记者 甲乙 丙丁）" + NEWS) == TITLE


# guards


def test_a_whole_bracketed_byline_was_already_dropped():
    assert derive_title("（记者 甲乙 通讯员 戊己）" + NEWS) == TITLE


def test_a_broken_first_row_with_no_reporter_stays_dropped():
    text = "。某某 某某）今年以来成效明显。\n3月5日，县长甲乙到某镇调研春耕工作，副县长丙丁陪同。\n"
    assert derive_title(text) == "县长甲乙到某镇调研春耕工作"
