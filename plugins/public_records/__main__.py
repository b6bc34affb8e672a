"""Command line: `python -m public_records COMMAND` (with plugins/ on PYTHONPATH).

import SEEDS CONTENT [--strict] [--jobs N] [--no-cache] [--shard K/N]
                    clean and convert every report (or shard K of N: docs/scaling.md);
                    write content files
inspect FILE        print one raw report, processed, as JSON (nothing is written)
report [CONTENT]    print the last import's problems
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .ingest import sources
from .ingest.importer import run_import
from .ingest.process import process
from .ingest.serialize import record_to_dict
from .registry import RegistryError


def _import(args: argparse.Namespace) -> int:
    try:
        report = run_import(
            Path(args.seeds),
            Path(args.content),
            cache_dir=None if args.no_cache else Path(args.cache),
            jobs=args.jobs,
            shard=args.shard,
        )
    except RegistryError as e:  # broken, and no registry that loaded before is kept
        print(f"import: error: {e}", file=sys.stderr)
        return 1
    # Only errors and warnings are problems; "info" (a WARC's skip counts) is printed
    # apart and never fails --strict.
    unreadable = [e for e in report.errors if sources.is_problem(e)]
    print(
        f"import: {len(report.records)} records ({report.from_cache} from cache), "
        f"{report.written} files written, {report.removed} removed, "
        f"{len(unreadable)} unreadable, {len(report.quarantined)} quarantined"
    )
    for e in report.errors:
        print(f"  {'error' if sources.is_problem(e) else 'info'}: {e}", file=sys.stderr)
    for r in report.quarantined:
        reasons = "; ".join(f.message for f in r.findings if f.severity == "error")
        print(f"  quarantined: {r.source_path}: {reasons}", file=sys.stderr)
    problems = len(unreadable) + len(report.quarantined)
    if problems and args.strict:
        print(f"import: STRICT: {problems} problem(s); failing", file=sys.stderr)
        return 1
    return 0


def _shard(value: str) -> tuple[int, int]:
    """`K/N` -> (K, N): shard K of N, counted from 0.

    >>> _shard("0/4")
    (0, 4)
    >>> _shard("4/4")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: shard 4/4: K must be 0 to N-1
    """
    k, sep, n = value.partition("/")
    if not sep or not k.strip().isdigit() or not n.strip().isdigit():
        raise argparse.ArgumentTypeError(f"shard {value!r}: write K/N, e.g. 0/4")
    shard = int(k), int(n)
    if not 0 <= shard[0] < shard[1]:
        raise argparse.ArgumentTypeError(f"shard {value}: K must be 0 to N-1")
    return shard


def _inspect(args: argparse.Namespace) -> int:
    try:
        record = sources.read_report(Path(args.file))
    except sources.SourceError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    data = record_to_dict(process(record))
    data.pop("meta", None)
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _report(args: argparse.Namespace) -> int:
    path = Path(args.content) / "records" / "import-report.json"
    try:
        summary = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        print(f"{path} not found: run the import first", file=sys.stderr)
        return 2
    print(f"{summary['records']} records published")
    for e in summary["errors"]:
        label = "info" if e.get("severity") == "info" else "unreadable"
        print(f"{label}: {e['file']}: {e['reason']}")
    for q in summary["quarantined"]:
        print(f"quarantined: {q['file']}: {'; '.join(q['reasons'])}")
    for f in summary["findings"]:
        print(f"{f['severity']}: {f['id']}: {f['code']}: {f['message']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["synth"]:  # its own options and --help
        from .synth.corpus import main as synth_main

        return synth_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m public_records")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("import", help="import raw reports into content files")
    p.add_argument("seeds", nargs="?", default="seeds")
    p.add_argument("content", nargs="?", default="content")
    p.add_argument("--cache", default=".cache/records")
    p.add_argument("--no-cache", action="store_true")
    p.add_argument("--jobs", type=int, default=None)
    p.add_argument(
        "--shard",
        type=_shard,
        default=None,
        metavar="K/N",
        help="import only shard K of N (0 <= K < N, by a hash of the file name)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 on any unreadable or quarantined report or ignored file (not on info)",
    )
    p.set_defaults(func=_import)
    p = sub.add_parser("inspect", help="print one processed report as JSON")
    p.add_argument("file")
    p.set_defaults(func=_inspect)
    sub.add_parser("synth", help="write a synthetic corpus (see: synth --help)")
    p = sub.add_parser("report", help="print the last import's problems")
    p.add_argument("content", nargs="?", default="content")
    p.set_defaults(func=_report)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
