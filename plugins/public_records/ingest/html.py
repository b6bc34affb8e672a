"""Saved web pages (`seeds/<id>.html`, `.htm`, and the HTML bodies of WARC captures):
their charset, and their main text without the site around it.

A county government's article page is mostly not the article: a header menu,
breadcrumbs, an info line, share buttons, a footer with the ICP number and the
address, and scripts. trafilatura (a main-content extractor, pinned in
requirements.txt) finds the article, its headline and its date. `extract_page` returns
them with a count of what was dropped, by kind, so that the record's edit log can say
exactly what the extraction cut (`extraction_edits`); `body_text` is the text the
cleaning pipeline is given, the same text a person would save from the page as a
`.txt` report: the headline, a 发布时间 line when the page has a date, the article.

Nothing here reads files or decides encodings from the bytes alone: `sources` does
(the charset from the HTTP header, else the page's `<meta>` as `declared_charset`
finds it, else the same detection as a text report). The page is never rendered: its
source is kept as the record's raw text (shown escaped) and raw download.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field

from ..model import Edit

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")
RULE = "extracted from HTML"  # the edit log's first step for a page
# The charset a `<meta>` declares is looked for in the first bytes only (browsers look
# at 1,024; pages with long scripts in <head> push it further).
META_PRESCAN_BYTES = 8192
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.I
)
# Charset labels a Chinese page declares, and the codec read for each: GB2312 and GBK
# pages are read as GB18030 (their superset, as browsers do), Big5 as Big5-HKSCS's base.
# Any other label is not trusted (detection decides), so a page cannot pick an exotic
# codec such as UTF-7.
CHARSET_CODECS = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb18030": "gb18030",
    "cp936": "gb18030",
    "big5": "big5",
    "x-x-big5": "big5",
    "cp950": "cp950",
    "big5-hkscs": "big5hkscs",
    "utf-16": "utf-16",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
}

# What the dropped text was, by the element it sat in (the nearest one that says).
SCRIPT_TAGS = frozenset({"script", "style", "noscript", "template"})
NAVIGATION_TAGS = frozenset({"nav", "header"})
FOOTER_TAGS = frozenset({"footer"})
NAVIGATION_WORDS = frozenset(
    {"nav", "navbar", "navigation", "menu", "mainmenu", "submenu", "breadcrumb",
     "breadcrumbs", "crumb", "crumbs", "position", "location", "header", "topbar",
     "daohang", "dh", "wzdh"}
)  # fmt: skip
FOOTER_WORDS = frozenset({"footer", "foot", "bottom", "copyright", "beian", "banquan", "bq"})
_CLASS_WORD = re.compile(r"[A-Za-z]+")
KINDS = {
    "navigation": "navigation (menus, breadcrumbs, header)",
    "scripts": "scripts and styles",
    "footers": "footers (ICP number, address, copyright)",
    "other": "other page parts (info line, share buttons, sidebars, links)",
}
EXCERPT_CHARS = 60
# Fewer Chinese characters than this in what the extractor found is no article (an
# info line, a menu caption): the page is named as having no main text. The shortest
# real report seen is a few sentences, well over this.
MIN_ARTICLE_HAN = 20


def is_html(name: str) -> bool:
    """
    >>> is_html("a.html"), is_html("a.htm"), is_html("a.HTML"), is_html("a.txt")
    (True, True, False, False)
    """
    return name.endswith(HTML_SUFFIXES)


def codec_for(label: str) -> str | None:
    """The codec read for a declared charset label, or None for a label not trusted.

    >>> codec_for("GB2312"), codec_for(" utf-8 "), codec_for("utf-7"), codec_for("")
    ('gb18030', 'utf-8', None, None)
    """
    codec = CHARSET_CODECS.get(label.strip().lower())
    return codecs.lookup(codec).name if codec else None


def declared_charset(data: bytes) -> str:
    """The charset a page's `<meta>` declares (`<meta charset>` or the http-equiv
    Content-Type), lower case, or "".

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')
    'gb2312'
    >>> declared_charset(b"<meta charset='big5'>"), declared_charset(b"<p>charset=x</p>")
    ('big5', '')
    """
    m = _META_CHARSET.search(data, 0, META_PRESCAN_BYTES)
    return m.group(1).decode("ascii").lower() if m else ""


@dataclass(frozen=True)
class Extracted:
    """What `extract_page` made of a page."""

    title: str
    date: str  # YYYY-MM-DD, or "" when the page gives none
    text: str  # the article, one paragraph a line
    kept: int  # characters of the page's text kept (not counting spaces)
    dropped: dict[str, int] = field(default_factory=dict)  # KINDS key -> characters
    excerpts: dict[str, str] = field(default_factory=dict)  # KINDS key -> its first words
    markup: int = 0  # characters of tags, attributes and comments


def extract_page(html: str) -> Extracted:
    """The article of a page (`Extracted.text` is "" when the extractor finds none),
    with what was dropped counted by kind. Linear in the page's size."""
    import trafilatura
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        tree = lxml_html.document_fromstring(html)
    except (ParserError, ValueError) as e:  # empty, or a document lxml cannot parse
        logger.debug("page not parsed: %s", e)
        return Extracted("", "", "", 0)
    counts, excerpts = _text_by_kind(tree)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        # The page's own markup only: no guessing a date from any number on the page.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    title = " ".join((getattr(doc, "title", None) or "").split()) if doc is not None else ""
    date = (getattr(doc, "date", None) or "") if doc is not None else ""
    kept = _chars(text)
    visible = counts.pop("text")
    dropped = {k: counts[k] for k in ("navigation", "scripts", "footers")}
    # What is neither kept nor in a menu, a footer or a script: the info line, the share
    # buttons, sidebars. The title is counted as kept (it heads the body).
    dropped["other"] = max(0, visible - kept - _chars(title))
    # Tags, attributes, entities and comments: the rest of the page's characters.
    markup = max(0, _chars(html) - visible - sum(counts.values()))
    return Extracted(title, date[:10], text, kept, dropped, excerpts, markup)


