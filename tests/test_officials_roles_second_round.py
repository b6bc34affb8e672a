"""Officials on real pages (issue 11, a second round on roles only: role errors the
development parts and the round's survey showed; names found are not changed), each with
sentences and names written here."""

from public_records.extract.officials import ESCORT_LEAD_MAX, _escort_opened
from public_records.extract.vocab import vocab

from tests.officials_checks import roles as _roles


def test_an_escort_frame_may_hold_an_item_of_no_name_before_the_first_escort():
    # 在指挥官某上校、主任A等人陪同下: the frame opens with a surname and a title (no
    # name taken), the escort after it still escorts, and the one escorted visits
    text = "某县县长张立文今日在指挥官王上校、某镇某中心主任李国平等人陪同下，前往某村了解灾情。"
    roles = _roles(text)
    assert roles["张立文"] == ("leader",)
    assert roles["李国平"] == ("accompanying",)


def test_an_escort_frame_is_not_opened_across_a_verb():
    # 在会上讲话后与…: a verb between 在 and the group, no frame opened; a stretch too
    # long to be a frame's opening is none either
    assert not _escort_opened("在会上讲话后与", vocab())
    assert not _escort_opened("在" + "某" * (ESCORT_LEAD_MAX + 1), vocab())
    assert _escort_opened("在指挥官王上校、某镇", vocab())


def test_who_hosts_a_broadcast_presides_no_meeting():
    # 主持「某某」节目的前县长A: a programme hosted; what A says is still speech
    text = "每周在某电台主持「乡亲时间」节目的前县长林立文表示，节目将走访各乡镇。"
    assert _roles(text) == {"林立文": ("speaker",)}
    text = "前县长林立文主持广播节目多年。"
    assert "chair" not in _roles(text)["林立文"]


def test_a_meeting_chaired_is_still_chaired():
    text = "县长林立文主持召开县政府常务会议并讲话。"
    assert _roles(text) == {"林立文": ("chair", "speaker")}
    text = "会议由县长林立文主持，副县长王国平出席。"
    assert _roles(text)["林立文"] == ("chair",)


def test_what_a_report_tells_of_is_no_act_of_the_teller():
    # 介绍了…开展课题调研的情况: the research told of is no visit the teller leads
    text = "会上，市政府参事林立文介绍了去年双方合作开展课题调研的情况。"
    assert _roles(text) == {"林立文": ("speaker",)}
    text = "县长林立文汇报了近期督查检查工作的进展。"
    assert _roles(text) == {"林立文": ("speaker",)}


def test_a_visit_after_the_report_is_still_made():
    # the report's object ends at its word (情况); the visit after it is the teller's
    text = "县长林立文介绍了全县的基本情况，随后调研某企业。"
    assert _roles(text) == {"林立文": ("speaker", "leader")}


def test_a_guest_still_to_be_invited_is_named_not_there():
    # 将请A说明…, 还要请A…: the invitation is to come, A's speech with it
    text = "前县长王国平将于周日在节目上访问台南市长林立文。节目中将请林立文说明救灾工作。"
    assert _roles(text)["林立文"] == ("mentioned",)
    text = "前县长王国平将于周日在节目上访问台南市长林立文。王国平还要请林立文说明救灾工作。"
    assert _roles(text)["林立文"] == ("mentioned",)


def test_a_guest_invited_and_come_still_speaks():
    # 邀请A出席并致辞: the invitation was made and answered; A is there and speaks
    text = "活动邀请台南市长林立文出席并致辞。"
    assert _roles(text) == {"林立文": ("speaker", "attendee")}


def test_instructions_studied_are_still_named():
    # 学习A的重要指示: the instruction is studied, A is not there
    text = "会议传达学习了林立文总书记的重要指示精神。"
    assert _roles(text) == {"林立文": ("mentioned",)}


def test_a_report_named_by_its_kind_is_a_speech():
    # 作《…》辅导报告, 作专题辅导报告: the report's kind and its quoted title before 报告
    text = "会议邀请某市委宣传部副部长林立文作《学习规则的解读》辅导报告。"
    assert _roles(text) == {"林立文": ("speaker",)}
    text = "县委书记林立文作专题辅导报告。"
    assert _roles(text) == {"林立文": ("speaker",)}


def test_a_report_heard_or_a_work_report_is_still_no_speech_of_the_listener():
    # 听取工作报告: 工作 is no report made by the hearer
    text = "县委书记林立文听取了县政府工作报告。"
    assert "speaker" not in _roles(text)["林立文"]


def test_experience_shared_with_those_met_is_speech():
    # 邀请议员A、B和C，分享他们…的经验: the invited speak
    text = (
        "培训班由局长王国平担任主讲，并邀请三位立法会议员林立文、张国华和刘国勋，"
        "分享他们在地区工作的经验。"
    )
    roles = _roles(text)
    assert roles["林立文"] == roles["刘国勋"] == ("speaker",)
    # 分享…的观摩心得: what was watched is told of, no visit led now
    text = "会上，县长林立文分享了赴外地的观摩心得。"
    assert _roles(text) == {"林立文": ("speaker",)}


def test_what_two_sides_share_with_each_other_is_no_speech():
    # 双方就…交流讨论，分享彼此…: an exchange; the hosts receive the visitors
    text = "由县长林立文及各局处首长接待，双方就县政推动进行交流讨论，分享彼此的运作理念。"
    assert _roles(text) == {"林立文": ("attendee",)}


def test_a_ceremony_chaired_is_not_attended_besides():
    # 主持某乡补选乡长宣誓就职: the oath in what is chaired is no attendance of his
    text = "县政府秘书林立文主持某乡补选乡长宣誓就职。"
    assert _roles(text) == {"林立文": ("chair",)}
    # 担任主持、监誓及监交人: the handover overseen by who presides is presiding
    text = "典礼由部长林立文担任主持、监誓及监交人。"
    assert _roles(text) == {"林立文": ("chair",)}


def test_attending_after_chairing_is_still_attending():
    # 主持会议并出席签约仪式: 并 closes what is chaired; the ceremony after is attended
    text = "县长林立文主持会议并出席签约仪式。"
    assert _roles(text) == {"林立文": ("chair", "attendee")}
    # 在主计长A监交下: who oversees a handover he does not preside is there
    text = "在主计长林立文监交下，新任县长王国平正式上任。"
    assert _roles(text)["林立文"] == ("attendee",)


def test_a_roster_cut_by_a_semicolon_goes_on():
    # 随行包括A、B等；C及D: the names after the semicolon are in the roster too
    text = "主任林立文到访某公园，随行包括局长王国平、署长张国华等；某办主任刘国勋及副主任陈国栋。"
    roles = _roles(text)
    assert roles["王国平"] == roles["刘国勋"] == roles["陈国栋"] == ("accompanying",)


def test_a_clause_after_a_semicolon_with_a_verb_of_its_own_keeps_it():
    text = "出席仪式的有局长王国平、署长张国华；某办主任刘国勋主持仪式。"
    roles = _roles(text)
    assert roles["王国平"] == ("attendee",)
    assert roles["刘国勋"] == ("chair",)
