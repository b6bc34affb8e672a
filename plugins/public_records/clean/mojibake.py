"""N06/N07: GBK-misalignment mojibake (`??阪?zhèn)` for 海口鎮(zhèn)) and lone `?` marks
that stand for a lost character (`張?松`).

This step runs after line cutting and before the pinyin stripper and the script
conversion, so its input is Traditional text with pinyin annotations and ASCII
punctuation.

How the damage happened (NOISE.md N06). Upstream, a GBK decoder lost the lead byte L1 of
a character (it became a lone `?`, or vanished) and then paired every trail byte with the
next character's lead byte: the original bytes `L1 T1 L2 T2 … Ln Tn (` were read as
`[L1] [T1 L2] [T2 L3] … [Tn (]`. Each shifted pair became a character if GBK has one
there (`[DA E6]` is 阪), a full-width sign that a later step turned into ASCII (`[A3 BF]`
is ？, now `?`; `[A3 A1]` is ！, now `!`), or `?` when it is unassigned. The last pair
swallowed the `(` of a pinyin annotation, which is why `zhèn)` is left without its
opening parenthesis; or the shift ended on a trail byte in the ASCII range, which shows
as a lone Latin letter (`半p` is `[B0 EB] [70]`, the bytes of “雙).

How it is repaired. The damaged run is re-encoded as GBK, one unknown byte is put in
front and the bytes are paired again one position back. Every character whose two bytes
are then known is recovered outright. A character with one byte unknown has a list of
candidates: the stray pinyin narrows the last one (the phantom character; lead byte E6 +
zhèn can only be 鎮 or its variant 鎭); a candidate is otherwise taken only when it is
the one candidate whose three characters with its known neighbours the text itself
writes elsewhere (`?h委常委`, 縣 BF 68 without its lead byte, where the text writes
縣委常委; two candidates written keep the placeholder), or the one that forms a word
with a known neighbour, in a bigram list derived from OpenCC's and pypinyin's phrase
dictionaries (data/mojibake_bigrams.tsv). Variants of one
character (same Simplified form) are resolved by their frequency in the same
dictionaries. Anything else stays lost: 〓 plus a `mojibake_unrecovered` finding.

Decision rule: when is a `?` mojibake, a lost character, or a real question mark?
1. Mojibake (N06) needs an end signal: a `?` directly followed by a stray pinyin
   syllable and `)` with no `(` (`?zhèn)`), or a lone ASCII letter squeezed between a
   double-byte character or `?` and Han text (`半p過`, `大?^區`) with a `?` at most
   MAX_RUN_UNITS before it. The run starts at a `?` to the left. A lost lead byte shown
   as `?` (model A) is preferred to a vanished one (model B); then the reading with the
   fewest lost characters. A reading that gives back a rare character or a stray symbol
   is rejected; a `?` read as a normalised ？ must let its neighbour be found too.
2. A real question mark is left alone: a `?` not preceded by a Han character (`1,200?`,
   `a.php?id=1`, Latin text); a `?` at the end of a line or of the text, or before a
   closing quote, bracket or space (`是嗎?`); a `?` ending a clause that holds a
   question word (data/question_markers.txt: 嗎, 呢, 怎, 什, 誰 …) even when Han text
   follows (`怎麼辦?我們`).
3. Any other run of `?` between Han characters (or before 、) is a lost character (N07):
   〓 plus a `lost_character` finding. One or two `?` count as one character (a
   double-byte character often becomes two), longer runs as one per two marks. The one
   exception is a clearly lost separator: `?` right before a credit label (`審稿人:`)
   inside a credit line that already has a label (`撰稿人:鄧亮??審稿人:王燦`) becomes a
   space, logged as an edit.

>>> repair_mojibake("十里鋪鄉、??阪?zhèn)、菱湖街道").text
'十里鋪鄉、海口鎮(zhèn)、菱湖街道'
>>> repair_mojibake("確?!半p過半”目標").text
'確保“雙過半”目標'
>>> repair_mojibake("張?松主持").text
'張〓松主持'
>>> repair_mojibake("(記者?張三 通訊員 李四)").text
'(記者 張三 通訊員 李四)'
>>> repair_mojibake("書記馮(féng)?新出席").text
'書記馮(féng)〓新出席'

What it must leave alone:

>>> repair_mojibake("這是真的嗎?\\n共1,200?").text
'這是真的嗎?\\n共1,200?'
>>> repair_mojibake("見 http://a.cn/x.php?id=3 怎麼辦?我們要幹").edits
()
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from ..data import lines, pairs
from ..model import Edit, Finding, StepResult
from ..script import converter
from .fold import HAN  # the one definition of the Han ranges

# Guards against pathological input (compare ftfy's MAX_SEGMENT): a run longer than this
# many characters is not a mojibake run; a run with more `?` than MAX_UNKNOWN_PAIRS is not
# solved by enumerating their readings; a text with more than MAX_MARKS `?` is only
# reported, never rewritten.
MAX_RUN_UNITS = 12
MAX_UNKNOWN_PAIRS = 6
MAX_MARKS = 2000
# Readings of a run that lose at most this many more characters than the best one are
# its rivals: a character they disagree on is not trusted (see _agreed).
RIVAL_COST = 1
# A character known by one byte only has about a hundred candidates; a word it makes
# with a neighbour counts as evidence only if that many dictionary phrases contain it.
MIN_WORD_EVIDENCE = 2
# The word a chosen character makes must occur at least this many times as often as the
# best word of any other candidate (measured on simulated damage: a margin of 1 let 8%
# of rewritten runs take a wrong character by a chance word).
WORD_MARGIN = 4
# Between two Han characters each of the two words must occur this often: with some
# sixty candidates, a rare word on each side is still chance (大同 + 同区 for 大片区).
BOTH_SIDES_EVIDENCE = 3
# How far a repaired character's known context reaches beyond its run, in Han characters.
CONTEXT_REACH = 6
# A line is a copy of a damaged line when it opens and closes with the same Han
# characters, up to this many of each (and at least this many in all): see _written.
COPY_EDGE = 8

PLACEHOLDER = "〓"
_HAN_CHAR = re.compile(f"[{HAN}]")
# ASCII signs that a full-width sign inside a run may have been normalised to upstream
# (N05): `[A3 A1]` is ！, shown as `!`.
_NORMALISED_SIGNS = "!,;:?"
# The full-width space `[A1 A1]` (　, a paragraph's indent) inside a run, normalised to an
# ASCII space upstream like the signs: `書?! ^(qū)` is 書。　　區(qū), its 區 lost.
_NORMALISED_SPACE = " "
# Punctuation that a re-paired byte pair may legitimately give (it was in the original).
_PLAUSIBLE_SIGNS = set("“”‘’、。，；：！？（）《》〈〉「」『』—…·")
# A stray pinyin syllable and its closing parenthesis, right after the `?` it belongs to.
_STRAY_PINYIN = re.compile(r"([a-z\u00e0-\u01dc\u0300-\u036f]{1,7}[1-5]?) ?\)")
# A question mark ends a clause; the clause starts after the previous one of these.
_CLAUSE_START = re.compile(r"[,.;:!?，。；：！？\n“”「」]")
# A Han character and its pinyin annotation, ending where a `?` starts.
_ANNOTATED_BEFORE = re.compile(rf"([{HAN}])\([a-z\u00e0-\u01dc\u0300-\u036f]{{1,7}}[1-5]? ?\)$")
_CLOSING = set("”’」』）)]】》〉 \t\u3000\n")


def _is_han(ch: str) -> bool:
    return bool(ch) and bool(_HAN_CHAR.match(ch))


def _gbk(ch: str) -> bytes | None:
    """The GBK bytes of a double-byte character, else None."""
    try:
        b = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    return b if len(b) == 2 else None


def _decode(lead: int, trail: int) -> str | None:
    try:
        return bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None


# ---------------------------------------------------------------- lexicon (data files)


@cache
def _bigrams() -> dict[str, int]:
    return {b: int(n) for b, n in pairs("mojibake_bigrams.tsv")}


@cache
def _char_freq() -> dict[str, int]:
    return {c: int(n) for c, n in pairs("mojibake_char_freq.tsv")}


def _t2s():
    return converter("t2s")  # the process's one t2s converter


@cache
def _simplified(text: str) -> str:
    return _t2s().convert(text)


@cache  # 30,000 readings in the universe, 1,600 distinct: a second of start-up saved
def _tone3(syllable: str) -> str:
    from pypinyin.contrib.tone_convert import to_tone3

    return to_tone3(syllable.strip().replace("v", "ü"), v_to_u=True)


@cache
def _universe() -> tuple[tuple[str, int, int, frozenset[str]], ...]:
    """Every Han character that GBK encodes in two bytes and pypinyin can read:
    (character, lead, trail, readings in tone3 form)."""
    from pypinyin.pinyin_dict import pinyin_dict

    out = []
    for code, readings in pinyin_dict.items():
        ch = chr(code)
        b = _gbk(ch)
        if b is None or not _is_han(ch):
            continue
        out.append((ch, b[0], b[1], frozenset(_tone3(r) for r in readings.split(","))))
    return tuple(out)


@cache
def _undecodable_pairs() -> frozenset[tuple[int, int]]:
    """Byte pairs (trail of one character, lead of the next) that GBK leaves unassigned:
    a decoder shows them as `?`."""
    return frozenset(
        (t, lead)
        for t in range(0x81, 0xFF)
        for lead in range(0x81, 0xFF)
        if _decode(t, lead) is None
    )


@cache
def _undecodable_trails() -> frozenset[int]:
    return frozenset(t for t, _ in _undecodable_pairs())


@cache
def _undecodable_leads() -> frozenset[int]:
    return frozenset(lead for _, lead in _undecodable_pairs())


@cache
def _syllables() -> frozenset[str]:
    return frozenset(lines("pinyin_syllables.txt"))


@cache
def _question_markers() -> tuple[str, ...]:
    return lines("question_markers.txt")


@cache
def _credit_labels() -> tuple[str, ...]:
    simplified = lines("credit_roles.txt")
    forms = set(simplified)
    for config in ("s2t", "s2tw"):
        conv = converter(config)  # one converter (a new one per word took 0.1 s each)
        forms.update(conv.convert(w) for w in simplified)
    return tuple(sorted(forms, key=len, reverse=True))


def _is_syllable(raw: str) -> bool:
    import unicodedata

    base = "".join(
        c
        for c in unicodedata.normalize("NFD", raw.rstrip("12345").replace("ü", "v"))
        if not unicodedata.combining(c)
    )
    return base in _syllables()


# ---------------------------------------------------------------- solving one run


@dataclass(frozen=True)
class _Char:
    """One original character of a run: its bytes (None when unknown) and how it was
    settled."""

    lead: int | None
    trail: int | None
    reading: str = ""  # tone3 reading from the stray pinyin (the phantom character)
    lead_unknown_pair: bool = False  # its lead byte is inside an unassigned `?` pair
    trail_unknown_pair: bool = False  # its trail byte is inside an unassigned `?` pair


@dataclass(frozen=True)
class _Solution:
    chars: tuple[str | None, ...]  # None = lost
    how: tuple[str, ...]  # per character: "bytes", "word", "variant", "lost", "rare"
    cost: int  # lost or implausible characters, plus `?` left outside the run
    known: int  # characters settled by their bytes alone
    signs: bool = False  # a `?` of the run was read as a normalised ？ [A3 BF]


@cache
def _index() -> dict[tuple[str, object], tuple[tuple[str, int, int, frozenset[str]], ...]]:
    """The universe indexed by lead byte, by trail byte and by reading."""
    index: dict[tuple[str, object], list[tuple[str, int, int, frozenset[str]]]] = {}
    for entry in _universe():
        index.setdefault(("lead", entry[1]), []).append(entry)
        index.setdefault(("trail", entry[2]), []).append(entry)
        for r in entry[3]:
            index.setdefault(("reading", r), []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


def warm() -> None:
    """Load the tables a repair needs (about 0.5 s): the import does it once before its
    workers fork, so that each of them does not."""
    _bigrams(), _char_freq(), _index(), _undecodable_leads(), _undecodable_trails()
    _syllables(), _question_markers(), _credit_labels()


def _candidates(c: _Char) -> list[str]:
    und_t, und_l = _undecodable_trails(), _undecodable_leads()
    index = _index()
    if c.lead is not None:
        pool = index.get(("lead", c.lead), ())
    elif c.trail is not None:
        pool = index.get(("trail", c.trail), ())
    elif c.reading:
        pool = index.get(("reading", c.reading), ())
    else:
        pool = _universe()
    out = []
    for ch, lead, trail, readings in pool:
        if c.lead is not None and lead != c.lead:
            continue
        if c.trail is not None and trail != c.trail:
            continue
        if c.reading and c.reading not in readings:
            continue
        if c.lead_unknown_pair and lead not in und_l:
            continue
        if c.trail_unknown_pair and trail not in und_t:
            continue
        out.append(ch)
    if not c.reading:
        # Without a reading, only characters common enough to appear in the phrase
        # dictionaries are worth considering.
        freq = _char_freq()
        out = [ch for ch in out if ch in freq]
    return out


def _word_score(left: str, ch: str, right: str) -> int:
    bigrams = _bigrams()
    score = 0
    if _is_han(left):
        score += bigrams.get(_simplified(left + ch), 0)
    if _is_han(right):
        score += bigrams.get(_simplified(ch + right), 0)
    return score


def _by_written(
    cands: list[str], before: str, after: str, written: frozenset[str]
) -> tuple[str | None, str] | None:
    """A candidate settled by the text itself: the only one that, with its known
    neighbours, makes three characters the text writes elsewhere, exactly (`?h委常委`
    where the text writes 縣委常委 and never 黨委常). The three are one neighbour on each
    side, or the two after it; the two before it only when nothing known follows (with
    a Han character after it, a word on the left alone is a chance: 參訪?F賓 is 參訪貴賓,
    though the text writes 參訪團). None when no candidate's are written, ("", "lost") when
    two characters' are."""
    if not written:
        return None
    windows = [(before[-1:], after[:1]), ("", after[:2])]
    if not after:
        windows.append((before[-2:], ""))
    hits: dict[str, tuple[str, str]] = {}
    for ch in cands:
        for head, tail in windows:
            window = head + ch + tail
            if len(window) == 3 and window in written:
                hits.setdefault(_simplified(ch), (ch, window))
                break
    if not hits:
        return None
    if len(hits) > 1:
        return "", "lost"
    ((ch, window),) = hits.values()
    return ch, "written:" + window


