"""The record model: one immutable value that every stage receives and returns.

Stages are pure functions (text -> StepResult, or Record -> Record); nothing here does
I/O. Offsets in an Edit or a Finding refer to the text the step that made it received.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

# Severity of a finding, from least to most serious. "error" means the record is not
# published as a record (it is listed on the build report with the reason).
SEVERITIES = ("info", "warning", "error")

# Roles an official can have in one report, in display order.
ROLES = (
    "chair",  # 主持
    "speaker",  # 讲话, 指出, 强调, 要求, 作报告, 传达
    "attendee",  # 出席, 参加, 参会
    "nonvoting",  # 列席
    "leader",  # 率队, 带队, 调研, 督导, 走访, 看望慰问
    "accompanying",  # 陪同
    "mentioned",  # named but not present, or no role verb
)

# Where a record's title came from (Record.title_evidence) when the title's confidence is
# low: made from the lead sentence, not given in a sidecar nor the page's own headline.
# The build report lists such records for curation (a sidecar `title:` fixes one).
TITLE_EVIDENCE_TO_CURATE = ("lead sentence",)


@dataclass(frozen=True)
class Edit:
    """One change made by a cleaning step: what span, which rule, before and after."""

    rule: str
    start: int
    end: int
    before: str
    after: str
    note: str = ""


@dataclass(frozen=True)
class Finding:
    """A problem the cleaner could not fix, or a fact a reader should know."""

    code: str
    severity: str
    message: str
    excerpt: str = ""


@dataclass(frozen=True)
class StepResult:
    """What a cleaning step returns: the new text, its edits, findings and harvested
    metadata (for example credits or a 发布时间 date taken from a line it cut)."""

    text: str
    edits: tuple[Edit, ...] = ()
    findings: tuple[Finding, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DateInfo:
    """A record's date: as written, resolved, how precise, and on what evidence.

    precision: "day", "month", "year" or "unknown".
    evidence: "given" (sidecar or front matter), "published" (a 发布时间 line),
    "in text" (a full date in the text), "inferred" (see `note`), "unknown".
    """

    as_written: str = ""
    resolved: str = ""  # ISO: YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown
    precision: str = "unknown"
    evidence: str = "unknown"
    note: str = ""

    @property
    def year(self) -> str:
        return self.resolved[:4]


@dataclass(frozen=True)
class Credit:
    """A credit line entry (撰稿人, 审稿人, 记者 …): metadata, not an official."""

    role: str  # as written, Simplified: 撰稿人, 审稿人, 记者, 通讯员, 摄影, 编辑 …
    name: str


@dataclass(frozen=True)
class Mention:
    """An official named in the report.

    title: the title as written in this report (Simplified), "" if none.
    roles: a subset of ROLES, in ROLES order.
    person_id: registry id, or a provisional id ("p-…") for unknown people.
    start, end: the span in the clean Simplified text that is the evidence.
    """

    name: str
    title: str
    roles: tuple[str, ...]
    start: int
    end: int
    person_id: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class Tag:
    """A topic or a place attached to a record, with the evidence that put it there."""

    id: str
    name: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Record:
    """A report at any stage of the import. Built by sources, filled by clean and
    extract, written by markdown. `text_hans` is canonical; `text_hant` is derived."""

    id: str
    source_path: str
    sha256: str
    encoding: str
    raw_text: str
    sidecar: Mapping[str, Any] = field(default_factory=dict)
    text_hans: str = ""
    text_hant: str = ""
    title_hans: str = ""
    title_hant: str = ""
    title_evidence: str = ""  # "given", "page headline" or "lead sentence"
    date: DateInfo = DateInfo()
    place: str = ""  # place id, "" when unknown
    credits: tuple[Credit, ...] = ()
    captions: tuple[str, ...] = ()
    edits: tuple[Edit, ...] = ()
    findings: tuple[Finding, ...] = ()
    mentions: tuple[Mention, ...] = ()
    topics: tuple[Tag, ...] = ()
    places: tuple[Tag, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)

    def evolve(self, **changes: Any) -> Record:
        return replace(self, **changes)

    @property
    def quarantined(self) -> bool:
        """An error-level finding keeps a record off the site (listed on the report)."""
        return any(f.severity == "error" for f in self.findings)
