"""Round dev18 (issue 18, what the dev part dev-b18 shows for titles, furniture and
credits): invented lines, each failing before its rule, with guards that pass before and
after.

1. A site's banner of links that holds its widgets (设为首页, 加入收藏) after the names of
   the governments above the site (某某市政府 某某区政府 设为首页 | 加入收藏) is furniture,
   so the headline under it is the page's headline again; a link back to the list written
   with its page (返回列表页, 返回列表頁) is furniture as 返回列表 is. With the banner gone,
   the captions under the headline that name a titled person meeting others (丁主席与某某
   市政协交流) end the headline, as other captions of another deed do (before, they were
   read as more lines of it).
2. A photographer's credit that names the outlet before 记者 (某社记者丙丁戊摄) or the day the
   picture was taken after 摄 (记者丙丁戊摄,2019.05.09; 某社记者丙丁戊摄 113年7月23日), in a
   caption's brackets, closing a caption or alone on its line: the photographer is
   credited (摄影) and the credit leaves the text (before, the day after 摄 hid the credit,
   and an outlet before 记者 kept the line in the text).
3. The writers' names in brackets closing the report (（王某某 李某）) with only lines of no
   text under them (a view count, 1373): the report's writers (署名) and furniture, as they
   are when the page ends under them (before, the count under them kept them in the text
   and uncredited).
"""

from __future__ import annotations

from public_records.clean.captions import photo_credits
from public_records.clean.fold import fold
from public_records.clean.furniture import line_kind
from public_records.clean.pipeline import clean
from public_records.ingest.process import process
from public_records.model import Record
from public_records.registry import Registry


def _record(text: str) -> Record:
    return process(Record("r1", "r1.txt", "", "utf-8", text), Registry())


# 1. A banner of links holding the site's widgets; a back link with its page.


def test_a_banner_of_government_links_with_widgets_is_furniture():
    assert line_kind("某州市政府 某谯区政府 设为首页 | 加入收藏") is not None
    assert line_kind("某某县人民政府  设为首页  加入收藏  联系我们") is not None


def test_a_back_link_to_the_list_page_is_furniture():
    assert line_kind(fold("返回列表页").text) is not None
    assert line_kind(fold("返回列表頁").text) is not None


def test_a_sentence_about_a_homepage_stays():
    for line in (
        "区政府网站将本区便民服务栏目设为首页推荐内容，方便群众查询。",
        "请把某某县人民政府网站设为首页",
        "返回列表中查看全部通知后，再填写申请表",
    ):
        assert line_kind(fold(line).text) is None, line


def test_the_headline_under_a_banner_of_links_is_the_title():
    page = (
        "某州市政府 某谯区政府 设为首页 | 加入收藏\n"
        "网站首页 / 图片新闻\n"
        "某某市政协考察团来我区考察\n"
        "某某市政协考察团来我区考察\n"
        "浏览次数:1303      发布时间:2011-05-15\n"
        "\n"
        "某某市政协副主席甲乙丙与我区政协交流工作\n"
        "\n"
        "丁主席与某某市政协交流\n"
        "\n"
        "5月15日，某某市政协副主席甲乙丙率领考察团一行来我区考察。区政协主席丁戊出席交流会。\n"
        "交流会上，丁戊对考察团来我区考察表示欢迎。\n"
    )
    record = _record(page)
    assert record.title_hans == "某某市政协考察团来我区考察"
    assert "设为首页" not in record.text_hans


# 2. A photographer's credit with the outlet before 记者 and the day the picture was taken
#    after 摄, in a caption's brackets or on a line of its own.


def test_a_bracketed_photo_credit_with_its_day_credits_the_photographer():
    caption = "▲某县长甲乙出席联谊大会。(图/记者丙丁戊摄,2019.05.09)"
    assert photo_credits(caption) == [("摄影", "丙丁戊")]
    assert photo_credits("▲某县长甲乙出席联谊大会。（记者丙丁戊摄 2019-05-09）") == [
        ("摄影", "丙丁戊")
    ]


def test_an_agency_photo_credit_alone_on_its_line_goes_to_the_credits():
    page = (
        "某县长甲乙视察某镇防汛整备情形\n"
        "台风来袭，某县长甲乙今日视察某镇抽水站改善工程，了解工程进度与防汛整备情形。\n"
        "某社记者丙丁戊摄 113年7月23日\n"
        "甲乙表示，各单位要提前做好防范工作。\n"
    )
    result = clean(page)
    assert ("摄影", "丙丁戊") in result.meta.get("credits", [])
    assert "丙丁戊" not in result.text and "113年7月23日" not in result.text


def test_an_agency_photo_credit_closing_a_caption_goes_to_the_credits():
    page = (
        "某县长甲乙视察某镇防汛整备情形\n"
        "某县长甲乙（前中）视察某镇抽水站工程。 某社记者丙丁戊摄  113年7月23日\n"
        "台风来袭，某县长甲乙今日视察某镇抽水站改善工程，了解工程进度与防汛整备情形。\n"
    )
    result = clean(page)
    assert ("摄影", "丙丁戊") in result.meta.get("credits", [])
    assert "丙丁戊" not in result.text


def test_a_sentence_about_a_photo_and_a_day_stays():
    page = (
        "某县长甲乙视察某镇防汛整备情形\n"
        "某县长甲乙今日视察某镇抽水站改善工程，与记者丙丁戊合影，工程于2019.05.09完工。\n"
    )
    result = clean(page)
    assert "工程于2019.05.09完工" in result.text
    assert not any(name == "丙丁戊" for _role, name in result.meta.get("credits", []))


# 3. The writers' names in brackets closing the report (（王某某 李某）), with only a line
#    of no text under them (a view count): the report's writers, not a line of it.


def test_closing_names_above_a_view_count_are_credited():
    page = (
        "某省民政厅领导进社区送温暖\n"
        "近日，某省民政厅副厅长甲乙率队来我市开展春节走访慰问活动，为困难群众送去新春祝福。\n"
        "随后，甲乙检查了某街道某社区疫情防控工作，鼓励社区工作人员勇于创新。\n"
        "（王某某 李某）\n"
        "1373\n"
    )
    result = clean(page)
    credits = result.meta.get("credits", [])
    assert ("署名", "王某某") in credits and ("署名", "李某") in credits
    assert "王某某" not in result.text


def test_bracketed_words_above_a_view_count_stay_when_no_names():
    page = (
        "某省民政厅领导进社区送温暖\n"
        "近日，某省民政厅副厅长甲乙率队来我市开展春节走访慰问活动，为困难群众送去新春祝福。\n"
        "（出席 会议）\n"
        "1373\n"
    )
    assert "（出席 会议）" in clean(page).text