def _pick(
    cands: list[str],
    left: str | None,
    right: str | None,
    annotated: bool,
    before: str = "",
    after: str = "",
    written: frozenset[str] | None = None,
) -> tuple[str | None, str]:
    """Choose one candidate, or None: by uniqueness, by the one word it makes with a
    neighbour, or by frequency among variants of one character.

    `left` and `right` are the neighbours; None when a neighbour is itself lost or
    undecided (then it is no evidence, and no boundary either).

    `annotated`: the character carried a pinyin annotation, which the mirror sites add to
    characters they converted, so a Traditional form (one that t2s changes) is preferred
    and one dictionary phrase is enough evidence. Without a reading the candidates are
    many, so the word must occur in at least MIN_WORD_EVIDENCE phrases, must beat every
    other candidate's word by WORD_MARGIN, and must be made with a known neighbour while
    the other neighbour is a known Han character (a word on each side) or a boundary
    (punctuation, a line end): beside a lost neighbour a one-sided word is too often a
    chance word (`裏的`, `區區`).

    `before` and `after` are the known text around the character (Han characters, up to
    CONTEXT_REACH, nearest last and first), and `written` the three-character windows
    the whole text writes: a candidate that alone makes, with its known neighbours,
    three characters the text writes elsewhere is settled by them, even beside a lost
    neighbour; when two candidates' are written, the character stays lost (see
    _by_written).
    """
    if annotated:
        traditional = [ch for ch in cands if _simplified(ch) != ch]
        cands = traditional or cands
    if len(cands) == 1:
        return cands[0], "bytes"
    if not cands:
        return None, "lost"
    if not annotated and (before or after):
        settled = _by_written(cands, before, after, written or frozenset())
        if settled is not None:
            return (settled[0] or None), settled[1]
    needed = 1 if annotated else MIN_WORD_EVIDENCE
    if not annotated and (left is None or right is None):
        # One neighbour unknown: only variants of one character may still be settled.
        if len({_simplified(ch) for ch in cands}) != 1:
            return None, "lost"
    left, right = left or "", right or ""
    both_sides = not annotated and _is_han(left) and _is_han(right)
    # Score each character (variants of one character count as one) by the words it
    # makes with its neighbours. `raw` counts every word; `usable` only words that meet
    # the rule for evidence (a word on each side between two Han characters, because
    # there a hundred candidates give chance words on one side).
    raw: dict[str, int] = {}
    usable: dict[str, int] = {}
    for ch in cands:
        key = _simplified(ch)
        score = _word_score(left, ch, right)
        raw[key] = max(raw.get(key, 0), score)
        sides = min(_word_score(left, ch, ""), _word_score("", ch, right))
        if both_sides and sides < BOTH_SIDES_EVIDENCE:
            score = 0
        usable[key] = max(usable.get(key, 0), score)
    winner, top = max(usable.items(), key=lambda kv: kv[1])
    rival = max((v for k, v in raw.items() if k != winner), default=0)
    how = "word"
    if top >= needed:
        # A word is evidence only when it clearly beats every other character's words:
        # 大區 and 大觀 are both words, so `大?^區` keeps its placeholder.
        if rival * WORD_MARGIN > top:
            return None, "lost"
        hits = [ch for ch in cands if _simplified(ch) == winner]
    else:
        hits, how = cands, "variant"
    if len({_simplified(ch) for ch in hits}) != 1:
        return None, "lost"
    freq = _char_freq()
    ranked = sorted(hits, key=lambda ch: -freq.get(ch, 0))
    if len(ranked) > 1 and freq.get(ranked[0], 0) == freq.get(ranked[1], 0):
        return None, "lost"
    return ranked[0], how


