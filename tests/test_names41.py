"""Officials on real pages (issue 11, names round 41: recall on real pages). A
one-character adverb between a titled name and its act (却, 特, 继: 局长X却答复…, 县长X特率…,
市长X继出席…) ends the name as a day word (昨) does: only when an act or a word of speech
follows it, so the adverb is not read as the given name's last character. Sentences and
names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_an_adverb_of_contrast_after_a_titled_name():
    text = "议员质疑工程延宕，工务局长郑文华却答复说进度正常。"
    assert _titles(text) == {"郑文华": "工务局长"}


def test_an_adverb_of_purpose_after_a_titled_name():
    text = "新竹县长杨明远特率县府主管到场致意。"
    assert _titles(text) == {"杨明远": "新竹县长"}


def test_an_adverb_of_sequence_after_a_titled_name():
    text = "嘉义市长许文杰继出席元宵灯会后，又前往市场视察。"
    assert _titles(text) == {"许文杰": "嘉义市长"}


def test_an_adverb_before_no_act_cuts_no_given_name():
    # guard: 继 before no act is no end, so a given name ending in it is kept whole
    assert _names("县长李承继，副县长王立新出席会议。") == ["李承继", "王立新"]
    assert _names("县长黄永继在会上讲话。") == ["黄永继"]