def _chars(text: str) -> int:
    """Characters that are not white space."""
    return len(text) - sum(1 for ch in text if ch.isspace())


def _own_kind(el) -> str:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in SCRIPT_TAGS:
        return "scripts"
    words = {w.lower() for w in _CLASS_WORD.findall(f"{el.get('class', '')} {el.get('id', '')}")}
    if tag in NAVIGATION_TAGS or words & NAVIGATION_WORDS:
        return "navigation"
    if tag in FOOTER_TAGS or words & FOOTER_WORDS:
        return "footers"
    return ""


def _text_by_kind(tree) -> tuple[dict[str, int], dict[str, str]]:
    """Characters of text (not spaces) in scripts, navigation and footers, and in the
    rest of the body ("text"), each element's kind being its own or its parent's; and
    the first words of each kind. One pass, top down."""
    counts = {"text": 0, "navigation": 0, "scripts": 0, "footers": 0, "head": 0}
    excerpts: dict[str, list[str]] = {}
    kind_of: dict = {}
    body = tree.find("body")
    head = tree.find("head")
    roots = [r for r in (head, body) if r is not None]
    for root in roots:
        for el in root.iter():
            parent = el.getparent()
            inherited = kind_of.get(parent, "" if root is body else "head")
            if not isinstance(el.tag, str):  # a comment or processing instruction
                _count(counts, excerpts, inherited, el.tail)
                continue
            own = _own_kind(el)
            kind = own or inherited
            kind_of[el] = kind
            _count(counts, excerpts, kind, el.text)
            if el is not root:
                _count(counts, excerpts, inherited, el.tail)
    return counts, {k: _excerpt(v) for k, v in excerpts.items()}


def _count(counts: dict[str, int], excerpts: dict[str, list[str]], kind: str, text) -> None:
    if not text:
        return
    n = _chars(text)
    counts[kind or "text"] += n
    if n and kind and kind != "head":  # head: the <title>, the headline's other source
        words = excerpts.setdefault(kind, [])
        if sum(map(len, words)) < EXCERPT_CHARS:
            words.append(" ".join(text.split())[:EXCERPT_CHARS])


def _excerpt(words: list[str]) -> str:
    joined = " ".join(words)
    return joined[:EXCERPT_CHARS] + ("…" if len(joined) > EXCERPT_CHARS else "")


def body_text(page: Extracted) -> str:
    """The text the cleaning pipeline is given: the headline, a 发布时间 line when the
    page has a date, then the article (the headline once, if the article repeats it).

    >>> body_text(Extracted("区委召开会议", "2024-08-02", "8月2日，区委召开会议。", 11))
    '区委召开会议\\n发布时间：2024-08-02\\n8月2日，区委召开会议。'
    """
    lines = []
    if page.title and not page.text.startswith(page.title):
        lines.append(page.title)
    if page.date:
        lines.append(f"发布时间：{page.date}")
    lines.append(page.text)
    return "\n".join(lines)


def extraction_edits(page: Extracted, html_length: int, extractor: str) -> tuple[Edit, ...]:
    """The edit log's first step for a page: one edit saying what was kept and what
    was dropped, then one per kind of text dropped, with its first words."""
    parts = [f"{page.dropped.get(k, 0):,} of {label}" for k, label in KINDS.items()]
    summary = Edit(
        RULE,
        0,
        html_length,
        f"HTML page, {html_length:,} characters",
        f"article text, {page.kept:,} characters",
        f"extracted from HTML ({extractor}): kept {page.kept:,} characters of text;"
        f" dropped {'; '.join(parts)}; and {page.markup:,} characters of tags and attributes"
        " (characters counted without spaces)",
    )
    edits = [summary]
    for kind, label in KINDS.items():
        n = page.dropped.get(kind, 0)
        if n:
            edits.append(
                Edit(
                    RULE,
                    0,
                    html_length,
                    page.excerpts.get(kind, ""),
                    "",
                    f"{label}: {n:,} characters dropped",
                )
            )
    return tuple(edits)


def extractor_version() -> str:
    """The extractor and its version, as the edit log names it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"trafilatura {version('trafilatura')}"
    except PackageNotFoundError:
        return "trafilatura"
