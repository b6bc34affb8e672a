"""Officials on real pages (issue 11, sixteenth round: classes found by surveying new
pages: presenters at ceremonies, former posts, rosters named by who they are, the
Taiwan form after another title), each with sentences and names written here."""

from public_records.extract.officials import find_officials


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in find_officials(text)}


def _titles(text: str) -> dict[str, str]:
    return {m.name: m.title for m in find_officials(text)}


def test_who_presents_at_a_ceremony_is_there():
    # 颁发, 颁赠, 授牌, 授旗, 致赠 as 揭牌 and 剪彩: the presenter attends the ceremony.
    assert _roles("典礼上，县长王立群颁发感谢状给志工团体。") == {"王立群": ("attendee",)}
    assert _roles("副县长李东海、县政协副主席周小红为志愿服务队授旗。") == {
        "李东海": ("attendee",),
        "周小红": ("attendee",),
    }
    assert _roles("会后，镇长陈文华致赠纪念品予访问团成员。") == {"陈文华": ("attendee",)}
    # so are those who watch it or join the occasion
    assert _roles("议长张大同到场观礼。") == {"张大同": ("attendee",)}
    assert _roles("立委王立群、议员李东海等来宾共襄盛举。") == {
        "王立群": ("attendee",),
        "李东海": ("attendee",),
    }
    # but not those presented to (会议…为他们颁发了任命书: the meeting presents)
    text = "会议表决通过了对王立群、李东海两位审判员的任命，并为他们颁发了任命书。"
    assert all(r != ("attendee",) for r in _roles(text).values())


def test_an_award_presented_ends_a_name():
    # 颁奖 right after a name ends it (王立群颁奖 is 王立群), its role from the rest
    assert _roles("县长王立群为得奖学生颁奖并致词。") == {"王立群": ("speaker",)}
    assert [m.name for m in find_officials("典礼最后由县长王立群颁奖。")] == ["王立群"]
