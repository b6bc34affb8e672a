"""A report's metadata (sidecar `<id>.yml` or front matter): read as plain strings, then
each value checked.

Two stages with two kinds of outcome:

- `load` reads the YAML. The structure must be one mapping of known keys to plain
  text: a list, a mapping, a tag (`!!binary`, `!!python/...`), an anchor or an alias
  (the "billion laughs" bomb), a key given twice, a second document, or an invalid
  `id` raises `MetadataError`, and the report is not imported (its id, and so its URL,
  would be unknown). Every scalar stays the string as written: there is no YAML 1.1
  coercion (`id: 0123` stays "0123", `id: no` stays "no", `date: 2024.10` stays
  "2024.10"). The YAML is read as events, so nothing is expanded or built before it
  is checked.
- `check` looks at each value. A value that cannot be used (a date that is not a
  calendar date, a URL that is not http(s), a value over its length limit) is dropped
  with a `metadata_ignored` finding; characters that must not reach a page or a feed
  (controls, lone surrogates, noncharacters, direction overrides) are removed with a
  `metadata_chars_removed` finding. The report is still published, and the finding
  is shown on its page and on the build report.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from ..common.safe_url import UNFIT_CHARACTERS, safe_http_url
from ..model import Finding

KEYS = frozenset({"id", "title", "date", "url", "retrieved", "source", "place"})
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}")  # whole value: use fullmatch
# Characters, per key; a value over its limit is dropped. An id is bounded by ID_PATTERN.
LENGTH_LIMITS = {"title": 300, "url": 2000}
DEFAULT_LENGTH_LIMIT = 200
DATE_KEYS = ("date", "retrieved")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# Plain scalars that mean "no value" in YAML: read as "" (a quoted "null" is text).
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
# A tab or a line break inside a value (a YAML block scalar) is read as a space.
_AS_SPACE = str.maketrans(dict.fromkeys(map(ord, "\t\n\r"), " "))
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_FLOW_DEPTH = 20  # nesting of [ and { refused before parsing (see `load`)
_BRACKETS = re.compile(r"[^\[\]{}]+")


class MetadataError(ValueError):
    """Metadata that makes the report unusable. str() names where and the reason."""

    def __init__(self, where: str, reason: str):
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


def valid_id(value: str) -> bool:
    """Whether `value` is a record id: the whole value, so a final newline fails
    (`re.match` with `$` would accept "abc\\n").

    >>> valid_id("daguan-2024"), valid_id("abc\\n"), valid_id("../etc"), valid_id("")
    (True, False, False, False)
    """
    return ID_PATTERN.fullmatch(value) is not None


def load(text: str, where: str) -> dict[str, str]:
    """The metadata in `text` as a mapping of key to string, or MetadataError.

    >>> load("id: 0123\\ndate: 2024.10\\ntitle: no\\nplace:\\n", "x.yml")
    {'id': '0123', 'date': '2024.10', 'title': 'no', 'place': ''}
    >>> try:
    ...     load("title: [a, b]\\n", "x.yml")
    ... except MetadataError as e:
    ...     print(e)
    x.yml: `title` is a list; each value must be plain text
    """
    depth = flow_depth(text)
    if depth > MAX_FLOW_DEPTH:
        # YAML parsers take time quadratic in the nesting of [ and {: 64 KiB of "["
        # took libyaml 20 s (and the pure-Python parser far longer). Refused unparsed.
        raise MetadataError(
            where, f"nests [ or {{ {depth:,} deep (at most {MAX_FLOW_DEPTH}); values are plain text"
        )
    try:
        return _load(text, where)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise MetadataError(where, f"malformed YAML{line}: {getattr(e, 'problem', e)}") from None


def flow_depth(text: str) -> int:
    """How deep `[` and `{` nest in `text`, counted without regard to quoting (so an
    over-estimate, never an under-estimate). Linear: only the brackets are looked at.

    >>> flow_depth("title: [[a], {b: [c]}]"), flow_depth("title: 题"), flow_depth("[[[[")
    (3, 0, 4)
    """
    depth = deepest = 0
    for ch in _BRACKETS.sub("", text):
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(0, depth - 1)
    return deepest


def _load(text: str, where: str) -> dict[str, str]:
    # All events first, so malformed YAML is named as such before its structure is
    # judged. Events are not expanded (an alias is one event) and the text is bounded
    # by the caller (a 64 KiB sidecar), so this is small.
    events = iter(list(yaml.parse(text, Loader=_Loader)))
    next(events)  # StreamStart
    event = next(events)
    if isinstance(event, yaml.StreamEndEvent):
        return {}
    event = next(events)  # the document's root, after DocumentStart
    if isinstance(event, yaml.ScalarEvent) and _plain_null(event):
        out: dict[str, str] = {}
    elif isinstance(event, yaml.MappingStartEvent):
        _refuse_markers(event, "the metadata", where)
        out = _mapping(events, where)
    else:
        raise MetadataError(
            where, f"metadata must be a mapping of keys to values, not {_kind(event)}"
        )
    next(events)  # DocumentEnd
    if not isinstance(next(events), yaml.StreamEndEvent):
        raise MetadataError(where, "holds more than one YAML document (a second `---`)")
    if "id" in out and not valid_id(out["id"]):
        raise MetadataError(where, f"id {out['id']!r} must match {ID_PATTERN.pattern}")
    return out


def _mapping(events, where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key_event in events:
        if isinstance(key_event, yaml.MappingEndEvent):
            return out
        if not isinstance(key_event, yaml.ScalarEvent):
            raise MetadataError(where, f"a key is {_kind(key_event)}; keys must be plain text")
        key = key_event.value
        _refuse_markers(key_event, f"the key `{key}`", where)
        if key not in KEYS:
            raise MetadataError(where, f"unknown keys {[key]}; allowed: {sorted(KEYS)}")
        if key in out:
            raise MetadataError(where, f"`{key}` is given twice")
        value = next(events)
        if not isinstance(value, yaml.ScalarEvent):
            raise MetadataError(where, f"`{key}` is {_kind(value)}; each value must be plain text")
        _refuse_markers(value, f"`{key}`", where)
        out[key] = "" if _plain_null(value) else value.value
    raise MetadataError(where, "the mapping does not end")  # pragma: no cover (parser)


def _refuse_markers(event, what: str, where: str) -> None:
    if getattr(event, "anchor", None) is not None:
        raise MetadataError(
            where, f"{what} has an anchor (&{event.anchor}); anchors and aliases are not allowed"
        )
    if getattr(event, "tag", None) is not None:
        raise MetadataError(where, f"{what} has the tag {event.tag}; tags are not allowed")


def _plain_null(event) -> bool:
    return event.style is None and event.value in _NULLS


def _kind(event) -> str:
    if isinstance(event, yaml.AliasEvent):
        return f"an alias (*{event.anchor}); anchors and aliases are not allowed"
    if isinstance(event, yaml.SequenceStartEvent):
        return "a list"
    if isinstance(event, yaml.MappingStartEvent):
        return "a mapping"
    if isinstance(event, yaml.ScalarEvent):
        return "a single value"
    return type(event).__name__


def check(values: dict[str, str], where: str) -> tuple[dict[str, str], list[Finding]]:
    """The usable values and a finding for each value dropped or changed.

    >>> given = {"date": "2024-02-30", "url": "javascript:x", "place": "大观区"}
    >>> kept, findings = check(given, "r.yml")
    >>> kept
    {'place': '大观区'}
    >>> [f.message for f in findings]  # doctest: +NORMALIZE_WHITESPACE
    ["r.yml: date '2024-02-30' is not a calendar date (day is out of range for month); ignored",
     "r.yml: url 'javascript:x' is not an http(s) URL; it is not shown as a link; ignored"]
    """
    kept: dict[str, str] = {}
    findings: list[Finding] = []
    for key, raw in values.items():
        # A URL goes to safe_http_url as written: it parses it the way a browser does.
        value, removed = (raw, []) if key == "url" else strip_unfit(raw)
        if removed:
            findings.append(
                Finding(
                    "metadata_chars_removed",
                    "warning",
                    f"{where}: {key}: removed characters that must not be published: "
                    + ", ".join(removed),
                    value[:80],
                )
            )
        limit = LENGTH_LIMITS.get(key, DEFAULT_LENGTH_LIMIT)
        if len(value) > limit:
            problem = f"is {len(value):,} characters, over the limit of {limit:,}"
        else:
            value, problem = _checked(key, value)
        if problem:
            findings.append(
                Finding(
                    "metadata_ignored",
                    "warning",
                    f"{where}: {key} {_shown(value)} {problem}; ignored",
                    _shown(value),
                )
            )
            continue
        kept[key] = value
    return kept, findings


def _checked(key: str, value: str) -> tuple[str, str]:
    """(value to keep, "") or (value, why it cannot be used)."""
    if key in DATE_KEYS and value:
        return value, date_problem(value)
    if key == "url" and value:
        url = safe_http_url(value)
        if url is None:
            return value, "is not an http(s) URL; it is not shown as a link"
        return url, ""
    return value, ""


def date_problem(value: str) -> str:
    """Why `value` is not a date as the metadata takes it, or "".

    >>> date_problem("2024-08-02"), date_problem("2024"), date_problem("2024-02-29")
    ('', '', '')
    >>> date_problem("20240802")
    'is not YYYY-MM-DD, YYYY-MM or YYYY'
    >>> date_problem("2023-02-29")
    'is not a calendar date (day is out of range for month)'
    """
    m = _DATE.fullmatch(value)
    if m is None:
        return "is not YYYY-MM-DD, YYYY-MM or YYYY"
    year, month, day = (int(g) if g else 1 for g in m.groups())
    try:
        dt.date(year, month, day)
    except ValueError as e:
        return f"is not a calendar date ({e})"
    return ""


def strip_unfit(value: str) -> tuple[str, list[str]]:
    """`value` without the characters that must not reach a page or a feed (controls,
    lone surrogates, noncharacters such as U+FFFE, direction overrides and isolates);
    a tab or line break becomes a space. Returns (value, the code points removed).

    >>> strip_unfit("大观\\ufffe区\\u202e"), strip_unfit(" 甲\\n乙\\n")
    (('大观区', ['U+FFFE', 'U+202E']), ('甲 乙', []))
    """
    value = value.translate(_AS_SPACE).strip()
    found = UNFIT_CHARACTERS.findall(value)
    if not found:
        return value, []
    removed = list(dict.fromkeys(f"U+{ord(ch):04X}" for ch in found))
    return UNFIT_CHARACTERS.sub("", value).strip(), removed


def _shown(value: str, limit: int = 80) -> str:
    """A value quoted for a message, cut to `limit` characters."""
    cut = value[:limit] + ("…" if len(value) > limit else "")
    return repr(cut)
