"""Files of one `[key, value]` JSON pair per line (the catalog's cache, the shared
outputs' facts), read a batch at a time: every line is never held at once, and one
`json.loads` of a batch makes its objects' repeated keys once rather than once a line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import chain

BATCH = 512  # lines parsed at once


def json_pairs(lines: Iterable[bytes], batch: int = BATCH) -> Iterator[tuple[str, object]]:
    """The `(key, value)` of each line of `lines`; blank lines are skipped. Raises
    ValueError at a line that is not one `[str, value]` pair (a line holding two values
    joins the batch's count wrong and is caught too), so a damaged file is a miss.

    >>> list(json_pairs([b'["a", 1]\\n', b"\\n", b'["b", {"x": 2}]\\n'], batch=1))
    [('a', 1), ('b', {'x': 2})]
    >>> list(json_pairs([b'["a", 1], ["b", 2]\\n']))
    Traceback (most recent call last):
    ValueError: a line is not one [key, value] pair
    >>> list(json_pairs([b'[3, 1]\\n']))
    Traceback (most recent call last):
    ValueError: a line is not one [key, value] pair
    """
    chunk: list[bytes] = []
    for line in chain(lines, [None]):
        if line is not None:
            if line.strip():
                chunk.append(line)
            if len(chunk) < batch:
                continue
        if not chunk:
            break
        entries = json.loads(b"[" + b",".join(chunk) + b"]")
        if len(entries) != len(chunk):
            raise ValueError("a line is not one [key, value] pair")
        for entry in entries:
            if not isinstance(entry, list) or len(entry) != 2 or not isinstance(entry[0], str):
                raise ValueError("a line is not one [key, value] pair")
            yield entry[0], entry[1]
        chunk = []
