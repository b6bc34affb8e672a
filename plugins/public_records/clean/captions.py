"""N12: image noise: captions (`图为…`, `▲…`, `(7月13日 摄)`), Markdown images
`![](…)` and bare image file names.

Captions are evidence, not text: they move out of the body into meta["captions"] (and
image addresses into meta["images"]), and each move is logged; a photographer a moved
caption credits at its end (`（记者 张三 摄）`) also goes to meta["credits"] as 摄影.
People named in a caption are therefore not taken as attendees by the extractors
(NOISE.md N18).

Matching is done in a folded copy (Simplified, ASCII brackets; see fold.py), so `圖為`
and `（記者 張三 攝）` are found too; what is moved is the text as received.
"""

from __future__ import annotations

import re

from ..model import StepResult
from ..script import chars_to_simplified
from .credits import _SLASHED_PAIRS, _names_of, _signature
from .fold import HAN, fold, iter_lines
from .furniture import SHOT_DAY
from .spans import cut_spans

# A photographer's credit without brackets after a sentence's end, closing its line
# (…全团会议。 记者 王某某 摄; 会议现场。王某摄; 记者 王 某 摄).
# One run of spaces before the role and one after it, never two stars side by side over
# the same spaces (a long run of spaces would be split every way: quadratic).
# The reporter's role may follow a slash and the unit (…闭幕。/某某传媒中心记者王某、周某摄).
_CREDIT_TAIL = (
    # an agency before the role (某社记者王某摄) as a unit after a slash is
    r"[ \t\u3000]*(?:(?:[/／][^/／。!?！？\s\d]{0,16}?|本报|[\u4e00-\u9fff]{1,4}社)?"
    r"记者[ \t\u3000]*)?"
    r"[\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,2}"
    r"(?:[、 \t\u3000]+[\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,2}){0,3}"
    rf"[ \t\u3000]*[/／]?摄(?:影)?{SHOT_DAY}?(?=[ \t\u3000]*(?:\n|$))"
)
# after a sentence's end or a space (…亲切交谈 王某 摄: a caption set as a headline); a
# run of spaces is entered at its first space only: tried from each of its spaces, the
# tail's leading spaces made a long run quadratic (tests/test_linear_time.py)
_CLOSING_CREDIT = r"(?:(?<=[。!?！？])|(?<=[^ \t\u3000])(?=[ \t\u3000]))" + _CREDIT_TAIL
# The credit of a picture copied from a screen or a print (翻摄, 翻攝) after a slash at a
# caption's end (…落成启用典礼／翻摄照片, …剪彩／记者甲乙翻摄, …隆重。（图／记者甲乙翻摄）): a
# lead never ends so. Moved here from the title step (extract/title.py, round credits45), so
# that the cleaner and the title step read one mechanism.
_REPRODUCED_TAIL = (
    # each run of spaces read by one star (two side by side split a long run every way)
    r"(?:[。!?！？][ \t\u3000]*(?:[（(][ \t\u3000]*)?(?:(?:图|图片|照片)[ \t\u3000]*)?)?"
    r"[/／][ \t\u3000]*(?:记者[ \t\u3000]*)?[^/／\s。，,！？]{0,8}?翻[摄攝]"
    r"(?:照片|画面|图片|影像)?[ \t\u3000]*(?:[)）][ \t\u3000]*)?$"
)
# A short line of one sentence closed by such a credit is a photo caption as a whole. (A
# copied picture's caption marked by ▲ inside a row begins at its mark: the inline caption
# below takes it, not the row's date stamp before it.)
_CREDITED_LINE = re.compile(
    r"^(?:[^。!?！？\n]{1,80}(?:[。!?！？]|[ \t\u3000])"
    + _CREDIT_TAIL
    + r"|[▲△]?[^。!?！？\n▲△]{1,80}"
    + _REPRODUCED_TAIL
    + ")"
)


