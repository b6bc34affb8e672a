"""A progress line for long imports and builds (counts, rate and time left, on stderr),
and stage timings for the benchmark.

It draws only when stderr is a terminal (a log file or CI gets nothing but the final
summary lines the commands print anyway); ARCHIVE_PROGRESS=0 turns it off and
ARCHIVE_PROGRESS=1 forces it on. Redraws are throttled, so a tight loop pays almost
nothing for it.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from typing import TextIO

logger = logging.getLogger(__name__)


def enabled(stream: TextIO | None = None) -> bool:
    """Whether to draw: forced by ARCHIVE_PROGRESS, else only on a terminal."""
    forced = os.environ.get("ARCHIVE_PROGRESS", "")
    if forced in ("0", "1"):
        return forced == "1"
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)())


def line(label: str, done: int, total: int, elapsed: float) -> str:
    """The text of one progress line.

    >>> line("import", 250, 1000, 0.5)
    'import  250/1000  25%  500/s  0:00:02 left'
    >>> line("pages", 0, 0, 0.0)
    'pages  0/0  100%'
    """
    pct = 100 * done // total if total else 100
    text = f"{label}  {done}/{total}  {pct}%"
    if done and elapsed > 0:
        rate = done / elapsed
        left = int((total - done) / rate + 0.5)
        text += f"  {rate:.0f}/s  {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d} left"
    return text


class Progress:
    """`with Progress("import", n) as bar: ... bar.advance()`; silent when disabled."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None, every: float = 0.2):
        self.label, self.total, self.done = label, total, 0
        self.stream = stream or sys.stderr
        self.on = enabled(self.stream)
        self.every = every
        self.start = self.last = time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.on:
            now = time.monotonic()
            if now - self.last >= self.every or self.done >= self.total:
                self.last = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        text = line(self.label, self.done, self.total, now - self.start)
        self.stream.write("\r\x1b[2K" + text)
        self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        if self.on:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def record_timing(stage: str, wall: float, cpu: float, **extra) -> None:
    """Log a stage's duration and append it as a JSON line to the file ARCHIVE_TIMINGS
    names, if any (the benchmark, bench/run.py, reads it)."""
    info = {
        "stage": stage,
        "wall": round(wall, 3),
        "cpu": round(cpu, 3),
        "script": os.environ.get("ARCHIVE_SCRIPT", ""),
        **extra,
    }
    logger.info("%s: %.2f s wall, %.2f s CPU", stage, wall, cpu)
    target = os.environ.get("ARCHIVE_TIMINGS")
    if target:
        with open(target, "a", encoding="utf-8") as f:
            f.write(json.dumps(info, ensure_ascii=False) + "\n")


class Laps:
    """Consecutive stages of one function: `laps.lap("officials pages", pages=n)` records
    the time since the previous lap (or since the Laps was made)."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self, stage: str, **extra) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        record_timing(stage, wall - self.wall, cpu - self.cpu, **extra)
        self.wall, self.cpu = wall, cpu
