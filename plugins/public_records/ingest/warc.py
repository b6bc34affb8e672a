"""WARC web archives (`seeds/<name>.warc`, `.warc.gz`): which captures become reports,
and the payload of one capture.

A crawler's WARC holds far more than article pages: requests, robots.txt, redirects,
404s, images, scripts, style sheets, and the same page captured twice. `survey` walks
the file once (streaming, so a WARC of any size is read in bounded memory) and keeps
every `response` record with status 200 and an HTML or plain-text body, one per URL
(the newest capture; the older ones are listed), and counts everything it skips.
`read_capture` then reads one kept capture by its offset, so that the import's
workers can read captures in parallel. A WARC gzipped as a whole (not record by
record) cannot be read by offset and is refused with the command that fixes it.

Nothing here knows about records: `sources` turns captures into them. Errors are
`WarcError`s with the byte offset where the file went wrong.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from ..common.safe_files import UnsafeFileError, check_regular

logger = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
# Bodies that can be a report. XHTML is HTML; anything else (images, scripts, styles,
# PDFs, JSON) is skipped and counted.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
# What each skipped kind is called in the counts on the build report.
SKIPPED_LABELS = {
    "robots": "robots.txt",
    "redirect": "redirects (3xx)",
    "not_found": "not found (404/410)",
    "status": "other HTTP statuses",
    "image": "images",
    "script": "scripts and style sheets",
    "type": "other content types",
    "revisit": "revisit records (deduplicated by the crawler)",
    "too_large": "bodies over the size limit",
}
_ID_MAX = 80  # metadata.ID_PATTERN: a letter or digit, then [A-Za-z0-9_-], 80 at most
_HASH_CHARS = 10  # 40 bits of the URL's SHA-256 keep ids of different URLs apart
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_PAGE_SUFFIX = re.compile(r"\.(s?html?|php|aspx?|jsp|do|cgi)$", re.I)


class WarcError(ValueError):
    """A WARC that cannot be read (at `offset`, when known)."""

    def __init__(self, reason: str, offset: int | None = None):
        self.reason = reason
        self.offset = offset
        super().__init__(reason)


def is_warc(name: str) -> bool:
    """
    >>> is_warc("crawl.warc.gz"), is_warc("crawl.warc"), is_warc("crawl.WARC"), is_warc("a.gz")
    (True, True, False, False)
    """
    return name.endswith(WARC_SUFFIXES)


@dataclass(frozen=True)
class Capture:
    """One kept capture: where it is in the WARC and what the crawler recorded."""

    offset: int
    uri: str
    date: str  # WARC-Date as written (ISO 8601, UTC)
    record_id: str  # the report's id (`capture_id`)
    charset: str = ""  # from the HTTP Content-Type header, "" if none
    body: str = "html"  # or "text" (text/plain)
    older: tuple[tuple[str, int], ...] = ()  # (WARC-Date, offset) of older captures


@dataclass
class Survey:
    """What `survey` found in one WARC."""

    captures: list[Capture] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # SKIPPED_LABELS key -> count
    duplicates: int = 0  # older captures of a URL kept elsewhere
    fault: WarcError | None = None  # where and why reading stopped early
    gzipped_whole: bool = False


def capture_id(uri: str) -> str:
    """A report id for a captured URL: its host, a slug of its path and query, and a
    hash of the URL. Stable (the URL alone decides it), readable, and two URLs get the
    same id only if their hashes collide (the import then names the second one). The
    hash is of the URL without its scheme and fragment, with the host in lower case:
    `http://` and `https://` captures of a page are one page.

    >>> capture_id("https://www.daguan.gov.cn/xwzx/zwyw/202408/t20240802_123.html")
    'daguan-gov-cn-xwzx-zwyw-202408-t20240802-123-4c0928940e'
    >>> capture_id("http://WWW.daguan.gov.cn/xwzx/zwyw/202408/t20240802_123.html#top")
    'daguan-gov-cn-xwzx-zwyw-202408-t20240802-123-4c0928940e'
    >>> capture_id("https://daguan.gov.cn/content.jsp?id=7")[:-11]
    'daguan-gov-cn-content-id-7'
    >>> long = capture_id("https://a.cn/" + "x/" * 80)
    >>> len(long) <= 80, long[:12], long[-11:]
    (True, 'a-cn-x-x-x-x', '-1f1b8378d0')
    """
    key = url_key(uri)
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_CHARS]
    host, _, rest = key.partition("/")
    host_slug = _NOT_SLUG.sub("-", host.removeprefix("www.")).strip("-")[:30].strip("-")
    path_slug = _NOT_SLUG.sub("-", _PAGE_SUFFIX.sub("", rest.split("?")[0]).lower())
    query = rest.partition("?")[2]
    if query:
        path_slug += "-" + _NOT_SLUG.sub("-", query.lower())
    path_slug = path_slug.strip("-")
    room = _ID_MAX - len(host_slug or "warc") - len(digest) - 2
    # The end of a path says most (the article's own name); keep that when cutting.
    path_slug = path_slug[-room:].strip("-") if room > 0 else ""
    parts = [host_slug or "warc", path_slug, digest]
    return "-".join(p for p in parts if p)


def url_key(uri: str) -> str:
    """The URL as one page: no scheme, no fragment, host in lower case.

    >>> url_key("HTTPS://Www.A.cn/Path?q=1#x")
    'www.a.cn/Path?q=1'
    """
    parts = urlsplit(uri.strip())
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.netloc.lower()}{parts.path or '/'}{query}".replace("//", "/", 1)


def _kind(uri: str, status: int | None, content_type: str) -> str:
    """ "html", "text" or the SKIPPED_LABELS key of a response."""
    mime = content_type.split(";")[0].strip().lower()
    if urlsplit(uri).path.rstrip("/").endswith("/robots.txt"):
        return "robots"
    if status is not None and 300 <= status < 400:
        return "redirect"
    if status in (404, 410):
        return "not_found"
    if status != 200:
        return "status"
    if mime in HTML_TYPES:
        return "html"
    if mime in TEXT_TYPES:
        return "text"
    if mime.startswith("image/"):
        return "image"
    if "javascript" in mime or "ecmascript" in mime or mime == "text/css":
        return "script"
    return "type"


def charset_of(content_type: str) -> str:
    """The charset parameter of a Content-Type header, lower case, or "".

    >>> charset_of('text/html; Charset="GBK"'), charset_of("text/html")
    ('gbk', '')
    """
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type, re.I)
    return m.group(1).lower() if m else ""


def _open(path: Path):
    """The WARC opened for reading, refusing a link or anything but a regular file."""
    try:
        check_regular(path, Path(path).parent)
    except UnsafeFileError as e:
        raise WarcError(e.reason) from None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.fdopen(os.open(path, flags), "rb")


# What warcio and the decompressor raise on a damaged file.
_READ_ERRORS = (OSError, EOFError, zlib.error, ValueError, IndexError, KeyError)


def survey(path: Path, max_body: int) -> Survey:
    """Walk the WARC once: the captures that can be reports (newest per URL), the
    counts of what was skipped, and the fault that stopped the walk, if any (a
    truncated or corrupt file: captures before the fault are kept)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found: dict[str, Capture] = {}  # url_key -> newest capture
    older: dict[str, list[tuple[str, int]]] = {}
    result = Survey()
    offset, end, read_warc = 0, 0, 0
    with _open(path) as f:
        size = os.fstat(f.fileno()).st_size
        records = ArchiveIterator(f)
        try:
            for rec in records:
                kind, capture = _look_at(rec, max_body)  # its headers only
                read_warc += str(getattr(rec, "format", "")).startswith("warc")
                # Reading the offset reads the record to its end (its block unread).
                offset = records.get_record_offset()
                if _cut_short(rec):
                    raise WarcError("its last record is cut short (the file is truncated)", offset)
                end = offset + records.get_record_length()
                if capture is not None:
                    capture = replace(capture, offset=offset)
                if kind == "skip":
                    continue
                if kind != "keep":
                    result.skipped[kind] += 1
                    continue
                key = url_key(capture.uri)
                kept = found.get(key)
                if kept is None or capture.date >= kept.date:
                    if kept is not None:
                        older.setdefault(key, []).append((kept.date, kept.offset))
                    found[key] = capture
                else:
                    older.setdefault(key, []).append((capture.date, capture.offset))
                result.duplicates += kept is not None
        except ArchiveLoadFailed as e:
            message = " ".join(str(e).split())
            if "non-chunked gzip" in message:
                result.gzipped_whole = True
                message = (
                    "is gzipped as a whole, not record by record, so its records cannot be "
                    "read by offset; recompress it (`warcio recompress IN OUT`)"
                )
            elif not read_warc:
                message = f"is not a WARC file, or is corrupt from its start (warcio: {message})"
            else:
                message = f"is corrupt here (warcio: {message})"
            result.fault = WarcError(message, end if read_warc else 0)
        except WarcError as e:
            result.fault = e
        except _READ_ERRORS as e:
            result.fault = WarcError(f"is corrupt ({type(e).__name__}: {e})", end)
    if result.fault is None and end < size and _has_data_after(path, end):
        result.fault = WarcError("is truncated or corrupt: no readable record here", end)
    for key, capture in found.items():
        if key in older:
            capture = replace(capture, older=tuple(sorted(older[key])))
        result.captures.append(capture)
    result.captures.sort(key=lambda c: c.offset)
    return result


