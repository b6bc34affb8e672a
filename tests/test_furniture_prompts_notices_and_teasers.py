"""Site furniture of the kinds dev-b22 and dev-b23 left (issue 18, round dev22f): a
reader's comment prompt, a comments heading in Taiwan's word (热门回应), a copyright notice
opening 凡所有标注为, a site's legal counsel, the original title noted in brackets, a
journal's issue line, a site's host and organiser fields run long on one line, a Taiwan
byline with no role (name, county, 报导), a mobile prompt (欢迎使用手机…访问), related
headings (本地区其他新闻, 更多某某新闻报导), and other stories' cards under such a heading
whose summaries end with a read-more link ((继续阅读)). Each is cut and logged; the
article's own lines that use the same words stay. Lines and names are invented in the
shapes real pages have."""

from __future__ import annotations

import pytest
from public_records.clean.edits import kind_note
from public_records.clean.furniture import line_kind, related_cards, strip_furniture
from public_records.ingest.process import process
from public_records.model import Record

from tests.cleaning_checks import (
    FURNITURE_BODY,
    assert_cut_below,
    assert_kept_between,
    assert_logged,
)


def _processed(raw: str) -> Record:
    return process(Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw))


_HEAD = "东山镇召开秋收秋种工作推进会"
_LEAD = "9月6日下午，东山镇召开秋收秋种工作推进会，镇长甲乙主持会议，镇村干部60余人参加会议。"
_BODY = "会议强调，各村要抓住晴好天气，加快收获进度，确保颗粒归仓，做到应收尽收、应种尽种。"


# Lines below the report: each is cut.


@pytest.mark.parametrize(
    "line",
    [
        "读完这篇文章后写点感想吧 你还可以 收藏 留以后再看",
        "读完本篇新闻，说点看法吧",
        "熱門回應",
        "最新回应",
        "凡所有标注为“来源:某某网”的稿件版权均为本站所有,若需引用、转载,请来信获取授权,使用时请注明来源和原文链接,"
        "并在授权范围内使用;未经授权不得复制或转载本站稿件,若有违反,本站将追究相关法律责任。",
        "本站法律顾问:某某律师事务所 甲乙丙。",
        "本网常年法律顾问：某某律师事务所",
        "   (原文标题为《某某局副局长到某县调研农村物流工作》) ",
        "（原标题是《某镇召开秋收工作会》）",
        "主办:某某网_某某足球网-【某某官方平台】 承办:某某网_某某足球网-【某某官方平台】办公室 "
        "联系我们:0123-4567890",
        "主办单位：某某市某某县人民政府门户网站管理中心（某某县大数据发展服务中心） "
        "承办单位：某某县人民政府办公室 联系电话：0123-4567890",
        "欢迎使用手机、平板等移动设备访问某某网,一路陪伴同行!>>点击查看",
        "欢迎您用手机访问本站",
    ],
)
def test_a_prompt_or_notice_below_the_report_is_cut(line):
    assert_cut_below([line])


@pytest.mark.parametrize(
    "line, kind",
    [
        ("读完这篇文章后写点感想吧", "comments"),
        ("热门回应", "comments"),
        ("本站法律顾问:某某律师事务所 甲乙丙。", "sponsor"),
        ("(原文标题为《某某局副局长到某县调研》)", "reprint"),
        ("某某水利 2011年9期", "newspaper page"),
        ("某某社会科学 2020年第1期", "newspaper page"),
        ("甲乙丙 花莲县 报导", "byline"),
        ("欢迎使用手机、平板等移动设备访问某某网,一路陪伴同行!>>点击查看", "welcome"),
        ("本地区其他新闻", "related"),
        ("更多某视新闻报导", "related"),
    ],
)
def test_each_line_has_its_kind(line, kind):
    assert line_kind(line) == kind


_SOIL_HEAD = "水土保持司司长甲乙在某县调研工作"
_SOIL_LEAD = "8月3日，水利部水土保持司司长甲乙在某县调研水土保持工作，副县长丙丁陪同调研。"


def test_a_journal_issue_line_under_the_headline_is_cut_and_not_titled():
    # the journal's name shares the lead's words: no banner by its shape alone
    raw = f"{_SOIL_HEAD}\n\n2011-02-16丁戊\n\n中国水土保持 2011年9期\n\n{_SOIL_LEAD}\n{_BODY}\n"
    result = strip_furniture(raw)
    assert "2011年9期" not in result.text
    assert_logged(raw, result)
    assert _processed(raw).title_hans == _SOIL_HEAD


