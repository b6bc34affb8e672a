"""Officials on real pages (issue 11, twenty-second round: shapes the twenty-first round's
held-out survey half showed), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_rare_surname_after_a_title():
    # 戢 (a Hubei and Sichuan surname)
    text = "会上，镇党委书记戢立新同志作动员讲话。"
    assert _titles(text) == {"戢立新": "镇党委书记"}
    assert _roles(text) == {"戢立新": ("speaker",)}


def test_a_welcome_address_is_a_speech():
    text = "会后，立法会财务委员会主席何立文致欢迎词时表示，会继续加强联系。"
    assert _titles(text) == {"何立文": "立法会财务委员会主席"}
    assert _roles(text) == {"何立文": ("speaker",)}
    assert _roles("晚宴上，县长王德华致祝酒词。") == {"王德华": ("speaker",)}
    assert _roles("开幕式上，主任李国平致开幕词。") == {"李国平": ("speaker",)}


def test_a_bureau_or_committee_word_before_a_joiner_is_no_name():
    # 劳工及福利局 (labour and welfare), 文史和学习委员会 (literature and history)
    text = "保安局局长陈立文、劳工及福利局局长何国平出席活动。"
    assert _names(text) == ["陈立文", "何国平"]
    text = "外事委员会主任李德华、文史和学习委员会主任王国平出席会议。"
    assert "文史" not in _names(text)
    assert "王国平" in _names(text)
    # 双方议员 (both sides' members)
    assert _names("会上双方议员交流意见，议员何立文发言。") == ["何立文"]


def test_a_reason_or_capacity_after_a_name_ends_it():
    # 以 (for a reason, in a capacity) right after a name
    text = "乡代会主席张立新以健康因素请辞。"
    assert _titles(text) == {"张立新": "乡代会主席"}
    assert _names("议员何立文以个人身份出席活动。") == ["何立文"]
    # 以 inside a given name stays there
    assert _names("县长曹以平出席会议。") == ["曹以平"]


def test_telling_the_press_is_speech():
    text = "县民政处副处长陈立文今天告诉记者，补选依法进行。"
    assert _roles(text) == {"陈立文": ("speaker",)}


def test_a_speech_shown_is_no_speech_made():
    # 的重要讲话 right after a name: the speech is shown or quoted, its speaker not there
    text = "短片播放了国家主席王立新的重要讲话，议员何立文发言。"
    assert _roles(text)["王立新"] == ("mentioned",)
    assert _roles(text)["何立文"] == ("speaker",)


def test_remarks_after_an_unnamed_event_attend_nothing():
    # Hong Kong's press: 出席活动后表示 (the remarks to the press after some event)
    text = "发展局局长何立文今日出席活动后表示，会尽快完成工程。"
    assert _roles(text) == {"何立文": ("speaker",)}
    # an event named is attended
    text = "发展局局长何立文今日出席开幕典礼并致辞。"
    assert _roles(text) == {"何立文": ("speaker", "attendee")}


def test_a_rosters_unnamed_first_item_keeps_its_attendance():
    # 嘉宾包括现任议员、前主席A、B: the list's first item is a group named by its post
    text = "出席典礼的嘉宾包括现任区议员、前区议会主席何立文、前区议会副主席陈国平。"
    assert _roles(text) == {"何立文": ("attendee",), "陈国平": ("attendee",)}
    # an object listed after 包括 is no roster of those present
    assert _roles("会议审议了包括人事任免、前县长王立新的辞职请求。") == {"王立新": ("mentioned",)}


def test_a_doctors_title_after_a_name_ends_it():
    text = "前区议会主席何立文医生、区议员陈国平出席典礼。"
    assert _titles(text) == {"何立文": "前区议会主席", "陈国平": "区议员"}


def test_to_keep_is_no_name():
    # 保留 (to keep): 保 is a surname, 保留 a word
    assert _names("当年议员保留以作纪念的物品，主席何立文表示会展出。") == ["何立文"]


def test_a_study_committees_name_is_no_act_of_study():
    # 文史和学习委员会, 学习和文史委员会 (CPPCC committees): 学习 is in the organ's name
    text = "外事委员会主任李德华、文史和学习委员会主任王国平分别汇报了工作。"
    assert _titles(text)["王国平"] == "文史和学习委员会主任"
    assert _roles(text)["王国平"] == ("speaker",)
    assert _titles("市政协学习和文史委员会主任王国平出席会议。") == {
        "王国平": "市政协学习和文史委员会主任"
    }
    # the act of study still governs: the one whose speech is studied was not there
    assert _roles("会议认真学习了省委书记王立新的讲话。") == {"王立新": ("mentioned",)}
