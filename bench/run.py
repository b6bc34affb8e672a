"""Benchmark the whole build on N synthetic reports: `make bench N=10000`.

Generates N raw reports with the synthetic corpus generator (public_records.synth.corpus) into
bench/out/n<N>/seeds (reused when already there), then runs and measures, each in its
own processes, exactly what `make html` runs:

  import cold         python -m public_records import (empty cache, empty content/)
  import warm         the same again, nothing changed
  sites cold          both Pelican runs in parallel (ARCHIVE_SCRIPT=hans|hant), empty output/
  sites warm          the same again, nothing changed
  + one report        one new report added: import, then both sites (the warm rebuild)
  one 2 MB report     the import of a single report just under the size limit, made at
                      run time in three hostile shapes: short lines, one line, one line
                      without punctuation (the import must be linear in a report's size;
                      `--big-reports-only` runs just these)

`--format warc` (`make bench N=... FORMAT=warc`) runs only the cold import, of the N
reports as text files and of the same reports as county-style pages in one WARC, and
gives each one's records per second.

For each: wall seconds, CPU seconds (user + system of the whole process tree, from
wait4), peak memory (the sum of the RSS of every process of the tree, polled every
50 ms from /proc, and the largest single process: the larger of the polled RSS of each
process and wait4's), and the machine's load
average before and after (other people's work on the machine slows a run down; CPU
seconds are the steadier figure). Inside the Pelican runs the plugin logs its own
stages (record pages, officials, topics and places pages, search index, data
downloads) to a file named by ARCHIVE_TIMINGS. The table is printed, then the totals:
the cold build, the warm rebuild after one new report, the largest single process of
any stage, and the output per record (both scripts) with where its bytes go
(tools/build_summary.py's kinds); everything is written to bench/out/bench-<N>.json.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from build_summary import site_bytes  # noqa: E402  (the kinds `make html` reports)

PY = sys.executable
SYNTH = (PY, "-m", "public_records.synth.corpus")
TARGETS_AT_10K = {
    "cold build wall (s)": 60,
    "cold build peak (MB)": 2048,
    "warm rebuild after one new report (s)": 10,
    "import rate (reports/s)": 1000,
}
# Issue 12's targets, at N=100,000 (the bench prints them beside the figures).
TARGETS_AT_100K = {
    "warm rebuild after one new report (s)": 10,
    "largest process peak (MB)": 1024,
    "output per record (KB)": 15,
}


@dataclass
class Run:
    """One measured command (or several started together)."""

    name: str
    wall: float = 0.0
    cpu: float = 0.0
    peak_tree_mb: float = 0.0  # sum of RSS over the process tree, polled
    max_rss_mb: float = 0.0  # largest single process (wait4, and polled)
    load_before: float = 0.0
    load_after: float = 0.0
    returncodes: list[int] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(roots: list[int]) -> tuple[float, float]:
    """The summed RSS of `roots` and all their descendants, and the largest RSS of one
    of them, in MB. (wait4's largest misses a process its parent does not wait for.)"""
    tree = _children()
    total, largest, todo, seen = 0, 0, list(roots), set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        rss = _rss_kb(pid)
        total, largest = total + rss, max(largest, rss)
        todo.extend(tree.get(pid, ()))
    return total / 1024, largest / 1024


def measure(name: str, commands: list[list[str]], env: dict, log: Path) -> Run:
    """Start `commands` together, wait for all, and measure them as one tree."""
    run = Run(name, load_before=os.getloadavg()[0])
    start = time.perf_counter()
    with log.open("a", encoding="utf-8") as out:
        out.write(f"\n=== {name}: {' && '.join(' '.join(c) for c in commands)}\n")
        out.flush()
        procs = [
            subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
            for cmd in commands
        ]
        stop = threading.Event()
        peak = [0.0, 0.0]

        def poll() -> None:
            while not stop.is_set():
                tree, largest = tree_rss_mb([p.pid for p in procs])
                peak[0], peak[1] = max(peak[0], tree), max(peak[1], largest)
                stop.wait(0.05)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        for proc in procs:
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            run.cpu += usage.ru_utime + usage.ru_stime
            run.max_rss_mb = max(run.max_rss_mb, usage.ru_maxrss / 1024)
            run.returncodes.append(proc.returncode)
        stop.set()
        poller.join()
    run.wall = time.perf_counter() - start
    run.peak_tree_mb = peak[0]
    run.max_rss_mb = max(run.max_rss_mb, peak[1])
    run.load_after = os.getloadavg()[0]
    if any(run.returncodes):
        print(f"bench: {name} failed ({run.returncodes}); see {log}", file=sys.stderr)
    return run


def generate(n: int, seeds: Path, seed: int, log: Path) -> None:
    stamp = seeds / ".bench-stamp"
    want = f"n={n} seed={seed}"
    if stamp.exists() and stamp.read_text() == want:
        return
    if seeds.exists():
        shutil.rmtree(seeds)
    print(f"bench: generating {n} synthetic reports in {seeds} ...", file=sys.stderr)
    with log.open("a", encoding="utf-8") as out:
        subprocess.run(
            [*SYNTH, "--n", str(n), "--out", str(seeds), "--seed", str(seed)],
            env=_env(),
            cwd=ROOT,
            check=True,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    shutil.copytree(ROOT / "seeds" / "registry", seeds / "registry", dirs_exist_ok=True)
    stamp.write_text(want)


def _env(**extra: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"), ARCHIVE_PROGRESS="0")
    env.update(extra)
    return env


def output_stats(output: Path) -> dict:
    pages = files = size = 0
    for dirpath, _, names in os.walk(output):
        for name in names:
            files += 1
            pages += name.endswith(".html")
            size += os.path.getsize(os.path.join(dirpath, name))
    return {"files": files, "html_pages": pages, "bytes": size}


def read_timings(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def bench(n: int, out_root: Path, seed: int) -> dict:
    work = out_root / f"n{n}"
    seeds, content, output = work / "seeds", work / "content", work / "output"
    cache = work / ".cache"  # where pelican.conf.py puts it: beside content/
    log = work / "bench.log"
    work.mkdir(parents=True, exist_ok=True)
    log.write_text("", encoding="utf-8")
    t0 = time.perf_counter()
    generate(n, seeds, seed, log)
    gen_wall = time.perf_counter() - t0
    # A run stopped during the warm rebuild leaves its added report behind: it would
    # make the next run's cold import one report larger and its "+1" add nothing.
    for stale in seeds.glob("bench_added_*"):
        stale.unlink()

    shutil.rmtree(content, ignore_errors=True)
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    (content / "pages").mkdir(parents=True)
    for page in (ROOT / "content" / "pages").glob("*.md"):
        shutil.copy(page, content / "pages" / page.name)

    import_cmd = [PY, "-m", "public_records", "import", str(seeds), str(content)]
    import_cmd += ["--cache", str(cache / "records")]
    timings = work / "timings.jsonl"

    def sites(name: str) -> tuple[Run, list[dict]]:
        timings.unlink(missing_ok=True)
        pelican = [PY, "-m", "pelican", "-s", str(ROOT / "pelican.conf.py"), "-q"]
        env = _env(
            ARCHIVE_CONTENT=str(content),
            ARCHIVE_OUTPUT=str(output),
            ARCHIVE_TIMINGS=str(timings),
        )
        runs = []
        procs_env = [dict(env, ARCHIVE_SCRIPT=s) for s in ("hans", "hant")]
        # Both scripts together, as `make html` runs them; each measured on its own too.
        run = Run(name, load_before=os.getloadavg()[0])
        start = time.perf_counter()
        threads = []
        for script, e in zip(("hans", "hant"), procs_env, strict=True):

            def one(script=script, e=e) -> None:
                runs.append(measure(f"{name} {script}", [pelican], e, log))

            t = threading.Thread(target=one)
            t.start()
            threads.append(t)
        for t in threads:
            t.join()
        run.wall = time.perf_counter() - start
        run.cpu = sum(r.cpu for r in runs)
        run.peak_tree_mb = sum(r.peak_tree_mb for r in runs)  # upper bound: both at peak
        run.max_rss_mb = max(r.max_rss_mb for r in runs)
        run.load_after = os.getloadavg()[0]
        run.returncodes = [c for r in runs for c in r.returncodes]
        run.extra["scripts"] = {r.name.rsplit(" ", 1)[1]: asdict(r) for r in runs}
        return run, read_timings(timings)

    results: dict[str, Run] = {}
    stages: dict[str, list[dict]] = {}
    partial = out_root / f"bench-{n}.partial.json"

    def save() -> None:
        # A long run (N=100,000) can be read while it goes on.
        data = {"n": n, "runs": {k: asdict(v) for k, v in results.items()}, "stages": stages}
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    results["import cold"] = measure("import cold", [import_cmd], _env(), log)
    save()
    results["import warm"] = measure("import warm", [import_cmd], _env(), log)
    save()
    results["sites cold"], stages["sites cold"] = sites("sites cold")
    save()
    out_cold = output_stats(output)
    out_cold["records"] = sum(1 for _ in (content / "records" / "zh-hans").glob("*.md"))
    out_cold["by_kind"] = dict(site_bytes(output).most_common())
    results["sites warm"], stages["sites warm"] = sites("sites warm")
    save()

    # The warm rebuild: one new report arrives.
    extra_dir = work / "extra"
    shutil.rmtree(extra_dir, ignore_errors=True)
    subprocess.run(
        [*SYNTH, "--n", "1", "--out", str(extra_dir), "--seed", str(seed + 1), "--clean"],
        env=_env(),
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    new = next(extra_dir.glob("*.txt"))
    added = seeds / f"bench_added_{seed + 1}.txt"
    shutil.copy(new, added)
    published_before = sum(1 for _ in (content / "records" / "zh-hans").glob("*.md"))
    try:
        results["+1 import"] = measure("+1 import", [import_cmd], _env(), log)
        published = sum(1 for _ in (content / "records" / "zh-hans").glob("*.md"))
        results["+1 import"].extra["records_added"] = published - published_before
        if published != published_before + 1:
            print(f"bench: the added report {added.name} was not published", file=sys.stderr)
        save()
        results["+1 sites"], stages["+1 sites"] = sites("+1 sites")
    finally:
        added.unlink()
    out_final = output_stats(output)

    partial.unlink(missing_ok=True)
    records = sum(1 for _ in (content / "records" / "zh-hans").glob("*.md"))
    summary = {
        "n": n,
        "records_published": records,
        "generate_wall": round(gen_wall, 2),
        "machine": {"cpus": os.cpu_count(), "load_at_end": os.getloadavg()},
        "runs": {k: asdict(v) for k, v in results.items()},
        "stages": stages,
        "output_cold": out_cold,
        "output_final": out_final,
    }
    cold = results["import cold"], results["sites cold"]
    warm1 = results["+1 import"], results["+1 sites"]
    summary["totals"] = {
        "cold build wall (s)": round(sum(r.wall for r in cold), 2),
        "cold build CPU (s)": round(sum(r.cpu for r in cold), 2),
        "cold build peak (MB)": round(max(r.peak_tree_mb for r in cold), 1),
        "warm rebuild, nothing changed (s)": round(
            results["import warm"].wall + results["sites warm"].wall, 2
        ),
        "warm rebuild after one new report (s)": round(sum(r.wall for r in warm1), 2),
        "import rate (reports/s)": round(n / results["import cold"].wall, 1),
        "import rate per CPU second (reports/s)": round(n / results["import cold"].cpu, 1),
        "largest process peak (MB)": round(max(r.max_rss_mb for r in results.values()), 1),
        "output per record (KB)": round(out_cold["bytes"] / max(out_cold["records"], 1) / 1000, 1),
    }
    return summary


# The hostile shapes of issue 16, each about 2 MB of UTF-8 (the limit is 2 MiB).
BIG_REPORT_BYTES = 2_000_000


def big_report(shape: str) -> str:
    """A report of about BIG_REPORT_BYTES in `shape`."""
    units = {
        "short lines": "会议强调\n",
        "one line": "区委书记潘功发主持会议并讲话，会议强调要抓好落实。",
        "one line, no punctuation": "区委书记潘功发主持会议并讲话会议强调要抓好落实",
    }
    head, end = "区委书记潘功发主持会议。\n", "会后合影留念。"
    unit = units[shape]
    room = BIG_REPORT_BYTES - len((head + end).encode())
    return head + unit * (room // len(unit.encode())) + end


BIG_SHAPES = ("short lines", "one line", "one line, no punctuation")


def bench_big_reports(out_root: Path, timeout: float) -> dict[str, Run]:
    """Import one 2 MB report of each shape, alone, cold (a run still going after
    `timeout` seconds is stopped and recorded as such)."""
    runs: dict[str, Run] = {}
    for shape in BIG_SHAPES:
        work = out_root / "big" / shape.replace(" ", "-").replace(",", "")
        shutil.rmtree(work, ignore_errors=True)
        seeds, content = work / "seeds", work / "content"
        seeds.mkdir(parents=True)
        shutil.copytree(ROOT / "seeds" / "registry", seeds / "registry")
        (seeds / "big.txt").write_text(big_report(shape), encoding="utf-8")
        log = work / "bench.log"
        cmd = [PY, "-m", "public_records", "import", str(seeds), str(content)]
        cmd += ["--cache", str(work / ".cache")]
        name = f"import one 2 MB report: {shape}"
        timer = threading.Timer(timeout, _stop_tree, args=(work,))
        timer.start()
        try:
            run = measure(name, [cmd], _env(), log)
        finally:
            timer.cancel()
        run.extra["bytes"] = (seeds / "big.txt").stat().st_size
        run.extra["published"] = (content / "records" / "zh-hans" / "big.md").exists()
        run.extra["stopped_after_s"] = timeout if run.wall >= timeout else None
        runs[name] = run
    return runs


def _stop_tree(work: Path) -> None:
    """Stop the import started for `work` (found by its command line)."""
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry.name}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if str(work / "seeds").encode() in cmdline:
            try:
                os.kill(int(entry.name), 9)
            except OSError:
                pass


def big_table(runs: dict[str, Run]) -> str:
    lines = []
    for name, r in runs.items():
        if r.extra.get("stopped_after_s"):
            note = f"stopped after {r.extra['stopped_after_s']:.0f} s, not done"
        else:
            note = f"{r.extra['bytes'] / 1e6:.1f} MB, published: {r.extra['published']}"
        lines.append(
            f"{name}: wall {r.wall:.1f} s, CPU {r.cpu:.1f} s, peak {r.peak_tree_mb:.0f} MB ({note})"
        )
    return "\n".join(lines)


# FORMAT=warc (issue 15): the same N reports as county-style pages in one WARC.
BENCH_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}_区人民政府</title><script>var _hmt = []; /* statistics */</script>
<style>.nav li {{ float: left; }}</style></head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li>政务公开</li>
<li>办事服务</li><li>互动交流</li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 新闻中心</div>
<div class="article"><h1>{title}</h1><div class="content">{paras}</div>
<div class="share">分享到：微信 微博</div></div>
<div class="footer"><p>主办单位：区人民政府办公室　地址：人民路1号</p><p>皖ICP备05001234号</p>
</div><script src="/js/jquery.min.js"></script></body></html>
"""


def write_warc(text_seeds: Path, warc_path: Path) -> int:
    """Each `*.txt` report of `text_seeds` as a page (its first line the headline) in
    one gzipped WARC, one response record each; the number of pages."""
    from html import escape

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    sys.path.insert(0, str(ROOT / "plugins"))
    from public_records.ingest.sources import SourceError, decode

    count = 0
    with warc_path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for path in sorted(text_seeds.glob("*.txt")):
            try:  # the reports come in several encodings: the page is UTF-8
                text = decode(path.read_bytes(), path)[0]
            except SourceError:
                continue  # unreadable as a text report too
            lines = [ln for ln in text.splitlines() if ln.strip()]
            paras = "".join(f"<p>{escape(line)}</p>" for line in lines[1:])
            body = BENCH_PAGE.format(title=escape(lines[0] if lines else ""), paras=paras)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            uri = f"https://www.example.gov.cn/xwzx/{path.stem}.html"
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(record)
            count += 1
    return count


def bench_warc(n: int, out_root: Path, seed: int) -> dict[str, Run]:
    """The cold import of N synthetic reports as text files, then of the same reports
    as pages in one WARC (`make bench N=... FORMAT=warc`)."""
    work = out_root / f"n{n}"
    log = work / "bench-warc.log"
    work.mkdir(parents=True, exist_ok=True)
    generate(n, work / "seeds", seed, log)
    warc_seeds = out_root / f"warc-n{n}" / "seeds"
    shutil.rmtree(warc_seeds.parent, ignore_errors=True)
    warc_seeds.mkdir(parents=True)
    shutil.copytree(ROOT / "seeds" / "registry", warc_seeds / "registry")
    pages = write_warc(work / "seeds", warc_seeds / "bench.warc.gz")
    runs: dict[str, Run] = {}
    for name, seeds in (("import cold, text", work / "seeds"), ("import cold, WARC", warc_seeds)):
        target = seeds.parent / "content-format"
        shutil.rmtree(target, ignore_errors=True)
        cache = seeds.parent / ".cache-format"
        shutil.rmtree(cache, ignore_errors=True)
        cmd = [PY, "-m", "public_records", "import", str(seeds), str(target), "--cache", str(cache)]
        run = measure(name, [cmd], _env(), log)
        published = len(list((target / "records" / "zh-hans").glob("*.md")))
        run.extra.update(published=published, per_second=round(published / run.wall, 1))
        runs[name] = run
    runs["import cold, WARC"].extra["pages"] = pages
    return runs


def warc_table(runs: dict[str, Run]) -> str:
    return "\n".join(
        f"{name}: wall {r.wall:.1f} s, CPU {r.cpu:.1f} s, peak {r.peak_tree_mb:.0f} MB,"
        f" {r.extra['published']} records published, {r.extra['per_second']} records/s"
        for name, r in runs.items()
    )


def table(summary: dict) -> str:
    rows = [("stage", "wall s", "CPU s", "peak MB", "load", "notes")]
    for name, r in summary["runs"].items():
        note = ""
        if name == "sites cold":
            o = summary["output_cold"]
            note = f"{o['html_pages']} pages, {o['files']} files, {o['bytes'] / 1e6:.0f} MB"
        if name.startswith("import"):
            note = f"{summary['n'] / r['wall']:.0f} reports/s"
        rows.append(
            (
                name,
                f"{r['wall']:.1f}",
                f"{r['cpu']:.1f}",
                f"{r['peak_tree_mb']:.0f}",
                f"{r['load_before']:.1f}/{r['load_after']:.1f}",
                note,
            )
        )
        for script, s in r["extra"].get("scripts", {}).items():
            rows.append(
                (
                    f"  {script}",
                    f"{s['wall']:.1f}",
                    f"{s['cpu']:.1f}",
                    f"{s['peak_tree_mb']:.0f}",
                    "",
                    "",
                )
            )
        for st in summary["stages"].get(name, []):
            detail = ", ".join(
                f"{k}={v}" for k, v in st.items() if k not in ("stage", "wall", "cpu", "script")
            )
            rows.append(
                (
                    f"    {st['script']} {st['stage']}",
                    f"{st['wall']:.1f}",
                    f"{st['cpu']:.1f}",
                    "",
                    "",
                    detail,
                )
            )
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    lines.append("")
    for key, value in summary["totals"].items():
        targets = [
            f"at N={at}: {t[key]}"
            for at, t in (("10,000", TARGETS_AT_10K), ("100,000", TARGETS_AT_100K))
            if key in t
        ]
        lines.append(f"{key}: {value}" + (f"   (target {'; '.join(targets)})" if targets else ""))
    cold = summary["output_cold"]
    if cold.get("records"):
        kinds = ", ".join(
            f"{kind} {b / cold['records'] / 1000:.1f}" for kind, b in cold["by_kind"].items()
        )
        lines.append(f"output per record by kind (KB, both scripts): {kinds}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of reports (default 1000)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "out"))
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument(
        "--big-reports-only", action="store_true", help="only the 2 MB single-report rows"
    )
    parser.add_argument(
        "--big-timeout", type=float, default=600, help="stop a 2 MB import after this (s)"
    )
    parser.add_argument(
        "--format", choices=("text", "warc"), default="text",
        help="warc: only the import, of the reports as text and as pages in one WARC",
    )  # fmt: skip
    args = parser.parse_args(argv)
    out_root = Path(args.out)
    if args.format == "warc":
        runs = bench_warc(args.n, out_root, args.seed)
        print(warc_table(runs))
        path = out_root / f"bench-warc-{args.n}.json"
        data = {k: asdict(v) for k, v in runs.items()}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nbench: wrote {path}")
        return 0
    if args.big_reports_only:
        out_root.mkdir(parents=True, exist_ok=True)
        big = bench_big_reports(out_root, args.big_timeout)
        print(big_table(big))
        path = out_root / "bench-big-reports.json"
        runs = {k: asdict(v) for k, v in big.items()}
        path.write_text(json.dumps(runs, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nbench: wrote {path}")
        return 0
    summary = bench(args.n, out_root, args.seed)
    big = bench_big_reports(out_root, args.big_timeout)
    summary["big_reports"] = {k: asdict(v) for k, v in big.items()}
    text = table(summary) + "\n\n" + big_table(big)
    print(text)
    path = out_root / f"bench-{args.n}.json"
    path.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nbench: wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
