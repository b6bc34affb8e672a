"""Markdown to HTML with markdown-it-py: CommonMark, raw HTML disabled, no linkify.
Report text is untrusted: any `<script>` in it arrives here escaped and leaves as text."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from functools import cache, lru_cache, partial
from weakref import WeakKeyDictionary

from jinja2 import pass_environment
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from ..common.safe_url import safe_http_url
from ..data import label
from ..script import to_traditional

logger = logging.getLogger(__name__)


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


def edit_rows_by_rule(
    edits: list[dict], note_text: Callable[[str], str] = str
) -> list[tuple[str, Markup, int, str | None]]:
    """A record's edit log grouped by rule (in rule order, each group in log order), with
    each group's table rows as escaped HTML: the record page's largest loop (about 60
    edits a report; Jinja's per-cell machinery was a third of a record page's time).
    Each note (written in Simplified by the cleaning step) is shown through `note_text`
    (the `text` filter, as `edit_rows` passes it); before and after are shown as they are.

    The same change made again (the same before, after and note: a pinyin reading, a
    comma made full-width) is one row, at its first place, marked with how many times
    it was made ("×3"); the group's count is every change. The log shows no positions,
    so these rows said the same thing once per change (half of a record page's bytes).

    When every change of a group has the same note (or none), the note is given once for
    the group (the fourth item, "" for none; the template shows it as the table's
    caption) and the rows have two cells, before and after; otherwise the fourth item is
    None and each row has its note in a third cell. Before is struck through (`<del>`);
    after is the second cell (the theme's CSS marks it as inserted text).

    >>> groups = edit_rows_by_rule([
    ...     {"rule": "punctuation", "before": ",", "after": "，", "note": "全角"},
    ...     {"rule": "chrome", "before": "<b>首页</b>", "after": "", "note": "导航"},
    ...     {"rule": "chrome", "before": "x", "after": "", "note": ""},
    ...     {"rule": "punctuation", "before": ";", "after": "；", "note": "全角"},
    ...     {"rule": "punctuation", "before": ",", "after": "，", "note": "全角"}])
    >>> [(rule, n, note) for rule, _, n, note in groups]
    [('chrome', 2, None), ('punctuation', 3, '全角')]
    >>> print(groups[0][1])
    <tr><td><del>&lt;b&gt;首页&lt;/b&gt;</del><td>∅<td>导航
    <tr><td><del>x</del><td>∅<td>
    >>> print(groups[1][1])
    <tr><td><del>,</del> ×2<td>，
    <tr><td><del>;</del><td>；

    A cell's and a row's end tags are left out (HTML ends them at the next cell, row or
    the table's end: the page's most repeated markup).
    """
    groups: dict[str, dict[tuple[str, str, str], int]] = {}
    for e in sorted(edits, key=lambda e: e["rule"]):
        same = groups.setdefault(e["rule"], {})
        change = (e["before"], e["after"], e.get("note") or "")
        same[change] = same.get(change, 0) + 1
    out = []
    for rule, same in groups.items():
        notes = {note for _, _, note in same}
        one = len(notes) == 1  # one note (or none) for the whole group
        only = next(iter(notes)) if one else ""
        note = (note_text(only) if only else "") if one else None
        out.append((rule, _rows(same, note_text, one), sum(same.values()), note))
    return out


def _rows(
    changes: dict[tuple[str, str, str], int], note_text: Callable[[str], str], shared: bool
) -> Markup:
    # One row a line, unindented, without classes (the table sets the cells' style) and
    # without the optional end tags of cells and rows.
    rows = [
        f"<tr><td><del>{_shown(before)}</del>{f' ×{times}' if times > 1 else ''}"
        f"<td>{_shown(after) if after else '∅'}"
        + ("" if shared else f"<td>{escape(note_text(note)) if note else ''}")
        for (before, after, note), times in changes.items()
    ]
    return Markup("\n".join(rows))


# A change made only of white space (the blank lines between paragraphs) showed as two
# empty cells: each white-space character is drawn with a visible mark.
_WHITE_SPACE_MARKS = str.maketrans({"\n": "↵", "\r": "␍", "\t": "⇥"})


def _shown(text: str) -> str:
    r"""`text` escaped for a cell; when it is all white space, each character is a mark
    (↵ a line end, ␣ a space of any width, ⇥ a tab) in a `ws` span.

    >>> _shown("<b>"), _shown("\n\n"), _shown("\u3000 "), _shown("")
    ('&lt;b&gt;', '<span class="ws">↵↵</span>', '<span class="ws">␣␣</span>', '')
    """
    if not text or text.strip():
        return str(escape(text))
    marks = "".join(c if c in "\n\r\t" else "␣" for c in text).translate(_WHITE_SPACE_MARKS)
    return f'<span class="ws">{marks}</span>'


@pass_environment
def edit_rows(env, edits: list[dict]) -> list[tuple[str, Markup, int, str | None]]:
    """The `edit_rows_by_rule` filter: `edit_rows_by_rule` with the notes through this
    run's `text` filter (Traditional on the Traditional site)."""
    return edit_rows_by_rule(edits, partial(env.call_filter, "text"))


def rule_label(rule: str) -> str:
    """The `rule_label` filter: a cleaning rule's Chinese label (data/rule_labels.tsv),
    in Simplified for the `ui` filter to convert; the rule's name when it has none.

    >>> rule_label("punctuation"), rule_label("no-such-rule")
    ('标点规范化', 'no-such-rule')
    """
    return label("rule_labels.tsv", rule)


def finding_label(key: str) -> str:
    """The `finding_label` filter: a finding's code, or its severity, in Chinese
    (data/finding_labels.tsv), in Simplified for the `ui` filter to convert; the key
    itself when the table lacks it.

    >>> finding_label("undated"), finding_label("warning"), finding_label("no-such-code")
    ('日期不详', '注意', 'no-such-code')
    """
    return label("finding_labels.tsv", key)


def utf8_sha256(text: object) -> str:
    """The `utf8_sha256` filter: the SHA-256 of `text` as UTF-8 ("" for no text). A record
    page compares it with the raw file's: equal, the published raw file is the raw text's
    own bytes, and the page shows the file rather than a second copy of the text.

    >>> utf8_sha256("甲")[:16], utf8_sha256(None)
    ('33e3580c093111e1', '')
    """
    if not isinstance(text, str):
        return ""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def http_url(value: object) -> str:
    """The `http_url` filter: `value` if a browser would read it as an http(s) URL (as
    `safe_url.safe_http_url` normalizes it), else "". Every URL from input that becomes
    an href, a meta tag, a JSON-LD value or a feed link goes through it, so a sidecar's
    `javascript:` or `data:` URL can only ever be shown as escaped text.

    >>> http_url("https://example.gov.cn/a?b=1"), http_url(" JavaScript:alert(1)")
    ('https://example.gov.cn/a?b=1', '')
    """
    return safe_http_url(value) or ""


def text_filter(hant: bool) -> Callable:
    """The `text` filter: input text shown on a page (a sidecar's source name, registry
    notes and kinds, topic evidence, titles as written) in this run's script. It is not
    interface wording, so not the `ui` glossary: it is converted as report text is, OpenCC
    with the registry's names protected (ingest/protected.registry_protected, the import's
    own set), so 余祥 in a note stays 余祥. The Simplified run shows the value as it is.

    The registry is the one the pages are made with: the generator puts it in its Jinja
    environment's globals as `ARCHIVE_REGISTRY` (site/plugin.py), so it is read once a
    run; answers are cached per environment, which Pelican makes anew for each run.

    >>> text_filter(False)("余祥 notes"), text_filter(False)(None)
    ('余祥 notes', None)
    """
    if not hant:
        return _unchanged
    converters: WeakKeyDictionary = WeakKeyDictionary()

    @pass_environment
    def text(env, value):
        if not isinstance(value, str) or not value:
            return value
        convert = converters.get(env)
        if convert is None:
            from ..ingest.protected import registry_protected  # only once a page needs it

            protected = registry_protected(env.globals.get("ARCHIVE_REGISTRY"))
            convert = converters[env] = lru_cache(maxsize=8192)(
                partial(to_traditional, protected=protected)
            )
        if isinstance(value, Markup):  # already HTML: convert its text, keep it HTML
            return Markup(convert(str(value)))
        return convert(value)

    return text


def _unchanged(value):
    return value
