"""Furniture round 40 (issue 18): site furniture left in clean texts. Lines and names
invented.

Rule 1: a page copied with its browser title on top — the headline with the site's name
glued after it (`某县召开防汛会议 - 某某新闻网`, `…_某某网`) standing over the headline
alone — the site's logo named as an image's text (`某某新闻网 logo`), and a date field left
without a value (`发表日期 None`): each is cut as furniture (logged), the headline and the
report stay."""

import pytest
from public_records.clean.furniture import strip_furniture, title_bar_rows
from public_records.ingest.process import process
from public_records.model import Record


def _processed(raw: str):
    return process(Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw))


_HEADLINE = "甲县县长乙丙丁检查防汛物资储备 要求备足备齐确保安全度汛"
_LEAD = "6月3日,甲县县长乙丙丁带队检查全县防汛物资储备情况,县水利局负责人陪同。"
_BODY = "乙丙丁要求,各乡镇要备足备齐防汛物资,加强值班值守,确保安全度汛。"


@pytest.mark.parametrize("site", [" - 某某新闻网", "_某某网", " | 甲县人民政府", "－某某日报"])
def test_a_browser_title_over_the_headline_is_cut(site):
    raw = f"某某新闻网 logo\n{_HEADLINE}{site}\n{_HEADLINE}\n发表日期 None\n{_LEAD}\n{_BODY}\n"
    result = strip_furniture(raw)
    lines = result.text.split("\n")
    assert f"{_HEADLINE}{site}" not in lines
    assert _HEADLINE in lines and _LEAD in lines and _BODY in lines
    assert "某某新闻网 logo" not in lines and "发表日期 None" not in lines
    cut = [e.before.strip() for e in result.edits]
    assert f"{_HEADLINE}{site}" in cut and "某某新闻网 logo" in cut and "发表日期 None" in cut


def test_the_whole_page_keeps_its_report():
    head = f"趣味某某網 logo\n{_HEADLINE} - 趣味某某網\n{_HEADLINE}\n發表日期 None\n"
    raw = f"{head}{_LEAD}\n{_BODY}\n"
    out = _processed(raw)
    assert "logo" not in out.text_hans and "None" not in out.text_hans
    assert "趣味某某网" not in out.text_hans
    assert "带队检查全县防汛物资储备情况" in out.text_hans


@pytest.mark.parametrize(
    "text",
    [
        # a headline with its own second part after a dash, not a site's name
        f"{_HEADLINE} - 各乡镇要备足备齐防汛物资、加强值班值守\n{_HEADLINE}\n{_LEAD}\n",
        # a headline quoted in a sentence that goes on after it
        f"{_HEADLINE}-这是县里今年的头等大事,记者跟随采访。\n{_HEADLINE}\n{_LEAD}\n",
    ],
)
def test_a_headline_with_more_words_after_a_dash_is_no_title_bar(text):
    rows = [(0, 0, line) for line in text.split("\n")]
    assert title_bar_rows(rows, [None] * len(rows)) == set()


@pytest.mark.parametrize(
    "line",
    [
        "甲县发布全新城市logo",  # a report's headline on a logo
        "发表日期由会议决定",  # a sentence on a date
        "县文旅局征集旅游形象LOGO",
    ],
)
def test_report_lines_on_logos_and_dates_stay(line):
    # between two body lines, where only a whole-line pattern could cut a short line
    raw = f"{_LEAD}\n{line}\n{_BODY}\n"
    assert line in strip_furniture(raw).text.split("\n")


# Rule 2: a blog's post footer under the report, as its theme prints it (本篇發表於 <category>
# 並標籤為 <tags>。將永久鍊結加入書籤。, or a mainland theme's 此条目发表在 <category> 分类目录),
# is cut as a tags line, whatever tags it lists.
@pytest.mark.parametrize(
    "footer",
    [
        "本篇發表於 未分類 並標籤為 , , , , , , 。將永久鍊結加入書籤。",
        "本篇發表於 地方新聞 並標籤為 縣政, 防汛。將永久鏈結加入書籤。",
        "本篇发表于 未分类 并标签为 防汛, 县政",
        "此条目发表在 未分类 分类目录，贴了 防汛 标签。将固定链接加入收藏夹。",
    ],
)
def test_a_blog_post_footer_is_cut(footer):
    raw = f"{_HEADLINE}\n{_LEAD}\n{_BODY}\n{footer}\n回應已關閉。\n"
    out = _processed(raw)
    assert "标签" not in out.text_hans and "书签" not in out.text_hans
    assert "确保安全度汛。" in out.text_hans
    assert any(e.rule == "furniture" and "发表" in e.before for e in out.edits)


@pytest.mark.parametrize(
    "line",
    [
        "本篇发表于《甲县日报》头版,并被多家媒体转载。",  # a sentence on where a report ran
        "乙丙丁的文章发表于省级期刊。",
    ],
)
def test_sentences_on_where_a_piece_ran_stay(line):
    raw = f"{_LEAD}\n{line}\n{_BODY}\n"
    assert line in strip_furniture(raw).text.split("\n")
