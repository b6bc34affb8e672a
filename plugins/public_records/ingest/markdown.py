"""Render a finished Record as a Markdown content file, one per script.

The file is self-contained: YAML front matter with everything the record page shows
(title, date and its evidence, credits, officials, topics, places, provenance, the raw
text, the edit log, the findings), then the clean text as Markdown paragraphs. The text
is escaped so that nothing in a report is read as Markdown or HTML: a report is plain
text, and markdown-it-py renders it with raw HTML disabled besides.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

import yaml

from ..model import Record
from ..script import Protected, name_to_traditional, to_traditional
from .serialize import record_to_dict

SCRIPTS = ("hans", "hant")
LANGS = {"hans": "zh-Hans", "hant": "zh-Hant"}

# Inline characters CommonMark could read as markup, and line starts that open blocks
# (headings, quotes, lists, setext underlines, tables, ~~~ fences: a `~~~` line made the
# rest of a report a code block; ``` fences are escaped as backticks). Lines are
# stripped, so no indentation makes a code block.
_INLINE = re.compile(r"([\\`*_\[\]<>&!])")
_LINE_START = re.compile(r"^([#>+=|~-]|\d+[.)])")


def escape_markdown(line: str) -> str:
    r"""Escape a line of plain text so that CommonMark renders it literally.

    >>> escape_markdown("<script>alert(1)</script> *强调* [链接](javascript:x)")
    '\\<script\\>alert(1)\\</script\\> \\*强调\\* \\[链接\\](javascript:x)'
    >>> escape_markdown("1. 第一"), escape_markdown("~~~")
    ('1\\. 第一', '\\~~~')
    >>> escape_markdown("区委书记潘功发主持会议。")
    '区委书记潘功发主持会议。'
    """
    line = _INLINE.sub(r"\\\1", line.strip())
    m = _LINE_START.match(line)
    if m:
        tok = m.group(1)
        line = (tok[:-1] + "\\" + tok[-1]) + line[len(tok) :]
    return line


def body_markdown(text: str) -> str:
    """Each line of the clean text becomes a paragraph."""
    return "\n\n".join(escape_markdown(p) for p in text.split("\n") if p.strip()) + "\n"


def _dumper() -> type:
    return getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(record: Record, script: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """The metadata of the content file for one script. `data` is `record_to_dict(record)`
    when the caller has it already (it is read, never changed)."""
    hant = script == "hant"
    conv = _term_to_traditional if hant else (lambda s: s)
    name = name_to_traditional if hant else (lambda s: s)
    if data is None:
        data = record_to_dict(record)
    return {
        "id": record.id,
        "lang": LANGS[script],
        "script": script,
        "title": record.title_hant if hant else record.title_hans,
        "title_evidence": record.title_evidence,
        "date": data["date"]
        | {"as_written": conv(record.date.as_written), "note": conv(record.date.note)},
        "place": record.place,
        "place_name": name(next((p.name for p in record.places if p.id == record.place), "")),
        "credits": [{"role": conv(c.role), "name": name(c.name)} for c in record.credits],
        "captions": [conv(c) for c in record.captions],
        "mentions": [
            m | {"name": name(m["name"]), "title": conv(m["title"])} for m in data["mentions"]
        ],
        "topics": [t | {"name": conv(t["name"])} for t in data["topics"]],
        "places": [p | {"name": name(p["name"])} for p in data["places"]],
        "source": {
            "file": record.source_path,
            "sha256": record.sha256,
            "encoding": record.encoding,
            "url": record.sidecar.get("url", ""),
            "retrieved": record.sidecar.get("retrieved", ""),
            "name": record.sidecar.get("source", "") or record.meta.get("source_name", ""),
            # A WARC capture: its file, offset, URL and date (ingest/warc.py); only then.
            **({"capture": record.meta["capture"]} if record.meta.get("capture") else {}),
        },
        "findings": _findings_hant(record, data["findings"]) if hant else data["findings"],
        "edits": data["edits"],
        "raw_text": record.raw_text,
    }


def _findings_hant(record: Record, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The findings as a Traditional page says them: the message in Traditional, the
    names the record mentions kept as they are (余 is not 餘); the excerpt, quoted from
    the raw text, as it is there.

    >>> from public_records.model import Mention
    >>> m = Mention("余红松", "区长", (), 0, 3)
    >>> r = Record("r", "r.txt", "", "utf-8", "", mentions=(m,))
    >>> _findings_hant(r, [{"code": "c", "message": "余红松的职务无法确定", "excerpt": "余红松"}])
    [{'code': 'c', 'message': '余紅松的職務無法確定', 'excerpt': '余红松'}]
    """
    if not findings:
        return findings
    protected = Protected.build([m.name for m in record.mentions])
    return [f | {"message": to_traditional(f["message"], protected)} for f in findings]


# Titles, roles, topic names and date notes recur from record to record, and each call
# into OpenCC costs about 15 µs: the Traditional form of each is kept.
@lru_cache(maxsize=65536)
def _term_to_traditional(text: str) -> str:
    return to_traditional(text)


def render_record(record: Record, script: str) -> str:
    """The whole content file: front matter and body."""
    meta = front_matter(record, script)
    head = yaml.dump(meta, Dumper=_dumper(), allow_unicode=True, sort_keys=False, width=1000)
    body = body_markdown(record.text_hant if script == "hant" else record.text_hans)
    return f"---\n{head}---\n\n{body}"


_SPLIT = re.compile(r"\A---\n(.*?\n)---\n", re.S)


@cache
def _loader() -> type:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_content(text: str) -> tuple[dict[str, Any], str]:
    """Split a content file into (metadata, Markdown body)."""
    m = _SPLIT.match(text)
    if not m:
        return {}, text
    return yaml.load(m.group(1), Loader=_loader()) or {}, text[m.end() :]
