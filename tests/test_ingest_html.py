"""Saved web pages (`seeds/<id>.html`, `.htm`) become records: the article text goes
through the same cleaning as a text report, and the page around it (menu, breadcrumbs,
share buttons, footer, scripts) is dropped and counted in the edit log.

The pages are written here, shaped like county-government article pages; no real page
is copied. test_ingest_warc.py builds WARC files from the same pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from public_records.ingest import html as page_html
from public_records.ingest.importer import run_import
from public_records.ingest.sources import SourceError, decode_page, read_report, survey

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{site}</title>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script");
hm.src = "https://stats.example.invalid/hm.js?TRACKERSCRIPT"; }})();</script>
<style>.nav li {{ float: left; }} .MENUSTYLE {{ color: red; }}</style>
</head><body>
<div class="header"><div class="logo">{site}</div>
<ul class="nav"><li><a href="/">{home}</a></li><li><a href="/zwgk/">{menu1}</a></li>
<li><a href="/bsfw/">{menu2}</a></li><li><a href="/hdjl/">{menu3}</a></li></ul></div>
<div class="breadcrumb">{here}<a href="/">{home}</a> &gt; <a href="/xwzx/">{crumb}</a></div>
<div class="article">
<h1>{title}</h1>
<div class="info">{published}{date_line}　{source_label}{office}　{views}<span id="hits">128</span>
</div>
<div class="content" id="zoom">
{paras}
</div>
<div class="share">{share}<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
</div>
<div class="footer"><p>{sponsor}　{address}</p>
<p>皖ICP备05001234号-1　皖公网安备 34080302000123号</p></div>
<script src="/js/jquery.min.js"></script>
<script>$(function(){{ $('#hits').load('/hits?FOOTERSCRIPT'); }});</script>
</body></html>
"""

SIMPLIFIED = {
    "lang": "zh-CN",
    "site": "大观区人民政府",
    "home": "首页",
    "menu1": "政务公开",
    "menu2": "办事服务",
    "menu3": "互动交流",
    "here": "当前位置：",
    "crumb": "新闻中心",
    "published": "发布时间：",
    "source_label": "来源：",
    "office": "区政府办",
    "views": "浏览次数：",
    "share": "分享到：",
    "sponsor": "主办单位：安庆市大观区人民政府办公室",
    "address": "地址：安庆市大观区石化路66号",
    "title": "大观区召开区委常委会扩大会议",
    "date_line": "2024-08-02 10:30",
    "paras": [
        "8月2日上午，区委书记潘功发主持召开区委常委会扩大会议，传达学习省委全会精神。",
        "会议强调，要抓好防汛抗旱工作，确保人民群众生命财产安全。区长李明出席会议并讲话。",
        "区委常委，区人大常委会、区政府、区政协负责同志参加会议。",
    ],
}

# Traditional, with pinyin after characters (as some copies carry them), and another
# meeting, so that the two pages are two records.
TRADITIONAL = SIMPLIFIED | {
    "lang": "zh-TW",
    "site": "大觀區人民政府",
    "home": "首頁",
    "menu1": "政務公開",
    "menu2": "辦事服務",
    "menu3": "互動交流",
    "here": "當前位置：",
    "crumb": "新聞中心",
    "published": "發佈時間：",
    "source_label": "來源：",
    "office": "區政府辦",
    "views": "瀏覽次數：",
    "share": "分享到：",
    "sponsor": "主辦單位：安慶市大觀區人民政府辦公室",
    "address": "地址：安慶市大觀區石化路66號",
    "title": "大觀區召開防汛工作調度會",
    "date_line": "2024-07-15 09:00",
    "paras": [
        "7月15日下午，區(qū)委書記潘功發主持召開全區(qū)防汛工作調(diào)度會，部署當前防汛工作。",
        "會議要求，各鄉(xiāng)鎮(zhèn)街道要壓實責任，加強巡查，確保安全度汛。區長李明出席會議並講話。",
        "區防汛抗旱指揮部成員單位負責同志參加會議。",
    ],
}