def _plausible(ch: str) -> bool:
    return ch in _PLAUSIBLE_SIGNS or (_is_han(ch) and ch in _char_freq())


def _solve(
    slots: list[int | None],
    unknown_after: set[int],
    sign_at: set[int],
    reading: str,
    left: str,
    right: str,
    leftover: int,
    context: tuple[str, str, frozenset[str]] = ("", "", frozenset()),
) -> _Solution | None:
    """Pair the byte slots again from the start and settle each character.

    `unknown_after` holds the slot indexes that start an unassigned `?` pair; `context`
    the Han text right before and right after the run (see _known_around) and the
    three-character windows written elsewhere in the text (see _written).
    """
    if len(slots) % 2:
        return None
    chars = []
    for i in range(0, len(slots), 2):
        chars.append(
            _Char(
                slots[i],
                slots[i + 1],
                reading if i + 2 == len(slots) else "",
                lead_unknown_pair=(i - 1) in unknown_after,
                trail_unknown_pair=(i + 1) in unknown_after,
            )
        )
    out: list[str | None] = [None] * len(chars)
    how = ["lost"] * len(chars)
    cost = leftover
    known = 0
    # Characters whose bytes are all known first; they are neighbours for the others.
    for k, c in enumerate(chars):
        if c.lead is not None and c.trail is not None:
            ch = _decode(c.lead, c.trail)
            if ch is None:
                return None
            if c.reading and not any(c.reading == r for r in _readings(ch)):
                return None
            if not _plausible(ch):
                # A rare character or a stray symbol: this reading of the run is wrong
                # (a right reading gives back ordinary text).
                return None
            out[k], how[k] = ch, "bytes"
            known += 1
    for k, c in enumerate(chars):
        if out[k] is not None:
            continue
        lft = out[k - 1] if k else left
        rgt = out[k + 1] if k + 1 < len(out) else right
        if c.lead is None and c.trail is None and not c.reading:
            # Not one byte of it is known: a word with a neighbour is all there is, and
            # among every character some word always turns up. Lost.
            ch, how[k] = None, "lost"
        else:
            before, after = _known_around(out, k, context)
            ch, how[k] = _pick(_candidates(c), lft, rgt, bool(c.reading), before, after, context[2])
        out[k] = ch
        if ch is None:
            cost += 1
    # Reading a `?` as a normalised ？ [A3 BF] is a strong claim: a trail byte A3 next
    # to a lead byte BF is some two hundred times rarer than a pair GBK leaves
    # unassigned. It holds only if the two characters it joins are found and make a
    # word (海口 of the seed; not 樱縴), or the text itself writes them together in the
    # three characters that settled one of them (寧?h is 寧海縣 where the text writes
    # 寧海縣: 海 BA A3, 縣 BF 68; a place name the phrase dictionaries do not hold).
    for s in sign_at:
        k = s // 2
        if k + 1 >= len(out) or out[k] is None or out[k + 1] is None:
            return None
        pair = out[k] + out[k + 1]  # type: ignore[operator]
        if _bigrams().get(_simplified(pair)):
            continue
        if not any(h.startswith("written:") and pair in h for h in how[k : k + 2]):
            return None
    # An unassigned pair must really be unassigned for the characters chosen around it.
    for s in unknown_after:
        k = (s - 1) // 2
        if out[k] is not None and out[k + 1] is not None:
            t, lead = _gbk(out[k])[1], _gbk(out[k + 1])[0]  # type: ignore[index]
            if (t, lead) not in _undecodable_pairs():
                return None
    return _Solution(tuple(out), tuple(how), cost, known, bool(sign_at))


