"""Load and validate the curated registries: officials, topics and places (YAML).

A registry folder holds `officials.yml`, `topics.yml` and `places.yml`, each a YAML list
of mappings. Any of them may be missing: extraction works without a registry (unknown
officials get provisional ids). Every validation error names the file and the line of
the offending entry, so a curator can fix it without guessing:

>>> try:
...     load_registry_text(officials="- id: x\\n  name: 张伟\\n  place: nowhere\\n")
... except RegistryError as error:
...     print(error)
officials.yml:1: official 'x': unknown place 'nowhere'
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .common.safe_files import UnsafeFileError, read_regular

# Ids are readable ASCII slugs: they become URLs and file names in both scripts.
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PLACE_KINDS = ("country", "province", "city", "district", "county", "township", "street", "zone")
HAN = re.compile(r"[\u3400-\u9fff·]+")
# A registry file is a few KiB; a thousand officials are about 150 KiB.
MAX_FILE_BYTES = 8 * 1024 * 1024


class RegistryError(ValueError):
    """A registry file is malformed; the message starts with `file:line:`."""


@dataclass(frozen=True)
class Official:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    name_hant: str = ""
    place: str = ""
    notes: str = ""
    # Names learned across the archive (ingest/learned.py): True confirms the name as
    # learned in its place, False rejects it (never learned there); None: not curated.
    learned: bool | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Topic:
    """A policy topic. A record gets it on one anchor or on `min_hits` keyword hits."""

    id: str
    name: str
    keywords: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    min_hits: int = 2
    notes: str = ""


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str
    parent: str = ""
    aliases: tuple[str, ...] = ()
    notes: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Registry:
    """Officials, topics and places, with lookups. `Registry()` is the empty registry."""

    officials: tuple[Official, ...] = ()
    topics: tuple[Topic, ...] = ()
    places: tuple[Place, ...] = ()
    _by_name: Mapping[str, tuple[Official, ...]] = field(default_factory=dict, repr=False)
    _places: Mapping[str, Place] = field(default_factory=dict, repr=False)
    _officials: Mapping[str, Official] = field(default_factory=dict, repr=False)
    _topics: Mapping[str, Topic] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        by_name: dict[str, list[Official]] = {}
        for official in self.officials:
            for name in official.names:
                by_name.setdefault(name, []).append(official)
        object.__setattr__(self, "_by_name", {k: tuple(v) for k, v in by_name.items()})
        object.__setattr__(self, "_places", {p.id: p for p in self.places})
        # Lookups by id are dictionary lookups: pages call them once per official.
        object.__setattr__(self, "_officials", {o.id: o for o in self.officials})
        object.__setattr__(self, "_topics", {t.id: t for t in self.topics})

    # Officials -------------------------------------------------------------------------

    def official(self, person_id: str) -> Official | None:
        return self._officials.get(person_id)

    def officials_named(self, name: str) -> tuple[Official, ...]:
        """Every registered official with this name or alias (homonyms included)."""
        return self._by_name.get(name, ())

    def official_names(self) -> frozenset[str]:
        return frozenset(self._by_name)

    def find_official(self, name: str, place: str = "") -> Official | None:
        """The registered official this name refers to in a record about `place`.

        A candidate matches when its place is the record's place, an ancestor or a
        descendant of it. With no place known, only an unambiguous name matches. Same-name
        people in unrelated places never match (they get provisional ids instead).

        >>> reg = Registry(officials=(Official("zhang-wei-a", "张伟", place="a"),),
        ...                places=(Place("a", "甲区", "district"), Place("b", "乙区", "district")))
        >>> reg.find_official("张伟", "a").id
        'zhang-wei-a'
        >>> reg.find_official("张伟", "b") is None
        True
        >>> reg.find_official("章伟", "a") is None
        True
        """
        candidates = self.officials_named(name)
        if not candidates:
            return None
        if not place:
            return candidates[0] if len(candidates) == 1 else None
        related = [o for o in candidates if not o.place or self.related_places(o.place, place)]
        return related[0] if len(related) == 1 else None

    # Places ----------------------------------------------------------------------------

    def place(self, place_id: str) -> Place | None:
        return self._places.get(place_id)

    def ancestors(self, place_id: str) -> tuple[str, ...]:
        """Ids from the place itself up to the root.

        >>> reg = Registry(places=(Place("p", "省", "province"), Place("c", "市", "city", "p")))
        >>> reg.ancestors("c")
        ('c', 'p')
        """
        chain: list[str] = []
        current = self._places.get(place_id)
        while current is not None and current.id not in chain:
            chain.append(current.id)
            current = self._places.get(current.parent)
        return tuple(chain)

    def related_places(self, a: str, b: str) -> bool:
        """True when one place contains the other (or they are the same)."""
        return a in self.ancestors(b) or b in self.ancestors(a)

    def depth(self, place_id: str) -> int:
        return len(self.ancestors(place_id))

    # Topics ----------------------------------------------------------------------------

    def topic(self, topic_id: str) -> Topic | None:
        return self._topics.get(topic_id)

    def protected_phrases(self) -> tuple[str, ...]:
        """Names that script conversion must keep as written (officials and places)."""
        names = {n for o in self.officials for n in o.names}
        names |= {n for p in self.places for n in p.names}
        return tuple(sorted(names, key=lambda s: (-len(s), s)))


# Loading ---------------------------------------------------------------------------------

FILES = {"officials": "officials.yml", "topics": "topics.yml", "places": "places.yml"}


def load_registry(folder: str | Path | None) -> Registry:
    """Load the registry files of `folder`; missing files give empty sections.

    `None` or a missing folder gives the empty registry.
    """
    if folder is None:
        return Registry()
    return registry_from_files(read_registry_files(folder), folder)


def read_registry_files(folder: str | Path) -> dict[str, bytes]:
    """The bytes of each registry file of `folder` that exists, by file name.

    Registry files come from contributors like the reports: a symlink (the file or the
    folder), a directory, FIFO or device in their place, or a file over MAX_FILE_BYTES,
    is a RegistryError naming it, never followed, read or taken for a missing file.
    """
    folder = Path(folder)
    files: dict[str, bytes] = {}
    for filename in FILES.values():
        path = folder / filename
        try:
            os.lstat(path)
        except FileNotFoundError:
            continue  # a missing file (or folder) is an empty section
        except OSError as error:
            raise RegistryError(f"{path}: cannot be read ({error.strerror})") from None
        try:
            files[filename] = read_regular(path, MAX_FILE_BYTES, root=folder.parent)
        except UnsafeFileError as error:
            raise RegistryError(str(error)) from None
    return files


# The files of the last registry that loaded, kept in the import's cache folder: a
# registry broken later is replaced by it, so officials keep their ids (and URLs).
LAST_GOOD_FILE = "registry-last-good.json"


def registry_version(files: Mapping[str, bytes]) -> str:
    """A short hash of the registry files' names and bytes (part of cache keys).

    >>> registry_version({"a.yml": b"x"}) == registry_version({"a.yml": b"y"})
    False
    >>> len(registry_version({}))
    16
    """
    h = hashlib.sha256()
    for name in sorted(files):
        h.update(name.encode() + b"\0" + str(len(files[name])).encode() + b"\0" + files[name])
    return h.hexdigest()[:16]


def keep_last_good(files: Mapping[str, bytes], keep_dir: Path) -> None:
    """Keep the files of a registry that loaded in `keep_dir` (written whole or not at
    all: a temporary file replaces the old one)."""
    text = json.dumps({name: data.decode("utf-8") for name, data in sorted(files.items())})
    path = Path(keep_dir) / LAST_GOOD_FILE
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def last_good(keep_dir: Path) -> dict[str, bytes] | None:
    """The files `keep_last_good` kept in `keep_dir`, or None when there are none or
    they do not read back as a registry's files (a damaged cache is no registry)."""
    path = Path(keep_dir) / LAST_GOOD_FILE
    try:
        kept = json.loads(read_regular(path, MAX_FILE_BYTES * len(FILES), root=path.parent))
    except (UnsafeFileError, ValueError):
        return None
    if not isinstance(kept, dict) or not set(kept) <= set(FILES.values()):
        return None
    if not all(isinstance(text, str) for text in kept.values()):
        return None
    try:
        return {name: text.encode("utf-8") for name, text in kept.items()}
    except UnicodeEncodeError:  # a lone surrogate written into the cache by hand
        return None


