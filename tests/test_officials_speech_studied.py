"""Officials on real pages (issue 11, round names48): a leader whose speeches are studied
is named (mentioned) where the title is followed by 系列重要讲话 or the studying verb
carries its complement 好 (贯彻落实好X总书记在…时的重要讲话精神). Sentences written here;
the leader's name is the one such reports study."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles


def test_a_series_of_speeches_names_the_speaker():
    text = "会议要求，要深入学习贯彻习近平总书记系列重要讲话精神，确保完成全年任务。"
    assert _names(text) == ["习近平"]
    assert _roles(text) == {"习近平": ("mentioned",)}


def test_a_studying_verb_with_hao_governs_the_name():
    text = "要贯彻落实好习近平总书记在某省考察时的重要讲话精神。"
    assert _roles(text) == {"习近平": ("mentioned",)}
    assert _roles("要传达好李明华书记在调研时的讲话精神。") == {"李明华": ("mentioned",)}


def test_hao_ending_a_clause_governs_no_later_name():
    text = "要把各项工作落实好。县委书记李明华在调研时强调，要抓好安全生产。"
    assert _roles(text) == {"李明华": ("speaker", "leader")}