def closed_by_photographer(line: str) -> bool:
    """Whether a short line is a photo caption closed by its photographer: one
    sentence (or a caption set as a headline) and then the credit. The cleaner moves
    such a line out; the title step never takes one for the headline (title.py).

    >>> closed_by_photographer("会议现场。王某摄"), closed_by_photographer("县长甲乙慰问 王 某 摄")
    (True, True)
    >>> closed_by_photographer("会议现场摄"), closed_by_photographer("县长甲乙慰问群众。")
    (False, False)
    >>> closed_by_photographer("某市政协会议闭幕。/某某传媒中心记者王某、周某摄")
    True
    >>> closed_by_photographer("县长甲乙视察工程。 某社记者王某某摄  113年7月23日")
    True
    >>> closed_by_photographer("某乡公所今天举行落成启用典礼／翻摄照片")  # a copied picture
    True
    >>> closed_by_photographer("县长甲乙主持典礼，场面隆重。（图／记者丙丁翻摄）")
    True
    >>> closed_by_photographer("县长甲乙说，要翻摄老照片。")
    False
    """
    return _CREDITED_LINE.match(line.strip()) is not None


# A short line of one sentence closed by its picture's provider (…共同努力。图:市府提供,
# …合影。(图/某某县委宣传部提供)) is a photo caption as a whole, as one closed by its
# photographer is; matched in the folded copy (Simplified, ASCII brackets and colons).
_PROVIDED_LINE = re.compile(
    r"^[^。!?！？\n]{1,80}[。!?！？][ \t\u3000]{0,4}(?:\([ \t\u3000]?)?(?:图|图片|照片|相片)"
    r"[ \t\u3000]?[:/／][ \t\u3000]?[^()。!?！？\n]{2,16}提供[ \t\u3000]?\)?[ \t\u3000]*$"
)


def closed_by_provider(line: str) -> bool:
    """Whether a short line is a photo caption closed by its picture's provider.

    >>> closed_by_provider("某市长出席典礼。图:市府提供")
    True
    >>> closed_by_provider("会议现场。(图/某某提供)")
    True
    >>> closed_by_provider("某市长出席典礼。他表示,要抓落实。图:市府提供")
    False
    """
    return _PROVIDED_LINE.match(line.strip()) is not None


# A line that opens like this and is short is a caption as a whole.
_CAPTION_LINE = re.compile(r"^(?:图为|图片为|图片:|图:|[上下左右]图(?:为|:)|▲|△|↑)")
_CAPTION_LINE_MAX = 150
# A picture's credit, no caption: its role and a name or two alone (图片:张三, 图:张三 李四);
# the credits step reads it.
_PICTURE_CREDIT = re.compile(
    r"(?:图片|图)\s*[:：]\s*[\u4e00-\u9fff]{2,3}(?:[\s、]+[\u4e00-\u9fff]{2,3}){0,2}"
)
# Inside a line: a caption sentence after a sentence end, a photo credit "(… 摄)", a
# Markdown image and a bare image file name. A caption ends at its sentence's end or at
# its photographer's credit after a slash (`▲…说明会/记者张三摄`), whichever comes
# first: the report may go on right after the credit, with no full stop between.
_INLINE = re.compile(
    r"(?P<caption>(?:(?<=[。!?;\s])|^)(?:图为|▲|△)[^。!?\n]{1,120}?"
    r"(?:/[^/。!?\n]{1,12}?(?:翻摄|拍摄|摄影|摄)|。|(?=\n)|$)"
    r"(?:\s*\([^()\n]{1,40}(?<!拍)摄" + SHOT_DAY + r"?\))?)"
    r"|(?P<shot>\([^()\n]{1,40}(?<!拍)摄" + SHOT_DAY + r"?\))"
    # a photographer's credit without brackets closing a long line (a paragraph and
    # then the credit): the credit, not the paragraph (a short line: _CREDITED_LINE)
    r"|(?P<credit>" + _CLOSING_CREDIT + ")"
    r"|(?P<image>!\[(?P<alt>[^\]\n]*)\]\((?P<url>[^)\n]*)\))"
    # an image's file name; glued after a sentence's end, with the Han words its name opens
    # with (…解决。某某图片_20200901.jpg: not only its ASCII end, which left 某某图片 behind)
    r"|(?P<file>(?:(?<=[。!?！？”])[\u4e00-\u9fff]{1,8}(?=[_-])|(?<![A-Za-z0-9_./-]))"
    r"[A-Za-z0-9_./:%~-]{1,200}\.(?i:jpe?g|png|gif|bmp|webp)(?![A-Za-z0-9]))"
)