def last_good_registry(keep_dir: Path, folder: str | Path = "") -> tuple[Registry, str] | None:
    """The registry kept in `keep_dir` and its version, or None when none is kept or it
    no longer loads (damaged, or valid only under older rules)."""
    files = last_good(keep_dir)
    if files is None:
        return None
    try:
        return registry_from_files(files, folder), registry_version(files)
    except RegistryError:
        return None


def registry_from_files(files: Mapping[str, bytes], folder: str | Path = "") -> Registry:
    """A Registry from the bytes of its files (as `read_registry_files` gives them)."""
    texts = {}
    for key, filename in FILES.items():
        data = files.get(filename, b"")
        try:
            texts[key] = data.decode("utf-8")
        except UnicodeDecodeError as error:
            where = Path(folder) / filename if folder else filename
            raise RegistryError(
                f"{where}: not UTF-8 (byte {error.start}: {data[error.start : error.start + 4]!r})"
            ) from None
    return load_registry_text(**texts, folder=str(folder) if folder else "")


def load_registry_text(
    officials: str = "", topics: str = "", places: str = "", folder: str = ""
) -> Registry:
    """Build a Registry from the YAML texts of the three files (for tests and tools)."""

    def label(key: str) -> str:
        return str(Path(folder) / FILES[key]) if folder else FILES[key]

    place_entries = _entries(places, label("places"))
    topic_entries = _entries(topics, label("topics"))
    official_entries = _entries(officials, label("officials"))
    place_list = _validate_places(place_entries, label("places"))
    place_ids = {p.id for p in place_list}
    topic_list = _validate_topics(topic_entries, label("topics"))
    official_list = _validate_officials(official_entries, label("officials"), place_ids)
    return Registry(tuple(official_list), tuple(topic_list), tuple(place_list))


