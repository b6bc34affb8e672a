"""One raw record in, one finished record out: clean, extract, convert.

`process` is the whole per-record pipeline and a pure function of the record and the
registry, so records can be processed in parallel and cached by content hash.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from ..clean import STEPS, clean
from ..clean import script as script_step
from ..clean.fold import fold
from ..extract.dates import resolve_date
from ..extract.identify import extract_officials
from ..extract.officials import find_officials
from ..extract.places import extract_places, resolve_place
from ..extract.title import derive_title_with_evidence
from ..extract.topics import extract_topics
from ..model import Credit, Edit, Finding, Mention, Record
from ..registry import Registry
from ..script import HAN, to_simplified_text, to_traditional
from .protected import protected_phrases

_MARKUP = re.compile(r"<\s*/?\s*(script|iframe|style|img|a|div|span|p|br|object|embed)\b", re.I)
# Compiled here, not by `re.search` at each call: re's cache of compiled patterns is
# first-in first-out, so a pattern written inline is compiled again once a run has met 512
# others (tests/test_perf7.py saw it when run first).
_ANY_HAN = re.compile(r"[\u4e00-\u9fff]")


# A caption cleaned for the title: not moved out as a caption again, no line of it cut.
_CAPTION_STEPS_SKIPPED = frozenset({"captions", "furniture"})


def process(record: Record, registry: Registry | None = None) -> Record:
    """Clean the raw body, extract metadata, derive the Traditional text."""
    body = record.meta.get("body", record.raw_text)
    registry = registry or EMPTY_REGISTRY
    cleaned = clean(body, steps_for(registry))
    text = cleaned.text
    findings = [*record.findings, *cleaned.findings]  # sources' (metadata, repairs) first
    meta = {k: v for k, v in record.meta.items() if k != "body"}
    meta.update({k: v for k, v in cleaned.meta.items() if k not in ("credits", "captions")})

    if _MARKUP.search(body):
        findings.append(
            Finding(
                "markup_in_text",
                "warning",
                "原文含有HTML标记：只作为文字显示，从不当作网页代码",
                _MARKUP.search(body).group(0),
            )
        )
    if not _ANY_HAN.search(text):
        findings.append(Finding("no_text", "error", "no Chinese text left after cleaning"))

    credits = tuple(Credit(role, name) for role, name in cleaned.meta.get("credits", ()))
    date = resolve_date(
        text,
        record.sidecar.get("date", ""),
        str(cleaned.meta.get("published", "")),
        str(record.sidecar.get("url", "")),
    )
    if not date.year:
        findings.append(
            Finding(
                "undated",
                "info",
                f"无法确定年份（{date.note}），列为未定日期",
                date.as_written,
            )
        )
    given_title = record.sidecar.get("title", "").strip()
    if given_title:  # the names of the text keep their characters in the title too
        body_names = [m.name for m in find_officials(text, registry)]
        title = to_simplified_text(given_title, lambda _title: body_names)
        evidence = "given"  # a sidecar `title:` always wins
    else:
        page_title = str(cleaned.meta.get("page_title", ""))
        title_field = str(cleaned.meta.get("title_field", ""))
        tail_headline = str(cleaned.meta.get("tail_headline", ""))
        # The moved captions are as received (Traditional, pinyin notes, ASCII marks):
        # cleaned as the text was, but for being moved out again, before one may stand
        # in for a lost lead in the (Simplified) title.
        captions = tuple(
            clean(str(c), steps_for(registry), skip=_CAPTION_STEPS_SKIPPED).text
            for c in cleaned.meta.get("captions", ())
        )
        title, evidence = derive_title_with_evidence(
            text,
            page_title,
            title_field,
            tail_headline,
            captions,
            [c.name for c in credits],
            _first_line_cut(body, cleaned.edits),
        )

    record = record.evolve(
        text_hans=text,
        title_hans=title,
        title_evidence=evidence,
        date=date,
        credits=credits,
        captions=tuple(cleaned.meta.get("captions", ())),
        edits=(*record.edits, *cleaned.edits),  # sources' (a page's extraction) first
        findings=tuple(findings),
        meta=meta,
    )
    record = extract(record, registry)
    # The title's own line opening the text would show twice on the record's page (its
    # heading, then the text's first line): moved out of the text, as the log's last edit.
    # The officials, topics and places were read with it (a name the headline alone gives
    # stays found); the officials' spans follow the text.
    moved, title_edits = title_line_moved(text, title)
    if title_edits:
        record = record.evolve(
            text_hans=moved,
            edits=(*record.edits, *title_edits),
            mentions=tuple(_span_in(m, len(text) - len(moved), moved) for m in record.mentions),
        )
    protected = protected_phrases(record, registry)
    return record.evolve(
        text_hant=to_traditional(record.text_hans, protected),
        title_hant=to_traditional(record.title_hans, protected),
    )


def _first_line_cut(body: str, edits: tuple[Edit, ...]) -> str:
    """The body's first line when the furniture step cut it whole (a banner, a site's
    name), else "": the title step judges whether it was the page's own headline.

    >>> cut = Edit("furniture", 0, 14, "守护一江碧水 共建生态家园\\n", "")
    >>> _first_line_cut("\\n守护一江碧水 共建生态家园\\n3月2日，县长甲乙调研。", (cut,))
    '守护一江碧水 共建生态家园'
    >>> _first_line_cut("县长甲乙调研\\n守护一江碧水 共建生态家园", (cut,))
    ''

    The furniture step cuts the line as the earlier steps left it (its brackets made
    full-width, its script Simplified): the two are compared folded, and the line is
    given as cut (round credits45b):

    >>> cut = Edit("furniture", 0, 14, "守护一江碧水（共建生态家园）\\n", "")
    >>> _first_line_cut("守護一江碧水(共建生態家園)\\n3月2日，县长甲乙调研。", (cut,))
    '守护一江碧水（共建生态家园）'
    """
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    if not first:
        return ""
    key = fold(first).text
    return next(
        (
            e.before.strip()
            for e in edits
            if e.rule == "furniture" and fold(e.before.strip()).text == key
        ),
        "",
    )


_HAN_ONLY = re.compile(f"[^{HAN}]")
_BODY_HAN = 30  # a body line has this many Han characters (clean.furniture's)


def _span_in(mention: Mention, cut: int, text: str) -> Mention:
    """A mention's span in the text after its first `cut` characters were moved out: the
    same words, or the name's first place in what is left; (0, 0) for a name only the
    moved title line gives.

    >>> _span_in(Mention("甲乙", "县长", (), 12, 14), 10, "0县长甲乙主持").start
    2
    >>> _span_in(Mention("甲乙", "县长", (), 2, 4), 10, "0县长甲乙主持").start
    3
    """
    if mention.start >= cut:
        return replace(mention, start=mention.start - cut, end=mention.end - cut)
    at = text.find(mention.name)
    if at < 0:
        return replace(mention, start=0, end=0)
    return replace(mention, start=at, end=at + len(mention.name))


TITLE_RULE = "title"  # the edit log's rule for it (data/rule_labels.tsv)
TITLE_LINE_NOTE = "与记录标题相同：标题已显示在页首，不在正文中重复"


def title_line_moved(text: str, title: str) -> tuple[str, tuple[Edit, ...]]:
    """The text without the line that opens it and says exactly the record's title (its
    Han characters, in order), and the logged edit that moved it (TITLE_RULE); the text
    unchanged when the first line is not the title, when it is a body line (a full stop,
    or as long as a lead: a title made from the lead keeps its sentence) or when nothing
    would be left below. A headline broken over lines stays (each line is only a piece of
    the title).

    >>> text, edits = title_line_moved("县政协开会\\n5月6日，县政协开会。", "县政协开会")
    >>> text, [(e.rule, e.before) for e in edits]
    ('5月6日，县政协开会。', [('title', '县政协开会\\n')])
    >>> title_line_moved("县长甲乙主持会议。\\n会议强调…。", "县长甲乙主持会议")[1]
    ()
    """
    want = _HAN_ONLY.sub("", title)
    newline = text.find("\n")
    if not want or newline < 0:
        return text, ()
    line = text[: newline + 1]
    if "。" in line or len(want) >= _BODY_HAN or _HAN_ONLY.sub("", line) != want:
        return text, ()
    if not _HAN_ONLY.sub("", text[newline + 1 :]):
        return text, ()
    return text[newline + 1 :], (Edit(TITLE_RULE, 0, len(line), line, "", TITLE_LINE_NOTE),)


def _names_finder(registry: Registry):
    """The names of people in a text, as the officials extractor finds them."""
    return lambda text: [m.name for m in find_officials(text, registry)]


_STEPS: list = []  # (registry, steps): the last registry's steps, one per worker


def steps_for(registry: Registry) -> tuple:
    """The cleaning steps, with the script step given the officials finder, so that
    names keep their characters through Traditional -> Simplified conversion."""
    if _STEPS and _STEPS[0] is registry:
        return _STEPS[1]
    run = partial(script_step.to_simplified, names_in=_names_finder(registry))
    steps = tuple(replace(s, run=run) if s.name == "script" else s for s in STEPS)
    _STEPS[:] = (registry, steps)
    return steps


def warm(registry: Registry | None = None) -> None:
    """Load what processing a record needs (the officials vocabulary, the OpenCC
    converters, the registry's protected phrases and gazetteer, the mojibake tables)
    in this process: the import calls it before its workers fork, so that they share
    the tables instead of each loading them (about 1 s of CPU a worker)."""
    from ..clean import mojibake

    mojibake.warm()
    text = "区委书记潘功发主持会议并讲话，要求快干。"
    process(Record("warm", "warm.txt", "", "utf-8", text), registry)


def extract(record: Record, registry: Registry | None = None) -> Record:
    """Officials, topics and places, each with its evidence; the record's place."""
    registry = registry or EMPTY_REGISTRY
    text = record.text_hans
    places = extract_places(text, registry)
    given_place = record.sidecar.get("place", "").strip()
    place = _place_id(given_place, registry) if given_place else resolve_place(places, registry)
    return record.evolve(
        mentions=extract_officials(text, registry, record.credits),
        topics=extract_topics(text, registry),
        places=places,
        place=place,
    )


def _place_id(name: str, registry: Registry) -> str:
    """A place given in the metadata: its registry id, else the name as written."""
    simplified = to_simplified_text(name)
    for place in registry.places:
        if simplified == place.id or simplified in place.names:
            return place.id
    return simplified


EMPTY_REGISTRY = Registry()
