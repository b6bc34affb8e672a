"""Titles a reader rejects on council and city-government pages and their copies (round
titles44b, issue 18): a site's greeting taken for the headline (`…议会欢迎您`), two headlines a
council's page prints on one line joined by a semicolon, a list inside a quoted event's name
cut at its second item (`出席「甲、乙等`), a day in the Taiwan form 本（20）日 leaving 本 in the
title, a comma left between an event's name and 举行 once the day between them went, and 年
left of a year the page lost (`举行年“三八”…`). Invented lines in the shapes real pages have;
the guards are what must not change."""

from __future__ import annotations

import pytest
from public_records.extract.title import (
    _is_long_headline,
    _without_comma_before_deed,
    derive_title,
    derive_title_with_evidence,
    lead_title,
)

LEAD = (
    "在今日县政总质询议程中，县议员甲乙针对某县爱心手环申请件数太少，希望社会处多加宣导。"
    "县议员丙丁建议县长动用预备金，免费帮县内幼童施打疫苗，守护幼童健康。"
)


def test_a_sites_greeting_is_no_headline():
    text = "监督县政，反映民意某县议会欢迎您\n\n某县召开县政总质询会议\n\n" + LEAD
    assert derive_title(text) == "某县召开县政总质询会议"


@pytest.mark.parametrize("greeting", ["欢迎光临某某县政府网站", "某某市人民政府欢迎您！"])
def test_greetings_of_other_forms(greeting):
    title = derive_title(greeting + "\n\n某县召开县政总质询会议\n\n" + LEAD)
    assert title == "某县召开县政总质询会议"


def test_a_headline_with_welcome_inside_stays():
    text = (
        "某县热烈欢迎返乡创业青年 县长甲乙出席座谈\n\n"
        "3月5日，某县召开返乡创业青年座谈会，县长甲乙出席。"
    )
    assert derive_title(text) == "某县热烈欢迎返乡创业青年 县长甲乙出席座谈"


def test_two_headlines_joined_by_a_semicolon_are_the_title():
    line = (
        "某县爱心手环申请量太少 议员甲乙盼社会处多加宣导；"
        "某病正流行 议员丙丁建议县长动用预备金帮幼童施打疫苗"
    )
    title, evidence = derive_title_with_evidence(line + " 2023-06-01\n\n" + LEAD)
    assert (title, evidence) == (line, "page headline")


@pytest.mark.parametrize(
    "line",
    [
        "会议听取了某某局的工作汇报；会议审议了某某办法 某某规定和某某细则等文件",
        "某县召开会议 部署春耕；要求各乡镇抓好落实，确保完成任务",
    ],
)
def test_clauses_between_semicolons_are_no_headline(line):
    assert not _is_long_headline(line)


def test_a_list_inside_a_quoted_name_is_not_cut():
    lead = (
        "某市长甲乙24日下午前往某区，出席「某某机械、电工、纺织业工会庆祝劳动节联合表扬活动」。"
        "甲市长表示，工会表现优异。"
    )
    assert lead_title(lead) == "某市长甲乙出席「某某机械、电工、纺织业工会庆祝劳动节联合表扬活动」"


def test_a_list_outside_quotes_is_still_cut():
    lead = "县长王五走访慰问县福利院老人、困难党员、低保户和困难残疾人。"
    assert lead_title(lead) == "县长王五走访慰问县福利院老人、困难党员等"


@pytest.mark.parametrize(
    "lead, title",
    [
        ("某市议会本(25)日举行成立大会，市长甲乙出席。", "某市议会举行成立大会"),
        (
            "某市甲乙等5里联合办公处暨某协会，于本(20)日举行启用揭牌典礼，里民全程参与。",
            "某市甲乙等5里联合办公处暨某协会举行启用揭牌典礼",
        ),
    ],
)
def test_the_day_this_day_the_20th_leaves_nothing(lead, title):
    assert lead_title(lead) == title


@pytest.mark.parametrize(
    "lead, title",
    [
        ("某县第三届会员大会，于昨日在某地举行，县长甲乙出席。", "某县第三届会员大会举行"),
        (
            "某某社区联合办公处暨某协会，于5月20日举行启用揭牌典礼，里民全程参与。",
            "某某社区联合办公处暨某协会举行启用揭牌典礼",
        ),
    ],
)
def test_no_comma_between_an_event_and_its_holding(lead, title):
    assert lead_title(lead) == title


@pytest.mark.parametrize(
    "title",
    ["县长甲乙调研春耕生产，察看育秧工作", "县长甲乙，调研春耕生产", "某某大会，举行，圆满闭幕"],
)
def test_a_comma_not_before_a_holding_alone_stays(title):
    assert _without_comma_before_deed(title) == title


@pytest.mark.parametrize(
    "text, title",
    [
        ("3月7日，某区举行年“三八”表彰大会，区长甲乙出席。", "某区举行“三八”表彰大会"),
        (
            "某县召开年第三季度工作推进会\n\n8月2日，某县召开年第三季度工作推进会，县长甲乙出席。",
            "某县召开第三季度工作推进会",
        ),
    ],
)
def test_a_lost_years_nian_is_not_shown(text, title):
    assert derive_title(text) == title


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "8月28日，某县举行2024年第三季度“政网直通车”活动。县委书记甲乙出席。",
            "某县举行2024年第三季度“政网直通车”活动",
        ),
        ("1月6日，某局召开年度工作会议，局长甲乙出席。", "某局召开年度工作会议"),
        ("1月6日，某镇举办年货节，镇长甲乙出席。", "某镇举办年货节"),
    ],
)
def test_a_year_and_words_of_nian_stay(text, title):
    assert derive_title(text) == title
