"""Command line: `python -m public_records COMMAND` (with plugins/ on PYTHONPATH).

import SEEDS CONTENT [--strict] [--jobs N] [--no-cache] [--scheduler tcp://HOST:PORT]
                    clean and convert every report (on a Dask cluster with --scheduler,
                    or $ARCHIVE_DASK_SCHEDULER: docs/scaling.md); write content files.
                    SEEDS may be an fsspec URL (s3://bucket/seeds): read into a mirror
inspect FILE        print one raw report, processed, as JSON (nothing is written)
report [CONTENT]    print the last import's problems
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from pathlib import Path

from .ingest import remote, sources
from .ingest.cluster import ClusterError
from .ingest.importer import run_import
from .ingest.serialize import record_to_dict
from .registry import RegistryError


def _import(args: argparse.Namespace) -> int:
    cache_dir = None if args.no_cache else Path(args.cache)
    try:
        seeds = Path(args.seeds)
        if remote.is_url(args.seeds):  # read into a local mirror (ingest/remote.py)
            mirror_root = cache_dir or Path(tempfile.mkdtemp(prefix="archive-seeds-"))
            seeds = remote.fetch_seeds(args.seeds, mirror_root)
        report = run_import(
            seeds,
            Path(args.content),
            cache_dir=cache_dir,
            jobs=args.jobs,
            scheduler=args.scheduler or None,
        )
    except (RegistryError, ClusterError, remote.RemoteError) as e:  # RegistryError: broken
        print(f"import: error: {e}", file=sys.stderr)  # registry and none kept
        return 1
    # Only errors and warnings are problems; "info" (a WARC's skip counts) is printed
    # apart and never fails --strict.
    unreadable = sum(map(sources.is_problem, report.errors))  # a count: the errors wait in a file
    print(
        f"import: {len(report.records)} records ({report.from_cache} from cache), "
        f"{report.written} files written, {report.removed} removed, "
        f"{unreadable} unreadable, {len(report.quarantined)} quarantined"
    )
    for e in sources.named(report.errors):  # one line for the rest of a reason
        print(f"  {'error' if sources.is_problem(e) else 'info'}: {e}", file=sys.stderr)
    for r in report.quarantined:
        reasons = "; ".join(f.message for f in r.findings if f.severity == "error")
        print(f"  quarantined: {r.source_path}: {reasons}", file=sys.stderr)
    problems = unreadable + len(report.quarantined)
    if problems and args.strict:
        print(f"import: STRICT: {problems} problem(s); failing", file=sys.stderr)
        return 1
    return 0


def _inspect(args: argparse.Namespace) -> int:
    from .ingest.process import process  # here: the import command may not need it (0.7 s)

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
        "--scheduler",
        default=os.environ.get("ARCHIVE_DASK_SCHEDULER"),
        metavar="tcp://HOST:PORT",
        help="process the reports on this Dask cluster (default: $ARCHIVE_DASK_SCHEDULER; "
        "unset: local processes); its workers need plugins/ on their PYTHONPATH",
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
