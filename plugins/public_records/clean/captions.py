"""N12: image noise: captions (`图为…`, `▲…`, `(7月13日 摄)`), Markdown images
`![](…)` and bare image file names.

Captions are evidence, not text: they move out of the body into meta["captions"] (and
image addresses into meta["images"]), and each move is logged. People named in a caption
are therefore not taken as attendees by the extractors (NOISE.md N18).

Matching is done in a folded copy (Simplified, ASCII brackets; see fold.py), so `圖為`
and `（記者 張三 攝）` are found too; what is moved is the text as received.
"""

from __future__ import annotations

import re

from ..model import StepResult
from .fold import fold, iter_lines
from .spans import cut_spans

# A line that opens like this and is short is a caption as a whole.
_CAPTION_LINE = re.compile(r"^(?:图为|图片为|图片:|图:|[上下左右]图(?:为|:)|▲|△|↑)")
_CAPTION_LINE_MAX = 150
# Inside a line: a caption sentence after a sentence end, a photo credit "(… 摄)", a
# Markdown image and a bare image file name. A caption ends at its sentence's end or at
# its photographer's credit after a slash (`▲…说明会/记者张三摄`), whichever comes
# first: the report may go on right after the credit, with no full stop between.
_INLINE = re.compile(
    r"(?P<caption>(?:(?<=[。!?;\s])|^)(?:图为|▲|△)[^。!?\n]{1,120}?"
    r"(?:/[^/。!?\n]{1,12}?(?:翻摄|拍摄|摄影|摄)|。|(?=\n)|$)"
    r"(?:\s*\([^()\n]{1,40}(?<!拍)摄\))?)"
    r"|(?P<shot>\([^()\n]{1,40}(?<!拍)摄\))"
    r"|(?P<image>!\[(?P<alt>[^\]\n]*)\]\((?P<url>[^)\n]*)\))"
    r"|(?P<file>(?<![A-Za-z0-9_./-])[A-Za-z0-9_./:%~-]{1,200}\.(?i:jpe?g|png|gif|bmp|webp)"
    r"(?![A-Za-z0-9]))"
)


def move_captions(text: str) -> StepResult:
    """Move captions and image noise out of the body.

    >>> r = move_captions("区委书记潘功发主持会议。(7月13日 摄)\\n圖為會議現場。\\n"
    ...                   "IMG_2034.JPG\\n会议强调,要狠抓落实。")
    >>> r.text
    '区委书记潘功发主持会议。\\n会议强调,要狠抓落实。'
    >>> r.meta["captions"], r.meta["images"]
    (['(7月13日 摄)', '圖為會議現場。'], ['IMG_2034.JPG'])

    Words that only contain 图为, and parentheses that are not photo credits, stay:

    >>> body = "要把蓝图为民所用,试图为企业减负。区委常委会(扩大)会议召开。"
    >>> move_captions(body).text == body
    True
    """
    folded = fold(text)
    spans: list[tuple[int, int, str, str]] = []
    captions: list[str] = []
    images: list[str] = []
    for start, end, line in iter_lines(text):
        a, b = folded.folded_range(start, end)
        fline = folded.text[a:b].rstrip("\n")
        key = fline.lstrip()
        if key and _CAPTION_LINE.match(key) and len(key) <= _CAPTION_LINE_MAX:
            captions.append(line.strip())
            spans.append((start, end, "captions", "图片说明行移出正文"))
            continue
        line_spans: list[tuple[int, int, str, str]] = []
        for m in _INLINE.finditer(fline):
            s, e = folded.span(a + m.start(), a + m.end())
            original = text[s:e]
            if m.group("image") is not None:
                alt = m.group("alt").strip()
                if alt:
                    captions.append(alt)
                images.append(m.group("url").strip())
                note = "Markdown 图片移出正文"
            elif m.group("file") is not None:
                images.append(original)
                note = "图片文件名移出正文"
            else:
                captions.append(original.strip())
                note = "图片说明移出正文"
            line_spans.append((s, e, "captions", note))
        if line_spans and not _leftover(line, start, line_spans):
            # Nothing but image noise on the line: cut the line with its line end.
            notes = "；".join(dict.fromkeys(n for *_, n in line_spans))
            spans.append((start, end, "captions", notes))
        else:
            spans.extend(line_spans)
    new_text, edits = cut_spans(text, spans)
    meta: dict[str, object] = {}
    if captions:
        meta["captions"] = captions
    if images:
        meta["images"] = images
    return StepResult(new_text, tuple(edits), (), meta)


def _leftover(line: str, line_start: int, spans: list[tuple[int, int, str, str]]) -> str:
    """What remains of `line` once `spans` (original offsets) are cut, stripped."""
    keep = [True] * len(line)
    for s, e, *_ in spans:
        for i in range(max(s - line_start, 0), min(e - line_start, len(line))):
            keep[i] = False
    return "".join(ch for ch, k in zip(line, keep, strict=True) if k).strip()
