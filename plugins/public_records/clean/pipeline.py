"""The ordered table of cleaning steps and the function that runs it.

Order matters (NOISE.md): reject first, then cut lines, then repair mojibake, then strip
pinyin, then convert script and punctuation, then harvest credits. A step can be listed,
tested alone, reordered or switched off by name (`clean(text, skip={"punctuation"})`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model import Edit, Finding, StepResult
from . import (
    captions,
    chrome,
    credits,
    duplicates,
    footer,
    furniture,
    masked,
    mojibake,
    normalize,
    pagetype,
    pinyin,
    punctuation,
    script,
    spam,
)


@dataclass(frozen=True)
class Step:
    name: str
    family: str  # the NOISE.md family it handles, e.g. "N01"
    run: Callable[[str], StepResult]


STEPS: tuple[Step, ...] = (
    Step("normalize", "N00", normalize.normalize),
    Step("pagetype", "page types/N03/N04/N15", pagetype.classify_page),
    Step("chrome", "N10", chrome.strip_chrome),
    Step("footer", "N11", footer.cut_footer),
    Step("captions", "N12", captions.move_captions),
    Step("spam", "N14", spam.remove_spam),
    Step("masked", "masked organs", masked.restore_masked),
    Step("duplicates", "N13", duplicates.drop_duplicates),
    Step("mojibake", "N06/N07", mojibake.repair_mojibake),
    Step("pinyin", "N01", pinyin.strip_pinyin),
    Step("script", "N02/N03", script.to_simplified),
    Step("punctuation", "N05/N08", punctuation.fix_punctuation),
    Step("credits", "N09", credits.harvest_credits),
    Step("furniture", "N10/N11", furniture.strip_furniture),
    Step("tidy", "N00", normalize.tidy),
)


@dataclass(frozen=True)
class CleanResult:
    text: str
    edits: tuple[Edit, ...]
    findings: tuple[Finding, ...]
    meta: dict[str, Any] = field(default_factory=dict)


def clean(
    text: str, steps: Iterable[Step] = STEPS, skip: frozenset[str] | set[str] = frozenset()
) -> CleanResult:
    """Run each step in order; gather edits, findings and metadata.

    Metadata from later steps does not overwrite earlier values of the same key, except
    that list values are concatenated (two credit lines give one list).
    """
    edits: list[Edit] = []
    findings: list[Finding] = []
    meta: dict[str, Any] = {}
    for step in steps:
        if step.name in skip:
            continue
        result = step.run(text)
        text = result.text
        edits.extend(result.edits)
        findings.extend(result.findings)
        for key, value in result.meta.items():
            if isinstance(value, (list, tuple)):
                meta[key] = [*meta.get(key, ()), *value]
            else:
                meta.setdefault(key, value)
    return CleanResult(text, tuple(edits), tuple(findings), meta)
