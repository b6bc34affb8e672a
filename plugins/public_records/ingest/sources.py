"""Find raw reports, read their bytes, decode them, and read their metadata.

A report is `seeds/<id>.txt`, optionally with a sidecar `seeds/<id>.yml` or YAML front
matter (`---` lines at the top). The raw bytes are never modified; the record keeps
their SHA-256, the encoding detected and the decoded text.

Every file is untrusted. What cannot be a report is rejected with a `SourceError` that
names the file and the reason, and the import goes on with the other files: a symlink or
anything but a regular file (safe_files), a file over its size limit, binary or
undecodable text, malformed or hostile metadata (metadata.load). `survey` also names
each file in the seeds folder that is not imported (a `.TXT`, a `.yaml`, an orphan
sidecar, a subfolder). Metadata values that cannot be used are dropped with a finding
on the record (metadata.check), as are a few invalid UTF-8 bytes repaired with U+FFFD.
"""

from __future__ import annotations

import hashlib
import heapq
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from ..common.bounded_groups import bounded_groups
from ..common.safe_files import UnsafeFileError, read_regular
from ..model import Finding, Record
from ..script import HAN
from . import html, metadata, warc
from .metadata import ID_PATTERN, MetadataError, valid_id

logger = logging.getLogger(__name__)

MAX_BYTES = 2 * 1024 * 1024  # a news report is a few KiB; 2 MiB is surely not one
# Seven short values fit in a few KiB; the limit bounds what the YAML parser is given.
MAX_SIDECAR_BYTES = 64 * 1024
MAX_FRONT_MATTER_CHARS = MAX_SIDECAR_BYTES
SIDECAR_KEYS = metadata.KEYS
REPORT_SUFFIX, SIDECAR_SUFFIX = ".txt", ".yml"
# Every name a report can have: a text, a saved page (html.py), a web archive (warc.py,
# many reports in one file). Text and page reports can have a sidecar.
PAGE_SUFFIXES = (REPORT_SUFFIX, *html.HTML_SUFFIXES)
REPORT_SUFFIXES = (*PAGE_SUFFIXES, *warc.WARC_SUFFIXES)
REGISTRY_FOLDER = "registry"  # read by registry.py
# Encodings tried, in order, after UTF-8 (with or without BOM) fails. GB18030 is a
# superset of GBK and GB2312; Big5 is what Taiwan and Hong Kong pages use.
LEGACY_ENCODINGS = ("gb18030", "big5")
# Byte-order marks of the encodings recognised by them alone, longest first (the UTF-32
# little-endian mark begins with the UTF-16 one).
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# A UTF-8 report with at most this many invalid bytes (or 0.1% of its bytes, if more)
# is repaired with U+FFFD and kept, with a finding; more go to the legacy encodings.
MAX_REPAIRED_BYTES = 8
# ... provided the rest reads as UTF-8 text: at least this many valid non-ASCII
# characters per invalid byte (GB18030 or Big5 text has almost none).
MIN_VALID_PER_INVALID = 10


class SourceError(ValueError):
    """A raw file that cannot become a record, or a file in the seeds folder that is
    not imported. str() names the file and the reason. `severity` is "error", or
    "warning" for a file that is ignored (a `.yaml`, an orphan sidecar ...), or "info"
    for what is only worth knowing, not a problem: the counts of what a WARC held
    besides reports (every real crawl holds robots.txt, images and scripts). `--strict`
    and the build report's problems count errors and warnings only (`is_problem`)."""

    # Its three fields in slots and its message made when asked: the import keeps one for
    # every file of the seeds folder that is not a report (the bench's *.truth.json, a
    # million at 1,000,000 reports). With its message kept whole beside its fields (in
    # an instance dict and the exception's args), each took about 660 bytes; 250 now,
    # most of it the path.
    __slots__ = ("path", "reason", "severity")

    def __init__(self, path: str | Path, reason: str, severity: str = "error"):
        super().__init__()
        self.path = str(path)
        self.reason = reason
        self.severity = severity

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __reduce__(self):
        # Rebuilt from its fields (the exception's args are empty).
        return (type(self), (self.path, self.reason, self.severity))


