"""Officials on real pages (issue 11, round dev24): a wish said right after a titled name
(县长X祝福…生日快乐, 镇长Y祝愿大家…) ends the name, as 期许 does (name_followers). 祝 is a
surname too, so 县长X祝… alone ends nothing; 祝贺 stays out (an earlier round's roles fell).
Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles


def test_wish_after_a_titled_name():
    assert _names("县长郭明川祝福服务中心成立十周年。") == ["郭明川"]


def test_wish_to_everyone_after_a_titled_name():
    assert _names("镇长林晓东祝愿大家新年快乐。") == ["林晓东"]


def test_wish_then_speech_keeps_the_speaker():
    text = "县长郭明川祝福服务中心成立十周年。郭明川表示，要做好服务。"
    assert _names(text) == ["郭明川"]
    assert "speaker" in _roles(text)["郭明川"]


def test_guard_bare_zhu_ends_nothing():
    assert _names("县长郭明川祝大家新年快乐。") == []
