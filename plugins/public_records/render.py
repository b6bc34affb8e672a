"""Markdown to HTML with markdown-it-py: CommonMark, raw HTML disabled, no linkify.
Report text is untrusted: any `<script>` in it arrives here escaped and leaves as text."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt


@cache
def _md() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def markdown_to_html(text: str) -> str:
    """Render Markdown safely.

    >>> markdown_to_html("<script>alert(1)</script>")
    '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\\n'
    >>> markdown_to_html("[x](javascript:alert(1))")
    '<p>[x](javascript:alert(1))</p>\\n'
    """
    return _md().render(text)
