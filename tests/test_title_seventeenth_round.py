"""Issue 18, round 17: titles without furniture glued to their ends (invented sentences)."""

from public_records.extract.title import derive_title, derive_title_with_evidence
from public_records.ingest.process import process
from public_records.model import Record


def test_a_caption_set_as_a_headline_and_closed_by_its_photographer_is_no_title():
    # through the whole pipeline: the title step reads the text once Simplified, after
    # the cleaner moved the caption (and its credit) out; the title is the lead's
    raw = (
        "縣長王五慰問某鎮困難群眾 李四 攝\n"
        "1月5日，副縣長趙六在某鎮走訪慰問困難群眾，送去米麵和慰問金。\n"
        "趙六與群眾親切交談。"
    )
    record = process(Record("x", "x.txt", "0", "utf-8", raw))
    assert record.title_hans == "副县长赵六在某镇走访慰问困难群众"
    assert record.captions == ("縣長王五慰問某鎮困難群眾 李四 攝",)
    assert [(c.role, c.name) for c in record.credits] == [("摄影", "李四")]


def test_attendants_of_a_meeting_are_the_subject_not_the_deed():
    text = (
        "1月9日，参加县政协会议的农业界、科技界委员们分别在指定地点，围绕政府工作报告进行讨论。\n"
        "委员们畅所欲言，提出意见建议。"
    )
    assert derive_title(text) == "参加县政协会议的委员们围绕政府工作报告进行讨论"


def test_attendants_of_a_long_session_name_keep_their_deed():
    text = (
        "3月2日，出席某某县第十届人民代表大会第三次会议的工人、农民、教师、医生代表们分组在驻地，"
        "认真审议县人民政府工作报告。\n代表们一致认为报告实事求是。"
    )
    assert derive_title(text).endswith("审议县人民政府工作报告")


_ROSTER = "区委书记甲乙，区政协主席丙丁，区领导戊己参加。"
_AFTER = "\n庚辛一行来到某水库工程现场，察看项目建设进展。\n庚辛对我区工作给予充分肯定。"


def test_attendance_roster_gives_way_to_a_caption_in_the_text():
    text = _ROSTER + "\n▲市政协副主席庚辛一行考察某水库工程。记者 壬癸 摄" + _AFTER
    assert derive_title(text) == "市政协副主席庚辛一行考察某水库工程"


def test_attendance_roster_gives_way_to_a_caption_the_cleaner_moved():
    captions = ["▲市政协副主席庚辛一行考察某水库工程。记者 壬癸 摄"]
    title, _evidence = derive_title_with_evidence(_ROSTER + _AFTER, captions=captions)
    assert title == "市政协副主席庚辛一行考察某水库工程"


def test_subtitle_glued_before_the_lead_is_no_part_of_the_title():
    text = (
        "• 建言献策 共谋发展\n\n      ——某县政协会议首场“委员讲堂”扫描   "
        "3月4日，某县政协召开九届常委会议，主席王五主持。\n会议审议了有关事项。"
    )
    assert derive_title(text) == "某县政协召开九届常委会议"


def test_place_set_by_its_side_is_a_leading_clause():
    text = "5月6日上午，某县人民会堂东侧，某县第三届全民读书节开幕。\n县长王五宣布开幕。"
    assert derive_title(text) == "某县第三届全民读书节开幕"
