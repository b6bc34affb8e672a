"""Officials on real pages (issue 11, fifteenth round: classes found by surveying new
pages: a company's name cut at its legal form, company managers, and Taiwan's name
written around its title), each with sentences and names written here."""

from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_company_name_is_not_cut_at_its_legal_form():
    # 有 is a stop word of a title's prefix, but not inside 有限公司: the title is the
    # company's whole name and the post, never 限公司董事长.
    assert _titles("立德机械股份有限公司董事长李东海致词。") == {
        "李东海": "立德机械股份有限公司董事长"
    }
    assert _titles("下午，远山规划设计有限责任公司董事长王立群率考察组来县考察。") == {
        "王立群": "远山规划设计有限责任公司董事长"
    }
    # 有 as a verb still ends a prefix (有县长王立群出席)
    assert _titles("会上有县长王立群出席。") == {"王立群": "县长"}


def test_a_name_written_around_its_title_before_a_word_of_time_or_manner():
    # Taiwan's press writes surname + title + given name (苏市长崑雄 is 苏崑雄, 市长): the
    # given name ends before a word of time or manner (今天, 亲自, 也, 于), not only
    # before a mark or a verb.
    assert _titles("苏市长崑雄今天出席开幕典礼。") == {"苏崑雄": "市长"}
    assert _roles("林县长立妙亲自主持会议。") == {"林立妙": ("chair",)}
    assert _roles("嘉义市张议长立德也到场关心。") == {"张立德": ("attendee",)}
    # a word of time or manner there is no given name, and a verb before 为 or 及 is none
    assert _roles("林县长当时也说，张议长平时也关心，请王县长上台致词。") == {}
    assert _roles("徐县长接着为贵宾介绍局处首长。") == {}
    assert _roles("报告列明市民意见、区议员评估及建议。") == {}


def test_a_company_manager_is_no_official():
    # 总经理 is a company's manager (the host of a county head's visit), not a post of
    # government: no official; a board's chair stays (a state group's head is one).
    assert _roles("县长王立群来到立德机械有限公司调研，公司总经理李东海陪同。") == {
        "王立群": ("leader",)
    }
    assert _titles("县长王立群、立德集团副总经理李东海现场接待。") == {"王立群": "县长"}
    assert _titles("省交通集团董事长李东海出席。") == {"李东海": "省交通集团董事长"}


def test_a_name_written_around_its_title_after_you():
    # 由苏市长崑雄主持: who chairs is named after 由 in the same form.
    assert _roles("典礼由苏市长崑雄主持。") == {"苏崑雄": ("chair",)}
    assert _roles("典礼由王县长主持。") == {}
