"""The last lines of `make html`: per script, the records built and the pages written.

Pelican's own closing line ("Processed 0 articles ... 1 page") counts only what Pelican
reads itself (the hand-written pages), so it reads as if nothing was built: the records'
pages are the plugin's. The plugin logs its counts as a "pages written" stage to the
file ARCHIVE_TIMINGS names (common/progress.py); `make html` points that at a file of
its own and this prints it: `python tools/build_summary.py .cache/build-timings.jsonl`.

Then the size of the built site (OUTPUT, by default $ARCHIVE_OUTPUT or output/), with
the bytes per record and where they go, and a warning when it is over GitHub Pages'
limit for a published site (1 GB): such a site must be hosted elsewhere (an S3-compatible
bucket; docs/scaling.md).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections import Counter
from pathlib import Path

logger = logging.getLogger(__name__)

STAGE = "pages written"
SCRIPTS = (("hans", "Simplified", "output/"), ("hant", "Traditional", "output/zh-hant/"))
# "Published GitHub Pages sites may be no larger than 1 GB" (GitHub's documentation on
# Pages limits); counted in decimal units, so the warning comes early rather than late.
PAGES_LIMIT_BYTES = 1_000_000_000
# The folders of a script's site whose files come one (or more) per record, officials
# page, topic or place; anything else is counted as "other".
KINDS = ("records", "officials", "topics", "places", "archives", "raw", "data", "search")


def plural(n: int, word: str) -> str:
    """`n word`, with an s unless n is 1.

    >>> plural(1, "record"), plural(2, "page")
    ('1 record', '2 pages')
    """
    return f"{n} {word}" + ("" if n == 1 else "s")


def summary_lines(entries: list[dict]) -> list[str]:
    """One line per script from the timing entries (the last of each script counts).

    >>> for line in summary_lines([
    ...     {"stage": "pages written", "script": "hans", "records": 1, "written": 40},
    ...     {"stage": "pages written", "script": "hant", "records": 1, "written": 0},
    ... ]):
    ...     print(line)
    Simplified (output/): 1 record, 40 pages written
    Traditional (output/zh-hant/): 1 record, 0 pages written (all unchanged)
    >>> summary_lines([])[0]
    'Simplified (output/): no counts (the build did not finish; see above)'
    """
    last = {e.get("script"): e for e in entries if e.get("stage") == STAGE}
    lines = []
    for script, name, where in SCRIPTS:
        entry = last.get(script)
        if entry is None:
            lines.append(f"{name} ({where}): no counts (the build did not finish; see above)")
            continue
        written = int(entry.get("written", 0))
        text = f"{name} ({where}): {plural(int(entry.get('records', 0)), 'record')}, "
        text += plural(written, "page") + " written"
        lines.append(text + (" (all unchanged)" if written == 0 else ""))
    return lines


def read_entries(path: Path) -> list[dict]:
    """The JSON lines of a timings file; a line that does not parse is skipped."""
    entries = []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        logger.warning("%s: no build counts (%s)", path, e)
        return entries
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries


def kind_of(path: str) -> str:
    """The kind of a file of the site by its path (both scripts' files count together).

    >>> kind_of("records/a/index.html"), kind_of("zh-hant/officials/p/feed.atom.xml")
    ('records', 'officials')
    >>> kind_of("sitemap.xml"), kind_of("zh-hant/index.html"), kind_of("data/archive.db")
    ('other', 'other', 'data')
    """
    parts = path.split("/")
    if parts[0] == "zh-hant":
        parts = parts[1:]
    return parts[0] if len(parts) > 1 and parts[0] in KINDS else "other"


def site_bytes(output: Path) -> Counter:
    """Bytes of the files under `output` by kind (`kind_of`), as a host counts them:
    the files' sizes, not the disk blocks they take."""
    sizes: Counter = Counter()
    for folder, _, names in os.walk(output):
        rel = os.path.relpath(folder, output).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        for name in names:
            try:
                sizes[kind_of(prefix + name)] += os.lstat(os.path.join(folder, name)).st_size
            except OSError:  # removed while we walk (a build still running)
                continue
    return sizes


def megabytes(n: int) -> str:
    """
    >>> megabytes(1_234_567), megabytes(2_500_000_000)
    ('1.2 MB', '2,500.0 MB')
    """
    return f"{n / 1e6:,.1f} MB"


def size_lines(
    sizes: Counter, records: int, where: str, limit: int = PAGES_LIMIT_BYTES
) -> list[str]:
    """The site's size, per record by kind, and a warning over GitHub Pages' limit.

    >>> sizes = Counter(records=30_000, officials=10_000, other=5_000)
    >>> print("\\n".join(size_lines(sizes, 2, "output/")))
    output/: 0.0 MB, 22.5 KB per record (records 15.0, officials 5.0, other 2.5)
    >>> size_lines(Counter(raw=2_000_000), 2, "output/", limit=1_000_000)[-1][:56]
    "warning: output/ is 2.0 MB, over GitHub Pages' limit of "
    """
    total = sum(sizes.values())
    line = f"{where}: {megabytes(total)}"
    if records:
        kinds = ", ".join(
            f"{kind} {n / records / 1000:.1f}" for kind, n in sizes.most_common() if n
        )
        line += f", {total / records / 1000:.1f} KB per record ({kinds})"
    lines = [line]
    if total > limit:
        lines.append(
            f"warning: {where} is {megabytes(total)}, over GitHub Pages' limit of "
            f"{megabytes(limit)} for a published site: host it on object storage instead "
            "(docs/scaling.md)"
        )
    return lines


def records_built(entries: list[dict]) -> int:
    """Records of the Simplified run (each record has a page in both scripts).

    >>> records_built([{"stage": "pages written", "script": "hans", "records": 3}])
    3
    """
    for entry in reversed(entries):
        if entry.get("stage") == STAGE and entry.get("script") == "hans":
            return int(entry.get("records", 0))
    return 0


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print("usage: build_summary.py TIMINGS_FILE [OUTPUT]", file=sys.stderr)
        return 2
    entries = read_entries(Path(argv[0]))
    for line in summary_lines(entries):
        print(line)
    output = Path(argv[1] if len(argv) == 2 else os.environ.get("ARCHIVE_OUTPUT", "output"))
    if output.is_dir():
        where = output.as_posix().rstrip("/") + "/"
        for line in size_lines(site_bytes(output), records_built(entries), where):
            print(line)
    return 0


if __name__ == "__main__":
    logging.basicConfig(format="%(message)s")
    sys.exit(main(sys.argv[1:]))
