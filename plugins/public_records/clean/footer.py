"""N11: footer boilerplate: disclaimers, copyright and ICP lines, 扫一扫, [打印此页]
[关闭本页], 上一篇 / 下一篇, 相关阅读, 新闻推荐 followed by an unrelated story.

The text is cut at the first footer marker after the body, and everything from there to
the end is removed as one Edit, so the whole cut can be audited on the record's page.
The body itself is never cut: a marker counts only when it opens a short line that comes
after a body line, or (for unambiguous markers such as 版权所有 or ICP备) when most of the
text's Han characters come before it. Markers live in data/footer_markers.tsv.
"""

from __future__ import annotations

import re
from functools import cache

from ..data import lines
from ..model import StepResult
from .credits import removed_credits
from .fold import fold, han_count, iter_lines
from .spans import cut_spans

_LEADING_SPACE = re.compile(r"^[\s|｜]*")
_BRACKETS = re.compile(r"^[\[【(〔<《]+")
_LINE_MAX = 120  # a footer line is short; a long line opening with 声明 is text
_BODY_HAN = 30  # a body line has this many Han characters, or a full stop
_MOST = 0.5  # share of Han characters that must precede an inline marker
# A line that holds a full stop is a sentence: a navigation word opening it (上一篇报道…,
# 扫一扫二维码即可…。) is the report's, not a footer's (a disclaimer's 声明: excepted: its
# markers are "notice" ones).
_SENTENCE_END = re.compile("[。！？!?]")
# Words that name the copy or the site (本站部分文章来源于网络…, 本文系转载，…如有侵权…): the
# words of a site's notice before a strong marker in its sentence go with the marker.
_NOTICE_WORDS = re.compile("本站|本网|本文|本平台|本号|公众号|图片|图文|转载|原作者|网友|投稿")


@cache
def _markers() -> tuple[tuple[str, str], ...]:
    out = []
    for line in lines("footer_markers.tsv"):
        marker, _, where = line.partition("\t")
        out.append((marker.strip(), where.strip() or "line"))
    return tuple(out)


@cache
def _finders() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A pattern that matches where any marker opens a line, one that finds a strong
    marker anywhere."""
    markers = _markers()
    return (
        re.compile("|".join(re.escape(m) for m, _ in markers) or "(?!)"),
        re.compile("|".join(re.escape(m) for m, w in markers if w == "strong") or "(?!)"),
    )


def cut_footer(text: str) -> StepResult:
    """Cut from the first footer marker after the body to the end.

    >>> body = "8月2日下午,大观区召开区委常委会扩大会议,区委书记潘功发主持会议并讲话。"
    >>> r = cut_footer(body + "\\n上一篇:区政协召开主席会议\\n下一篇:全区安全生产会议召开")
    >>> r.text == body, r.edits[0].before
    (True, '\\n上一篇:区政协召开主席会议\\n下一篇:全区安全生产会议召开')

    Inside the body, a marker word is text:

    >>> text = "上一篇文章讲到了产业。\\n" + body
    >>> cut_footer(text).text == text
    True
    """
    folded = fold(text)
    total_han = han_count(folded.text)
    cut_at: int | None = None
    note = ""
    body_seen = False
    any_marker, any_strong = _finders()
    counted, han_before_line = 0, 0  # Han characters in folded.text[:counted]
    # Where the text's last sentence line starts: a strong marker inside a line above it
    # is a word of the report (保护版权所有者的合法权益), the report going on below it.
    last_sentence = max(
        (s for s, _e, line in iter_lines(text) if han_count(line) >= _BODY_HAN or "。" in line),
        default=-1,
    )
    for start, end, _line in iter_lines(text):
        a, b = folded.folded_range(start, end)
        fline = folded.text[a:b].rstrip("\n")
        lead = len(_LEADING_SPACE.match(fline).group(0))
        key = fline[lead:]
        bare = _BRACKETS.sub("", key)
        han_before_line += han_count(folded.text[counted:a])
        counted = a
        # Most lines open with no marker and hold no strong one: the loop below would
        # find nothing in them.
        opens = (
            body_seen
            and len(key) <= _LINE_MAX
            and han_before_line >= 20
            and (any_marker.match(key) or any_marker.match(bare))
        )
        if not opens and not any_strong.search(key):
            if han_count(key) >= _BODY_HAN or "。" in key:
                body_seen = True
            continue
        for marker, where in _markers():
            if (
                body_seen
                and (key.startswith(marker) or bare.startswith(marker))
                and len(key) <= _LINE_MAX
                and han_before_line >= 20
                and not (where == "line" and _SENTENCE_END.search(key))
            ):
                # Take the line break before the footer too: the body keeps its end.
                cut_at, note = (start - 1 if start else start), marker
                break
            if where == "strong":
                pos = key.find(marker)
                if pos < 0:
                    continue
                han_before = han_before_line + han_count(key[:pos])
                if pos > 0 and start < last_sentence:
                    continue
                if total_han and han_before >= _MOST * total_han and han_before >= 20:
                    opens_at = notice_start(key, pos)
                    if opens_at == 0:  # the whole line is the notice: take its line break
                        cut_at = start - 1 if start else start
                    else:
                        cut_at = folded.span(a + lead + opens_at, a + lead + opens_at + 1)[0]
                    note = marker
                    break
        if cut_at is not None:
            break
        if han_count(key) >= _BODY_HAN or "。" in key:
            body_seen = True
    if cut_at is None:
        return StepResult(text)
    new_text, edits = cut_spans(text, [(cut_at, len(text), "footer", f"自“{note}”处删去文末")])
    # a credit cut with the footer (编辑制作:甲某 under 主办单位:) goes to the credits
    found = removed_credits(text[cut_at:])
    return StepResult(new_text, tuple(edits), (), {"credits": found} if found else {})


def notice_start(key: str, pos: int) -> int:
    """Where the footer opened by a strong marker at `pos` of a line starts: the start of
    the marker's sentence when the words before the marker in it name the copy or the
    site (a notice's own opening), else the marker itself.

    >>> key = "本文系转载，版权归原作者所有，如有侵权请联系删除。"
    >>> notice_start(key, key.find("如有侵权"))
    0
    >>> key = "确保安全形势稳定。本文系转载，如有侵权请联系删除。"
    >>> notice_start(key, key.find("如有侵权"))
    9
    >>> key = "会议要求，加强知识产权保护，如有侵权行为要严肃查处。"
    >>> notice_start(key, key.find("如有侵权")) == key.find("如有侵权")
    True
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(key, 0, pos)]
    opens_at = ends[-1] if ends else 0
    return opens_at if _NOTICE_WORDS.search(key, opens_at, pos) else pos
