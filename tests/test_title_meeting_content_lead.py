"""A page that lost the sentence saying who met, its lead only what the meeting said
(会议指出，加快推进某某建设是…要求。): titled by the head who spoke there asking for the task
(区长甲乙要求加快推进某某建设), not by the meeting's words cut at a length (invented
sentences)."""

from public_records.extract.title import derive_title

SAID = "会议指出，加快推进某某基站规划建设是贯彻落实某某战略和某某工程建设的客观要求。"
ASKED = "会议要求，一是要尊重市场规律；二是要与城市规划相配套。"


def test_meeting_said_then_the_head_speaks():
    text = SAID + "\n" + ASKED + "\n区长甲乙指出，某某基站建设既是发展问题，也是民生问题。"
    assert derive_title(text) == "区长甲乙要求加快推进某某基站规划建设"


def test_head_speaks_in_his_speech():
    text = SAID + "\n县委书记丙丁在讲话中强调，要全力支持某某基站建设。"
    assert derive_title(text) == "县委书记丙丁要求加快推进某某基站规划建设"


def test_traditional_forms():
    text = (
        "會議強調，加強某某隊伍建設是做好某某工作的重要保障。\n縣長甲乙指出，要抓好某某隊伍建設。"
    )
    assert derive_title(text) == "縣長甲乙要求加強某某隊伍建設"


def test_guard_no_speaker_leaves_the_lead():
    text = SAID + "\n" + ASKED
    assert "要求加快推进" not in derive_title(text)


def test_guard_meeting_said_without_a_task():
    text = "会议指出，当前形势严峻。\n区长甲乙指出，要抓好各项工作。"
    assert "要求" not in derive_title(text)


def test_guard_a_lead_saying_who_met_unchanged():
    text = (
        "5月6日，区长甲乙主持召开区政府常务会议，研究某某基站建设。\n"
        + SAID
        + "\n区长甲乙指出，要全力支持。"
    )
    assert derive_title(text) == "区长甲乙主持召开区政府常务会议研究某某基站建设"


SPEECH = (
    "甲乙在讲话时指出，当前，某县正处在赶超发展的关键时期，必须倍加珍惜。"
    "到年底还仅有四个多月的时间，各级领导都要全力以赴。"
)


def test_lead_inside_a_speech_said_by_its_speaker():
    text = SPEECH + "\n县政协主席丙丁，县委常委戊己、庚辛等出席会议。"
    assert derive_title(text) == "甲乙在会议上讲话"


def test_guard_a_speech_with_no_meeting_named():
    assert "在会议上讲话" not in derive_title(SPEECH + "\n某县各项工作稳步推进。")


def test_guard_a_speaker_on_another_subject_asks_for_nothing():
    text = (
        "会议指出，加快推进某某基站建设是贯彻落实某某战略的要求。\n会议还研究了其他事项。\n"
        "县委书记甲乙指出，要抓好安全生产。"
    )
    assert derive_title(text) == "会议指出加快推进某某基站建设是贯彻落实某某战略的要求"


def test_the_speaker_who_names_the_task_again_is_taken():
    text = SAID + "\n县委书记甲乙指出，要抓好安全生产。\n区长丙丁强调，要全力推进某某基站建设。"
    assert derive_title(text) == "区长丙丁要求加快推进某某基站规划建设"


def test_the_pipeline_titles_a_traditional_speech_lead_in_simplified():
    # process() derives the title from the canonical Simplified text: the words put in
    # (在会议上讲话) and the lead's own are of one script.
    from public_records.ingest.process import process
    from public_records.model import Record

    text = "甲乙在講話時指出，當前正處在關鍵時期。\n丙丁等出席會議。"
    record = process(Record("t", "t.txt", "", "utf-8", text))
    assert record.title_hans == "甲乙在会议上讲话"
