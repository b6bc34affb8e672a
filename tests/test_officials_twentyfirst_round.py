"""Officials on real pages (issue 11, twenty-first round: shapes the twentieth round's survey
and this round's showed that no rule reached), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_word_of_time_after_a_name_first_title_ends_it():
    # Traditional pages write the name before the title (莊某某議長, 陳某某縣長), and the
    # day right after it
    text = "庄明德议长、陈立文县长昨日出席开幕典礼。"
    assert _titles(text) == {"庄明德": "议长", "陈立文": "县长"}
    assert _roles(text)["陈立文"] == ("attendee",)
    assert _names("林美华市长今天上午到场致词。") == ["林美华"]
    # a surname, the title and the day is no name (not 王昨日)
    assert _names("王县长昨日表示，要加强管理。") == []
    # a given name written after its title the Taiwan way still comes before the day
    assert _titles("林县长姿妙昨日出席。") == {"林姿妙": "县长"}


def test_a_late_arrival_attends():
    text = "县委书记王立新主持会议，副县长李德华随后赶到。"
    assert _roles(text) == {"王立新": ("chair",), "李德华": ("attendee",)}
    assert _roles("会议开始后，副县长李德华才匆忙抵达。") == {"李德华": ("attendee",)}
    assert _roles("会议进行中，县委副书记李德华也赶到现场。") == {"李德华": ("attendee",)}
    # 才 inside a given name stays there
    assert _names("县长王德才出席会议。") == ["王德才"]


def test_cantonese_at_ends_a_name():
    # 喺 (Cantonese "at", as 在) after a name
    assert _roles("立法会议员何立文喺会上表示，要关注长者。") == {"何立文": ("speaker",)}
    assert _titles("区议员何立文喺活动上致辞。") == {"何立文": "区议员"}


def test_the_elected_are_named_after_the_verbs_le():
    # 选举了X为… (the verb's 了 between it and the list), 补选X为…
    text = "大会选举了王立新、李德华为副镇长。"
    assert _titles(text) == {"王立新": "副镇长", "李德华": "副镇长"}
    assert _roles(text)["王立新"] == ("mentioned",)
    assert _titles("大会补选陈树林为镇长。") == {"陈树林": "镇长"}
    assert _names("会议依法补选了陈树林为县人民政府副县长。") == ["陈树林"]


def test_the_executive_councils_convener_is_a_title():
    text = "行政会议召集人陈立文表示，会支持政府施政。"
    assert _titles(text) == {"陈立文": "行政会议召集人"}
    assert _roles(text) == {"陈立文": ("speaker",)}
    assert _names("行会召集人陈立文、立法会议员何立文出席典礼。") == ["陈立文", "何立文"]
    # a group's convener is no title of a person here (各组召集人)
    assert _names("各讨论组召集人陈立文列席会议。") == []


def test_a_roster_goes_on_past_a_comma_and_yiji():
    text = "出席的还有县领导王立新、李德华，以及陈树林、赵明等。"
    assert _names(text) == ["王立新", "李德华", "陈树林", "赵明"]
    assert _roles("县领导王立新、李德华，以及陈树林等出席会议。")["陈树林"] == ("attendee",)
    # a title after 等 is the later names' own
    text = "县长王立新，以及李浩、黄绍红等市委指导组同志到会指导。"
    assert _titles(text)["李浩"] == "市委指导组同志"


def test_a_lists_last_name_keeps_the_title_written_after_it():
    text = "县议会代表王立新、李德华议员出席座谈会。"
    assert _titles(text) == {"王立新": "县议会代表", "李德华": "议员"}
    assert _roles(text)["李德华"] == ("attendee",)
    assert _titles("议长王立新与陈立文县长出席。") == {"王立新": "议长", "陈立文": "县长"}
    # the items before keep the list's title
    assert _titles("县议会代表王立新、陈树林、李德华议员出席。")["陈树林"] == "县议会代表"


def test_a_candidates_vote_count_ends_the_name():
    text = "副镇长候选人王立新得票73票，当选为镇人民政府副镇长。"
    assert _names(text) == ["王立新"]
    assert _roles(text) == {"王立新": ("mentioned",)}


def test_the_one_spoken_for_is_named_with_a_name_first_title():
    # 代表 is a verb there (林副县长代表王县长), no title of the name after it
    text = "副县长林立文代表王惠美县长致词。"
    assert _titles(text) == {"林立文": "副县长", "王惠美": "县长"}
    assert _roles(text) == {"林立文": ("speaker",), "王惠美": ("mentioned",)}
    # a council's deputy keeps the title 代表
    assert _titles("县议会代表王立新县政协副主席李德华出席。") == {
        "王立新": "县议会代表",
        "李德华": "县政协副主席",
    }


def test_a_governments_spokesperson_is_a_title():
    text = "市府发言人王立新今（25）日表示，尊重议会决议。"
    assert _titles(text) == {"王立新": "市府发言人"}
    assert _roles(text) == {"王立新": ("speaker",)}
    # the longer title stays whole
    assert _titles("会议确定王立新为新闻发言人。") == {"王立新": "新闻发言人"}


def test_a_visit_to_cheer_a_team_on_is_led():
    # 探班 (Hong Kong's word for dropping in on people at work)
    text = "民青局局长麦立文就到湾仔社区会客室探班，了解社区情况。"
    assert _roles(text) == {"麦立文": ("leader",)}


def test_zuori_then_the_act_ends_a_name():
    # 昨日 (yesterday) ends a name when a role verb follows it (as 昨 does)
    text = "政制及内地事务局局长曾立文昨日出席议员陈颖华及吴杰明的联合办事处开幕礼并致辞。"
    assert _roles(text)["曾立文"] == ("speaker", "attendee")
    # the councillors own the office opened: named, not there by that verb
    assert _roles(text)["陈颖华"] == ("mentioned",)
    assert _roles("局长王立新昨晚出席晚宴。") == {"王立新": ("attendee",)}


def test_the_one_answered_after_duiyu_is_named():
    # 对于X早前提出的…: X's words are taken up, X is not there by that verb
    text = "对于港澳办主任夏立文早前提出的期许，她强调会多深入社区。"
    assert _roles(text) == {"夏立文": ("mentioned",)}


def test_meeting_the_press_is_no_attendance():
    assert _roles("区议员庄立文下午完成面试后会见传媒。") == {"庄立文": ("mentioned",)}
    assert _roles("区议员庄立文会见传媒时表示，会继续努力。") == {"庄立文": ("speaker",)}
    # who receives visitors is there
    assert _roles("县长王立新会见了来访的客商。") == {"王立新": ("attendee",)}


def test_the_overseer_of_a_handover_is_there():
    text = "在行政院主计总处主计长朱立民监交下，新任县长正式上任。"
    assert _titles(text) == {"朱立民": "行政院主计总处主计长"}
    assert _roles(text) == {"朱立民": ("attendee",)}


def test_an_elected_head_not_yet_sworn_in_is_named_with_the_title():
    # 当选人 (elected, not yet in office), as 候选人
    assert _titles("县长当选人陈立复出席。") == {"陈立复": "县长当选人"}
