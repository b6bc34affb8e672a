"""Credits in shapes the credits step did not read before round credits45 (issue 18, item
3: reporters, editors, photographers go to credits, not away and not left in the text): a
role on one line and its name on the next; review-chain roles (核稿人, 二审二校); a role
written spaced in a closing bracket ((记 者:甲某)); a dateline glued to the role
(本网讯通讯员甲某 乙某报道:); names and 报道 after a dateline with no role; a name and 报道
alone on a line; two names of three glued after a dateline (the space lost); a unit's
supply line (某某处供稿) and the day under it; a bracketed signature alone on its line.
Sentences and names invented. Guards: what must stay."""

import pytest
from public_records.clean.credits import harvest_credits
from public_records.clean.pipeline import clean

LEAD = "5月6日,某县召开安全生产工作会议,县长赵某某出席会议并讲话。"


def _credits(text: str) -> list[tuple[str, str]]:
    return harvest_credits(text).meta.get("credits", [])


# --- a role on one line, its name on the next ---------------------------------------


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("责编:\n王某", [("责编", "王某")]),
        ("编辑\n何某\n图文\n周某某", [("编辑", "何某"), ("图文", "周某某")]),
        ("审核：\n孙某 李某某", [("审核", "孙某"), ("审核", "李某某")]),
    ],
)
def test_a_role_over_its_name_is_one_credit(tail, expected):
    result = harvest_credits(LEAD + "\n" + tail)
    assert result.meta["credits"] == expected
    assert result.text.strip() == LEAD


@pytest.mark.parametrize(
    "tail",
    [
        "来源:\n新华网",  # a source's outlet, no person
        "编辑\n深入调研",  # no surname opens it: words, not a name
        "来源:\n某县政府",  # a unit
    ],
)
def test_a_role_over_words_that_are_no_name_credits_no_one(tail):
    assert not any(name in tail.split("\n")[1] for _role, name in _credits(LEAD + "\n" + tail))


# --- review-chain roles read as one role ----------------------------------------------


def test_review_chain_roles_are_one_role_each():
    text = LEAD + "\n一审一校:王某\n二审二校:李某某\n三审三校:孙某\n核稿人:周某某"
    assert _credits(text) == [
        ("一审一校", "王某"),
        ("二审二校", "李某某"),
        ("三审三校", "孙某"),
        ("核稿人", "周某某"),
    ]


# --- a spaced role in a closing bracket ----------------------------------------------


def test_a_spaced_role_in_a_closing_bracket():
    result = harvest_credits("会议要求各部门抓好落实。(记 者:吴某某)")
    assert result.meta["credits"] == [("记者", "吴某某")]
    assert result.text == "会议要求各部门抓好落实。"


def test_a_bracket_of_words_after_a_sentence_stays():
    text = "会议要求各部门抓好落实。(记 录:会议纪要)"
    assert harvest_credits(text).text == text


# --- bylines after a dateline ---------------------------------------------------------


def test_a_dateline_glued_to_the_role():
    result = harvest_credits("本网讯通讯员王某 李某某报道:3月30日,某镇组织民兵点验。")
    assert result.meta["credits"] == [("通讯员", "王某"), ("通讯员", "李某某")]
    assert result.text == "本网讯 3月30日,某镇组织民兵点验。"


def test_names_and_reported_after_a_dateline_without_a_role():
    result = harvest_credits("本网讯 卫某某 报道:1月18日,某预审组来到我区。")
    assert result.meta["credits"] == [("记者", "卫某某")]
    assert result.text == "本网讯 1月18日,某预审组来到我区。"


def test_words_and_reported_after_a_dateline_stay():
    text = "本网讯 深入 报道:1月18日,某预审组来到我区。"
    assert harvest_credits(text).text == text


def test_a_name_and_reported_alone_on_a_line():
    result = harvest_credits("赵某 报道\n" + LEAD)
    assert result.meta["credits"] == [("记者", "赵某")]
    assert result.text.strip() == LEAD


@pytest.mark.parametrize("line", ["连续报道", "专题 报道", "现场 报道"])
def test_a_heading_ending_in_reported_stays(line):
    text = line + "\n" + LEAD
    assert harvest_credits(text).text == text


def test_two_names_of_three_glued_after_a_dateline():
    result = harvest_credits("某某新闻网讯(赵某某马某某 孙某某)8月28日,某调研组到我区调研。")
    assert result.meta["credits"] == [("记者", "赵某某"), ("记者", "马某某"), ("记者", "孙某某")]
    assert result.text == "某某新闻网讯 8月28日,某调研组到我区调研。"


def test_six_characters_that_are_no_two_names_stay():
    text = "某某新闻网讯(安全生产检查)8月28日,某调研组到我区调研。"
    assert harvest_credits(text).text == text


# --- a unit's supply line ---------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "unit"),
    [
        ("某某服务业处供稿\n2017年9月7日", "某某服务业处"),
        ("(某县委某某部供稿", "某县委某某部"),
        ("（某镇人民政府供稿）", "某镇人民政府"),
    ],
)
def test_a_units_supply_line_is_its_credit(tail, unit):
    result = harvest_credits(LEAD + "\n" + tail)
    assert result.meta["credits"] == [("供稿", unit)]
    assert result.text.strip() == LEAD


def test_a_sentence_about_supply_stays():
    text = LEAD + "\n各单位要及时供稿\n会议强调要抓落实。"
    assert harvest_credits(text).text == text


# --- a bracketed signature alone on its line ------------------------------------------


def test_a_bracketed_signature_alone_under_the_last_sentence():
    result = harvest_credits(LEAD + "\n(郭某 胜某 汉某)")
    assert result.meta["credits"] == [("署名", "郭某"), ("署名", "胜某"), ("署名", "汉某")]
    assert result.text.strip() == LEAD


@pytest.mark.parametrize(
    "line",
    # a unit before a name or a role after it: the furniture step's source or signed credit
    ["(左一 右二)", "(中国 北京)", "(完)", "(某某镇 某某村)", "(卢某某 供稿)", "(提案办 邵某某)"],
)
def test_a_bracketed_line_of_other_words_stays(line):
    text = LEAD + "\n" + line
    assert harvest_credits(text).text == text


def test_the_pipeline_moves_a_role_over_its_name_to_credits():
    result = clean(LEAD + "\n会议强调要抓落实。\n编辑\n何某某")
    assert ("编辑", "何某某") in result.meta["credits"]
    assert "何某某" not in result.text