def _entries(text: str, filename: str) -> list[tuple[int, dict[str, Any]]]:
    """Parse a registry file into (line, mapping) pairs; line numbers are 1-based."""
    if not text.strip():
        return []
    try:
        # libyaml's loader when PyYAML has it (the seed registry: 0.07 CPU s with the
        # Python loader, 0.01 with libyaml; paid by every import and site build).
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        node = yaml.compose(text, Loader=loader)
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as error:
        # The problem mark of an unclosed bracket is the end of the file; the context
        # mark (where the bracket opened) is then the line a curator must look at.
        mark = getattr(error, "problem_mark", None)
        context = getattr(error, "context_mark", None)
        if mark is not None and context is not None and mark.line >= len(text.splitlines()):
            mark = context
        line = mark.line + 1 if mark is not None else 1
        raise RegistryError(f"{filename}:{line}: not valid YAML ({error})") from error
    if node is None:
        return []
    _check_nodes(node, filename)
    if not isinstance(node, yaml.SequenceNode) or not isinstance(data, list):
        raise RegistryError(f"{filename}:{node.start_mark.line + 1}: expected a list of entries")
    out = []
    for item_node, item in zip(node.value, data, strict=True):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            raise RegistryError(f"{filename}:{line}: each entry must be a mapping")
        out.append((line, item))
    return out


def _check_nodes(root: yaml.Node, filename: str) -> None:
    """Refuse what YAML would silently resolve: a key given twice in one mapping (the
    last one wins, so an entry's error would name another official) and an alias
    (`*name`: one value standing in several places, and the way to a billion laughs).

    Composing keeps an alias as the very node it names, so a node met twice is one.
    """
    seen: set[int] = set()
    # (node, line where it is used): an alias node is the very node it names, whose
    # own mark is the anchor's line, so the line of its use is carried along.
    stack = [(root, root.start_mark.line + 1)]
    while stack:  # depth-first, no recursion: nesting depth is the file's to choose
        node, used_at = stack.pop()
        if id(node) in seen:
            raise RegistryError(f"{filename}:{used_at}: YAML aliases (*name) are not allowed")
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key, _ in node.value:
                line = key.start_mark.line + 1
                if isinstance(key, yaml.ScalarNode) and key.value in first:
                    raise RegistryError(
                        f"{filename}:{line}: '{key.value}' given twice in the entry at "
                        f"line {node.start_mark.line + 1} (first at line {first[key.value]})"
                    )
                first[str(key.value)] = line
            for key, value in reversed(node.value):
                line = key.start_mark.line + 1
                stack += [(value, line), (key, line)]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(item, item.start_mark.line + 1) for item in reversed(node.value)]


