"""Readings shared by the officials tests: who find_officials names, with which roles and
titles, by name."""

from __future__ import annotations

from public_records.extract.officials import find_officials


def names(text: str) -> list[str]:
    return [m.name for m in find_officials(text)]


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in find_officials(text)}


def titles(text: str) -> dict[str, str]:
    return {m.name: m.title for m in find_officials(text)}
