"""Extractors that read the clean Simplified text: dates, titles, officials, topics and
places (and the people the places step must not read as places).

May import: the package root (model, registry, script, data) and common/; never clean/
or a later stage.
"""

from .identify import extract_officials
from .officials import provisional_id
from .places import extract_places, resolve_place
from .topics import extract_topics

__all__ = [
    "extract_officials",
    "extract_places",
    "extract_topics",
    "provisional_id",
    "resolve_place",
]
