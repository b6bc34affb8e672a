"""Round art43 (issue 18, article lines removed): a feature's headline written as its
series' words, a colon and its own title in quotes (某某建设者：“老支书的修路故事”) stands
above a lead that repeats few of its words, and was cut as a column's banner. It is the
last headline-long line above the body: the report's own. A banner that names a column
before its quote, or a plain banner, is still cut. Invented lines only."""

from __future__ import annotations

import pytest
from public_records.clean.furniture import strip_furniture
from public_records.clean.furniture_opening import is_feature_headline

from tests.cleaning_checks import assert_logged

# A profile's lead: it repeats almost none of its headline's words.
LEAD = (
    "近日，记者来到某县某镇某某村，见到了曾获省级表彰的村党支部书记甲乙。"
    "他放弃城里的工作回到村里，带着乡亲们种果树、办合作社，一条新路通到了山外。"
)
NEXT = "甲乙说，下一步还要把村里的加工厂办起来。"


@pytest.mark.parametrize(
    "headline",
    [
        "寻找最美乡村建设者：“老支书的修路故事”",
        "寻找最美乡村建设者:“老支书的修路故事”",
        "乡村振兴带头人：「一个村支书的十年」",
        "最美基层干部·某某篇：“山里来了个好书记”",
    ],
)
def test_a_features_quoted_headline_above_the_lead_is_kept(headline):
    text = "某某网\n" + headline + "\n" + LEAD + "\n" + NEXT
    result = strip_furniture(text)
    assert headline in result.text.split("\n")
    assert_logged(text, result)


def test_the_shape_alone():
    assert is_feature_headline("寻找最美乡村建设者：“老支书的修路故事”")
    assert is_feature_headline("乡村振兴带头人:「一个村支书的十年」")


# Guards: banners and column names above the lead are still cut.


@pytest.mark.parametrize(
    "banner",
    [
        "专题：“学习贯彻全会精神”",
        "聚焦：“乡村振兴”",
        "政务要闻",
        "某某县人民政府门户网站",
    ],
)
def test_guard_a_columns_banner_above_the_lead_is_still_cut(banner):
    text = banner + "\n" + LEAD + "\n" + NEXT
    result = strip_furniture(text)
    assert banner not in result.text.split("\n")
    assert_logged(text, result)


def test_guard_a_quote_not_closing_the_line_is_no_features_headline():
    # the quoted words inside a longer line, or a quote with no kicker before it
    assert not is_feature_headline("寻找最美乡村建设者：“老支书”的修路故事")
    assert not is_feature_headline("“老支书的修路故事”")
    assert not is_feature_headline("某某：“修路”")  # a kicker of under four characters
