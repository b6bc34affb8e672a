"""Names learned across the archive: a person named with a title in one record is a
known name for the other records of the same place and period, where a title-less
mention of the name (`X指出`, `X强调`, `X同志`, a bare 、 list) is then found.

The import runs this once all records are processed (`relearn`), over the records'
lines, and writes the learned mentions into the records' content files and
records.jsonl, so the record page, the official's page and feed, the bulk data and
search all read the same mentions. A learned mention is a mention like any other
plus `learned_from`: the id of the record whose titled mention taught the name; its
`evidence` is its own sentence and its roles come from its own verbs
(`extract.officials.roles_of_predicate`).

Place and period: the teaching and the learning record have the same place id (two
people with one name in different places stay two people) and dates, to the month,
at most WINDOW_MONTHS apart. Undated records, records dated only to the year and
records without a place neither teach nor learn. The registry curates: an official
with `learned: false` is never learned in its place (`learned: true` confirms).

Linear in the number of records: titled names are indexed by (place, name) and
month; each record's text is scanned once, looking up the 2- to 4-character strings
at each position in its place's set of names (never one search per name), and each
found name looks up at most 2 * WINDOW_MONTHS + 1 months.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..extract.officials import SENTENCE_END, roles_of_predicate
from ..registry import Registry
from ..script import name_to_traditional, to_traditional
from .markdown import body_markdown
from .process import protected_phrases
from .serialize import record_from_dict

logger = logging.getLogger(__name__)

WINDOW_MONTHS = 12  # a name is known this many months before and after its titled mention
NAME_LENGTHS = (4, 3, 2)  # longest first: 王小明 wins over 王小
EVIDENCE_MAX = 300  # characters of the sentence kept as evidence
# What may stand right before a title-less name (besides anything that is not a Han
# character), and what right after it makes it a name: a list, 同志, or a role verb.
BEFORE_NAME = set("、和与及同")
AFTER_NAME = ("同志", "、", "等")
LEARNED = "learned_from"


@dataclass(frozen=True)
class Teacher:
    record_id: str
    person_id: str
    title: str


def month_index(resolved: str) -> int | None:
    """A resolved date's month as a number (None when not known to the month).

    >>> month_index("2024-08-02") - month_index("2023-08")
    12
    >>> month_index("2024") is None, month_index("") is None
    (True, True)
    """
    if len(resolved) < 7:
        return None
    try:
        return int(resolved[:4]) * 12 + int(resolved[5:7]) - 1
    except ValueError:
        return None


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _base(mentions: Iterable[Mapping[str, Any]]) -> list[dict]:
    """A record's own mentions (those its text gave, not learned ones)."""
    return [dict(m) for m in mentions if LEARNED not in m]


def _learned(mentions: Iterable[Mapping[str, Any]]) -> list[dict]:
    return [dict(m) for m in mentions if LEARNED in m]


def _rejected(registry: Registry) -> set[tuple[str, str]]:
    return {(name, o.place) for o in registry.officials if o.learned is False for name in o.names}


def build_index(records: Iterable[Mapping[str, Any]], registry: Registry) -> dict:
    """(place, name) -> {month: Teacher}: every titled mention of a dated, placed record
    (the smallest record id per month, so the result does not depend on order)."""
    rejected = _rejected(registry)
    index: dict[tuple[str, str], dict[int, Teacher]] = {}
    for record in records:
        place, month = record.get("place", ""), month_index(record["date"]["resolved"])
        if not place or month is None:
            continue
        for m in _base(record.get("mentions", ())):
            if not m.get("title") or (m["name"], place) in rejected:
                continue
            months = index.setdefault((place, m["name"]), {})
            held = months.get(month)
            if held is None or record["id"] < held.record_id:
                months[month] = Teacher(record["id"], m["person_id"], m["title"])
    return index


def _nearest(months: Mapping[int, Teacher], month: int, own_id: str) -> Teacher | None:
    """The teacher closest in time (earlier first on a tie), never the record itself."""
    for distance in range(WINDOW_MONTHS + 1):
        for candidate in (month - distance, month + distance):
            teacher = months.get(candidate)
            if teacher is not None and teacher.record_id != own_id:
                return teacher
    return None


def _sentence(text: str, start: int, end: int) -> str:
    lo = max((text.rfind(ch, 0, start) for ch in SENTENCE_END), default=-1) + 1
    hi = min((i for i in (text.find(ch, end) for ch in SENTENCE_END) if i >= 0), default=len(text))
    return text[lo : hi + 1].strip()[:EVIDENCE_MAX]


