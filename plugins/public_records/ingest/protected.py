"""The names that survive Traditional conversion: the registry's, and a record's.

One job, kept light: the import's conversion (`process`) and the site's `text` filter
(site/render.py) both use it, and the Traditional run needs it for its first registry
note. It imports the registry, the record model and the script's converter only: not
`process`, the cleaning steps or the extractors (pypinyin among them), which a site run
would otherwise load (about 0.9 CPU s) for this one set.
"""

from __future__ import annotations

from ..model import Record
from ..registry import Registry
from ..script import Protected

_EMPTY_REGISTRY = Registry()

# Registries are few and long-lived (one per import): cache their protected sets by
# identity, keeping the registry alive beside its entry so the id cannot be reused.
_PROTECTED: dict[int, tuple[Registry, Protected]] = {}


def _registry_protected(registry: Registry) -> Protected:
    entry = _PROTECTED.get(id(registry))
    if entry is None:
        forms = {o.name: o.name_hant for o in registry.officials if o.name_hant}
        entry = _PROTECTED[id(registry)] = (
            registry,
            Protected.build(registry.protected_phrases(), forms),
        )
    return entry[1]


def registry_protected(registry: Registry | None = None) -> Protected:
    """The registry's names alone (officials, with their `name_hant`, and places): for
    text that belongs to no one record, such as the site's registry notes (the `text`
    filter, site/render.py)."""
    return _registry_protected(registry or _EMPTY_REGISTRY)


def protected_phrases(record: Record, registry: Registry | None = None) -> Protected:
    """Names that must survive Traditional conversion: registered officials and places,
    and the people named or credited in this record."""
    base = registry_protected(registry)
    names = {m.name for m in record.mentions} | {c.name for c in record.credits}
    return base.extend(names)
