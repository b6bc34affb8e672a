"""Round town43 (issue 11): a township council's minutes open each line with who speaks
and a colon (主席A：…, 林代表长征：…, 宋课长政霖：…); the one named there speaks.
Invented sentences."""

from public_records.extract.officials import find_officials


def _roles(text):
    return {m.name: sorted(m.roles) for m in find_officials(text)}


MINUTES = (
    "某乡民代表会第五届第二次定期大会议事录\n"
    "主席陈志明：各位同仁好，出席代表已达法定人数，现在开会。\n"
    "黄代表文雄：请问建设课，村道拓宽工程做到哪里？\n"
    "吴课长美玲：目前正在设计，下个月发包。\n"
    "黄代表文雄：好，谢谢！\n"
)


def test_chair_who_opens_a_line_speaks():
    assert "speaker" in _roles(MINUTES)["陈志明"]


def test_deputy_and_section_chief_written_around_their_posts_speak():
    got = _roles(MINUTES)
    assert got["黄文雄"] == ["speaker"]
    assert got["吴美玲"] == ["speaker"]


def test_guard_heading_colon_at_line_end_says_nothing():
    got = _roles("出席领导：\n县长王建设、副县长李红梅。\n")
    assert "speaker" not in got.get("王建设", [])


def test_guard_name_after_colon_is_no_speaker():
    got = _roles("主持人：副县长赵晓东\n会议强调，要抓好落实。\n")
    assert "speaker" not in got.get("赵晓东", [])


# The integrator's narrowing at the merge: a roster's or a division of work's line gives a
# post or a charge after its colon, and says nothing; a name alone before a colon is no
# speaker either (a roster's name).
DIVISION_OF_WORK = (
    "某县政府领导分工\n县长周立新：负责县政府全面工作。\n副县长韩清和：分管农业农村、水利工作。\n"
)


def test_a_division_of_work_line_is_no_speech():
    got = _roles(DIVISION_OF_WORK)
    assert "speaker" not in got.get("周立新", [])
    assert "speaker" not in got.get("韩清和", [])


def test_a_post_after_the_colon_is_no_speech():
    got = _roles("出席会议的有：\n主席团常务主席钱友德：县委副书记\n")
    assert "speaker" not in got.get("钱友德", [])