def _known_around(
    out: list[str | None], k: int, context: tuple[str, str, frozenset[str]]
) -> tuple[str, str]:
    """The known text before and after character k of a run: its settled neighbours up
    to the nearest unsettled one, and the text beyond the run when all are settled."""
    head, tail = out[:k], out[k + 1 :]
    if None in head:
        cut = len(head) - head[::-1].index(None)
        before = "".join(head[cut:])  # type: ignore[arg-type]
    else:
        before = context[0] + "".join(head)  # type: ignore[arg-type]
    if None in tail:
        after = "".join(tail[: tail.index(None)])  # type: ignore[arg-type]
    else:
        after = "".join(tail) + context[1]  # type: ignore[arg-type]
    return before[-CONTEXT_REACH:], after[:CONTEXT_REACH]


@cache
def _readings(ch: str) -> frozenset[str]:
    b = _gbk(ch)
    for c, _, _, readings in _index().get(("lead", b[0]), ()) if b else ():
        if c == ch:
            return readings
    return frozenset()


def _unit_slots(unit: str, unknown_as_sign: bool) -> list[int | None] | None:
    if unit == "?":
        return [0xA3, 0xBF] if unknown_as_sign else [None, None]
    if unit in _NORMALISED_SIGNS:
        return [0xA3, ord(unit) + 0x80]
    if unit == _NORMALISED_SPACE:
        return [0xA1, 0xA1]
    b = _gbk(unit)
    return [b[0], b[1]] if b else None


def _solve_run(
    units: str,
    tail: list[int | None],
    reading: str,
    left: str,
    right: str,
    leftover: int,
    context: tuple[str, str, frozenset[str]] = ("", "", frozenset()),
) -> _Solution | None:
    """Best reading of `units` (the shifted pairs, without the lost lead byte) followed by
    the `tail` slots (the swallowed trail byte, or the ASCII trail byte)."""
    marks = [i for i, u in enumerate(units) if u == "?"]
    if len(marks) > MAX_UNKNOWN_PAIRS:
        return None
    solutions: list[_Solution] = []
    for choice in itertools.product((True, False), repeat=len(marks)):
        as_sign = dict(zip(marks, choice, strict=True))
        slots: list[int | None] = [None]
        unknown_after: set[int] = set()
        sign_at: set[int] = set()
        ok = True
        for i, u in enumerate(units):
            if u == "?" and not as_sign[i]:
                unknown_after.add(len(slots))
            elif u == "?":
                sign_at.add(len(slots))
            s = _unit_slots(u, as_sign.get(i, False))
            if s is None:
                ok = False
                break
            slots += s
        if not ok:
            continue
        sol = _solve(slots + tail, unknown_after, sign_at, reading, left, right, leftover, context)
        if sol is not None:
            solutions.append(sol)
    if not solutions:
        return None
    best = min(solutions, key=lambda sol: (sol.cost, -sol.known))
    return _agreed(best, [s for s in solutions if s.cost <= best.cost + RIVAL_COST])


