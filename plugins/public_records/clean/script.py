"""N02/N03: Traditional text and Simplified leftovers become Simplified (OpenCC t2s).

Simplified is canonical: the whole text goes through a phrase-level t2s converter, which
also settles the leftovers that mirrors leave inside Traditional pages (`主持會議并講話`).
Each changed run is logged; a page with no Traditional characters passes unchanged.
"""

from __future__ import annotations

from ..model import StepResult
from ..script import to_simplified_text
from .edits import diff_edits


def to_simplified(text: str) -> StepResult:
    """Convert to Simplified, logging each changed run.

    >>> r = to_simplified("主持會議并講話，緊抓快干")
    >>> r.text, [(e.before, e.after) for e in r.edits]
    ('主持会议并讲话，紧抓快干', [('會議', '会议'), ('講話', '讲话'), ('緊', '紧')])
    >>> to_simplified("区委书记余祥主持会议").edits
    ()
    """
    new_text = to_simplified_text(text)
    return StepResult(new_text, tuple(diff_edits(text, new_text, "script", "to Simplified")))