# Words that only the page around the article has: none may reach a clean record.
CHROME_WORDS = (
    "政务公开", "政務公開", "办事服务", "辦事服務", "互动交流", "互動交流", "当前位置", "當前位置",
    "新闻中心", "新聞中心", "分享到", "微信", "微博", "ICP", "公网安备", "公網安備", "主办单位",
    "主辦單位", "石化路", "浏览次数", "瀏覽次數", "TRACKERSCRIPT", "FOOTERSCRIPT", "MENUSTYLE",
    "jquery", "hits",
)  # fmt: skip


def page(fields: dict, charset: str = "utf-8") -> str:
    """A county-government article page with these fields."""
    paras = "\n".join(f"<p>{p}</p>" for p in fields["paras"])
    return PAGE.format(**(fields | {"paras": paras, "charset": charset}))


def page_bytes(fields: dict, charset: str = "utf-8", declared: str | None = None) -> bytes:
    """The page encoded in `charset`, declaring `declared` (default: `charset`)."""
    return page(fields, declared or charset).encode(charset)


def article_text(fields: dict) -> str:
    """The page's article as a person would save it as a text report."""
    return "\n".join([fields["title"], f"发布时间：{fields['date_line'][:10]}", *fields["paras"]])


def import_folder(tmp_path: Path, files: dict[str, bytes], name: str = "seeds"):
    seeds = tmp_path / name
    seeds.mkdir()
    for file_name, data in files.items():
        (seeds / file_name).write_bytes(data)
    content = tmp_path / f"content-{name}"
    report = run_import(seeds, content, jobs=1)
    return report, content


def content_of(content: Path, record_id: str, script: str = "hans") -> dict:
    text = (content / "records" / f"zh-{script}" / f"{record_id}.md").read_text(encoding="utf-8")
    head, _, body = text.removeprefix("---\n").partition("\n---\n")
    return json.loads(head) | {"body": body}


def test_simplified_page_gives_its_article_and_nothing_around_it(tmp_path):
    path = tmp_path / "daguan-0802.html"
    path.write_bytes(page_bytes(SIMPLIFIED, "gb18030", declared="gb2312"))
    record = read_report(path)
    assert record.encoding == "gb18030"  # the <meta> says gb2312: read as its superset
    body = record.meta["body"]
    assert body.splitlines()[0] == SIMPLIFIED["title"]
    assert all(p in body for p in SIMPLIFIED["paras"])
    assert not [w for w in CHROME_WORDS if w in body]
    assert record.raw_text.startswith("<!DOCTYPE html>")  # the source, kept as received


def test_edit_log_starts_with_the_extraction_and_counts_every_dropped_part(tmp_path):
    html_text = page(SIMPLIFIED)
    (tmp_path / "a.html").write_text(html_text, encoding="utf-8")
    record = read_report(tmp_path / "a.html")
    first, *parts = record.edits
    assert first.rule == page_html.RULE == "extracted from HTML"
    assert first.note.startswith("extracted from HTML")
    counted = record.meta["extracted"]
    # Each kind of page part was found, counted, and named in the log with its words.
    assert counted["navigation"] >= len("首页政务公开办事服务互动交流当前位置：首页新闻中心")
    assert counted["footers"] >= len("主办单位：安庆市大观区人民政府办公室皖ICP备05001234号-1")
    assert counted["scripts"] >= len("TRACKERSCRIPT") + len("FOOTERSCRIPT") + len("MENUSTYLE")
    assert counted["other"] >= len("分享到：微信微博QQ")
    for kind in ("navigation", "scripts", "footers", "other"):
        assert f"{counted[kind]:,} of {page_html.KINDS[kind]}" in first.note
    notes = {e.note for e in parts if e.rule == page_html.RULE}
    kinds = [k for k in counted if k != "kept"]
    assert {f"{page_html.KINDS[k]}: {counted[k]:,} characters dropped" for k in kinds} <= notes
    # Kept + dropped account for every character of text of the page's body.
    visible = sum(counted[k] for k in ("navigation", "footers", "other")) + counted["kept"]
    title = page_html._chars(SIMPLIFIED["title"])
    assert visible + title >= page_html._chars("".join(SIMPLIFIED["paras"]))