def _agreed(best: _Solution, rivals: list[_Solution]) -> _Solution:
    """Keep only the characters every rival reading agrees on; the others are lost.

    A `?` inside a run is either an unassigned byte pair or a normalised ？; when both
    readings are about as good and give different characters, neither is trusted.

    >>> a = _Solution(("海", "口"), ("word", "bytes"), 0, 1)
    >>> b = _Solution(("海", "日"), ("word", "bytes"), 1, 1)
    >>> _agreed(a, [a, b]).chars, _agreed(a, [a]).chars
    (('海', None), ('海', '口'))
    """
    chars = list(best.chars)
    how = list(best.how)
    for rival in rivals:
        for k, ch in enumerate(rival.chars):
            # A rival that lost the character says nothing against a reading through a
            # ？ sign, which the sign's own check held to a word or to the text's own
            # writing (寧?h: 寧海縣 read through ？, against 〓縣 read as unassigned).
            if ch is None and best.signs:
                continue
            if chars[k] is not None and ch != chars[k]:
                chars[k], how[k] = None, "disputed"
    lost = sum(1 for ch in chars if ch is None) - sum(1 for ch in best.chars if ch is None)
    known = sum(1 for ch, h in zip(chars, how, strict=True) if ch is not None and h == "bytes")
    return _Solution(tuple(chars), tuple(how), best.cost + lost, known, best.signs)


# ---------------------------------------------------------------- finding runs


# How each character of a repaired run was settled, as its note says it (Simplified;
# the Traditional page converts it).
_HOW_NOTES = {
    "bytes": "按字节",
    "word": "按词",
    "variant": "按异体",
    "lost": "已丢失",
    "rare": "罕用字",
}


def _how_note(how: str) -> str:
    """How a character was settled, as its note says it: the text's own words name
    themselves (縣:按本文他处所写的“縣政協”)."""
    if how.startswith("written:"):
        return f"按本文他处所写的“{how.removeprefix('written:')}”"
    return _HOW_NOTES.get(how, how)


@dataclass(frozen=True)
class _Repair:
    start: int
    end: int
    after: str
    note: str
    lost: int


def _runable(ch: str) -> bool:
    return ch in ("?", _NORMALISED_SPACE) or ch in _NORMALISED_SIGNS or _gbk(ch) is not None


# What a lone letter of a run follows: a double-byte character, a `?`, or a full-width
# sign normalised to ASCII upstream (`?,F(xiàn)` is 。現(xiàn): [A3 AC] is ，, shown as `,`).
_AFTER_UNIT = r"(?:(?<=[^\x00-\x7f])|(?<=[?!,;:]))"


# A lost lead byte as some mirrors show it: the `?` followed by a stray syllable and its
# `)` (`因?yàn)椴块T`: 為 9E E9 lost its lead byte, the shifted run 椴块 follows the `)`).
_LOST_LEAD_UNIT = re.compile(r"\?([a-z\u00e0-\u01dc\u0300-\u036f]{1,7}[1-5]?) ?\)$")


def _lost_lead_before(text: str, i: int) -> int:
    """Where a `?`-with-stray-syllable unit ending right at i starts (its `?`), else -1.

    >>> _lost_lead_before("因?yàn)椴块T", 6), _lost_lead_before("會議(huì)椴", 8)
    (1, -1)
    """
    m = _LOST_LEAD_UNIT.search(text, max(0, i - 12), i)
    return m.start() if m and _is_syllable(m.group(1)) else -1


def _run_start(text: str, k: int) -> int:
    """The start of the run units before k: at most MAX_RUN_UNITS of them."""
    lo = k
    while lo > 0 and k - lo < MAX_RUN_UNITS and _runable(text[lo - 1]):
        lo -= 1
    return lo


def _end_signals(text: str) -> list[tuple[int, int, str, str]]:
    """(index of the last run unit + 1, end of the signal, kind, pinyin or letter)."""
    out = []
    for m in re.finditer(r"\?", text):
        k = m.end()
        p = _STRAY_PINYIN.match(text, k)
        if p and _is_syllable(p.group(1)):
            out.append((k, p.end(), "pinyin", p.group(1)))
    for m in re.finditer(rf"{_AFTER_UNIT}[\x40-\x7e](?=[^\x00-\x7f])", text):
        k = m.start()
        before = text[k - 1]
        if _runable(before) and _run_opened(text, k):
            if _is_han(text[k + 1]) or text[k + 1] in _PLAUSIBLE_SIGNS:
                out.append((k, k + 1, "ascii", m.group(0)))
    # The letter may also stand before the pinyin annotation of the character whose
    # trail byte it is (`?匾?v(jiǎng)` is 重要講(jiǎng)): the `(` re-synchronised. A
    # normalised full-width space may stand before it (`書?! ^(qū)`).
    after_unit = rf"(?:{_AFTER_UNIT}|(?<={_NORMALISED_SPACE}))"
    for m in re.finditer(rf"{after_unit}[\x40-\x7e{_EURO_TRAIL}](?=\()", text):
        k = m.start()
        if _runable(text[k - 1]) and (_run_opened(text, k) or _noted_trail(text, k)):
            if _annotation_at(text, k + 1):
                out.append((k, k + 1, "ascii", m.group(0)))
    return sorted(out)


def _run_opened(text: str, k: int) -> bool:
    """Whether the run before the letter at k has a start a repair can read from: a `?`
    among the MAX_RUN_UNITS characters before it, or a `?`-with-stray-syllable unit right
    before its run units (the `)` of that unit stops the run: 燃?xì)狻⑾赖戎攸c(diǎn))."""
    return (
        "?" in text[max(0, k - MAX_RUN_UNITS) : k]
        or _lost_lead_before(text, _run_start(text, k)) >= 0
    )


# GBK's trail byte 80 alone, as the mirrors' decoder (code page 936) shows it: €
# (穩 B7 80 leaves `…頭€(wěn)`).
_EURO_TRAIL = "€"


def _trail_byte(ch: str) -> int:
    """The byte a remnant trail character stands for: a letter's own, € for 80."""
    return 0x80 if ch == _EURO_TRAIL else ord(ch)


def _noted_trail(text: str, k: int) -> str:
    """The character that the letter at k closes when its own note says so: the lead byte
    is the second byte of the character before the letter, the trail byte the letter,
    and the note after the letter is one of its readings (`髨F(tuán)`: 髨 is F3 88, and
    88 46 is 團, read tuán). "" otherwise. A run whose start is too far back to read is
    still ended by such a letter: its last character is known by both bytes and its
    note."""
    b = _gbk(text[k - 1]) if k else None
    syllable = _annotation_at(text, k + 1)
    if b is None or not syllable:
        return ""
    ch = _decode(b[1], _trail_byte(text[k]))
    return ch if ch and _is_han(ch) and _tone3(syllable) in _readings(ch) else ""