@dataclass(frozen=True)
class RawReport:
    path: Path
    data: bytes
    sidecar_path: Path | None


_LOG_LEVELS = {"info": logging.INFO, "warning": logging.WARNING}


def log(problem: SourceError) -> None:
    """Log a SourceError at its severity's level (an error unless said otherwise)."""
    logger.log(_LOG_LEVELS.get(problem.severity, logging.ERROR), "%s", problem)


# Files named one by one in the log (and on the console) for one reason; the rest of
# that reason are counted in one line. A seeds folder with 100,000 stray files logged
# and printed 200,000 lines on every import. The import report keeps every file.
NAMED_PER_REASON = 20


def named(problems: list[SourceError], limit: int = NAMED_PER_REASON) -> list[SourceError]:
    """The problems to name one by one, by severity and reason in the order of their
    first problem: at most `limit` of each (`bounded_groups`), then one SourceError (of
    that severity) counting the others of each reason that has more.

    >>> found = [SourceError(f"n{i}.md", "ignored") for i in range(4)]
    >>> [str(e) for e in named(found + [SourceError("e.txt", "is empty")], limit=2)]
    ['n0.md: ignored', 'n1.md: ignored', 'e.txt: is empty', '2 more files: ignored']
    """
    shown: list[SourceError] = []
    counted: list[SourceError] = []
    groups = bounded_groups(problems, lambda p: (p.severity, p.reason), limit)
    for rows, more in groups:
        shown += rows
        if more:
            counted.append(SourceError(f"{more} more files", rows[0].reason, rows[0].severity))
    return shown + counted


def is_problem(error: SourceError) -> bool:
    """An error or a warning; an "info" SourceError is not a problem.

    >>> is_problem(SourceError("a.warc", "skipped 1 robots.txt", "info"))
    False
    >>> is_problem(SourceError("a.yaml", "ignored", "warning"))
    True
    """
    return error.severity != "info"


def discover(
    folder: Path, problems: list | None = None, *, sidecar_names: set[str] | None = None
) -> list[Path]:
    """The raw report files of a folder, sorted (see `survey`). Each file not imported
    is appended to `problems` if given (the import's list of errors), and logged (at
    most NAMED_PER_REASON of one reason by name, the rest counted: `named`).
    `sidecar_names`, if given, receives the names of the folder's entries that end in
    the sidecar suffix, whatever they are (the import's manifest then stats only the
    sidecars listed)."""
    names = discover_names(folder, problems, sidecar_names=sidecar_names)
    child = child_path(folder)
    return [child(name) for name in names]


def discover_names(
    folder: Path, problems: list | None = None, *, sidecar_names: set[str] | None = None
) -> list[str]:
    """`discover`, the reports by name (each in `folder`, sorted): the import makes
    each report's Path when it reads it, not one for every report up front (about 300
    bytes a report held through the import: 300 MB at 1,000,000 reports)."""
    names, found = _survey(folder, sidecar_names)
    # Each problem goes into `problems` as it is made, on its way to `named` (which
    # keeps a few of each reason to log): a million ignored files were a list of a
    # million SourceErrors (250 MB) before the import's first report, where the
    # import's `SourceErrors` keeps them in a file.
    for problem in named(_appended(found, problems)):
        log(problem)
    return names


def _appended(items: Iterable, sink: list | None) -> Iterator:
    """`items`, each appended to `sink` (if any) as it is taken."""
    for item in items:
        if sink is not None:
            sink.append(item)
        yield item


