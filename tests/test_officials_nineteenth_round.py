"""Officials on real pages (issue 11, nineteenth round: shapes the last survey's held-out
half showed, and the present people this round's survey tagged mentioned), each with
sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_watching_a_broadcast_meeting_is_attending():
    text = "5月6日，县委书记王立新、县长赵春林等在县分会场收听收看会议。"
    assert _roles(text) == {"王立新": ("attendee",), "赵春林": ("attendee",)}
    # the verb ends the list's last name
    text = "县委书记王立新、副县长赵春林收听收看了全省电视电话会议。"
    assert _names(text) == ["王立新", "赵春林"]


def test_the_whole_body_addressed_is_no_name():
    assert _names("镇长向全体同志表示感谢。") == []
    assert _names("会上，镇长向全体同志提出要求，副镇长李明出席。") == ["李明"]


def test_a_group_title_lists_its_members_after_baokuo():
    text = "本次大会主席团成员包括周文涛、李德华、王明远、赵春林。"
    assert _names(text) == ["周文涛", "李德华", "王明远", "赵春林"]
    assert set(_titles(text).values()) == {"大会主席团成员"}
    text = "考察团成员包括周文涛、李德华、王明远等出席座谈会。"
    assert _roles(text) == {n: ("attendee",) for n in ("周文涛", "李德华", "王明远")}
    # a title after the list is theirs (…等3名议员), as before
    text = "本次参访成员包括周文涛、李德华、王明远等3名议员。"
    assert set(_titles(text).values()) == {"议员"}


def test_baokuo_opening_a_roster_is_no_part_of_its_first_name():
    text = "受邀立委中，包括周文涛、李德华、王明远皆到场。"
    assert _names(text) == ["周文涛", "李德华", "王明远"]


def test_a_meeting_naming_a_spokesperson():
    assert _titles("会议确定李德华为新闻发言人。") == {"李德华": "新闻发言人"}
    assert _roles("会议确定李德华为新闻发言人。") == {"李德华": ("mentioned",)}
    # named with a title first: the naming act ends it, no speech in 发言人
    text = "会议确定县委常委、宣传部部长李德华为县政府新闻发言人。"
    assert _titles(text) == {"李德华": "县委常委、宣传部部长"}
    assert _roles(text) == {"李德华": ("mentioned",)}


def test_views_exchanged_end_the_last_name_of_a_list():
    text = "县长王立新与议长李德华、议员赵春林、陈美珍、林国荣交换意见。"
    assert _names(text) == ["王立新", "李德华", "赵春林", "陈美珍", "林国荣"]
    assert _titles(text)["林国荣"] == "议员"


def test_a_banquet_and_a_greeting_are_attended():
    assert _roles("立法会主席王立新在大楼宴请行政长官。") == {"王立新": ("attendee",)}
    text = "同桌的还有局长王立新、议员李德华、赵春林等。"
    assert set(_roles(text).values()) == {("attendee",)}
    text = "议长王立新、议长李德华在联谊会相见欢。"
    assert _roles(text) == {"王立新": ("attendee",), "李德华": ("attendee",)}


def test_a_group_title_lists_its_holders_after_you():
    text = "在主席台就坐的市领导有周文涛、李德华、王明远。"
    assert _roles(text) == {n: ("attendee",) for n in ("周文涛", "李德华", "王明远")}
    assert set(_titles(text).values()) == {"市领导"}
    # several organs joined by 、 before one collective title: the group's title whole
    text = "出席大会并在主席台就坐的市委、市人大常委会、市政府领导有周文涛、李德华、王明远。"
    assert set(_titles(text).values()) == {"市委、市人大常委会、市政府领导"}
    assert set(_roles(text).values()) == {("attendee",)}


def test_people_joined_after_a_titled_one_keep_the_title_after_their_deng():
    text = "区委常委王立新与李德华、赵春林、张建国等委员进行了交流。"
    assert _titles(text) == {
        "王立新": "区委常委",
        "李德华": "委员",
        "赵春林": "委员",
        "张建国": "委员",
    }
    text = "县长王立新与李德华、赵春林等3位议员交换意见。"
    assert _titles(text) == {"王立新": "县长", "李德华": "议员", "赵春林": "议员"}
    # a list with no title after 等 still shares the first one's
    assert _titles("县长王立新与副县长李德华、赵春林等出席。")["赵春林"] == "副县长"


def test_who_reports_for_an_organ_is_a_speaker_without_a_title():
    text = "会议听取审议顾立华代表镇人民政府和张仕文代表镇人大主席团作的工作报告。"
    assert _roles(text) == {"顾立华": ("speaker",), "张仕文": ("speaker",)}
    text = "会议听取审议了副区长童世林代表区人民政府关于灾后重建工作情况的报告。"
    assert _roles(text) == {"童世林": ("speaker",)}
    # on behalf of people, not of an organ: no one
    assert _names("王立新代表全镇人民表示感谢。") == []