# An image's file name alone on its line, its name in Han characters or not (某镇防汛检查02.jpg,
# 同心汇 图片说明在txt.jpg): the whole line goes, not only its ASCII end (which left 某镇防汛检查
# behind as a line of its own). No clause mark in it: a sentence naming a file format stays.
# A name after a headline may quote its words (某镇开展“清洁家园”活动2.jpg): paired quotation
# marks with no clause mark inside (a quoted sentence, “…某某.jpg。”, is no file's name).
_FILE_LINE = re.compile(
    r"(?:[^,，。;；!?！？:“”\"]|“[^,，。;；!?！？:“”\"\n]{1,30}”){0,80}?"
    r"[^\s,，。;；!?！？:“”\"]\.(?i:jpe?g|png|gif|bmp|webp)"
)


_HAN = "\u4e00-\u9fff"
_ONE_NAME = rf"[{_HAN}](?:[ \u3000]?[{_HAN}]){{1,2}}"  # 王某某, or 王 某 written with a space
_PHOTO_NAMES = rf"{_ONE_NAME}(?:\s*[、,，和及]\s*{_ONE_NAME}|\s+{_ONE_NAME}){{0,3}}"
_PHOTO_END = rf"(?<!翻)\s*[/／]?\s*(?:翻摄|摄影|摄){SHOT_DAY}?\s*[)）]?\s*$"
# A photographer's credit closing a caption: after a reporter's role (记者王某摄, a unit
# before the role: 某某中心记者王某、李某摄), or bare names set apart from the caption's
# words (…现场。王某 摄, (王某 摄), 图/王某摄); never words glued to the caption (现场摄).
_PHOTO_CREDIT = re.compile(
    rf"(?:(?:实习|特约|摄影|融媒体|全媒体)?记者|通讯员)\s*(?P<named>{_PHOTO_NAMES}){_PHOTO_END}"
    rf"|(?:^|(?<=[\s。!！?？,，、/／(（:：]))(?P<bare>{_PHOTO_NAMES}){_PHOTO_END}"
)
# A photographer's credit alone on its line, its outlet before the role (中央社, 某某日报:
# up to 8 characters, no clause mark) and the picture's day after it (中央社记者某某摄
# 112年6月5日, 新华社记者某某摄): the one reading of such a line (the furniture step,
# after this one, has none of its own): the credit of a
# picture above it, moved out as a caption so that its name goes to the credits.
# Round cna43: a news agency's credit also names the place the picture came from between
# the name and the verb, as its datelines do (中央社记者某某某新北摄, 1–3 Han), and a picture
# the reporter sent rather than took is credited 传真 (中央社记者某某某传真 107年8月24日) or
# 翻摄; the line is still only a credit (the whole line, no clause mark).
_PHOTOGRAPHER_LINE = re.compile(
    rf"[^\s,，。:：]{{0,8}}?(?:实习|特约|摄影|融媒体|全媒体)?记者[ \t\u3000]*"
    rf"{_PHOTO_NAMES}(?:[{_HAN}]{{1,3}}?(?=摄))?[ \t\u3000]*"
    rf"(?:摄(?:影)?|传真|翻摄){SHOT_DAY}?[ \t\u3000]*"
)