def child_path(folder: Path):
    """A maker of `folder / name` for a name from the folder's listing (it has no
    separator), without parsing the name again: pathlib's own child maker where there
    is one (CPython 3.11). The listing of 20,000 reports with their sidecars took 0.20
    CPU s, 0.14 with it."""
    folder = Path(folder)
    return getattr(folder, "_make_child_relpath", folder.__truediv__)


def survey(
    folder: Path, *, sidecar_names: set[str] | None = None
) -> tuple[list[Path], list[SourceError]]:
    """`survey_names`, the reports as paths."""
    names, problems = survey_names(folder, sidecar_names=sidecar_names)
    child = child_path(folder)
    return [child(name) for name in names], problems


def survey_names(
    folder: Path, *, sidecar_names: set[str] | None = None
) -> tuple[list[str], list[SourceError]]:
    """`_survey`, its problems in a list."""
    names, problems = _survey(folder, sidecar_names)
    return names, list(problems)


def _survey(
    folder: Path, sidecar_names: set[str] | None = None
) -> tuple[list[str], Iterator[SourceError]]:
    """The names of the report files of a seeds folder (sorted), and a named problem
    for every other entry.

    Reports are the regular files `*.txt`, `*.html`, `*.htm`, `*.warc` and `*.warc.gz`
    directly in the folder; `*.yml` beside a text or page report are its sidecar;
    `registry/` is read by registry.py; names starting with a dot
    (`.gitkeep`, editor files) are skipped. Everything else is a problem naming the
    file: a symlink, a FIFO or device (errors: nothing is read from them), and, as
    warnings, a name in the wrong case or with another suffix (`x.TXT`, `x.yaml`), a
    sidecar without its report, a subfolder (with the files in it). Symlinks are not
    followed, so the listing is bounded by the folder itself. The problems come in the
    order of their paths, each made as it is taken: a regular file that is ignored is
    held by its name until then (about 90 bytes, not a SourceError's 250).
    """
    folder = Path(folder)
    report_names: list[str] = []
    sidecar_names_here: list[str] = []
    others: list[tuple[str, str]] = []  # (name, "link" | "folder" | "special")
    ignored_names: list[str] = []  # regular files neither report nor sidecar
    problems: list[SourceError] = []  # the others, a few
    base = str(folder / "_")[:-1]  # str(folder / name) is base + name ("." gives "")
    # Each entry is sorted into its kind as it is listed, keeping its name only: the
    # listing was a sorted list of every entry (os.DirEntry, about 250 bytes each, with
    # its path), which at 1,000,000 reports and their other files (2.3 million entries)
    # took more than half a gigabyte of the import's parent before its first report.
    try:
        with os.scandir(folder) as it:
            for entry in it:
                name = entry.name
                if sidecar_names is not None and name.endswith(SIDECAR_SUFFIX):
                    sidecar_names.add(name)
                if name.startswith("."):
                    continue
                # Paths are made for reports only, after the listing: at 100,000
                # reports a seeds folder may hold as many other files (the bench's
                # *.truth.json).
                if entry.is_file(follow_symlinks=False) and not entry.is_symlink():
                    if name.endswith(REPORT_SUFFIXES):
                        report_names.append(name)
                    elif name.endswith(SIDECAR_SUFFIX):
                        sidecar_names_here.append(name)
                    else:
                        ignored_names.append(name)
                elif entry.is_symlink():
                    others.append((name, "link"))
                elif entry.is_dir(follow_symlinks=False):
                    others.append((name, "folder"))
                else:
                    others.append((name, "special"))
    except OSError as e:
        return [], iter([SourceError(folder, f"cannot be listed ({e.strerror})")])
    child = child_path(folder)
    report_names.sort()
    for name, kind in others:
        path = folder / name
        if kind == "link":
            problems.append(
                SourceError(path, "is a symbolic link; links under seeds/ are not followed")
            )
        elif kind == "folder":
            if name != REGISTRY_FOLDER:
                problems.append(_subfolder_problem(path))
        else:
            problems.append(SourceError(path, f"is {_kind_of(path)}, not a regular file; not read"))
    sidecars = [child(name) for name in sidecar_names_here]
    # From the names (a Path's stem costs as much as making it): the stem of a page's
    # name is the name without its one suffix.
    stems = {os.path.splitext(n)[0] for n in report_names if n.endswith(PAGE_SUFFIXES)}
    for sidecar in sidecars:
        report = sidecar.with_suffix(REPORT_SUFFIX).name
        if sidecar.stem not in stems:
            reason = f"ignored: a sidecar without its report {report}"
            problems.append(SourceError(sidecar, reason, "warning"))
    problems.sort(key=lambda e: e.path)
    # An ignored file's path is base + its name: the names' order is the paths'.
    ignored_names.sort()
    ignored = (SourceError(base + n, _ignored_reason(n), "warning") for n in ignored_names)
    return report_names, heapq.merge(ignored, problems, key=lambda e: e.path)


