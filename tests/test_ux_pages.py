"""What a reader sees on the built pages, in both scripts: labels in Chinese, no dangling
separators, notes that say what the page shows. Built from the seed report, its registry
and a few clean synthetic reports (published_site, once per test process), or from an
invented report with the shapes a test needs (undated, a name mentioned without a title)."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from public_records.registry import PLACE_KINDS
from published_site import built_site
from sitebuild import SEED, build_site

pytestmark = pytest.mark.build

SCRIPTS = ("", "zh-hant/")
# Invented: a month and day without a year (undated), a chair with a title, and a name
# found without one (钱文华代表县人民政府作…报告: who reports for an organ; the doctrine's
# 以习近平同志为核心 names no one since stop 36).
INVENTED = {
    "inv001.txt": (
        "甲县召开县委常委会议\n\n"
        "3月5日，甲县召开县委常委会议。县委书记赵明远主持会议并讲话。\n\n"
        "会议听取了钱文华代表县人民政府作的工作报告。\n\n"
        "会议要求，全县上下要始终在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致，"
        "扎实做好春耕备耕各项工作。\n\n"
        "赵明远强调，要压实责任，确保各项任务按期完成。\n"
    )
}


@pytest.fixture(scope="module")
def invented_site(tmp_path_factory) -> Path:
    """The output folder of a build of the invented report and the registry."""
    work = tmp_path_factory.mktemp("ux")
    seeds = work / "seeds"
    shutil.copytree(SEED.parent / "registry", seeds / "registry")
    for name, text in INVENTED.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return build_site(seeds, work)


def visible_text(page: Path) -> str:
    """The text a reader sees: no scripts, styles, tags or attributes."""
    markup = page.read_text(encoding="utf-8")
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def test_place_pages_name_the_kind_of_place_in_chinese():
    """The places index and a place's page said `province 2`, `city`, `street 0`: the
    registry's codes, and a bare count."""
    out = built_site()
    for prefix in SCRIPTS:
        pages = [out / prefix / "places" / "index.html"]
        pages += sorted((out / prefix / "places").glob("*/index.html"))
        assert len(pages) > 1, prefix  # the index and at least one place the seed names
        for page in pages:
            words = set(re.findall(r"[a-z]+", visible_text(page)))
            assert not words & set(PLACE_KINDS), (page, words & set(PLACE_KINDS))
        index = visible_text(out / prefix / "places" / "index.html")
        assert re.search(
            r"大觀區\s+市轄區\s+\d+ 條記錄" if prefix else r"大观区\s+市辖区\s+\d+ 条记录", index
        )


def test_a_change_of_white_space_is_visible_in_the_edit_log():
    """The blank line taken out between two paragraphs showed as two empty cells."""
    from public_records.site.render import edit_rows_by_rule

    edits = [
        {"rule": "tidy", "before": "\n\n", "after": "\n", "note": "段落间的空行和缩进"},
        {"rule": "tidy", "before": "\u3000\u3000", "after": "", "note": "段落间的空行和缩进"},
        {"rule": "chrome", "before": "首页 > 新闻", "after": "", "note": "导航"},
    ]
    rows = {rule: str(html) for rule, html, _, _ in edit_rows_by_rule(edits)}
    cells = [re.sub(r"<[^>]+>", "", c).strip("\n") for c in re.split(r"<t[dr]>", rows["tidy"])]
    assert [c for c in cells if c] == ["↵↵", "↵", "␣␣", "∅"]
    assert "首页 &gt; 新闻" in rows["chrome"]  # text with spaces in it is shown as it is


def test_an_appearance_without_a_title_leaves_no_separator_hanging(invented_site):
    """An official's appearance row is "date · title as written roles"; a name found
    without a title showed "日期不详 ·  提及"."""
    for prefix in SCRIPTS:
        pages = sorted((invented_site / prefix / "officials").glob("p-*/index.html"))
        assert len(pages) == 2, prefix  # 赵明远 and 钱文华
        for page in pages:
            rows = re.findall(
                r"<li><a [^>]*>[^<]*</a> <span>(.*)</span>$", page.read_text("utf-8"), re.M
            )
            assert rows, page
            for row in rows:  # "·" then a title, never straight a role's badge or the end
                assert not re.search(r"·\s*(<b|</span>|$)", row), (page, row)
        assert (
            sum("· 县委书记" in visible_text(p) or "· 縣委書記" in visible_text(p) for p in pages)
            == 1
        )


def test_an_undated_record_gives_its_date_as_written_once(invented_site):
    """The date line said 日期不详（原文：3月5日） and again 原文写作“3月5日”."""
    for prefix in SCRIPTS:
        page = visible_text(invented_site / prefix / "records" / "inv001" / "index.html")
        facts = page.split("編號" if prefix else "编号", 1)[0]
        assert facts.count("3月5日") == 1, (prefix, facts)


def test_the_audit_note_says_no_left_or_right():
    """The raw text and the edit log are side by side on a wide screen and one above the
    other on a phone: the note said 左侧 … 右侧, wrong on a phone."""
    page = visible_text(built_site() / "records" / SEED.stem / "index.html")
    assert "原文按收到时的样子保留" in page
    assert "左侧" not in page and "右侧" not in page


def test_sorting_officials_by_name_mixes_registered_and_unregistered():
    """The name column sorts by the pinyin in the official's id; an unregistered one's id
    begins with "p-", which sorted every unregistered name (p-an-…, p-zhao-…) before
    every registered one (jin-yu-…, pan-gongfa-…)."""
    page = (built_site() / "officials" / "index.html").read_text(encoding="utf-8")
    keys = re.findall(r'<td data-value="([^"]+)"><a href="[^"]*/officials/([^/"]+)/"', page)
    assert any(pid.startswith("p-") for _, pid in keys)  # unregistered ones are listed
    assert any(not pid.startswith("p-") for _, pid in keys)  # and registered ones
    for key, pid in keys:
        assert key == pid.removeprefix("p-"), (key, pid)


def test_the_undated_page_links_the_page_it_points_to():
    """The undated page said "补上元数据（见“关于”）" without a link to 关于."""
    for prefix in SCRIPTS:
        page = (built_site() / prefix / "undated" / "index.html").read_text(encoding="utf-8")
        note = page.split("<h1>", 1)[1].split("</p>", 1)[0]
        assert re.search(r'<a href="[^"]*about/">(关于|關於)</a>', note), prefix
