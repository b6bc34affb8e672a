"""`make bench` (bench/run.py) prints, besides its table, the output per record with
where its bytes go, the largest single process and the warm rebuild after one new
report (issue 12, item 6). Checked on a summary of the shape `bench()` returns, and the
process measure on this test's own process."""

from __future__ import annotations

import importlib.util
import os
import sys

from sitebuild import ROOT


def bench_module():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_totals_name_output_per_record_largest_process_and_warm_rebuild():
    bench = bench_module()
    run = bench.Run("import cold", wall=2.0, cpu=3.0, max_rss_mb=300.0)
    summary = {
        "n": 10,
        "runs": {"import cold": bench.asdict(run)},
        "stages": {},
        "output_cold": {
            "files": 3,
            "html_pages": 2,
            "bytes": 90_000,
            "records": 9,
            "by_kind": {"records": 60_000, "officials": 30_000},
        },
        "totals": {
            "warm rebuild after one new report (s)": 1.5,
            "largest process peak (MB)": 300.0,
            "output per record (KB)": 10.0,
        },
    }
    lines = bench.table(summary).splitlines()
    assert (
        "warm rebuild after one new report (s): 1.5   (target at N=10,000: 10; at N=100,000: 10)"
        in lines
    )
    assert "largest process peak (MB): 300.0   (target at N=100,000: 1024)" in lines
    assert "output per record (KB): 10.0   (target at N=100,000: 15)" in lines
    assert "output per record by kind (KB, both scripts): records 6.7, officials 3.3" in lines


def test_the_largest_process_is_one_process_not_the_tree():
    bench = bench_module()
    child = os.fork()
    if child == 0:  # a second process in the tree, holding its own pages
        import time

        time.sleep(2)
        os._exit(0)
    try:
        total, largest = bench.tree_rss_mb([os.getpid()])
    finally:
        os.waitpid(child, 0)
    assert 0 < largest < total
