"""Names round 46 (stop 40, issue 11): minutes and council records write a person as
surname, title, given name (洪乡长成发, 卢课长玉美). When the given name opens with a
character that is also a surname, the title-first reading took 洪乡长 for a title and 成发
for a name; the person is 洪成发. The sentences are invented."""

from public_records.extract.officials import find_officials


def _names(text: str) -> set[str]:
    return {m.name for m in find_officials(text)}


def test_a_speaker_line_written_around_its_title_gives_surname_and_given_name():
    text = "乡政总质询\n韦乡长成刚:谢谢代表的关心,这条路明年动工。\n孔代表德明:好,谢谢乡长。"
    names = _names(text)
    assert "韦成刚" in names
    assert "成刚" not in names


def test_a_roster_of_surname_title_given_names_keeps_each_surname():
    text = "列席:邵镇长志远、郭课长玉兰、韦课长明辉。\n主席宣布开会。"
    names = _names(text)
    assert {"郭玉兰", "邵志远"} <= names
    assert "玉兰" not in names


def test_a_council_member_written_around_议员_before_a_mark():
    text = "总质询\n质询议员 邵议员成林、孔议员德明\n邵议员成林:\n请县长上报告台。"
    names = _names(text)
    assert "邵成林" in names
    assert "成林" not in names


def test_an_organ_before_a_title_keeps_its_name():
    # 区 opens an organ here (区领导), no surname: the name after the title stays whole.
    text = "会议由区领导张伟民主持,县长孔德明出席。"
    names = _names(text)
    assert {"张伟民", "孔德明"} <= names


def test_deputies_written_around_代表_in_a_roster_are_read():
    text = "出席:邵主席志远、郭代表玉兰、韦代表明辉、孔代表德明。\n列席:邵镇长志远。"
    names = _names(text)
    assert {"郭玉兰", "韦明辉", "孔德明"} <= names


def test_a_deputy_speaker_line_written_around_代表():
    text = "乡政总质询\n孔代表德明:请乡长上报告台。\n韦乡长成刚:代表好。"
    assert "孔德明" in _names(text)


def test_代表_as_a_verb_or_a_greeting_gives_no_deputy():
    # 代表 on behalf of an organ, a delegation (代表团) and a greeting (邵代表好。) name none.
    text = "会上,郭代表县委致辞。\n韦代表团一行抵达。\n孔乡长德明:邵代表好。"
    names = _names(text)
    assert not {"郭县委", "韦团一", "邵好"} & names
