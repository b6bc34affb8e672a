"""Bylines have one home, the credits module (review mend): the shapes the title step
drops from a headline or a lead's row (REPORTER_GROUP, BYLINE_LEAD, BYLINE_IN_ROW,
BRACKETED_BYLINE, SPACED_REPORTERS) are defined there and the title step imports them;
the cases the title tests checked on its own copies are checked here on the shared
patterns, and through derive_title. Sentences and names invented."""

from public_records.clean import credits
from public_records.clean.credits import harvest_credits
from public_records.extract.title import derive_title

LEAD = "市长甲乙今天视察某区道路拓宽工程，慰勉施工人员辛苦，并要求如期完成后续工作。\n"


def test_the_title_step_uses_the_credits_modules_patterns():
    from public_records.extract import title

    for name in (
        "REPORTER_GROUP",
        "BYLINE_LEAD",
        "BYLINE_IN_ROW",
        "BRACKETED_BYLINE",
        "SPACED_REPORTERS",
    ):
        assert getattr(title, name) is getattr(credits, name), name
        assert not hasattr(title, "_" + name), name  # no copy of its own


def test_a_reporters_group_opening_a_line_may_name_the_paper():
    for text, group in (
        (
            "【新某某记者甲乙丙报导】某市议会召开第4次定期会，议程为市政总质询。",
            "【新某某记者甲乙丙报导】",
        ),
        (
            "（某某日报记者甲乙丙）县委书记丁戊到某镇调研乡村振兴工作，县长己庚陪同。",
            "（某某日报记者甲乙丙）",
        ),
    ):
        m = credits.REPORTER_GROUP.match(text)
        assert m and m.group(0) == group, text
    # a bracketed note without a reporter is no group
    assert credits.REPORTER_GROUP.match("（某某县）县委书记丁戊到某镇调研乡村振兴工作。") is None
    # the title step, which asks for it
    for text, title in (
        (
            "【新某某记者甲乙丙报导】某市议会召开第4次定期会，议程为市政总质询，市议会表示，"
            "为方便民众即时掌握议员问政内容，议会进行同步直播。",
            "某市议会召开第4次定期会",
        ),
        (
            "（某某日报记者甲乙丙）县委书记丁戊到某镇调研乡村振兴工作，县长己庚陪同。",
            "县委书记丁戊到某镇调研乡村振兴工作",
        ),
    ):
        assert derive_title(text) == title, text
    text = "（某某县）县委书记丁戊到某镇调研乡村振兴工作，县长己庚陪同。"
    assert derive_title(text).startswith("（某某县）县委书记丁戊")


def test_a_taiwan_byline_opening_the_lead_line():
    text = "记者甲某某/某义报导 某义县长乙某某率同仁到各乡镇送年菜，将温暖传播到弱势家庭。"
    m = credits.BYLINE_LEAD.match(text)
    assert m and m.group(0) == "记者甲某某/某义报导 "
    assert credits.BYLINE_LEAD.match("记者会上，县长乙某某介绍了情况。") is None
    assert derive_title(text) == "某义县长乙某某率同仁到各乡镇送年菜"


def test_a_bracketed_byline_after_a_space_inside_a_row():
    row = (
        "某镇道路改善工程完工 镇长到场视察 【记者甲乙报导】某镇公所感谢县府补助经费约300万元，"
        "重铺镇内10条道路，镇长丙丁亲自到工区检视施工品质。"
    )
    m = credits.BYLINE_IN_ROW.search(row)
    assert m and m.group(0) == " 【记者甲乙报导】"
    assert derive_title(row + "\n后续镇公所仍将持续争取建设经费。") == (
        "某镇道路改善工程完工 镇长到场视察"
    )
    # a sentence before the byline is no headline
    row = (
        "某镇公所感谢县府补助。 【记者甲乙报导】某镇道路改善工程完工，镇长丙丁到场视察施工品质，"
        "要求做好交通安全维护。"
    )
    assert credits.BYLINE_IN_ROW.search(row)
    text = row + "\n后续镇公所仍将持续争取建设经费。"
    assert not derive_title(text).startswith("某镇公所感谢县府补助 ")