def _annotation_at(text: str, i: int) -> str:
    """The syllable of a pinyin annotation `(jiǎng)` starting at i, or ""."""
    if text[i : i + 1] != "(":
        return ""
    p = _STRAY_PINYIN.match(text, i + 1)
    return p.group(1) if p and _is_syllable(p.group(1)) else ""


_ANNOTATIONS = re.compile(r"\([a-z\u00e0-\u01dc\u0300-\u036f]{1,7}[1-5]? ?\)")
_HAN_RUNS = re.compile(f"[{HAN}]{{3,}}")
_HAN_RUNS_1 = re.compile(f"[{HAN}]+")
_ANNOTATION_AFTER = re.compile(r"\([a-z\u00e0-\u01dc\u0300-\u036f]{1,7}[1-5]? ?\)")
_ANNOTATION_BEFORE = re.compile(r"\([a-z\u00e0-\u01dc\u0300-\u036f]{1,7}[1-5]? ?\)$")


def _written(text: str, signals: list[tuple[int, int, str, str]]) -> frozenset[str]:
    """The three consecutive Han characters the text writes, as written (read
    past the pinyin annotations): what the text itself says its words are. A line that
    copies a damaged line (the same Han characters before its first `?` and after its
    last end signal, up to COPY_EDGE of each) is left out: it is the same passage, which
    the duplicates step compared while it was still damaged."""
    lines_ = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines_), initial=0))
    damaged: dict[int, tuple[str, str]] = {}
    k = 0
    for unit_end, end, _kind, _signal in signals:
        while starts[k + 1] <= unit_end:
            k += 1
        line, at = lines_[k], starts[k]
        if k not in damaged:
            first = line.find("?")
            head = "".join(_HAN_RUNS_1.findall(_ANNOTATIONS.sub("", line[:first])))
            damaged[k] = (head[:COPY_EDGE], "")
        tail = "".join(_HAN_RUNS_1.findall(_ANNOTATIONS.sub("", line[end - at :])))
        damaged[k] = (damaged[k][0], tail[-COPY_EDGE:] if tail else "")
    edges = {e for e in damaged.values() if len(e[0]) + len(e[1]) >= COPY_EDGE}
    out: set[str] = set()
    for k, line in enumerate(lines_):
        plain = _ANNOTATIONS.sub("", line)
        skeleton = "".join(_HAN_RUNS_1.findall(plain))
        if (
            k not in damaged
            and edges
            and any(
                (skeleton[:p], skeleton[len(skeleton) - q :] if q else "") in edges
                for p in range(COPY_EDGE + 1)
                for q in range(COPY_EDGE + 1)
            )
        ):
            continue
        for run in _HAN_RUNS.findall(plain):
            for i in range(len(run) - 2):
                out.add(run[i : i + 3])
    return frozenset(out)


def _han_after(text: str, i: int) -> str:
    """The Han characters from i on, up to CONTEXT_REACH, read past the pinyin
    annotations (`領(lǐng)導(dǎo)` reads 領導), up to anything else."""
    out: list[str] = []
    while i < len(text) and len(out) < CONTEXT_REACH:
        if _is_han(text[i]):
            out.append(text[i])
            i += 1
            continue
        m = _ANNOTATION_AFTER.match(text, i)
        if not m:
            break
        i = m.end()
    return "".join(out)


def _han_before(text: str, i: int) -> str:
    """The Han characters right before i, up to CONTEXT_REACH, read past the pinyin
    annotations."""
    out: list[str] = []
    while i > 0 and len(out) < CONTEXT_REACH:
        if _is_han(text[i - 1]):
            out.append(text[i - 1])
            i -= 1
            continue
        m = _ANNOTATION_BEFORE.search(text, max(0, i - 12), i)
        if not m:
            break
        i = m.start()
    return "".join(reversed(out))


_BOUNDARIES = set("，。、；：！？“”‘’（）《》「」『』,.;:!()[]【】 \t\u3000\n")


def _neighbour(ch: str) -> str | None:
    """A character beside a run as evidence: a Han character, a boundary (punctuation,
    a line end, the edge of the text) or None when it is a lost mark or a stray symbol
    (`５`, `⒂`: damage, so no evidence that a word ends there)."""
    if ch == "" or _is_han(ch) or ch in _BOUNDARIES:
        return ch
    return None


def _left_edge_unknown(sol: _Solution, left: str | None) -> bool:
    """Whether a lone `?` right before its letter (`?h`), read as this character's own
    lead byte (model A: 縣 BF 68), was settled without the Han character on its left.

    The same two marks are also the trail byte of a character before it, ending in A3,
    with this one's lead byte ([A3 BF] is ？, shown as `?`), that character's own lead
    byte gone (model B: 。縣 A1 A3 BF 68, or 寧海縣 with 海 BA A3). Only the left
    neighbour tells the two apart: a character settled by a word it makes with that
    neighbour, or by three characters written elsewhere that hold it (寧縣委), follows it
    directly; one settled by the characters after it alone (縣人大, 縣政協) says nothing of
    what stood before it, and reading it as model A would drop the character model B
    keeps a place for. A boundary on the left (a clause opening with 縣委常委) or a lost
    character is no such question."""
    if not left or not _is_han(left) or sol.chars[0] is None:
        return False
    how = sol.how[0]
    if how.startswith("written:"):
        window = how.removeprefix("written:")
        # The windows that hold the left neighbour end with it and the character
        # (甲縣委 has it first, 乙甲縣 last); the one that does not opens with the character.
        return window[0] == sol.chars[0]
    return how == "variant"


