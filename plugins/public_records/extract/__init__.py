"""Extractors that read the clean Simplified text: officials, topics and places."""

from .officials import extract_officials, provisional_id
from .places import extract_places, resolve_place
from .topics import extract_topics

__all__ = [
    "extract_officials",
    "extract_places",
    "extract_topics",
    "provisional_id",
    "resolve_place",
]
