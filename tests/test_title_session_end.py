"""A session's end said as headlines say it (issue 18, titles, round 8;
data/title_rewrites.tsv, data/title_predicates.txt): 圆满完成各项议程 before 闭幕 is left
out, and 落下帷幕 is 闭幕."""

from public_records.extract.title import derive_title


def test_completing_the_agenda_before_closing_is_left_out():
    text = "1月25日上午，某省政协十届五次会议圆满完成各项议程，闭幕。省政协主席甲乙主持。"
    assert derive_title(text) == "某省政协十届五次会议闭幕"


def test_the_curtain_falling_is_the_close():
    text = (
        "11月21日上午，某某边区政协工作联系会第31次全体会议圆满落下帷幕，县领导甲乙、"
        "丙丁等出席会议。"
    )
    assert derive_title(text) == "某某边区政协工作联系会第31次全体会议闭幕"