def _worded(sol: _Solution, left: str, right: str, noted: bool) -> _Solution:
    """A reading of a run the `?` marks do not bound, with each character settled by its
    bytes alone kept only when it makes a dictionary word with a neighbour; the others
    are lost (〓). The mirrors that show a lost lead byte as `?` plus a stray syllable
    drop a byte pair GBK leaves unassigned without a mark, and the character re-paired
    across the gap is a wrong one (燃?xì)狻⑾赖戎攸c: 消防 FB B7 dropped, CF C0 read as 侠).
    The last character is kept when its note confirmed it (`noted`).

    >>> s = _Solution((None, "、", "侠", "等", "重", "點"), ("lost",) + ("bytes",) * 5, 1, 5)
    >>> "".join(ch or "〓" for ch in _worded(s, "燃", "行", True).chars)
    '〓、〓〓重點'
    """
    chars, how = list(sol.chars), list(sol.how)
    for k, ch in enumerate(sol.chars):
        if ch is None or how[k] != "bytes" or not _is_han(ch):
            continue
        if noted and k == len(chars) - 1:
            continue
        lft = sol.chars[k - 1] if k else left
        rgt = sol.chars[k + 1] if k + 1 < len(chars) else right
        if not _word_score(lft or "", ch, rgt or ""):
            chars[k], how[k] = None, "lost"
    dropped = sum(1 for a, b in zip(sol.chars, chars, strict=True) if a != b)
    return _Solution(tuple(chars), tuple(how), sol.cost + dropped, sol.known - dropped)


def _joined_on_the_left(sol: _Solution, left: str) -> _Solution:
    """A run read from a `?`-with-stray-syllable unit, with a 〓 before it unless its first
    character makes a word with the one before the unit. The reading takes the `?` for the
    lead byte of the run's first character and the syllable for no character; but a
    syllable annotates some character, and the bytes alone cannot tell whether one was
    lost with it (當?shù)禺a: 当地, nothing lost; 领域?qū)趨f: 口協 read, a character before
    口 possibly lost). Only a word across the left edge says the text runs on there;
    otherwise the possible loss is kept as 〓 with its finding, never dropped unseen.

    >>> s = _Solution(("口", "協"), ("written:口協作", "bytes"), 0, 1)
    >>> "".join(ch or "〓" for ch in _joined_on_the_left(s, "域").chars)
    '〓口協'
    >>> "".join(ch or "〓" for ch in _joined_on_the_left(s, "对").chars)
    '口協'
    """
    if not sol.chars or sol.chars[0] is None or _word_score(left, sol.chars[0], ""):
        return sol
    return _Solution((None, *sol.chars), ("lost", *sol.how), sol.cost + 1, sol.known)


def _repair_run(
    text: str, unit_end: int, end: int, kind: str, signal: str, written: frozenset[str]
) -> _Repair | None:
    # The window: run units to the left of the end signal.
    lo = _run_start(text, unit_end)
    starts = [i for i in range(lo, unit_end) if text[i] == "?"]
    # A `?` with a stray syllable right before the window (`?yàn)椴块T`) is a start too:
    # its units are those after the `)`, the stray syllable read as no character.
    lost_lead = _lost_lead_before(text, lo) if kind == "ascii" else -1
    if lost_lead >= 0:
        starts.insert(0, lost_lead)
    # The letter's note settles its character (`髨F(tuán)`): when no `?` gives a reading
    # (none in reach, or a run the mirror broke further), the run is read from the
    # character before the letter, its first byte the trail byte of a character whose
    # lead byte is not known (model B, no `?` standing for it).
    noted = kind == "ascii" and bool(_noted_trail(text, unit_end))
    if not starts and not noted:
        return None
    if kind == "pinyin":
        if text[unit_end - 1] != "?":
            return None
        reading, tail = _tone3(signal), [None]
        inner_end = unit_end - 1
        right = _neighbour(text[end : end + 1])
    else:
        annotation = _annotation_at(text, end)
        reading, tail = (_tone3(annotation) if annotation else ""), [_trail_byte(signal)]
        inner_end = unit_end
        right = _neighbour(text[end : end + 1])
    after = _han_after(text, end)
    best: tuple[tuple[int, int, int], int, _Solution, str] | None = None
    tries = [(s, False) for s in starts] + ([(unit_end - 1, True)] if noted else [])
    for s, noted_only in tries:
        if noted_only and best is not None:
            break
        left = _neighbour(text[s - 1] if s else "")
        context = (_han_before(text, s), after, written)
        leftover = sum(1 for i in range(lo, s) if text[i] == "?")
        # Characters left between a `?` just before the start and the start are junk
        # of the same damage (`?匾?v(jiǎng)` read from its second `?` leaves 匾): they
        # count as lost, so the longer reading wins a tie and no junk is left.
        near = [q for q in starts if s - 3 <= q < s]
        leftover += (s - near[-1] - 1) if near else 0
        # Model A: the `?` at s is the lone lead byte; model B: the lead byte vanished and
        # the `?` at s is already a shifted pair.
        # Model A reads the units after the `?`, model B the `?` too; for a `?`-with-stray-
        # syllable unit the units after the `?` are those after its `)`.
        if s == lost_lead:
            readings = (("A", text[lo:inner_end]), ("B", "?" + text[lo:inner_end]))
        else:
            readings = (("A", text[s + 1 : inner_end]), ("B", text[s:inner_end]))
        for model, units in readings:
            if model == "A" and noted_only:
                continue  # the character at s is a shifted pair, not a lone lead byte
            if model == "A" and s >= inner_end:
                continue  # the lone lead byte and the swallowed `(` need two marks
            sol = _solve_run(units, tail, reading, left, right, leftover, context)
            if sol is None:
                continue
            if model == "A" and not units and kind == "ascii" and _left_edge_unknown(sol, left):
                continue

            # The simpler story first (model A invents no extra character: model B is
            # only for runs that cannot be read otherwise), then the fewest lost
            # characters, then the reading that settles more characters by bytes. A
            # model A reading that settles no character tells no story at all: it ranks
            # with model B's (寧?h alone is 〓; through ？ it may be 寧海縣).
            told = model == "A" and any(ch is not None for ch in sol.chars)
            rank = (0 if told else 1, sol.cost, -sol.known)
            if best is None or rank < best[0]:
                best = (rank, s, sol, model)
    if best is None and kind == "ascii" and reading:
        # The letter is the trail byte of the character its note annotates, and no reading
        # gives that character back: it is lost, so it stays as 〓 with its finding (the
        # pinyin step then drops the note after it); the run before the letter is left
        # as it is, its start unknown.
        syllable = _annotation_at(text, end)
        note = f"GBK 错位：字母 {signal} 是注音 {syllable} 之字的尾字节，该字无法恢复"
        return _Repair(unit_end, end, PLACEHOLDER, note, 1)
    if best is None:
        return None
    _, s, sol, model = best
    # the Han character before the run, read past a pinyin note (當(dāng)?shù)禺a: 當)
    edge = _han_before(text, s)[-1:]
    if s == lost_lead or (noted and s == unit_end - 1 and text[s] != "?"):
        sol = _worded(sol, edge, after[:1], bool(reading))
    if s == lost_lead:
        sol = _joined_on_the_left(sol, edge)
    recovered = "".join(ch if ch is not None else PLACEHOLDER for ch in sol.chars)
    after = recovered + ("(" + signal + ")" if kind == "pinyin" else "")
    parts = [
        f"{ch or PLACEHOLDER}:{_how_note(how)}" for ch, how in zip(sol.chars, sol.how, strict=True)
    ]
    note = (
        "GBK 错位：将这段文字按 GBK 重新编码，字节后移一位重新配对（"
        + ("落单的首字节显示为 ?" if model == "A" else "舍去首字节")
        + (f"；误留的拼音 {signal} 指明最后一字" if kind == "pinyin" else "")
        + (f"；字母 {signal} 是最后一个尾字节" if kind == "ascii" else "")
        + (f"；? 后的 {text[s + 1 : lo]} 是错位留下的拼音残片" if s == lost_lead else "")
        + "）："
        + " ".join(parts)
    )
    return _Repair(s, end, after, note, sum(1 for ch in sol.chars if ch is None))


