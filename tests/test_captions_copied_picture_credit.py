"""A copied picture's credit (翻摄) closing a caption: one mechanism for the cleaner and the
title step (round credits45, the move stop 44 left: extract/title.py's `_REPRODUCED_CREDIT`
now lives in clean/captions.py's `_CREDITED_LINE`). The cleaner moves the whole line as a
caption, not only its bracket; the title step still never takes such a line for the
headline. Sentences and names invented."""

from public_records.clean.captions import closed_by_photographer, move_captions
from public_records.extract.title import _is_photo_caption

LEAD = "5月6日,县长甲乙丙出席某镇公所落成典礼并致辞。"


def test_a_caption_closed_by_a_copied_pictures_credit_is_a_caption():
    for line in (
        "某镇公所今天举行落成启用典礼／翻摄照片",
        "某镇公所举行升旗典礼。(图/记者丙丁翻摄)",
        "▲县长甲乙丙主持典礼，场面隆重。（图／记者丁戊翻摄）",
    ):
        assert closed_by_photographer(line)
        assert _is_photo_caption(line)


def test_the_cleaner_moves_the_whole_line_not_only_its_bracket():
    result = move_captions(LEAD + "\n某镇公所举行升旗典礼。(图/记者丙丁翻摄)\n会议强调要抓落实。")
    assert result.meta["captions"] == ["某镇公所举行升旗典礼。(图/记者丙丁翻摄)"]
    assert "升旗典礼" not in result.text


def test_guards_a_sentence_about_copying_stays():
    for line in ("县长甲乙丙说，要翻摄老照片。", "5月6日,县长甲乙丙到某镇调研,翻摄了档案。"):
        assert not closed_by_photographer(line)
        text = LEAD + "\n" + line
        assert move_captions(text).text == text


def test_guards_a_caption_after_a_date_stamp_begins_at_its_mark():
    result = move_captions("date 2026-03-03 ▲某镇公所举行典礼。（图／记者丙丁翻摄）\n" + LEAD)
    assert result.meta["captions"] == ["▲某镇公所举行典礼。（图／记者丙丁翻摄）"]