def test_a_bracketed_byline_anywhere_in_a_headline_or_a_lead():
    for byline in (
        "〔某某时报记者王小明／台南报导〕",
        "〔记者王小明、李大华／综合报导〕",
        "〔记者王小明／台南〕",
        "【本报记者王小明台南报导】",
    ):
        assert credits.BRACKETED_BYLINE.fullmatch(byline), byline
        assert derive_title(byline + LEAD) == "市长甲乙视察某区道路拓宽工程", byline
    headline = "市长视察道路拓宽工程〔某某时报记者王小明／台南报导〕"
    assert credits.BRACKETED_BYLINE.sub("", headline) == "市长视察道路拓宽工程"
    assert derive_title(headline + "\n" + LEAD) == "市长视察道路拓宽工程"
    # brackets around words that are no byline stay
    assert credits.BRACKETED_BYLINE.search("县政协召开【学习贯彻】专题会议") is None


def test_reporters_spaced_out_after_a_dateline_and_closed_by_a_colon():
    for row, byline in (
        ("记者 甲乙 报道：某县政协第十届委员会第三次会议5日下午举行预备会议。", "记者 甲乙 报道："),
        (
            "通讯员 丙丁 记者 甲乙：某镇人大主席团4日召开会议，研究代表建议办理。",
            "通讯员 丙丁 记者 甲乙：",
        ),
    ):
        m = credits.SPACED_REPORTERS.match(row)
        assert m and m.group(0) == byline, row
    assert credits.SPACED_REPORTERS.match("县长甲乙：会议强调要抓落实。") is None
    lead = "某县新闻网讯 记者 甲乙 报道：某县政协第十届委员会第三次会议5日下午举行预备会议。\n"
    assert derive_title(lead) == "某县政协第十届委员会第三次会议举行预备会议"
    lead = "某某日报讯 通讯员 丙丁 记者 甲乙：某镇人大主席团4日召开会议，研究代表建议办理。\n"
    # (a meeting not named by its topic goes on with it since titles round 23)
    assert derive_title(lead) == "某镇人大主席团召开会议研究代表建议办理"


def test_the_harvest_takes_a_taiwan_byline_with_a_place_and_no_reported():
    # 〔记者甲／某地〕 without 报导: a shape only the title step knew, now a credit too
    result = harvest_credits("市长视察道路拓宽工程〔记者甲某某／台南〕\n" + LEAD)
    assert result.meta["credits"] == [("记者", "甲某某")]
    assert "记者" not in result.text
    result = harvest_credits("〔记者甲某某、乙某某／综合报导〕" + LEAD)
    assert result.meta["credits"] == [("记者", "甲某某"), ("记者", "乙某某")]
    # brackets around a place alone, or a slash without a reporter, stay
    for text in ("〔某某／台南〕" + LEAD, "某区道路〔甲某某／台南〕\n" + LEAD):
        assert "credits" not in harvest_credits(text).meta, text


def test_the_harvest_takes_a_taiwan_byline_after_a_sites_name_and_its_bar():
    # 某某新闻|记者甲／某地报导: the shape of the title step's BYLINE_LEAD
    text = "某某新闻|记者甲某某/某义报导 某义县长乙某某率同仁到各乡镇送年菜。"
    result = harvest_credits(text)
    assert result.meta["credits"] == [("记者", "甲某某")]
    assert "报导" not in result.text and result.text.endswith(
        "某义县长乙某某率同仁到各乡镇送年菜。"
    )
    # a slash after a word glued to 记者 is no byline
    assert "credits" not in harvest_credits("某某记者甲某某/某义报导").meta


def test_the_harvest_takes_reporters_spaced_out_after_a_dateline():
    # SPACED_REPORTERS' shape, roles set apart from their names by a space
    for text, found in (
        (
            "某某日报讯 通讯员 丙某某 记者 甲某：某镇人大主席团4日召开会议。",
            [("通讯员", "丙某某"), ("记者", "甲某")],
        ),
        ("某某日报讯 本报记者 甲某 乙某某：某镇召开会议。", [("记者", "甲某"), ("记者", "乙某某")]),
        ("某某网讯 首席记者 甲某某 报道：某镇召开会议。", [("记者", "甲某某")]),
    ):
        result = harvest_credits(text)
        assert result.meta["credits"] == found, text
        assert result.text.endswith(" 某镇人大主席团4日召开会议。") or result.text.endswith(
            " 某镇召开会议。"
        )
        assert "记者" not in result.text, text
    # 记者会上 (at the press conference) is no byline: a role glued to what follows it
    text = "某某日报讯 记者会上：某镇召开会议。"
    assert harvest_credits(text).text == text