def _text(item: dict[str, Any], key: str, where: str, required: bool = False) -> str:
    value = item.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise RegistryError(f"{where}: '{key}' must be text, not {type(value).__name__}")
    if required and not value.strip():
        raise RegistryError(f"{where}: missing '{key}'")
    return value.strip()


def _text_list(item: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = item.get(key) or []
    if isinstance(value, str) or not isinstance(value, list):
        raise RegistryError(f"{where}: '{key}' must be a list")
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(f"{where}: every item of '{key}' must be non-empty text")
    return tuple(v.strip() for v in value)


def _check_keys(item: dict[str, Any], allowed: Iterable[str], where: str) -> None:
    unknown = sorted(set(item) - set(allowed))
    if unknown:
        raise RegistryError(f"{where}: unknown field(s) {', '.join(map(str, unknown))}")


def _check_id(value: str, seen: dict[str, int], where: str) -> None:
    if not ID_PATTERN.match(value):
        raise RegistryError(f"{where}: id '{value}' must be a lowercase ASCII slug")
    if value in seen:
        raise RegistryError(f"{where}: duplicate id '{value}' (first at line {seen[value]})")


def _validate_places(entries: list[tuple[int, dict[str, Any]]], filename: str) -> list[Place]:
    places: list[Place] = []
    seen: dict[str, int] = {}
    lines: dict[str, int] = {}
    for line, item in entries:
        where = f"{filename}:{line}"
        _check_keys(item, ("id", "name", "kind", "parent", "aliases", "notes"), where)
        pid = _text(item, "id", where, required=True)
        _check_id(pid, seen, where)
        seen[pid] = line
        kind = _text(item, "kind", where, required=True)
        if kind not in PLACE_KINDS:
            raise RegistryError(f"{where}: place '{pid}': kind '{kind}' not in {PLACE_KINDS}")
        place = Place(
            id=pid,
            name=_text(item, "name", where, required=True),
            kind=kind,
            parent=_text(item, "parent", where),
            aliases=_text_list(item, "aliases", where),
            notes=_text(item, "notes", where),
        )
        places.append(place)
        lines[pid] = line
    by_id = {p.id: p for p in places}
    for place in places:
        where = f"{filename}:{lines[place.id]}"
        if place.parent and place.parent not in by_id:
            raise RegistryError(f"{where}: place '{place.id}': unknown parent '{place.parent}'")
        # A cycle would make ancestors() meaningless; walk up with a visited set.
        visited = {place.id}
        parent = by_id.get(place.parent)
        while parent is not None:
            if parent.id in visited:
                raise RegistryError(f"{where}: place '{place.id}': parent chain loops")
            visited.add(parent.id)
            parent = by_id.get(parent.parent)
    return places


def _validate_topics(entries: list[tuple[int, dict[str, Any]]], filename: str) -> list[Topic]:
    topics: list[Topic] = []
    seen: dict[str, int] = {}
    for line, item in entries:
        where = f"{filename}:{line}"
        _check_keys(item, ("id", "name", "keywords", "anchors", "min_hits", "notes"), where)
        tid = _text(item, "id", where, required=True)
        _check_id(tid, seen, where)
        seen[tid] = line
        min_hits = item.get("min_hits", 2)
        if not isinstance(min_hits, int) or isinstance(min_hits, bool) or min_hits < 1:
            raise RegistryError(f"{where}: topic '{tid}': min_hits must be a positive integer")
        keywords = _text_list(item, "keywords", where)
        anchors = _text_list(item, "anchors", where)
        if not keywords and not anchors:
            raise RegistryError(f"{where}: topic '{tid}': needs keywords or anchors")
        topics.append(
            Topic(
                tid,
                _text(item, "name", where, required=True),
                keywords,
                anchors,
                min_hits,
                _text(item, "notes", where),
            )
        )
    return topics


def _validate_officials(
    entries: list[tuple[int, dict[str, Any]]], filename: str, place_ids: set[str]
) -> list[Official]:
    officials: list[Official] = []
    seen: dict[str, int] = {}
    # (name, place) -> line: two entries for the same name in the same place are almost
    # certainly one person entered twice; homonyms elsewhere are fine.
    same: dict[tuple[str, str], int] = {}
    lines: dict[str, int] = {}
    for line, item in entries:
        where = f"{filename}:{line}"
        _check_keys(
            item, ("id", "name", "aliases", "name_hant", "place", "notes", "learned"), where
        )
        oid = _text(item, "id", where, required=True)
        learned = item.get("learned")
        if learned is not None and not isinstance(learned, bool):
            raise RegistryError(f"{where}: official '{oid}': 'learned' must be true or false")
        _check_id(oid, seen, where)
        seen[oid] = line
        name = _text(item, "name", where, required=True)
        if not HAN.fullmatch(name):
            raise RegistryError(f"{where}: official '{oid}': name '{name}' is not Chinese")
        name_hant = _text(item, "name_hant", where)
        if name_hant and not is_traditional_form(name_hant, name):
            raise RegistryError(
                f"{where}: official '{oid}': name_hant {name_hant!r} is not a Traditional "
                f"form of {name} (Chinese characters and ·, one for each of the name's)"
            )
        aliases = _text_list(item, "aliases", where)
        for alias in aliases:
            if not HAN.fullmatch(alias):
                raise RegistryError(f"{where}: official '{oid}': alias '{alias}' is not Chinese")
        place = _text(item, "place", where)
        if place and place not in place_ids:
            raise RegistryError(f"{where}: official '{oid}': unknown place '{place}'")
        key = (name, place)
        if key in same:
            raise RegistryError(
                f"{where}: official '{oid}': {name} in '{place}' already listed at line "
                f"{same[key]}; use aliases or notes, or another place"
            )
        same[key] = line
        officials.append(
            Official(
                id=oid,
                name=name,
                aliases=aliases,
                name_hant=name_hant,
                place=place,
                notes=_text(item, "notes", where),
                learned=learned,
            )
        )
        lines[oid] = line
    _check_aliases(officials, lines, filename)
    return officials


def is_traditional_form(name_hant: str, name: str) -> bool:
    """Whether `name_hant` can be the Traditional form of `name`: Chinese characters
    only, one for each of the name's, with the middle dots where the name has them.
    (Which Traditional character is right is the curator's call: 余 stays 余.)

    >>> is_traditional_form("潘功發", "潘功发"), is_traditional_form("阿·買提", "阿·买提")
    (True, True)
    >>> is_traditional_form("<b>潘</b>", "潘功发"), is_traditional_form("潘功", "潘功发")
    (False, False)
    """
    if not HAN.fullmatch(name_hant) or len(name_hant) != len(name):
        return False
    return all((a == "·") == (b == "·") for a, b in zip(name_hant, name, strict=True))


def _check_aliases(officials: list[Official], lines: Mapping[str, int], filename: str) -> None:
    """An alias must be no other official's name or alias: `find_official` would then
    find two people for that name and give neither, so a registered official would
    silently lose their id (and their page's URL) to a provisional one. Namesakes are
    two entries with the same `name` (kept apart by place), never an alias."""
    owner: dict[str, Official] = {o.name: o for o in officials}
    for official in officials:
        where = f"{filename}:{lines[official.id]}"
        for alias in official.aliases:
            other = owner.get(alias)
            if other is None or other is official:
                owner[alias] = official
                continue
            what = "the name" if other.name == alias else "an alias"
            raise RegistryError(
                f"{where}: official '{official.id}': alias '{alias}' is {what} of "
                f"official '{other.id}' (line {lines[other.id]}); two people cannot share "
                f"an alias (list a namesake as an entry of its own)"
            )


DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "seeds" / "registry"


def load_default_registry() -> Registry:
    """The project's own registry (seeds/registry), or the empty one if it is absent."""
    return load_registry(DEFAULT_FOLDER if DEFAULT_FOLDER.is_dir() else None)