def test_a_byline_with_county_and_no_role_is_cut_its_name_kept():
    raw = f"{_HEAD}\n\n甲乙丙 花莲县 报导\n\n{_LEAD}\n{_BODY}\n"
    result = strip_furniture(raw)
    assert "报导" not in result.text
    assert ("记者", "甲乙丙") in result.meta["credits"]
    assert _processed(raw).title_hans == _HEAD


def test_related_headings_open_the_list_below():
    raw = f"{FURNITURE_BODY}\n更多某视新闻报导\n某县跨年活动如期举行\n某企业捐物资给弱势家庭\n"
    assert strip_furniture(raw).text.rstrip("\n") == FURNITURE_BODY


# Other stories' cards under a related heading: a headline, then its summary cut short
# and closed by a read-more link; the list's last card cut off by the page's end.

_CARDS = (
    "本地区其他新闻\n"
    "某乡举办敬老活动 关怀独居长辈\n"
    "本刊记者/丙丁报导 某乡公所日前举办敬老活动，为乡内独居长辈送上年节礼品与祝福，"
    "现场气氛温馨...(繼續閱讀)\n"
    "某村完成道路改善工程 便利居民出入\n"
    "为改善村民出入安全，某村日前完成道路拓宽与排水沟改善工程，村长表示将持续争取经费办理后续"
)


def test_cards_under_a_related_heading_are_cut():
    raw = f"{_HEAD}\n{_LEAD}\n{_BODY}\n{_CARDS}\n"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == f"{_HEAD}\n{_LEAD}\n{_BODY}"
    assert_logged(raw, result)


def test_a_card_needs_its_read_more_link():
    # without a read-more link under the heading, a long line stays (it may be the report's)
    rows = [
        (0, 0, _LEAD),
        (0, 0, "本地区其他新闻"),
        (0, 0, "某乡举办敬老活动 关怀独居长辈"),
        (0, 0, "某乡公所日前举办敬老活动，为乡内独居长辈送上年节礼品与祝福，现场气氛温馨"),
    ]
    assert related_cards(rows, [None, "related", None, None]) == set()
    rows[3] = (0, 0, rows[3][2] + "...(继续阅读)")
    assert related_cards(rows, [None, "related", None, None]) == {2, 3}


# Guards: the article's own lines with the same words stay.


@pytest.mark.parametrize(
    "line",
    [
        "读完这本书后，他写下了自己的感想。",
        "会议对热门回应的问题逐一作了答复。",
        "凡所有标注违规的项目，一律限期整改。",
        "该镇聘请法律顾问为群众提供服务。",
        "这篇文章的原标题是什么，大家都记得。",
        "会议由县人民政府主办，县商务局承办，各乡镇负责人参加。",
        "2011年第9期简报刊发了该县的经验做法，得到上级肯定。",
        "甲乙丙县长到花莲县视察并听取报导。",
        "欢迎使用本镇新建的便民服务中心，群众可就近办理业务。",
        "其他新闻单位也派记者参加了活动。",
        "更多乡镇新闻将在下期刊发。",
    ],
)
def test_article_lines_with_the_same_words_stay(line):
    assert_kept_between([line])


def test_a_report_line_ending_with_an_ellipsis_stays_without_a_heading():
    raw = (
        f"{_HEAD}\n{_LEAD}\n{_BODY}\n某乡举办敬老活动 关怀独居长辈\n"
        "某乡公所日前举办敬老活动，为乡内独居长辈送上年节礼品与祝福...(继续阅读)\n"
    )
    assert "继续阅读" in strip_furniture(raw).text


_TW_HEAD = "花莲县举办某某音乐节开幕活动"
_TW_LEAD = "1月29日晚，花莲县举办某某音乐节开幕活动，县长甲乙丙率县府各一级主管出席并致词。"
_TW_BODY = "县长表示，本次活动场地共12公顷，包括主场地与摊贩区，预计吸引大批游客前来。"


@pytest.mark.parametrize("joined", ["", "丁戊己 花莲县 报导\n"])
def test_a_byline_broken_over_lines_above_the_lead_is_cut_with_its_county(joined):
    # name / county / 报导 on lines of their own (and again joined on one line): the county
    # alone is the byline's place, though the lead names it too
    raw = f"{_TW_HEAD}\n丁戊己\n花莲县\n报导\n{joined}{_TW_LEAD}\n{_TW_BODY}\n"
    result = strip_furniture(raw)
    assert result.text == f"{_TW_HEAD}\n{_TW_LEAD}\n{_TW_BODY}\n"
    assert_logged(raw, result)


def test_a_county_alone_above_the_lead_without_a_byline_is_not_a_credit_place():
    raw = f"{_TW_HEAD}\n花莲县\n{_TW_LEAD}\n{_TW_BODY}\n"
    notes = [e.note for e in strip_furniture(raw).edits]
    assert kind_note("credit place") not in notes
