"""Long lists shown by group, each group bounded: the first rows of every reason (or
code) and the count of the others. The build report page and the import's log both cut
their lists this way; the import report keeps every row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

Row = TypeVar("Row")


def bounded_groups(
    rows: Iterable[Row], key: Callable[[Row], object], limit: int
) -> list[tuple[list[Row], int]]:
    """The rows by `key`, groups in the order of their first row: each group's first
    `limit` rows and the count of the others (one pass; memory bounded per group).

    >>> rows = [("a", 0), ("a", 1), ("b", 9), ("a", 2), ("a", 3)]
    >>> bounded_groups(rows, lambda row: row[0], limit=2)
    [([('a', 0), ('a', 1)], 2), ([('b', 9)], 0)]
    """
    groups: dict[object, list] = {}
    for row in rows:
        group = groups.setdefault(key(row), [[], 0])
        if len(group[0]) < limit:
            group[0].append(row)
        else:
            group[1] += 1
    return [(shown, more) for shown, more in groups.values()]
