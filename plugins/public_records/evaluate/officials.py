"""Quality figures of the officials extractor on the labelled set (tests/eval/officials).

Precision and recall count officials by name, per report. Role accuracy is the share of
true positives whose role set is exactly the expected one; title accuracy likewise for
the title as written. Files named heldout*.yml were written after the rules were frozen
and are reported on their own line.

Run: `python -m public_records.evaluate.officials [folder]` (with plugins/ on sys.path).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..extract.identify import extract_officials
from ..model import Credit
from ..registry import Registry, load_default_registry

DEFAULT_FOLDER = Path(__file__).resolve().parents[3] / "tests" / "eval" / "officials"


@dataclass
class Scores:
    """Counts over a set of reports; the figures are properties."""

    reports: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    roles_right: int = 0
    titles_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_pos + self.false_neg
        return self.true_pos / expected if expected else 1.0

    @property
    def role_accuracy(self) -> float:
        return self.roles_right / self.true_pos if self.true_pos else 1.0

    @property
    def title_accuracy(self) -> float:
        return self.titles_right / self.true_pos if self.true_pos else 1.0


def load_reports(folder: Path) -> list[tuple[str, dict]]:
    """(file stem, report) pairs of every *.yml in `folder`, sorted by file name."""
    out = []
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        out.extend((path.stem, report) for report in data.get("reports", []))
    return out


def score(reports: Iterable[dict], registry: Registry) -> Scores:
    """Compare the extractor with each report's `expect` list.

    >>> s = score([{"id": "x", "text": "区长金玉主持会议。",
    ...             "expect": [{"name": "金玉", "title": "区长", "roles": ["chair"]}]}],
    ...           Registry())
    >>> (s.precision, s.recall, s.role_accuracy)
    (1.0, 1.0, 1.0)
    """
    scores = Scores()
    for report in reports:
        scores.reports += 1
        credits = [Credit(c["role"], c["name"]) for c in report.get("credits") or []]
        found = {m.name: m for m in extract_officials(report["text"], registry, credits)}
        expected = {e["name"]: e for e in report.get("expect") or []}
        for name, mention in found.items():
            if name not in expected:
                scores.false_pos += 1
                scores.errors.append(f"{report['id']}: extra {name} ({mention.title})")
                continue
            scores.true_pos += 1
            want = expected[name]
            if set(mention.roles) == set(want["roles"]):
                scores.roles_right += 1
            else:
                scores.errors.append(
                    f"{report['id']}: {name} roles {list(mention.roles)} != {want['roles']}"
                )
            if mention.title == want.get("title", ""):
                scores.titles_right += 1
            else:
                scores.errors.append(
                    f"{report['id']}: {name} title {mention.title!r} != {want.get('title')!r}"
                )
        for name in expected.keys() - found.keys():
            scores.false_neg += 1
            scores.errors.append(f"{report['id']}: missed {name}")
    return scores


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    folder = Path(args[0]) if args else DEFAULT_FOLDER
    registry = load_default_registry()
    reports = load_reports(folder)
    parts = {
        "dev": [r for stem, r in reports if not stem.startswith("heldout")],
        "held-out": [r for stem, r in reports if stem.startswith("heldout")],
        "all": [r for _, r in reports],
    }
    print(f"{'set':<9}{'reports':>8}{'precision':>11}{'recall':>8}{'roles':>8}{'titles':>8}")
    all_scores = None
    for label, part in parts.items():
        s = score(part, registry)
        print(
            f"{label:<9}{s.reports:>8}{s.precision:>11.3f}{s.recall:>8.3f}"
            f"{s.role_accuracy:>8.3f}{s.title_accuracy:>8.3f}"
        )
        all_scores = s
    print("targets: precision >= 0.97, recall >= 0.95, role accuracy >= 0.90")
    if verbose and all_scores is not None:
        for line in all_scores.errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