def test_charset_order_header_then_meta_then_detection():
    data = page(SIMPLIFIED, "gb2312").encode("gb18030")
    assert decode_page(data, "a.html")[1] == "gb18030"  # the <meta>
    assert decode_page(data, "a.html", header_charset="gbk")[1] == "gb18030"  # the header
    # A header that the bytes do not fit: the <meta> is next, with a finding.
    text, encoding, found = decode_page(data, "a.html", header_charset="utf-8")
    assert encoding == "gb18030" and [f.code for f in found] == ["html_charset_wrong"]
    # A wrong <meta> and no header: detected, with a finding naming the charset.
    big5 = page(TRADITIONAL | {"paras": ["區委書記主持會議並講話。"]}, "utf-8").encode("utf-8")
    text, encoding, found = decode_page(big5.replace(b"utf-8", b"big5"), "a.html")
    assert encoding == "utf-8" and "big5" in found[0].message and "區委書記" in text
    # A charset no page should need is not used at all (detection decides).
    utf7 = page(SIMPLIFIED, "utf-7").encode("utf-8")
    assert decode_page(utf7, "a.html")[1] == "utf-8"


def test_saved_pages_give_the_records_their_text_files_give(tmp_path):
    """Done means: a folder of saved pages gives the same records as the extracted
    text files would, apart from provenance; no page part reaches a clean record."""
    pages = {
        "daguan-0802.html": page_bytes(SIMPLIFIED, "gb18030", declared="gb2312"),
        "daguan-0715.htm": page_bytes(TRADITIONAL, "utf-8"),
    }
    texts = {
        "daguan-0802.txt": article_text(SIMPLIFIED).encode("utf-8"),
        "daguan-0715.txt": article_text(TRADITIONAL).encode("utf-8"),
    }
    from_pages, pages_content = import_folder(tmp_path, pages, "pages")
    from_texts, texts_content = import_folder(tmp_path, texts, "texts")
    assert not from_pages.errors and not from_pages.quarantined
    assert [r.id for r in from_pages.records] == [r.id for r in from_texts.records]
    for record in from_pages.records:
        for script in ("hans", "hant"):
            got = content_of(pages_content, record.id, script)
            want = content_of(texts_content, record.id, script)
            assert _without_provenance(got) == _without_provenance(want)
            assert not [w for w in CHROME_WORDS if w in got["body"] + got["title"]]
        edits = content_of(pages_content, record.id)["edits"]
        assert edits[0]["rule"] == "extracted from HTML"
        assert [e for e in edits if e["rule"] != "extracted from HTML"] == content_of(
            texts_content, record.id
        )["edits"]
    hant = content_of(pages_content, "daguan-0715", "hans")
    assert "(qū)" not in hant["body"] and "区委书记潘功发" in hant["body"]  # pinyin cleaned
    assert hant["date"]["resolved"] == "2024-07-15"
    # The raw download is the page as received.
    raw = (pages_content / "raw" / "daguan-0802.txt").read_bytes()
    assert raw == pages["daguan-0802.html"]


def _without_provenance(front: dict) -> dict:
    """A content file's front matter without what tells where it came from."""
    drop = {"source", "raw_text", "edits", "findings"}
    kept = {k: v for k, v in front.items() if k not in drop}
    kept["findings"] = [f for f in front["findings"] if not f["code"].startswith("html_")]
    return kept


def test_page_with_no_main_text_is_named(tmp_path):
    empty = PAGE.replace("{paras}", "").replace("<h1>{title}</h1>", "")
    data = empty.format(**(SIMPLIFIED | {"paras": "", "charset": "utf-8"})).encode()
    (tmp_path / "menu.html").write_bytes(data)
    with pytest.raises(SourceError) as error:
        read_report(tmp_path / "menu.html")
    assert error.value.path.endswith("menu.html")
    assert "no main text" in error.value.reason