def _ignored_reason(name: str) -> str:
    """Why a regular file of the seeds folder (a name not starting with a dot) is not
    read.

    >>> _ignored_reason("a.TXT")
    "ignored: a report's name ends in .txt, in lower case (rename it to a.txt)"
    >>> _ignored_reason("b.yaml")
    "ignored: a sidecar's name ends in .yml, in lower case (rename it to b.yml)"
    """
    lower = name.lower()
    for ending in REPORT_SUFFIXES:
        if lower.endswith(ending):
            right = name[: -len(ending)] + ending
            return (
                f"ignored: a report's name ends in {ending}, in lower case (rename it to {right})"
            )
    for suffix in (".yml", ".yaml"):
        if lower.endswith(suffix):
            stem = name[: -len(suffix)]
            return (
                f"ignored: a sidecar's name ends in .yml, in lower case (rename it to {stem}.yml)"
            )
    return "ignored: not a report (.txt, .html, .htm, .warc, .warc.gz) or a sidecar (.yml)"


MAX_LISTED = 20  # files named in the message about a subfolder
MAX_WALKED = 10_000  # entries looked at in a subfolder, so a huge tree is not walked


def _subfolder_problem(folder: Path) -> SourceError:
    """A subfolder of seeds/: its files are not imported; name them (a bounded walk,
    links not followed)."""
    files: list[str] = []
    walked = 0
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        walked += len(dirs) + len(names)
        files.extend(os.path.relpath(os.path.join(root, n), folder) for n in sorted(names))
        if walked > MAX_WALKED:
            break
    shown = ", ".join(files[:MAX_LISTED]) + (
        f" and {len(files) - MAX_LISTED:,} more" if len(files) > MAX_LISTED else ""
    )
    held = f"; its files are not imported: {shown}" if files else ""
    return SourceError(
        folder, f"ignored: a folder (reports go directly in seeds/){held}", "warning"
    )


