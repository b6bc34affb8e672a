"""N02/N03: Traditional text and Simplified leftovers become Simplified (OpenCC t2s).

Simplified is canonical: the whole text goes through a phrase-level t2s converter, which
also settles the leftovers that mirrors leave inside Traditional pages (`主持會議并講話`).
Each changed run is logged; a page with no Traditional characters passes unchanged.

Names keep their characters: a phrase rewrite (沈默 -> 沉默) must not reach a person's
name (吳沈默 is 吴沈默). The step is given a function that finds names (the import hands
it the officials finder; cleaning itself knows no names), and the names it finds are
converted character by character (`script.to_simplified_text`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import StepResult
from ..script import to_simplified_text
from .edits import diff_edits


def to_simplified(text: str, names_in: Callable[[str], Iterable[str]] | None = None) -> StepResult:
    """Convert to Simplified, logging each changed run; `names_in` finds the names to
    keep from phrase rewrites.

    >>> r = to_simplified("主持會議并講話，緊抓快干")
    >>> r.text, [(e.before, e.after) for e in r.edits]
    ('主持会议并讲话，紧抓快干', [('會議', '会议'), ('講話', '讲话'), ('緊', '紧')])
    >>> to_simplified("区委书记余祥主持会议").edits
    ()
    >>> to_simplified("縣長吳沈默講話", lambda t: ["吴沈默"]).text
    '县长吴沈默讲话'
    """
    new_text = to_simplified_text(text, names_in)
    return StepResult(new_text, tuple(diff_edits(text, new_text, "script", "转为简体")))
