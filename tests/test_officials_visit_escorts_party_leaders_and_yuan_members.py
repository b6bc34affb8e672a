"""Officials on real pages (issue 11, round dev26r: the kinds dev-b26 showed): a national
leader's long list of escorts cut by commas, who leads his party to join a visit, the
clauses after a pronoun's, Control Yuan members named around their title, and words
read as names after a surname (盛赞, 满意, 代理, 于上午). Every sentence is written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles


def _sorted_roles(text: str) -> dict[str, list[str]]:
    return {name: sorted(r) for name, r in _roles(text).items()}


def test_six_escorts_cut_by_commas_are_one_frame():
    # 在A，B，C，D，E，F等领导的陪同下: six escorts, five clauses after the first one's
    text = (
        "6月3日，国家某部副部长王大明一行在某省委副书记、秘书长李小红，省某厅厅长张国华，"
        "某市委书记刘强，市委副书记赵刚，某县委书记陈东，县长孙平等领导的陪同下，"
        "来到某县某村就农田水利建设进行调研。"
    )
    roles = _sorted_roles(text)
    assert roles["王大明"] == ["leader"]
    for escort in ("李小红", "张国华", "刘强", "赵刚", "陈东", "孙平"):
        assert roles[escort] == ["accompanying"], escort


def test_a_few_escorts_cut_by_commas_stay_one_frame():
    # guard: the shorter frame read as before
    text = "副部长王大明一行在省委副书记李小红，市委书记刘强等领导的陪同下，来到某村调研。"
    roles = _sorted_roles(text)
    assert roles["王大明"] == ["leader"]
    assert roles["李小红"] == roles["刘强"] == ["accompanying"]


def test_who_leads_his_party_to_join_a_visit_leads_it():
    # 分别带队参加考察: each leads his party's visit
    text = "某县副县长王大明，某区副区长李小红分别带队参加考察。"
    assert _sorted_roles(text) == {"王大明": ["leader"], "李小红": ["leader"]}
    assert _sorted_roles("县委书记王大明率队参加了调研。") == {"王大明": ["leader"]}


def test_who_leads_his_party_to_a_meeting_attends_it():
    # guards: a meeting joined is still attended, and 参加 alone joins the visit
    assert _sorted_roles("县委书记王大明带队参加会议。") == {"王大明": ["attendee"]}
    assert _sorted_roles("县委书记王大明参加考察。") == {"王大明": ["attendee"]}


def test_the_clauses_after_a_pronoun_go_on_with_its_predicate():
    # 她对…给予了高度评价，要求…: the instruction is hers (the one named before)
    text = "副部长王大明来到某村调研。她对某县的工作给予了高度评价，要求各级组织更好地服务群众。"
    assert _sorted_roles(text) == {"王大明": ["leader", "speaker"]}


def test_the_clauses_after_a_plural_pronoun_are_not_the_leaders():
    # guard: 他们 (the people met, or the party) is no single person's
    text = "副县长王大明来到某村调研。他们对该村的工作给予肯定，要求做好防汛工作。"
    assert _sorted_roles(text) == {"王大明": ["leader"]}


def test_control_yuan_members_named_around_their_title():
    # 监察院王委员某某, 巡察第3组王委员某某、林委员某某 (surname, title, given name)
    text = "监察院巡察第3组王委员大同、林委员小明于1月8日赴某县巡察。"
    assert sorted(_names(text)) == ["林小明", "王大同"]
    text = "监察院王委员大同、林委员小明于1月8日赴某县巡察。"
    assert sorted(_names(text)) == ["林小明", "王大同"]


def test_a_teachers_title_after_an_academy_is_no_split_name():
    # guard: 院 before a surname and a core still needs a given name that ends there
    assert _names("学院王老师大同说。") == []


def test_praise_of_a_titled_person_named_by_surname_is_no_name():
    # 他也盛赞陈县长…: 盛赞 (praised highly) opens no name, nor 满意 (satisfied)
    text = "县长陈光明到访。他也盛赞陈县长对于县内各大景点如数家珍。"
    assert _names(text) == ["陈光明"]
    # 满意度 closing a clause after a bare title (县长满意度): no name (review44: the
    # sentence tested before read no 满意度 even without the rule)
    assert _names("县长陈光明出席会议，并公布县长满意度。") == ["陈光明"]
    assert _names("县长满意度、施政满意度均上升。") == []
    # guard: 盛 still opens a name
    assert _names("县长盛光明出席会议。") == ["盛光明"]


def test_the_time_of_day_after_yu_is_no_given_name():
    # 委员于上午拜会…, 委员于县府接待…: 于 a surname too, 上午 and 县府 no given names
    text = "监察委员林小明、王大同到某县巡察。委员于上午拜会县议会，委员于县府接待民众陈情。"
    assert _names(text) == ["林小明", "王大同"]
    assert _names("委员于下午前往某乡。") == []
    # guard: 于 still opens a name
    assert _names("副县长于海明出席会议。") == ["于海明"]


def test_an_acting_post_after_a_surname_is_no_name():
    # 郭代理议长致词: 郭 the surname, 代理议长 the acting speaker's title
    text = "主席李大明代理议长宣布开会。郭代理议长致词时表示，感谢同仁。"
    assert _names(text) == ["李大明"]
