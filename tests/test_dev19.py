"""Round dev19 (issue 18: what dev-b19 shows for furniture and credits). Invented lines.

1. A list of other stories that closes the page may carry its own labels between its
   headlines (图片报道), lines the shape model cuts: they no longer break the run, so the
   list is cut whole; and a name in brackets right under the report, followed by such a
   list, is the report's signature (credited), as it is when the site's tail follows it.
2. A unit and a person in brackets under a report is the source's credit when the unit is
   a society or a federation (某区某某会, 某县妇联), and when a colon stands between the unit
   and the name ((某镇某某联络室:甲某)).
3. A folder of the page's address that is a year and a month alone (/201604/, /2016/10/,
   /2019-01/) gives a month and day of the text its year (that month's, or the year
   before for a later month); a day alone and a year folder alone date nothing.
"""

from __future__ import annotations

from public_records.clean.furniture import strip_furniture
from public_records.extract.dates import resolve_date

BODY = (
    "7月3日,某县县委书记甲某某、县长乙某某分头到某公司和用电企业调研迎峰度夏工作,"
    "并提出指导意见。\n"
    "当天上午,甲某某来到某公司调度中心,听取了迎峰度夏工作汇报,要求各相关部门全力做好"
    "有序用电工作,确保居民生活用电。\n"
)

# 1. A closing list with its labels between the headlines, a signature above it.

LABELLED_LIST = (
    "某镇电力送来抗旱“及时雨”\n"
    "绿色电网助力某县生态建设\n"
    "图片报道\n"
    "高温频现某岛实行“零点检修”\n"
    "某县多举措抗旱保供电\n"
    "某公司确保“放心电”\n"
    "图片报道\n"
)


def test_labelled_closing_list_is_cut_whole() -> None:
    result = strip_furniture(BODY + LABELLED_LIST)
    assert result.text == BODY
    assert "某县多举措抗旱保供电" not in result.text


def test_signature_above_a_closing_list_is_credited() -> None:
    result = strip_furniture(BODY + "  (司明远)\n" + LABELLED_LIST)
    assert result.text == BODY
    assert ("作者", "司明远") in result.meta["credits"]


def test_name_above_a_sentence_of_the_report_stays() -> None:
    # guard: what follows the name is the report's sentence, not a list of other stories
    text = BODY + "(司明远)\n会后,乙某某还到某村走访了三户困难群众,送去了慰问金。\n"
    result = strip_furniture(text)
    assert "(司明远)" in result.text


# 2. A unit and a person in brackets under the report: the source's credit.


def test_society_and_name_in_brackets_is_a_source_credit() -> None:
    result = strip_furniture(BODY + "(某区某某协会  司明远)\n")
    assert result.text == BODY
    assert ("来源", "司明远") in result.meta["credits"]


def test_federation_and_name_in_brackets_is_a_source_credit() -> None:
    result = strip_furniture(BODY + "(某县妇联 司明远 乙某)\n")
    assert result.text == BODY
    assert ("来源", "司明远") in result.meta["credits"]


def test_unit_colon_name_in_brackets_is_a_source_credit() -> None:
    result = strip_furniture(BODY + "(某镇某某联络室:司明远) |\n")
    assert result.text == BODY
    assert ("来源", "司明远") in result.meta["credits"]


def test_bracketed_aside_of_the_report_stays() -> None:
    # guard: a bracketed sentence of the report, no unit before a name
    text = BODY + "(会议还通报了上半年各乡镇安全生产工作情况。)\n"
    assert "会议还通报了" in strip_furniture(text).text


# 3. A year-and-month folder of the page's address gives a month and day its year.


def test_month_folder_gives_the_year_of_a_month_and_day() -> None:
    date = resolve_date(
        "3月25日，某县召开耕地保护工作会议。", url="http://a.cn/news/201604/809.html"
    )
    assert (date.resolved, date.precision) == ("2016-03-25", "day")
    assert "网址中的年月 2016-04" in date.note


def test_month_folder_split_by_a_slash_and_a_later_month_in_the_year_before() -> None:
    date = resolve_date("12月29日，某镇召开年终总结会。", url="http://a.cn/2019-01/news-3-2.html")
    assert date.resolved == "2018-12-29"
    date = resolve_date("10月9日，某区召开座谈会。", url="http://a.cn/news/2016/10/6052.html")
    assert date.resolved == "2016-10-09"


def test_month_folder_dates_no_day_alone_and_a_year_folder_no_month() -> None:
    # guards: a day of the month needs the page's day; a year alone is no month
    assert resolve_date("28日，某县召开会议。", url="http://a.cn/n/201604/1.html").resolved == ""
    assert (
        resolve_date("5月23日，某县召开会议。", url="http://a.cn/zx/2019/102194.html").resolved
        == ""
    )
