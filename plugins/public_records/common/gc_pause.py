"""Make many long-lived objects without the cyclic garbage collector rescanning them.

Loading 100,000 records makes tens of millions of dicts, lists and strings. Python's
collector runs every few hundred allocations and now and then scans every tracked
object, so a bulk load grows faster than the records: reading records.jsonl took
8.2 CPU s for 92,000 records against 0.59 for 9,300 (14 times the cost for 10 times
the records); with the collector paused, 3.05 against 0.31. Records hold no reference
cycles. Inside `paused_gc()` the collector is off; on leaving, what was made is moved to
the permanent generation (`gc.freeze`), so later collections skip it as well (it is
still freed as usual when nothing refers to it).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic collector for a bulk load.

    >>> with paused_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