# ---------------------------------------------------------------- lone question marks


def _is_question(text: str, i: int) -> bool:
    """Whether the `?` at i ends a clause that asks something."""
    start = i
    while start > 0 and i - start < 40 and not _CLAUSE_START.match(text[start - 1]):
        start -= 1
    clause = text[start:i]
    return any(marker in clause for marker in _question_markers())


def _lone_marks(text: str, taken: list[tuple[int, int]]) -> tuple[list[Edit], list[Finding]]:
    edits: list[Edit] = []
    findings: list[Finding] = []
    for m in re.finditer(r"\?+", text):
        i, j = m.span()
        if any(a <= i < b for a, b in taken):
            continue
        before = text[i - 1] if i else ""
        annotated = _ANNOTATED_BEFORE.search(text, max(0, i - 12), i)
        if annotated:
            before = annotated.group(1)  # `馮(féng)?新`: the annotation is not a break
        after = text[j] if j < len(text) else ""
        if not _is_han(before) or not (_is_han(after) or after == "、"):
            continue  # `1,200?`, URLs, Latin text, `是嗎?` at a line end
        if _is_question(text, i):
            continue  # `怎麼辦?我們要…`
        excerpt = text[max(0, i - 8) : j + 8]
        label = next((w for w in _credit_labels() if text.startswith(w, j)), "")
        line_start = text.rfind("\n", 0, i) + 1
        in_credits = (
            label
            and text[j + len(label) : j + len(label) + 1] in ":："
            and any(
                f"{w}:" in text[line_start:i] or f"{w}：" in text[line_start:i]
                for w in _credit_labels()
            )
        )
        # `(記者?張三 通訊員 李四)`: the space after an opening credit label was lost.
        opened = next(
            (w for w in _credit_labels() if text.endswith(w, 0, i) and i - len(w) > 0), ""
        )
        if opened and text[i - len(opened) - 1] in "(（" and len(m.group(0)) <= 2:
            label, in_credits = opened, True
        if in_credits:
            edits.append(
                Edit(
                    "lost_character",
                    i,
                    j,
                    m.group(0),
                    " ",
                    f"署名“{label}”前丢失的分隔符",
                )
            )
            continue
        count = (len(m.group(0)) + 1) // 2
        edits.append(
            Edit(
                "lost_character",
                i,
                j,
                m.group(0),
                PLACEHOLDER * count,
                "来源处已丢失的字，以可见的占位符保留",
            )
        )
        findings.append(
            Finding(
                "lost_character",
                "warning",
                f"汉字间的{len(m.group(0))}个问号代表来源处丢失的{count}个字，无法恢复",
                excerpt,
            )
        )
    return edits, findings


# ---------------------------------------------------------------- the step


def repair_mojibake(text: str) -> StepResult:
    """Repair GBK-misalignment runs (N06) and mark lost characters (N07). See the module
    docstring for the decision rule; every change is an Edit, every loss a Finding."""
    if "?" not in text and "(" not in text:
        # Nothing to read: no mark, and no note that a remnant letter might stand before.
        return StepResult(text)
    if text.count("?") > MAX_MARKS:
        return StepResult(
            text,
            findings=(
                Finding(
                    "mojibake_skipped",
                    "warning",
                    f"问号超过{MAX_MARKS}个，乱码未修复",
                ),
            ),
        )
    repairs: list[_Repair] = []
    signals = _end_signals(text)
    written = _written(text, signals) if signals else frozenset()
    for unit_end, end, kind, signal in signals:
        if repairs and unit_end <= repairs[-1].end:
            continue
        r = _repair_run(text, unit_end, end, kind, signal, written)
        if r is not None and repairs and r.start <= repairs[-1].start < repairs[-1].end <= r.end:
            # A run read from a `?`-with-stray-syllable unit holds the repair made of
            # that unit alone (`?zhèn)` read as one phantom character): the longer
            # reading, which re-pairs the bytes after it too, replaces it.
            repairs.pop()
        if r is not None and (not repairs or r.start >= repairs[-1].end):
            repairs.append(r)
    edits = [
        Edit("mojibake", r.start, r.end, text[r.start : r.end], r.after, r.note) for r in repairs
    ]
    findings = [
        Finding(
            "mojibake_unrecovered",
            "warning",
            f"一段GBK错位乱码中有{r.lost}个字无法恢复",
            text[max(0, r.start - 4) : r.end + 4],
        )
        for r in repairs
        if r.lost
    ]
    lone_edits, lone_findings = _lone_marks(text, [(r.start, r.end) for r in repairs])
    edits = sorted(edits + lone_edits, key=lambda e: e.start)
    findings += lone_findings
    out, last = [], 0
    for e in edits:
        out.append(text[last : e.start])
        out.append(e.after)
        last = e.end
    out.append(text[last:])
    return StepResult("".join(out), tuple(edits), tuple(findings))
