"""Officials on real pages (issue 11, fifteenth round: classes found by surveying new
pages: a company's name cut at its legal form, company managers, and Taiwan's name
written around its title), each with sentences and names written here."""

from public_records.extract.officials import find_officials


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in find_officials(text)}


def _titles(text: str) -> dict[str, str]:
    return {m.name: m.title for m in find_officials(text)}


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
