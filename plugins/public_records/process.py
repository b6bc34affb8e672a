"""One raw record in, one finished record out: clean, extract, convert.

`process` is the whole per-record pipeline and a pure function of the record and the
registry, so records can be processed in parallel and cached by content hash.
"""

from __future__ import annotations

import re

from .clean import clean
from .extract.dates import resolve_date
from .extract.title import derive_title
from .model import Credit, Finding, Record
from .script import Protected, to_simplified_text, to_traditional

_MARKUP = re.compile(r"<\s*/?\s*(script|iframe|style|img|a|div|span|p|br|object|embed)\b", re.I)


def process(record: Record, registry=None) -> Record:
    """Clean the raw body, extract metadata, derive the Traditional text."""
    body = record.meta.get("body", record.raw_text)
    cleaned = clean(body)
    text = cleaned.text
    findings = list(cleaned.findings)
    meta = {k: v for k, v in record.meta.items() if k != "body"}
    meta.update({k: v for k, v in cleaned.meta.items() if k not in ("credits", "captions")})

    if _MARKUP.search(body):
        findings.append(Finding("markup_in_text", "warning",
                                "the raw text contains HTML markup; it is shown as text, "
                                "never rendered", _MARKUP.search(body).group(0)))
    if not re.search(r"[\u4e00-\u9fff]", text):
        findings.append(Finding("no_text", "error", "no Chinese text left after cleaning"))

    credits = tuple(Credit(role, name) for role, name in cleaned.meta.get("credits", ()))
    date = resolve_date(text, record.sidecar.get("date", ""), str(cleaned.meta.get("published", "")))
    if not date.year:
        findings.append(Finding("undated", "info",
                                f"the year could not be resolved ({date.note}); listed as undated",
                                date.as_written))
    given_title = record.sidecar.get("title", "").strip()
    title = to_simplified_text(given_title) if given_title else derive_title(text)

    record = record.evolve(
        text_hans=text,
        title_hans=title,
        title_evidence="given" if given_title else "lead sentence",
        date=date,
        credits=credits,
        captions=tuple(cleaned.meta.get("captions", ())),
        edits=cleaned.edits,
        findings=tuple(findings),
        meta=meta,
    )
    record = extract(record, registry)
    protected = protected_phrases(record, registry)
    return record.evolve(
        text_hant=to_traditional(record.text_hans, protected),
        title_hant=to_traditional(record.title_hans, protected),
    )


def extract(record: Record, registry=None) -> Record:
    """Officials, topics and places (filled in by extract/ when it lands)."""
    return record


def protected_phrases(record: Record, registry=None) -> Protected:
    """Names that must survive Traditional conversion: the people named in this record
    and the credited people (registry names and places join when the registry lands)."""
    names = {m.name for m in record.mentions} | {c.name for c in record.credits}
    return Protected.build(names)