def photographer_alone(line: str) -> bool:
    """Whether a line is a photographer's credit and nothing else (folded copy).

    >>> photographer_alone("中央社记者甲乙丙摄 112年6月5日"), photographer_alone("记者甲乙摄")
    (True, True)
    >>> photographer_alone("记者甲乙丙摄下了这一幕。")
    False

    An agency's credit with the picture's place, or for a picture sent (传真):

    >>> photographer_alone("中央社记者甲乙丙新北摄 114年3月22日")
    True
    >>> photographer_alone("中央社记者甲乙丙传真 107年8月24日")
    True
    >>> photographer_alone("记者甲乙丙传真给编辑部。")
    False
    """
    return _PHOTOGRAPHER_LINE.fullmatch(line.strip()) is not None


_NAME_SPLIT = re.compile(r"\s*[、,，和及\s]\s*")
# A closing bracket of names each with its role after a slash (甲乙/文 丙丁/摄).
_BRACKETED_PAIRS = re.compile(r"[(（]([^()（）\n]{4,40})[)）]\s*$")


def photo_credits(caption: str) -> list[tuple[str, str]]:
    """The photographers a caption credits at its end, as (摄影, name), the names
    converted to Simplified by character (a name keeps its characters: 沈 stays 沈).

    >>> photo_credits("圖為閉幕式主席臺場景。(記者 李江林 攝)")
    [('摄影', '李江林')]
    >>> photo_credits("某市政协会议闭幕。/某某新闻传媒中心记者王某、周某摄")
    [('摄影', '王某'), ('摄影', '周某')]
    >>> photo_credits("▲考察水库工程。记者 王某某 摄"), photo_credits("图为会场。谢某某摄")
    ([('摄影', '王某某')], [('摄影', '谢某某')])
    >>> photo_credits("(7月13日 摄)"), photo_credits("图为会议现场摄"), photo_credits("图为会场")
    ([], [], [])
    >>> photo_credits("记者 王 某 摄")
    [('摄影', '王某')]
    >>> photo_credits("▲某县长出席大会。(图/记者王某某摄,2019.05.09)")  # the picture's day
    [('摄影', '王某某')]
    >>> photo_credits("(甲乙/文 丙丁/摄)")  # each name with its role
    [('文', '甲乙'), ('摄影', '丙丁')]
    """
    caption = chars_to_simplified(caption).strip()
    pairs = _BRACKETED_PAIRS.search(caption)
    if pairs and _SLASHED_PAIRS.fullmatch(pairs.group(1).strip()):
        return _signature(pairs.group(1))  # (甲乙/文 丙丁/摄): each name with its role
    m = _PHOTO_CREDIT.search(caption)
    if not m:
        return []
    names = m.group("named") or m.group("bare")
    tokens = [t for t in _NAME_SPLIT.split(names.strip()) if t]
    if len(tokens) > 1 and _AGENCY.fullmatch(tokens[0]):
        tokens = tokens[1:]  # (中评社 甲某某摄): the agency before its photographer, no one
    return [("摄影", name) for name in _names_of(tokens) if name]


# An agency's or an outlet's short name (中评社, 新华社, 某某网): a unit, no photographer.
# Round credits45b.
_AGENCY = re.compile(rf"[{HAN}]{{2,6}}[社网报台]")


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
        if key and (
            (
                _CAPTION_LINE.match(key)
                and len(key) <= _CAPTION_LINE_MAX
                and not _PICTURE_CREDIT.fullmatch(key.strip())
            )
            or closed_by_photographer(key)
            or closed_by_provider(key)
            or photographer_alone(key)
        ):
            captions.append(line.strip())
            spans.append((start, end, "captions", "图片说明行移出正文"))
            continue
        if key and _FILE_LINE.fullmatch(key.rstrip()):
            images.append(line.strip())
            spans.append((start, end, "captions", "图片文件名移出正文"))
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
        # a photographer named in a moved caption is a credit (the caption keeps it too)
        credits = [credit for caption in captions for credit in photo_credits(caption)]
        if credits:
            meta["credits"] = credits
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
