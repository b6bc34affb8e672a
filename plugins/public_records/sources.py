"""Find raw reports, read their bytes, decode them, and read their metadata.

A report is `seeds/<id>.txt`, optionally with a sidecar `seeds/<id>.yml` or YAML front
matter (`---` lines at the top). The raw bytes are never modified; the record keeps
their SHA-256, the encoding detected and the decoded text.

What cannot be a report is rejected with a `SourceError` that names the file and the
reason; the import goes on with the other files.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .model import Record

MAX_BYTES = 2 * 1024 * 1024  # a news report is a few KiB; 2 MiB is surely not one
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")
SIDECAR_KEYS = frozenset({"id", "title", "date", "url", "retrieved", "source", "place"})
# Encodings tried, in order, after UTF-8 (with or without BOM) fails. GB18030 is a
# superset of GBK and GB2312; Big5 is what Taiwan and Hong Kong pages use.
LEGACY_ENCODINGS = ("gb18030", "big5")


class SourceError(ValueError):
    """A raw file that cannot become a record. str() names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True)
class RawReport:
    path: Path
    data: bytes
    sidecar_path: Path | None


def discover(folder: Path) -> list[Path]:
    """The raw report files of a folder, sorted (registry/ and dot files are skipped)."""
    return sorted(p for p in folder.glob("*.txt") if p.is_file() and not p.name.startswith("."))


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode raw bytes; return (text, encoding). Raise SourceError if no encoding fits.

    >>> decode("区委".encode("gb18030"))
    ('区委', 'gb18030')
    >>> decode("區委".encode("big5"))
    ('區委', 'big5')
    >>> decode(b"\\xef\\xbb\\xbf\\xe5\\x8c\\xba")
    ('区', 'utf-8-sig')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise SourceError(path, f"has a UTF-8 byte-order mark but is not UTF-8 ({e})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = {}
    for enc in LEGACY_ENCODINGS:
        try:
            candidates[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise SourceError(path, "is not text in UTF-8, GB18030 or Big5")
    if len(candidates) == 1:
        ((enc, text),) = candidates.items()
        return text, enc
    return _likelier(candidates, data)


def _likelier(candidates: dict[str, str], data: bytes) -> tuple[str, str]:
    """Both GB18030 and Big5 decoded the bytes. The right decoding reads as common
    characters; the wrong one as rare characters and symbols. Ties go to
    charset-normalizer."""
    common = common_han()
    scores = {enc: sum(ch in common for ch in text) for enc, text in candidates.items()}
    top = max(scores.values())
    best = [enc for enc, score in scores.items() if score == top]
    if len(best) == 1:
        return candidates[best[0]], best[0]
    from charset_normalizer import from_bytes

    guess = from_bytes(data, cp_isolation=best).best()
    enc = guess.encoding.replace("_", "") if guess else ""
    choice = next((name for name in best if name.replace("_", "") == enc), best[0])
    return candidates[choice], choice


@cache
def common_han() -> frozenset[str]:
    """The 3,755 level-1 characters of GB2312 (the most common Simplified characters)
    and their Traditional forms."""
    from .script import converter

    level1 = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                level1.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    simplified = "".join(level1)
    return frozenset(simplified) | frozenset(converter("s2t").convert(simplified))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes: not a text report.

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00"), looks_binary("区委".encode())
    (True, False)
    """
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls > max(4, len(sample) // 50)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)


def split_front_matter(text: str, path: str | Path) -> tuple[dict[str, Any], str]:
    """YAML front matter at the top of a report, if any; returns (metadata, body).

    >>> split_front_matter("---\\ndate: 2024-08-02\\n---\\n正文", "x.txt")
    ({'date': '2024-08-02'}, '正文')
    >>> split_front_matter("正文---", "x.txt")
    ({}, '正文---')
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    return parse_metadata(m.group(1), f"{path} (front matter)"), text[m.end() :]


def parse_metadata(text: str, where: str) -> dict[str, Any]:
    """Parse and validate sidecar or front-matter YAML. Dates stay strings as written."""
    try:
        data = yaml.load(text, Loader=_StringDateLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise SourceError(where, f"malformed YAML{line}: {getattr(e, 'problem', e)}") from None
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise SourceError(where, "metadata must be a mapping of keys to values")
    unknown = set(data) - SIDECAR_KEYS
    if unknown:
        raise SourceError(where, f"unknown keys {sorted(unknown)}; allowed: {sorted(SIDECAR_KEYS)}")
    out = {k: ("" if v is None else str(v)) for k, v in data.items()}
    if "id" in out and not ID_PATTERN.match(out["id"]):
        raise SourceError(where, f"id {out['id']!r} must match {ID_PATTERN.pattern}")
    return out


class _StringDateLoader(yaml.SafeLoader):
    """SafeLoader that keeps timestamps as the strings written (2024-08-02 stays text),
    so a date is kept as written and its precision is not invented."""


_StringDateLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}


def read_raw(path: Path) -> bytes:
    """The bytes of a raw report, or SourceError."""
    try:
        return path.read_bytes()
    except OSError as e:
        raise SourceError(path, f"cannot be read ({e.strerror})") from None


def read_report(path: Path, data: bytes | None = None) -> Record:
    """Read one raw report (and its sidecar) into a Record with provenance filled in;
    `data` is the report's bytes, if the caller has read them (`read_raw`).

    Raises SourceError for what cannot be a report: empty, too large, binary,
    undecodable, malformed metadata, an invalid id.
    """
    if data is None:
        data = read_raw(path)
    if not data.strip():
        raise SourceError(path, "is empty")
    if len(data) > MAX_BYTES:
        raise SourceError(path, f"is {len(data):,} bytes, over the limit of {MAX_BYTES:,}")
    if looks_binary(data):
        raise SourceError(path, "is binary, not a text report")
    text, encoding = decode(data, path)
    meta, body = split_front_matter(text, path)
    sidecar = path.with_suffix(".yml")
    if sidecar.exists():
        side = parse_metadata(sidecar.read_text(encoding="utf-8-sig"), str(sidecar))
        meta = {**meta, **side}
    if not body.strip():
        raise SourceError(path, "has metadata but no text")
    record_id = meta.get("id") or path.stem
    if not ID_PATTERN.match(record_id):
        raise SourceError(
            path,
            f"file name gives the id {record_id!r}, which must match {ID_PATTERN.pattern}"
            " (rename the file or set `id` in a sidecar)",
        )
    return Record(
        id=record_id,
        source_path=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        raw_text=text,
        sidecar=meta,
        meta={"body": body},
    )


def read_all(paths: Iterable[Path]) -> Iterator[Record | SourceError]:
    """Read each path; yield a Record or the SourceError for it. Two files that claim
    one id: the first (by file name) wins, the second is an error naming both."""
    seen: dict[str, str] = {}
    for path in paths:
        try:
            record = read_report(path)
        except SourceError as e:
            yield e
            continue
        if record.id in seen:
            yield SourceError(
                path, f"claims the id {record.id!r}, already used by {seen[record.id]}"
            )
            continue
        seen[record.id] = path.name
        yield record
