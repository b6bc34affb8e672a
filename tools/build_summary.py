"""The last lines of `make html`: per script, the records built and the pages written.

Pelican's own closing line ("Processed 0 articles ... 1 page") counts only what Pelican
reads itself (the hand-written pages), so it reads as if nothing was built: the records'
pages are the plugin's. The plugin logs its counts as a "pages written" stage to the
file ARCHIVE_TIMINGS names (common/progress.py); `make html` points that at a file of
its own and this prints it: `python tools/build_summary.py .cache/build-timings.jsonl`.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

STAGE = "pages written"
SCRIPTS = (("hans", "Simplified", "output/"), ("hant", "Traditional", "output/zh-hant/"))


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


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: build_summary.py TIMINGS_FILE", file=sys.stderr)
        return 2
    for line in summary_lines(read_entries(Path(argv[0]))):
        print(line)
    return 0


if __name__ == "__main__":
    logging.basicConfig(format="%(message)s")
    sys.exit(main(sys.argv[1:]))
