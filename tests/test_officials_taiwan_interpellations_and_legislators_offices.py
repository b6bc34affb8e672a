"""Officials on real pages (issue 11, round tw43names): Taiwan and Hong Kong pages.

A county council's interpellation reported without titles (县政总质询…，A质询有没有…；B为…
发声；C指出…): the question itself (质询), praise (肯定) and an adverb of degree before a
concern (高度关切) open what each councillor raised, as 指出 and 关切 already did; 向中央反映
names no one (向 is no surname before 中央). A legislator's office is his 国会办公室 (立法委员A
国会办公室): it ends the name as 服务处 and 办公室 do. 总协调官 is a title, as 总协调人.
Sentences and names invented here (Simplified, as the pipeline reads a page)."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_question_opens_what_a_councillor_raised():
    s = (
        "县议会昨天继续县政总质询，上午质询部分，王建民质询有没有防制措施。"
        "林秀英为渔民权益发声。陈志明指出，条例攸关乡亲权益。"
    )
    assert _names(s) == ["王建民", "林秀英", "陈志明"]
    assert _roles(s)["王建民"] == ("speaker",)


def test_praise_and_a_concern_of_high_degree():
    s = (
        "下午质询部分，赵淑芬高度关切酒厂的营运。黄国华肯定观光局的努力。"
        "张振宇要求建立替代航班机制。"
    )
    assert _names("县政总质询第二天。" + s) == ["赵淑芬", "黄国华", "张振宇"]


def test_the_central_government_is_no_name():
    s = (
        "县政总质询，李大同指出工程延宕；周美玲认为要有具体建议，向中央反映地方需求；"
        "吴文雄要求改善。"
    )
    assert _names(s) == ["李大同", "周美玲", "吴文雄"]


def test_a_legislators_office_ends_his_name():
    assert _names("请将办理情形副知本席与立法委员郑国祥国会办公室备查。") == ["郑国祥"]
    assert _titles("立法委员黄美华国会办公室举办座谈会。") == {"黄美华": "立法委员"}


def test_a_disaster_responses_coordinator():
    assert _names("前进协调所召开记者会，总协调官江文德表示，中央一定会处理。") == ["江文德"]


def test_guards():
    # no interpellation marker: title-less names stay unread
    assert _names("王建民肯定观光局的努力。林秀英高度关切营运。陈志明指出要改善。") == []
    # two names only in the line: not a run of councillors
    assert _names("县政总质询，王建民质询有没有措施。林秀英肯定努力。") == []
    # a surname 向 before a given name still reads
    assert _names("县政总质询，向明德指出工程延宕；李大同认为要改善；吴文雄要求补助。") == [
        "向明德",
        "李大同",
        "吴文雄",
    ]
    assert _names("立法委员郑国祥出席座谈会。") == ["郑国祥"]


def test_guard_a_general_interpellation_is_no_name():
    s = (
        "民进党团表示，施政总质询就算县长答不出来也可接受；陈志明指出不合体制；"
        "林秀英认为应道歉；王建民要求说明。"
    )
    assert _names(s) == ["陈志明", "林秀英", "王建民"]