def _look_at(rec, max_body: int) -> tuple[str, Capture | None]:
    """("keep", capture), ("skip", None) for a record that is not a response (requests,
    warcinfo, metadata), or (a SKIPPED_LABELS key, None)."""
    if rec.rec_type == "revisit":
        return "revisit", None
    if rec.rec_type != "response" or rec.http_headers is None:
        return "skip", None
    uri = (rec.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    try:
        status = int(rec.http_headers.get_statuscode())
    except (TypeError, ValueError):
        status = None
    content_type = rec.http_headers.get_header("Content-Type") or ""
    kind = _kind(uri, status, content_type)
    if kind not in ("html", "text"):
        return kind, None
    length = rec.rec_headers.get_header("Content-Length")
    if length and length.isdigit() and int(length) > max_body + 64 * 1024:
        return "too_large", None  # the HTTP headers take a few hundred bytes of it
    date = rec.rec_headers.get_header("WARC-Date") or ""
    charset = charset_of(content_type)
    return "keep", Capture(0, uri, date, capture_id(uri), charset, kind)


def _cut_short(rec) -> bool:
    """Whether the record's block ended before its Content-Length (a truncated file)."""
    remaining = getattr(rec.raw_stream, "limit", 0)
    return isinstance(remaining, int) and remaining > 0


def _has_data_after(path: Path, end: int) -> bool:
    """Anything but blank bytes after the last record read (a record warcio could not
    start reading: the file is damaged there)."""
    with _open(path) as f:
        f.seek(end)
        while chunk := f.read(1 << 16):
            if chunk.strip(b"\r\n\x00 "):
                return True
    return False


@dataclass(frozen=True)
class Payload:
    """The body of one capture, as the server sent it (HTTP transfer and content
    encodings undone)."""

    data: bytes
    uri: str
    date: str
    charset: str


def read_capture(path: Path, offset: int, max_body: int) -> Payload:
    """The payload of the response record at `offset` (as `survey` found it)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with _open(path) as f:
        f.seek(offset)
        try:
            rec = next(iter(ArchiveIterator(f)), None)
            if rec is None or rec.rec_type != "response" or rec.http_headers is None:
                raise WarcError("no response record here", offset)
            data = rec.content_stream().read(max_body + 1)
        except ArchiveLoadFailed as e:
            raise WarcError(" ".join(str(e).split()), offset) from None
        except _READ_ERRORS as e:
            raise WarcError(f"is corrupt ({type(e).__name__}: {e})", offset) from None
    if len(data) > max_body:
        raise WarcError(f"its body is over the limit of {max_body:,} bytes", offset)
    uri = (rec.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    content_type = rec.http_headers.get_header("Content-Type") or ""
    date = rec.rec_headers.get_header("WARC-Date") or ""
    return Payload(data, uri, date, charset_of(content_type))


def skipped_summary(found: Survey) -> str:
    """The counts of what a WARC held besides its reports, for the build report.

    >>> s = Survey(skipped=Counter({"image": 3, "robots": 1}), duplicates=2)
    >>> skipped_summary(s)
    'skipped 3 images, 1 robots.txt; 2 older captures of a URL (the newest is kept)'
    """
    counts = [f"{n:,} {SKIPPED_LABELS[k]}" for k, n in found.skipped.most_common()]
    text = "skipped " + ", ".join(counts) if counts else ""
    if found.duplicates:
        dup = f"{found.duplicates:,} older captures of a URL (the newest is kept)"
        text = f"{text}; {dup}" if text else dup
    return text
