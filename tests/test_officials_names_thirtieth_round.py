"""Officials on real pages (issue 11, thirtieth round, names: Taiwan council elections
and legislature reports, where a member is named after a party's label with no post,
and words of time or seats stand where a given name may), each with sentences and
names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_taiwan_party_label_names_its_member():
    # 民进党籍X首轮获得33票: the 籍 label of a party, then its member's name with no post
    assert _names("议长选举中，民进党籍林志远首轮获得30票。") == ["林志远"]
    assert _names("副议长选举两轮同票，最后由国民党籍黄美玲胜出。") == ["黄美玲"]
    assert _names("无党籍郑大川也允诺相挺。") == ["郑大川"]
    assert _names("议长由亲民党籍王建国以二十票当选。") == ["王建国"]
    # the label holds no post: the member's title stays empty
    assert _titles("最后国民党籍陈玉珍以21比20顺利连任。") == {"陈玉珍": ""}
    # a post written after the label stays the member's title
    assert _titles("民进党籍议员吴明达拿下三十票。") == {"吴明达": "民进党籍议员"}


def test_a_party_label_is_never_after_its_member():
    # 国民党的53席加无党籍的1席: the seats counted, no member named before the label
    assert _names("他囊获国民党的40席加无党籍的2席，获得42票。") == []
    # the party acting (not its 籍 label) names no member
    assert _names("民进党取得3席，无党籍2席。") == []


def test_a_weekday_after_a_title_is_no_name():
    # 立委周四就职, 市长周一表示: a day of the week where a given name may stand
    assert _names("第十届113名立委周四就职，展开新会期。") == []
    assert _names("市长周一表示将推动改革。") == []
    assert _names("议长周末前往灾区。") == []
    # a surname 周 with a given name is still read
    assert _names("副市长周明华出席会议。") == ["周明华"]


def test_a_council_s_seats_are_no_name():
    # 县市议员席次减少: 席 is a surname too, but 席次 is the seats
    assert _names("国民党在选举大败，县市议员席次也大幅减少。") == []
    assert _names("议员席德华质询市长。") == ["席德华"]