def test_a_page_that_is_not_a_report_is_quarantined_and_the_rest_builds(tmp_path):
    """The page-type step judges the extracted text as it judges a text report: a
    speech template saved from a page is quarantined, with its reason."""
    template = SIMPLIFIED | {
        "title": "在XX县20**年防汛工作会议上的讲话",
        "paras": ["同志们：今天我们召开X委全体会议，主要任务是部署XX工作。", *SIMPLIFIED["paras"]],
    }
    report, content = import_folder(
        tmp_path,
        {"speech.html": page_bytes(template), "daguan-0802.html": page_bytes(SIMPLIFIED)},
    )
    assert [r.id for r in report.records] == ["daguan-0802"]
    assert [r.id for r in report.quarantined] == ["speech"]
    assert report.summary()["quarantined"][0]["file"] == "speech.html"
    assert (content / "records" / "zh-hans" / "daguan-0802.md").exists()


def test_survey_takes_pages_and_names_wrong_case(tmp_path):
    for name in ("a.html", "b.htm", "c.HTML", "a.yml", "d.yml"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    reports, problems = survey(tmp_path)
    assert [p.name for p in reports] == ["a.html", "b.htm"]
    reasons = {Path(p.path).name: p.reason for p in problems}
    assert "rename it to c.html" in reasons["c.HTML"]
    assert "a.yml" not in reasons  # the sidecar of a.html
    assert "sidecar without its report" in reasons["d.yml"]


# A county site's 政务动态 column page and its 用户登录 page (invented): the extractor
# gives a list of headlines with dates, and a login form's notice.
COLUMN_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>政务动态_大观区人民政府</title><script>var PAGER = 1;</script></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a>
<a href="/bsfw/">办事服务</a></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 政务动态</div>
<div class="main"><h2>政务动态</h2>
{items}
<div class="pager">共12页 首页 上一页 <a href="?p=2">下一页</a> 尾页</div></div>
<div class="footer"><p>主办单位：安庆市大观区人民政府办公室</p><p>皖ICP备05001234号-1</p></div>
</body></html>
"""
COLUMN_HEADLINES = (
    ("区政府召开第十二次常务会议", "2024-08-02"),
    ("区委理论学习中心组开展专题学习", "2024-08-01"),
    ("副区长王强调研秋粮收购工作", "2024-07-31"),
    ("我区举行防汛应急演练", "2024-07-30"),
    ("区人大常委会召开第二十次会议", "2024-07-29"),
    ("全区安全生产工作会议召开", "2024-07-28"),
    ("区领导督导检查重点项目建设", "2024-07-26"),
)
LOGIN_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>用户登录_大观区人民政府</title><script>function refreshCode() {}</script></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a>
<a href="/hdjl/">互动交流</a></div>
<div class="login-box"><h2>用户登录</h2><form action="/login" method="post">
<p><label>用户名：</label><input name="username"></p>
<p><label>密码：</label><input type="password" name="password"></p>
<p><label>验证码：</label><input name="code"><img src="/captcha.jpg"> 看不清？换一张</p>
<p><input type="checkbox"> 记住我　<a href="/forget">忘记密码？</a></p>
<p><button type="submit">登录</button>　<a href="/register">注册新用户</a></p></form>
<p class="tip">温馨提示：为保障您的账号安全，请勿在公共电脑上保存密码，
使用完毕后请及时退出登录。</p></div>
<div class="footer">主办单位：安庆市大观区人民政府办公室　皖ICP备05001234号-1</div></body></html>
"""


def column_page() -> bytes:
    items = "\n".join(
        f'<p><a href="/zwdt/{n}.html">{title}</a> {date}</p>'
        for n, (title, date) in enumerate(COLUMN_HEADLINES)
    )
    return COLUMN_PAGE.format(items=items).encode()


def test_list_and_login_pages_are_quarantined_by_name_and_the_rest_builds(tmp_path):
    report, content = import_folder(
        tmp_path,
        {
            "zwdt.html": column_page(),
            "login.html": LOGIN_PAGE.encode(),
            "daguan-0802.html": page_bytes(SIMPLIFIED),
        },
    )
    assert [r.id for r in report.records] == ["daguan-0802"]
    quarantined = {q["file"]: " ".join(q["reasons"]) for q in report.summary()["quarantined"]}
    assert quarantined.keys() == {"zwdt.html", "login.html"}
    assert "page_list: list page, not a report" in quarantined["zwdt.html"]
    assert "page_form: login page, not a report" in quarantined["login.html"]
    assert (content / "records" / "zh-hans" / "daguan-0802.md").exists()
