"""Report text is shown as text: every line of a report is one paragraph of exactly its
own words, whatever Markdown block syntax it holds (a `~~~` line turned the rest of a
report into a code block)."""

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from public_records.ingest.markdown import body_markdown
from public_records.site.render import markdown_to_html

BLOCK_SYNTAX = [
    "~~~",
    "~~~python",
    "```",
    "```js",
    "    缩进四格的代码",
    "\t制表符缩进",
    "# 标题",
    "###### 六级标题",
    "标题下划线",
    "===",
    "---",
    "- 列表",
    "* 列表",
    "+ 列表",
    "1. 有序列表",
    "2) 有序列表",
    "> 引用",
    "***",
    "_ _ _",
    "| 表 | 格 |",
    "|---|---|",
    "[参考]: http://example.com/ref",
    "[参考]",
    "<div>HTML 块</div>",
    "<!-- 注释 -->",
    "<script>alert(1)</script>",
    "&amp; &#x3C; &copy;",
    "行尾反斜杠\\",
    "<http://example.com>",
    "[链接](http://example.com)",
    "![图](http://example.com/x.png)",
    "区委书记潘功发主持会议并讲话。",
]

_PARAGRAPH = re.compile(r"<p>(.*?)</p>\n", re.S)


def paragraphs(lines: list[str]) -> tuple[str, list[str]]:
    """The HTML of a report made of `lines`, and the text of each of its paragraphs."""
    rendered = markdown_to_html(body_markdown("\n".join(lines)))
    return rendered, [html.unescape(p) for p in _PARAGRAPH.findall(rendered)]


def test_block_syntax_in_a_report_is_shown_as_text_and_the_rest_still_renders():
    rendered, texts = paragraphs(BLOCK_SYNTAX)
    assert _PARAGRAPH.sub("", rendered) == "", rendered  # paragraphs and nothing else
    assert texts == [line.strip() for line in BLOCK_SYNTAX]
    for tag in ("<pre", "<code", "<h1", "<h6", "<ul", "<ol", "<blockquote", "<hr", "<a ", "<img"):
        assert tag not in rendered


def test_a_fence_does_not_swallow_the_report():
    _, texts = paragraphs(["~~~", "会议强调", "要抓好落实。"])
    assert texts == ["~~~", "会议强调", "要抓好落实。"]


_MARKUP_CHARS = st.sampled_from([*"~`#>*_-+=|[]()<>!&\\:.1234 \t", "区", "委", "\u3000"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_MARKUP_CHARS, min_size=1, max_size=12), min_size=1, max_size=6))
def test_any_line_is_one_paragraph_of_its_own_text(lines):
    kept = [line.strip() for line in lines if line.strip()]
    rendered, texts = paragraphs(lines)
    assert _PARAGRAPH.sub("", rendered) == "", rendered
    assert texts == kept
