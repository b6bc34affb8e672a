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
"""

from __future__ import annotations

from public_records.clean.fold import fold
from public_records.clean.furniture import line_kind
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