def _named_here(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands where a person is named: after a
    break or a joiner, and before a list mark, 同志, 等 or a role verb (at once, or
    after 在…, as in X在会上强调)."""
    before = text[start - 1] if start > 0 else ""
    if before and _is_han(before) and before not in BEFORE_NAME:
        return False
    after = text[end : end + 40]
    if after.startswith(AFTER_NAME) or before == "、":
        return True
    if roles_of_predicate(after[:4]) != ("mentioned",):
        return roles_of_predicate(after[:2]) != ("mentioned",) or after[:1] in "在对也又还"
    if after.startswith("在"):
        clause = after.split("，", 1)[0]
        return roles_of_predicate(clause) != ("mentioned",)
    return False


def learn_record(
    record: Mapping[str, Any],
    index: Mapping[tuple[str, str], Mapping[int, Teacher]],
    names_by_place: Mapping[str, set[str]],
    registry: Registry,
) -> list[dict]:
    """The learned mentions of one record (one per name, at its first fitting place)."""
    place, month = record.get("place", ""), month_index(record["date"]["resolved"])
    known = names_by_place.get(place)
    if not known or month is None:
        return []
    text = record["text_hans"]
    own = {m["name"] for m in _base(record.get("mentions", ()))}
    found: dict[str, dict] = {}
    i = 0
    while i < len(text):
        step = 1
        for length in NAME_LENGTHS:
            name = text[i : i + length]
            if name in own:  # the record's own name: never read part of it as another
                step = length
                break
            if name not in known or name in found:
                continue
            teacher = _nearest(index[(place, name)], month, record["id"])
            if teacher is None or not _named_here(text, i, i + length):
                continue
            official = registry.find_official(name, place)
            found[name] = {
                "name": name,
                "title": "",
                "roles": list(roles_of_predicate(text[i + length :])),
                "start": i,
                "end": i + length,
                "person_id": official.id if official else teacher.person_id,
                "evidence": _sentence(text, i, i + length),
                LEARNED: teacher.record_id,
            }
            step = length
            break
        i += step
    return list(found.values())


def learn(records: list[Mapping[str, Any]], registry: Registry) -> dict[str, list[dict]]:
    """record id -> its learned mentions, for every record of the archive.

    >>> def rec(rid, date, text, mentions=()):
    ...     return {"id": rid, "place": "daguan", "date": {"resolved": date},
    ...             "text_hans": text, "mentions": list(mentions)}
    >>> taught = {"name": "钱江", "title": "区长", "person_id": "p-qian", "roles": []}
    >>> learned = learn([rec("a", "2024-03-01", "区长钱江出席。", [taught]),
    ...                  rec("b", "2024-05-02", "钱江指出，要抓落实。"),
    ...                  rec("c", "2026-05-02", "钱江指出，要抓落实。")], Registry())
    >>> [(m["name"], m["roles"], m["learned_from"]) for m in learned["b"]], learned["c"]
    ([('钱江', ['speaker'], 'a')], [])
    """
    index = build_index(records, registry)
    names_by_place: dict[str, set[str]] = {}
    for place, name in index:
        names_by_place.setdefault(place, set()).add(name)
    return {r["id"]: learn_record(r, index, names_by_place, registry) for r in records}


def _retitled(record: dict, registry: Registry) -> dict:
    """The Traditional text and title again, with the record's names (learned ones
    too) protected, as the import's conversion does."""
    full = record_from_dict(record | {"raw_text": ""})
    protected = protected_phrases(full, registry)
    return record | {
        "text_hant": to_traditional(record["text_hans"], protected),
        "title_hant": to_traditional(record["title_hans"], protected),
    }


def _content_file(path: Path, record: dict, script: str) -> bytes:
    """The content file at `path` with the record's mentions (and, in Traditional, its
    title and text) as `record` now has them; the rest of it as the import wrote it."""
    text = path.read_text(encoding="utf-8")
    head_end = text.index("\n---\n", 4)
    meta = json.loads(text[4:head_end])
    body = text[head_end + 5 :]
    hant = script == "hant"
    mentions = record["mentions"]
    if hant:
        mentions = [
            m | {"name": name_to_traditional(m["name"]), "title": to_traditional(m["title"])}
            for m in mentions
        ]
        meta["title"] = record["title_hant"]
        body = "\n" + body_markdown(record["text_hant"])
    meta["mentions"] = mentions
    head = json.dumps(meta, ensure_ascii=False, default=str)
    return f"---\n{head}\n---\n{body}".encode()


def relearn(lines: dict[str, str], content_dir: Path, out, registry: Registry) -> dict:
    """Find the learned mentions of every record and write them where they changed:
    the records.jsonl line (in `lines`) and both content files. Returns the new size
    and mtime of every content file written ({path: [size, mtime_ns]}), for the
    import's manifest. `out` is the import's ContentFolder (writes only changed bytes).
    """
    records = [json.loads(line) for line in lines.values() if line]
    learned = learn(records, registry)
    written: dict[str, list[int]] = {}
    for record in records:
        new = learned.get(record["id"], [])
        if new == _learned(record.get("mentions", ())):
            continue
        updated = _retitled(record | {"mentions": _base(record["mentions"]) + new}, registry)
        lines[record["id"]] = json.dumps(updated, ensure_ascii=False) + "\n"
        for script in ("hans", "hant"):
            folder = out.folder("records", f"zh-{script}")
            name = f"{record['id']}.md"
            try:
                data = _content_file(Path(folder) / name, updated, script)
            except (OSError, ValueError) as e:
                logger.warning("%s/%s: learned names not written (%s)", folder, name, e)
                continue
            _, written[str(Path(folder) / name)] = out.write(folder, name, data)
    if written:
        logger.info("names learned across the archive: %d content files rewritten", len(written))
    return written
