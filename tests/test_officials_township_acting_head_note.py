"""Round town43 (issue 11): a township's or street's acting head carries a note in
brackets between title and name (副镇长（主持工作）A): the note is part of the post, its
主持 chairs no meeting, and the name after it is the holder's. Invented sentences."""

from public_records.extract.officials import find_officials


def _roles(text):
    return {m.name: (m.title, sorted(m.roles)) for m in find_officials(text)}


def test_acting_deputy_mayor_found_after_note():
    got = _roles("镇党委副书记、副镇长（主持工作）王大明，镇人大主席李小红参加会议。")
    assert got["王大明"] == ("镇党委副书记、副镇长", ["attendee"])
    assert got["李小红"] == ("镇人大主席", ["attendee"])


def test_note_chairs_nothing_for_the_name_before_it():
    got = _roles(
        "街道党工委书记周海波，街道党工委副书记、办事处副主任(主持工作)孙立新等参加会议。"
        "区民政局局长吴文辉主持会议。"
    )
    assert got["周海波"][1] == ["attendee"]
    assert got["孙立新"] == ("街道党工委副书记、办事处副主任", ["attendee"])
    assert got["吴文辉"][1] == ["chair"]


def test_daily_work_note_and_own_chairing():
    got = _roles("乡党委副书记、副乡长（主持日常工作）钱文斌主持会议并讲话。")
    assert got["钱文斌"] == ("乡党委副书记、副乡长", ["chair", "speaker"])


def test_guard_unbracketed_acting_head_unchanged():
    got = _roles("县交通局主持工作的副局长彭东来向调研组一行介绍情况。")
    assert got["彭东来"][1] == ["speaker"]


def test_guard_other_notes_and_plain_chair_unchanged():
    got = _roles("党工委书记（兼）周立群出席。镇长郑国安主持会议。")
    assert got["周立群"][1] == ["attendee"]
    assert got["郑国安"][1] == ["chair"]