def _kind_of(path: Path) -> str:
    from ..common.safe_files import kind_of

    try:
        return kind_of(os.lstat(path).st_mode)
    except OSError:
        return "not a regular file"


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode raw bytes; return (text, encoding). Raise SourceError if no encoding fits.

    >>> decode("区委".encode("gb18030"))
    ('区委', 'gb18030')
    >>> decode("區委".encode("big5"))
    ('區委', 'big5')
    >>> decode(b"\\xef\\xbb\\xbf\\xe5\\x8c\\xba")
    ('区', 'utf-8-sig')
    >>> decode(b"\\xff\\xfe" + "区委".encode("utf-16-le"))
    ('区委', 'utf-16')
    """
    text, encoding, _ = decode_report(data, path)
    return text, encoding


def decode_report(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str, list[int]]:
    """Decode a report's bytes: (text, encoding, byte offsets of invalid UTF-8 bytes
    replaced by U+FFFD). Raise SourceError for binary or undecodable data.

    Order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; else UTF-8; else UTF-8
    with a few invalid bytes repaired (see MAX_REPAIRED_BYTES); else GB18030 or Big5.

    >>> text, encoding, repaired = decode_report(
    ...     "区委书记".encode() + b"\\xff" + "主持会议并讲话，要求快干。".encode())
    >>> text[:6], encoding, repaired
    ('区委书记�主', 'utf-8', [12])
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise SourceError(
                    path, f"has a {codec.upper()} byte-order mark but is not {codec.upper()} ({e})"
                ) from None
            if looks_binary_text(text):
                raise SourceError(path, "is binary, not a text report")
            return text, codec, []
    if looks_binary(data):
        raise SourceError(path, "is binary, not a text report")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", []
        except UnicodeDecodeError as e:
            raise SourceError(path, f"has a UTF-8 byte-order mark but is not UTF-8 ({e})") from None
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    repaired = _repaired_utf8(data)
    if repaired is not None:
        return repaired[0], "utf-8", repaired[1]
    candidates = {}
    for enc in LEGACY_ENCODINGS:
        try:
            candidates[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise SourceError(path, "is not text in UTF-8, UTF-16, GB18030 or Big5")
    if len(candidates) == 1:
        ((enc, text),) = candidates.items()
        return text, enc, []
    return (*_likelier(candidates, data), [])


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _repaired_utf8(data: bytes) -> tuple[str, list[int]] | None:
    """UTF-8 with a few invalid bytes: (text with U+FFFD for each invalid sequence, the
    byte offset of each invalid byte), or None if the bytes are not that. One linear
    pass: invalid bytes are found as the surrogates `surrogateescape` decodes them to.
    """
    escaped = data.decode("utf-8", "surrogateescape")
    limit = max(MAX_REPAIRED_BYTES, len(data) // 1000)
    bad_chars = []
    for m in _ESCAPED_BYTE.finditer(escaped):
        bad_chars.append(m.start())
        if len(bad_chars) > limit:
            return None
    non_ascii = sum(1 for ch in escaped if ch > "\x7f") - len(bad_chars)
    if non_ascii < MIN_VALID_PER_INVALID * len(bad_chars):
        return None
    offsets, at_char, at_byte = [], 0, 0
    for i in bad_chars:  # char index -> byte offset, counting only the new stretch
        at_byte += len(escaped[at_char:i].encode("utf-8", "surrogateescape"))
        at_char = i
        offsets.append(at_byte)
    return data.decode("utf-8", "replace"), offsets


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
    from ..script import converter

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


def looks_binary_text(text: str) -> bool:
    """The test of `looks_binary`, on text decoded from UTF-16 or UTF-32.

    >>> looks_binary_text("区委\\x00\\x00"), looks_binary_text("区委\\r\\n")
    (True, False)
    """
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r")
    return controls > max(4, len(sample) // 50)


# Front matter: `---` lines with any line ends, after an optional byte-order mark.
_NL = r"(?:\r\n|\r|\n)"
_FRONT_MATTER = re.compile(rf"\A\ufeff?---[ \t]*{_NL}(.*?{_NL})---[ \t]*(?:{_NL}|\Z)", re.S)


def split_front_matter(text: str, path: str | Path) -> tuple[dict[str, Any], str]:
    """YAML front matter at the top of a report, if any; returns (metadata, body). The
    values are the strings as written (`metadata.load`); `metadata.check` checks them.

    >>> split_front_matter("---\\r\\ndate: 2024-08-02\\r\\n---\\r\\n正文", "x.txt")
    ({'date': '2024-08-02'}, '正文')
    >>> split_front_matter("正文---", "x.txt")
    ({}, '正文---')
    """
    # Only the first MAX_FRONT_MATTER_CHARS are searched: a `---` line further down is
    # text, and the YAML parser is never given more than that.
    m = _FRONT_MATTER.match(text, 0, MAX_FRONT_MATTER_CHARS)
    if not m:
        return {}, text
    return parse_metadata(m.group(1), f"{path} (front matter)"), text[m.end() :]


def parse_metadata(text: str, where: str) -> dict[str, str]:
    """Read sidecar or front-matter YAML as plain strings (`metadata.load`), or
    SourceError naming `where` and the reason."""
    try:
        return metadata.load(text, where)
    except MetadataError as e:
        raise SourceError(e.where, e.reason) from None


def read_raw(path: Path) -> bytes:
    """The bytes of a raw report, or SourceError: a symlink, anything but a regular file
    or a file over MAX_BYTES is refused without being read (safe_files)."""
    try:
        return read_regular(path, MAX_BYTES, root=Path(path).parent)
    except UnsafeFileError as e:
        raise SourceError(path, e.reason) from None


def read_sidecar(report: Path) -> tuple[Path, dict[str, str]] | None:
    """The sidecar of a report, if there is one: (path, values as written). A sidecar
    that is a link, a directory, too large, not UTF-8 or malformed is a SourceError
    naming the sidecar, and the report is not imported (its id would be unknown)."""
    sidecar = report.with_suffix(SIDECAR_SUFFIX)
    held_back = f"; its report {report.name} is not imported"
    try:
        os.lstat(sidecar)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise SourceError(sidecar, f"cannot be read ({e.strerror}){held_back}") from None
    try:
        data = read_regular(sidecar, MAX_SIDECAR_BYTES, root=report.parent)
    except UnsafeFileError as e:
        raise SourceError(sidecar, e.reason + held_back) from None
    # Sidecars are written by hand, for this archive: UTF-8 only. Guessing a legacy
    # encoding for a few short values would risk a wrong title with no trace.
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as e:
        raise SourceError(
            sidecar, f"is not UTF-8 (invalid byte at offset {e.start}); save it as UTF-8{held_back}"
        ) from None
    try:
        return sidecar, metadata.load(text, str(sidecar))
    except MetadataError as e:
        raise SourceError(sidecar, e.reason + held_back) from None


def read_report(path: Path, data: bytes | None = None) -> Record:
    """Read one raw report (and its sidecar) into a Record with provenance filled in;
    `data` is the report's bytes, if the caller has read them (`read_raw`).

    Raises SourceError for what cannot be a report: not a regular file, empty, too
    large, binary, undecodable, malformed metadata, an invalid id. Metadata values that
    cannot be used, and invalid UTF-8 bytes repaired, are findings on the record.
    """
    if data is None:
        data = read_raw(path)
    if not data.strip():
        raise SourceError(path, "is empty")
    if len(data) > MAX_BYTES:
        raise SourceError(path, f"is {len(data):,} bytes, over the limit of {MAX_BYTES:,}")
    if html.is_html(path.name):
        return read_page(path, data)
    text, encoding, repaired = decode_report(data, path)
    findings = [_repair_finding(repaired)] if repaired else []
    front, body = split_front_matter(text, path)
    meta, found = metadata.check(front, f"{path.name} (front matter)")
    findings += found
    sidecar = read_sidecar(path)
    if sidecar is not None:
        side, found = metadata.check(sidecar[1], sidecar[0].name)
        meta = {**meta, **side}
        findings += found
    if not body.strip():
        raise SourceError(path, "has metadata but no text")
    record_id = meta.get("id") or path.stem
    if not valid_id(record_id):
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
        findings=tuple(findings),
        meta={"body": body},
    )


_HAN = re.compile(f"[{HAN}]")


def decode_page(
    data: bytes, path: str | Path, header_charset: str = ""
) -> tuple[str, str, list[Finding]]:
    """Decode a web page: (text, encoding, findings). A byte-order mark decides; else
    the charset of the HTTP header (a WARC capture's), else the one the page's `<meta>`
    declares, each if it is a charset a page may declare (html.CHARSET_CODECS) and the
    bytes decode with it; else the detection of a text report (`decode_report`). A
    declared charset the bytes do not fit is a finding, not a failure.

    >>> decode_page('<meta charset="gbk"><p>区委</p>'.encode("gb18030"), "a.html")[1]
    'gb18030'
    >>> text, enc, found = decode_page('<meta charset="big5">区委'.encode(), "a.html")
    >>> enc, found[0].code
    ('utf-8', 'html_charset_wrong')
    """
    findings: list[Finding] = []
    if not any(data.startswith(bom) for bom, _ in BOMS) and not data.startswith(b"\xef\xbb\xbf"):
        declared = [("HTTP header", header_charset), ("<meta>", html.declared_charset(data))]
        for where, label in declared:
            if not label:
                continue
            codec = html.codec_for(label)
            if codec is None:
                findings.append(
                    Finding("html_charset_unknown", "info", f"the {where} declares the charset"
                            f" {label!r}, which is not read; the encoding was detected")
                )  # fmt: skip
                continue
            try:
                return data.decode(codec), codec, findings
            except UnicodeDecodeError as e:
                findings.append(
                    Finding("html_charset_wrong", "warning", f"the {where} declares the charset"
                            f" {label!r}, but the bytes are not {label} (offset {e.start});"
                            " the encoding was detected")
                )  # fmt: skip
    text, encoding, repaired = decode_report(data, path)
    if repaired:
        findings.append(_repair_finding(repaired))
    return text, encoding, findings


def page_record(
    path: Path,
    data: bytes,
    record_id: str,
    meta: dict[str, str],
    findings: list[Finding],
    header_charset: str = "",
    where: str = "",
) -> Record:
    """A record of a web page's bytes: the raw text is the page's source (shown escaped,
    never rendered), the body the article extracted from it (html.py), and the edit
    log starts with what the extraction dropped. SourceError when the page has no main
    text (`where` adds the WARC offset to the message)."""
    text, encoding, found = decode_page(data, path, header_charset)
    page = html.extract_page(text)
    han = len(_HAN.findall(page.text))
    if han < html.MIN_ARTICLE_HAN:
        dropped = ", ".join(f"{n:,} of {k}" for k, n in page.dropped.items() if n)
        raise SourceError(
            path,
            f"{where}is a web page with no main text: the extractor found no article in it"
            f" ({han} Chinese characters; characters dropped: {dropped or 'none'})",
        )
    edits = html.extraction_edits(page, len(text), html.extractor_version())
    return Record(
        id=record_id,
        source_path=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        raw_text=text,
        sidecar=meta,
        edits=edits,
        findings=(*found, *findings),
        meta={"body": html.body_text(page), "extracted": dict(page.dropped, kept=page.kept)},
    )


def read_page(path: Path, data: bytes) -> Record:
    """A saved page `seeds/<id>.html` (and its sidecar) as a record."""
    meta, findings = {}, []
    sidecar = read_sidecar(path)
    if sidecar is not None:
        meta, findings = metadata.check(sidecar[1], sidecar[0].name)
    record_id = meta.get("id") or path.stem
    if not valid_id(record_id):
        raise SourceError(
            path,
            f"file name gives the id {record_id!r}, which must match {ID_PATTERN.pattern}"
            " (rename the file or set `id` in a sidecar)",
        )
    return page_record(path, data, record_id, meta, findings)


def survey_warc(path: Path) -> tuple[list[warc.Capture], list[SourceError]]:
    """The captures of a WARC that become reports (warc.survey), and its problems: an
    error for a truncated or corrupt file (with the offset; the captures before it are
    kept) or one with no HTML or text response, and "info" with the counts of what was
    skipped (robots.txt, images, scripts are in every crawl: not a problem)."""
    try:
        found = warc.survey(path, MAX_BYTES)
    except warc.WarcError as e:
        return [], [SourceError(path, e.reason)]
    problems = []
    if found.fault is not None:
        at = f"at offset {found.fault.offset:,}: " if found.fault.offset is not None else ""
        kept = f"; the {len(found.captures):,} captures before it are imported"
        reason = at + found.fault.reason + (kept if found.captures else "")
        problems.append(SourceError(path, reason))
    skipped = warc.skipped_summary(found)
    if not found.captures and found.fault is None:
        problems.append(
            SourceError(path, "has no HTML or text response with status 200"
                        + (f" ({skipped})" if skipped else ""))
        )  # fmt: skip
    elif skipped:
        problems.append(SourceError(path, skipped, "info"))
    return found.captures, problems


def read_capture(path: Path, capture: warc.Capture) -> tuple[bytes, Record]:
    """One capture of a WARC as a record: (its payload, the raw download, and the
    record). The capture's URL and date are the record's `url` and `retrieved`
    (checked as a sidecar's are); the WARC file and offset are kept for the page."""
    where = f"record at offset {capture.offset:,} "
    try:
        payload = warc.read_capture(path, capture.offset, MAX_BYTES)
    except warc.WarcError as e:
        raise SourceError(path, f"{where}cannot be read: {e.reason}") from None
    if not payload.data.strip():
        raise SourceError(path, f"{where}({payload.uri}) has an empty body")
    given = {"url": payload.uri, "retrieved": payload.date[:10]}
    meta, findings = metadata.check(given, f"{path.name} ({where.strip()})")
    older = [f"{date} (offset {offset:,})" for date, offset in capture.older]
    if older:
        findings.append(
            Finding("older_captures", "info", "this URL was also captured on "
                    + ", ".join(older) + f" in {path.name}; the newest capture is kept")
        )  # fmt: skip
    if capture.body == "text":  # a plain-text body is a text report
        text, encoding, repaired = decode_report(payload.data, f"{path}: {where.strip()}")
        record = Record(
            id=capture.record_id,
            source_path=path.name,
            sha256=hashlib.sha256(payload.data).hexdigest(),
            encoding=encoding,
            raw_text=text,
            sidecar=meta,
            findings=(*([_repair_finding(repaired)] if repaired else []), *findings),
            meta={"body": text},
        )
    else:
        record = page_record(path, payload.data, capture.record_id, meta, findings,
                             payload.charset, where)  # fmt: skip
    capture_meta = {
        "warc": path.name,
        "offset": capture.offset,
        "url": payload.uri,
        "captured": payload.date,
        "older": [list(pair) for pair in capture.older],
    }
    return payload.data, record.evolve(meta={**record.meta, "capture": capture_meta})


def located(record: Record, capture: warc.Capture) -> Record:
    """A processed capture with each quarantining reason naming the record's offset in
    the WARC (the record is one of many in the file its `source_path` names), so the
    quarantine line says where it is. Done after processing, so a cached record gets
    the offset of the capture it is now.

    >>> r = Record("a", "crawl.warc", "0", "utf-8", "", findings=(
    ...     Finding("page_list", "error", "list page"), Finding("undated", "info", "x")))
    >>> [f.message for f in located(r, warc.Capture(1234, "u", "d", "a")).findings]
    ['record at offset 1,234: list page', 'x']
    """
    where = f"record at offset {capture.offset:,}: "
    return record.evolve(
        findings=tuple(
            replace(f, message=where + f.message)
            if f.severity == "error" and not f.message.startswith(where)
            else f
            for f in record.findings
        )
    )


def _repair_finding(offsets: list[int]) -> Finding:
    shown = ", ".join(map(str, offsets[:20])) + (" …" if len(offsets) > 20 else "")
    return Finding(
        "invalid_utf8_repaired",
        "warning",
        f"{len(offsets)} invalid UTF-8 byte(s) shown as U+FFFD (�); the raw file is kept"
        f" as received. Byte offsets: {shown}",
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
