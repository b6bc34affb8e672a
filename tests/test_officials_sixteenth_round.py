"""Officials on real pages (issue 11, sixteenth round: classes found by surveying new
pages: presenters at ceremonies, former posts, rosters named by who they are, the
Taiwan form after another title), each with sentences and names written here."""

from public_records.extract.officials import find_officials

from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


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


def test_a_former_post_is_kept_in_the_title():
    # 前 before a title at a clause's start, after a mark or a joiner: a former post
    assert _titles("前县长王立群出席典礼并致词。") == {"王立群": "前县长"}
    assert _titles("活动邀请议长张大同、前议长李东海、前台北县长周小红参加。") == {
        "张大同": "议长",
        "李东海": "前议长",
        "周小红": "前台北县长",
    }
    assert _titles("包括前副总统李元丰、立委王立群均到场观礼。")["李元丰"] == "前副总统"
    # 前 of a time (节前, 日前) is no part of the title
    assert _titles("春节前县长王立群走访慰问困难群众。") == {"王立群": "县长"}
    assert _titles("日前县长王立群到东山镇调研。") == {"王立群": "县长"}


def test_a_former_post_written_after_the_name():
    # 高某前院长, 蔡李某前议员 (a married name): the name before the marker and the core
    assert _titles("台南的建设经历高立东前院长到王立群市长的治理。")["高立东"] == "前院长"
    assert _titles("最受瞩目的是蔡李美英前议员，在家人陪同下出席。") == {"蔡李美英": "前议员"}
    assert _titles("春节前县长带队走访。") == {}


def test_escorts_no_name_names_frame_the_predicate():
    # 在家人陪同下出席: the one escorted attends; no escort is named
    assert _roles("蔡李美英前议员，在家人陪同下出席。") == {"蔡李美英": ("attendee",)}
    assert _roles("县长王立群在工作人员陪同下察看工地。") == {"王立群": ("leader",)}
    assert _roles("县长王立群在镇长李东海陪同下察看工地。") == {
        "王立群": ("leader",),
        "李东海": ("accompanying",),
    }


def test_a_roster_named_by_who_its_people_are():
    # 出席…的官员有A、B: the roster's people attend, as after 出席…的还有
    text = "出席授勋仪式的官员有新闻局长王立群、人事局长李东海等人。"
    assert _roles(text) == {"王立群": ("attendee",), "李东海": ("attendee",)}
    text = "出席典礼的嘉宾包含副县长王立群、议员李东海。"
    assert _roles(text) == {"王立群": ("attendee",), "李东海": ("attendee",)}


def test_a_name_written_around_its_title_after_another_title():
    # 立委黄委员勤镇 (surname + a form of address + given name after the post): the post
    # written first is the title; an organ character may end the given name there
    assert _titles("活动由立委黄委员勤镇主持，议长张大同出席。") == {
        "黄勤镇": "立委",
        "张大同": "议长",
    }
    assert _roles("立委黄委员立新表示，将争取经费。") == {"黄立新": ("speaker",)}
    assert _titles("台北市议员林议员志明今天也到场关心。") == {"林志明": "台北市议员"}


def test_the_councillors_of_an_interpellation_named_without_a_title():
    # a line of a council's interpellation (质询): three names or more that open
    # clauses before what they raised are its councillors, each a speaker
    text = (
        "县政总质询进入第二天，上午质询部分，高立东指县府应先做调查；王立群关切港口工程"
        "进度；李东海则建议成立发包中心。县长周小红做了详细答复。"
    )
    assert _roles(text) == {
        "高立东": ("speaker",),
        "王立群": ("speaker",),
        "李东海": ("speaker",),
        # 答复 is a word of speech (round 18): the county head who answers speaks
        "周小红": ("speaker",),
    }
    # two names are not enough, and without 质询 no quoted person is an official
    assert _roles("县政总质询登场，高立东指县府应先调查；王立群关切港口工程进度。") == {}
    assert _roles("高立东说很满意；王立群认为很方便；李东海希望多办。") == {}


def test_a_title_chain_stops_at_another_persons_title_or_a_groups():
    # 、 joins one holder's titles (区委副书记、区长A), but not another person's title
    # written after the name, nor a group's posts
    assert _titles("来宾包含陈立东委员、农业部渔业署署长张致远等人。") == {
        "陈立东": "委员",
        "张致远": "农业部渔业署署长",
    }
    text = "县议员李东海、各乡镇市长、县党部主委吴立新到场祝贺。"
    assert _titles(text) == {"李东海": "县议员", "吴立新": "县党部主委"}
    assert _titles("区委副书记、区长王立群出席。") == {"王立群": "区委副书记、区长"}


def test_a_holder_named_with_his_spouse():
    # 副县长A夫妇, 前总统B伉俪: the holder is there with the spouse; the list goes on
    assert _roles("南投县副县长陈立清夫妇、立委吴立德、林志成等到场祝贺。") == {
        "陈立清": ("attendee",),
        "吴立德": ("attendee",),
        "林志成": ("attendee",),
    }
    assert _titles("前总统李立辉伉俪、台北市长柯立哲与会。") == {
        "李立辉": "前总统",
        "柯立哲": "台北市长",
    }
