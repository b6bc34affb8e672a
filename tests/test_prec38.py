"""Officials on real pages (issue 11, precision round 38: false names on unseen pages).
The chair of a council of members (理事长, 监事长), written with no body before it and
perhaps after its term (卸任理事长, 新任理事长, 第9届理事长), holds no public office: a name
titled by nothing else is left out, as a civic body's post is. Sentences and names
written here."""

from tests.officials_checks import names as _names


def test_a_bare_chair_of_a_members_council_is_no_official():
    text = "市长周文彬出席某工业区厂商协进会交接典礼，感谢卸任理事长钱志明，期勉新任理事长孙国梁。"
    assert _names(text) == ["周文彬"]
    text = "县长方立群表示，第9届理事长韩德胜带领协会成长，副理事长沈家宏致词。"
    assert _names(text) == ["方立群"]


def test_a_council_chair_also_titled_with_an_office_is_kept():
    # a township chiefs' association's chair named with its body, then bare: since the
    # readings decided at stop 42 (round assoc42) every 协会's officer is left out
    text = "历任乡镇长协会理事长吕文达、县长方立群出席。现任理事长吕文达致词。"
    assert _names(text) == ["方立群"]
    # guard: a council chair also titled with an office stays
    text = "县议员吕文达、县长方立群出席。现任理事长吕文达致词。"
    assert _names(text) == ["吕文达", "方立群"]
    # guard: an association's bare 会长 is left as before (an officials' club has one)
    text = "县长方立群、县议员钱志明出席，会长钱志明致词。"
    assert _names(text) == ["方立群", "钱志明"]
