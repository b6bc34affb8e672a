"""Quality figures of the cleaner on a synthetic corpus generated on the fly.

    python -m public_records.evaluate.cleaning [--n 500] [--seed 1] [-v]

Each report comes from the corpus generator (synth.py) with its ground truth; it is
decoded (sources.decode), given its sidecar, and run through the whole per-record
pipeline (process.process). Figures:

- exact match: the cleaned Simplified text equals the truth's clean text (published
  reports only);
- residue per family: among the reports carrying a family, the share whose cleaned text
  still shows it (pinyin annotations, ASCII punctuation between Han characters, chrome
  lines, footer lines, captions, credit lines, spam, mojibake `?`, repeated paragraphs);
- quarantine precision and recall against the truth's expected verdict;
- date resolution: resolved date equal to the expected one, and dates resolved where the
  truth says no year can be known (invented years).

Deterministic by seed; nothing is written to disk.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..clean.pinyin import syllable_base
from ..data import word_set
from ..ingest.process import process
from ..ingest.sources import decode, parse_metadata
from ..model import Record
from ..registry import load_default_registry
from ..script import to_simplified_text
from ..synth import corpus as synth

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_ASCII_IN_HAN = re.compile(rf"(?<=[{HAN}])[,;:!?()]|[,;:!?()](?=[{HAN}])")


# A bracketed note that may be pinyin, after anything: a note after a Han character, and
# one left behind a character that a broken encoding destroyed (`攸c（diǎn）`, `〓（xié）`),
# which a look for notes after Han characters alone does not see.
_NOTE_ANYWHERE = re.compile(r"[(（]([a-zA-Z\u00c0-\u024f\u0300-\u036f]{1,7}[1-5]? ?)[)）]")


def pinyin_notes_left(text: str) -> int:
    """How many pinyin notes the text still holds: a bracketed lower-case syllable of the
    syllable list that carries a tone (mark or digit), whatever stands before it.

    >>> pinyin_notes_left("燃气狻攸c（diǎn）行业、区(qū)委、会议(AWS)(Daguan)(an)")
    2
    """
    count = 0
    for m in _NOTE_ANYWHERE.finditer(text):
        content = m.group(1).strip()
        if content != content.lower():
            continue
        base, toned = syllable_base(content)
        count += toned and base in word_set("pinyin_syllables.txt")
    return count


@dataclass
class Tally:
    """Counts over the corpus; `residue[f]` = [reports with f, reports with residue]."""

    reports: int = 0
    published_expected: int = 0
    exact: int = 0
    residue: dict[str, list[int]] = field(default_factory=dict)
    quarantine: Counter[str] = field(default_factory=Counter)  # tp / fp / fn / tn
    dates: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def note_residue(self, family: str, left: bool) -> None:
        row = self.residue.setdefault(family, [0, 0])
        row[0] += 1
        row[1] += int(left)


def _lines_left(lines: list[str], text: str) -> bool:
    """Whether any of the noise lines (raw, Simplified or not) survives in `text`."""
    for line in lines:
        key = to_simplified_text(line).strip()
        key = key.translate(str.maketrans("，；：！？（）", ",;:!?()"))
        folded = text.translate(str.maketrans("，；：！？（）", ",;:!?()"))
        if len(key) >= 4 and key in folded:
            return True
    return False


def residues(truth: dict[str, Any], text: str) -> dict[str, bool]:
    """For each family the report carries, whether the cleaned text still shows it.

    >>> residues({"families": ["N05"], "text": ""}, "区委,召开")
    {'N05': True}
    >>> residues({"families": ["N01"], "text": ""}, "区委召开")
    {'N01': False}
    >>> residues({"families": ["N01"], "text": ""}, "会议〓（xié）召开")  # after a lost character
    {'N01': True}
    """
    out: dict[str, bool] = {}
    families = set(truth["families"])
    if families & {"N01", "N06"}:
        out["N01"] = pinyin_notes_left(text) > 0
    if "N05" in families:
        out["N05"] = bool(_ASCII_IN_HAN.search(text))
    if "N06" in families:
        out["N06"] = "?" in text or "？" in text
        damage = truth.get("n06") or {}
        if damage.get("clean"):
            out["N06 exact"] = damage["clean"] not in text  # share NOT repaired exactly
    if "N07" in families:
        out["N07"] = "?" in text
    if "N09" in families:
        out["N09"] = _lines_left([truth.get("n09", {}).get("line", "")], text)
    if "N10" in families:
        out["N10"] = _lines_left(
            [ln for ln in truth.get("n10", {}).get("lines", []) if ln != truth.get("title")], text
        )
    if "N11" in families:
        out["N11"] = _lines_left(truth.get("n11", {}).get("lines", []), text)
    if "N12" in families:
        out["N12"] = _lines_left(truth.get("captions", []), text)
    if "N13" in families:
        paragraphs = [p for p in text.split("\n") if len(p) >= 10]
        out["N13"] = len(paragraphs) != len(set(paragraphs))
    if "N14" in families:
        spam = truth.get("n14", {})
        pieces = [spam.get(k, "") for k in ("spliced", "jammer", "html", "banner")]
        doubled = spam.get("repeated_place", "")
        out["N14"] = any(p and p in text for p in pieces) or bool(doubled and doubled in text)
    if "N17" in families:
        out["N17"] = truth.get("n17", {}).get("padded", "\0") in text
    return out


def _record(item: synth.Generated) -> Record:
    text, encoding = decode(item.raw, item.id)
    sidecar = parse_metadata(item.sidecar, item.id) if item.sidecar else {}
    return Record(
        id=item.id,
        source_path=item.id + ".txt",
        sha256="",
        encoding=encoding,
        raw_text=text,
        sidecar=sidecar,
        meta={"body": text},
    )


def evaluate(n: int, seed: int) -> Tally:
    """Generate N reports with default rates, process each, compare with the truth."""
    registry = load_default_registry()
    tally = Tally()
    for index in range(n):
        item = synth.generate(seed, index, synth.DEFAULT_RATES)
        truth = item.truth
        record = process(_record(item), registry)
        tally.reports += 1
        expected_q = truth["verdict"]["expected"] == "quarantine"
        got_q = record.quarantined
        tally.quarantine[("t" if expected_q == got_q else "f") + ("p" if got_q else "n")] += 1
        if expected_q != got_q:
            reasons = [f.code for f in record.findings if f.severity == "error"]
            tally.misses.append(
                f"{item.id}: expected {truth['verdict']['expected']}, got {reasons or 'publish'}"
            )
        if truth["kind"] != "report" or expected_q:
            continue
        tally.published_expected += 1
        if record.text_hans == truth["text"]:
            tally.exact += 1
        for family, left in residues(truth, record.text_hans).items():
            tally.note_residue(family, left)
        want = truth["date"]["expected"]
        tally.dates["all"] += 1
        tally.dates["right"] += record.date.resolved == want["resolved"]
        tally.dates["evidence right"] += record.date.evidence == want["evidence"]
        if not want["resolved"]:
            tally.dates["unknowable"] += 1
            tally.dates["invented"] += bool(record.date.resolved)
        elif not record.date.resolved:
            tally.dates["missed"] += 1
        elif record.date.resolved != want["resolved"]:
            tally.dates["wrong"] += 1
    return tally


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  n/a"


def report(tally: Tally, verbose: bool = False) -> str:
    q = tally.quarantine
    precision = q["tp"] / (q["tp"] + q["fp"]) if q["tp"] + q["fp"] else 1.0
    recall = q["tp"] / (q["tp"] + q["fn"]) if q["tp"] + q["fn"] else 1.0
    d = tally.dates
    lines = [
        f"cleaning on {tally.reports} synthetic reports ({tally.published_expected} to publish):",
        f"  exact match of the clean text   {_rate(tally.exact, tally.published_expected)}"
        f"  ({tally.exact}/{tally.published_expected})",
        f"  quarantine precision {precision:.3f}  recall {recall:.3f}"
        f"  (tp {q['tp']}, fp {q['fp']}, fn {q['fn']})",
        f"  date resolved right             {_rate(d['right'], d['all'])}"
        f"  (evidence right {_rate(d['evidence right'], d['all'])}; wrong {d['wrong']},"
        f" missed {d['missed']}, invented {d['invented']} of {d['unknowable']} unknowable)",
        "  residue (share of reports with the family that still show it):",
    ]
    names = {
        "N01": "pinyin annotations left",
        "N05": "ASCII punctuation in Han context",
        "N06": "mojibake ? left",
        "N06 exact": "mojibake run not repaired exactly",
        "N07": "lost-character ? left",
        "N09": "credit lines left",
        "N10": "chrome lines left",
        "N11": "footer lines left",
        "N12": "captions left",
        "N13": "repeated paragraphs left",
        "N14": "spam left",
        "N17": "padded names left (kept on purpose)",
    }
    for family in sorted(tally.residue):
        with_family, left = tally.residue[family]
        lines.append(
            f"    {family:<10} {names.get(family, family):<36} {_rate(left, with_family)}"
            f"  ({left}/{with_family})"
        )
    if verbose:
        lines += ["  quarantine disagreements:", *("    " + m for m in tally.misses)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m public_records.evaluate.cleaning",
        description="Cleaning figures on a synthetic corpus generated on the fly.",
    )
    parser.add_argument("--n", type=int, default=500, help="reports (default 500)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-v", action="store_true", help="list quarantine disagreements")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    tally = evaluate(args.n, args.seed)
    print(report(tally, args.v))
    print(f"  ({time.perf_counter() - started:.1f} s, seed {args.seed})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
