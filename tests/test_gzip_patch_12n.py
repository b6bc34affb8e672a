"""Issue 12: after one new report the gzip downloads (datasets.write_gzip) cut pieces
and compress members only around the changed rows: an unchanged member is copied from
the .gz in place, neither read nor compressed, and the .gz is the one a full build
writes, byte for byte. A kept state that does not describe the .gz in place falls
back to the full pass. Work counted (datasets.GZIP_WORK), never timed."""

from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from public_records.ingest.importer import run_import
from public_records.site import datasets
from public_records.site.datasets import GZIP_WORK, write_gzip
from sitebuild import simplified_run

SMALL = 512  # MEMBER_BYTES in these tests: pieces of a few lines


def _line(rng: random.Random, n: int) -> bytes:
    return b'{"id": "r%05d", "text": "%s"}\n' % (n, b"x" * rng.randrange(20, 300))


def _spans(new: list[tuple[int | None, bytes]], old: list[bytes]) -> list[list[int]]:
    """Runs of the new file copied from the old one, as shared.RecordLines.rows gives
    them: [new offset, old offset, length]."""
    starts, at = [], 0
    for line in old:
        starts.append(at)
        at += len(line)
    runs: list[list[int]] = []
    at = 0
    for k, line in new:
        if k is not None:
            last = runs[-1] if runs else None
            if last and last[0] + last[2] == at and last[1] + last[2] == starts[k]:
                last[2] += len(line)
            else:
                runs.append([at, starts[k], len(line)])
        at += len(line)
    return runs


def _full(path: Path, tmp: Path) -> bytes:
    """What a build from nothing writes: write_gzip without a kept state."""
    target = tmp / "full.gz"
    write_gzip(path, target)
    return target.read_bytes()


edits = st.lists(
    st.tuples(st.sampled_from(["add", "change", "remove", "append"]), st.integers(0, 10**6)),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(0, 10**6), steps=st.lists(edits, min_size=1, max_size=3), spans=st.booleans()
)
def test_a_patched_gz_is_the_one_a_full_build_writes(tmp_path_factory, seed, steps, spans):
    tmp = tmp_path_factory.mktemp("gz")
    rng = random.Random(seed)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(datasets, "MEMBER_BYTES", SMALL)
        lines = [_line(rng, n) for n in range(rng.randrange(0, 80))]
        if lines and rng.random() < 0.3:
            lines[-1] = lines[-1].rstrip(b"\n")  # a last line without a newline
        plain, gz, index = tmp / "r.jsonl", tmp / "r.jsonl.gz", tmp / "r.index"
        plain.write_bytes(b"".join(lines))
        digest = "d0"
        write_gzip(plain, gz, index, None, digest)
        serial = 1000
        for step, ops in enumerate(steps):
            new: list[tuple[int | None, bytes]] = [(k, line) for k, line in enumerate(lines)]
            for op, where in ops:
                i = where % (len(new) + 1)
                serial += 1
                if op == "add":
                    new.insert(i, (None, _line(rng, serial)))
                elif op == "append":
                    new.append((None, _line(rng, serial)))
                elif new and op == "change":
                    new[i % len(new)] = (None, _line(rng, serial))
                elif new:
                    del new[i % len(new)]
            # Only whole lines end with a newline but the last: a line without one moves on.
            fixed = []
            for n, (k, line) in enumerate(new):
                if not line.endswith(b"\n") and n != len(new) - 1:
                    k, line = None, line + b"\n"
                fixed.append((k, line))
            runs = _spans(fixed, lines) if spans else None
            lines = [line for _, line in fixed]
            plain.write_bytes(b"".join(lines))
            GZIP_WORK.clear()
            write_gzip(
                plain, gz, index, (digest, runs) if runs is not None else None, f"d{step + 1}"
            )
            digest = f"d{step + 1}"
            assert GZIP_WORK["r.jsonl.gz"]["full"] == 0
            assert gz.read_bytes() == _full(plain, tmp)
            assert gzip.decompress(gz.read_bytes()) == plain.read_bytes()


def _many_lines(tmp: Path, n: int = 400) -> tuple[Path, Path, Path, list[bytes]]:
    rng = random.Random(7)
    lines = [_line(rng, i) for i in range(n)]
    plain, gz, index = tmp / "r.jsonl", tmp / "r.jsonl.gz", tmp / "r.index"
    plain.write_bytes(b"".join(lines))
    write_gzip(plain, gz, index, None, "d0")
    return plain, gz, index, lines


def test_one_new_line_cuts_and_compresses_only_around_it(tmp_path, monkeypatch):
    monkeypatch.setattr(datasets, "MEMBER_BYTES", SMALL)
    plain, gz, index, lines = _many_lines(tmp_path)
    members = len(json.loads(index.read_bytes())["members"])
    assert members > 20
    new = [(k, line) for k, line in enumerate(lines)]
    new.insert(200, (None, b'{"id": "new", "text": "one more report"}\n'))
    plain.write_bytes(b"".join(line for _, line in new))
    GZIP_WORK.clear()
    write_gzip(plain, gz, index, ("d0", _spans(new, lines)), "d1")
    work = GZIP_WORK["r.jsonl.gz"]
    assert work["full"] == 0 and work["hashed"] == 0  # the kept members are not read
    assert work["compressed"] <= 2 and work["kept"] >= members - 2
    assert work["lines"] <= 20  # of 401
    assert gz.read_bytes() == _full(plain, tmp_path)
    # Without the runs: the kept members are found by their first bytes and digest.
    new.insert(100, (None, b'{"id": "new2", "text": "and another"}\n'))
    plain.write_bytes(b"".join(line for _, line in new))
    GZIP_WORK.clear()
    write_gzip(plain, gz, index, None, "d2")
    work = GZIP_WORK["r.jsonl.gz"]
    assert work["full"] == 0 and work["compressed"] <= 2 and work["lines"] <= 20
    assert gz.read_bytes() == _full(plain, tmp_path)


@pytest.mark.parametrize("damage", ["garbage", "gz touched", "gz lost", "wrong runs", "short gz"])
def test_a_damaged_kept_state_falls_back_to_the_full_pass(tmp_path, monkeypatch, damage):
    monkeypatch.setattr(datasets, "MEMBER_BYTES", SMALL)
    plain, gz, index, lines = _many_lines(tmp_path)
    new = [(k, line) for k, line in enumerate(lines)]
    new.insert(5, (None, b'{"id": "new", "text": "one more report"}\n'))
    plain.write_bytes(b"".join(line for _, line in new))
    spans = ("d0", _spans(new, lines))
    if damage == "garbage":
        index.write_bytes(b'{"version": 1, "members": [[1, 2')
    elif damage == "gz touched":  # another file than the index describes
        os.utime(gz, ns=(1, 1))
    elif damage == "gz lost":
        gz.unlink()
    elif damage == "wrong runs":  # runs copied from other bytes than the index's
        spans = ("another", [[0, 0, plain.stat().st_size]])
    else:
        data = gz.read_bytes()[:-10]
        saved = json.loads(index.read_bytes())
        gz.write_bytes(data)
        stat = gz.stat()
        saved["gz"] = f"{stat.st_size}|{stat.st_mtime_ns}"
        index.write_text(json.dumps(saved))
    GZIP_WORK.clear()
    write_gzip(plain, gz, index, spans, "d1")
    work = GZIP_WORK["r.jsonl.gz"]
    full = damage != "wrong runs"  # then the members are checked by their digests
    assert work["full"] == int(full)
    assert work["lines"] == (401 if full else work["lines"])
    assert gz.read_bytes() == _full(plain, tmp_path)


REPORTS = {
    f"g{i:02d}.txt": (
        f"2023年{i % 12 + 1}月{i % 27 + 1}日，某某镇召开第{i + 1}次镇党委会议，研究秋季防火工作。"
        f"镇长赵小{'东南西北中'[i % 5]}主持会议并讲话。"
        + "会议要求各村做好巡查值守。"
        * (i % 7 + 3)
    )
    for i in range(40)
}
NEW = "2023年6月20日，某某镇召开秋粮收购工作会议。副镇长钱大为出席会议并讲话。"

# Pelican run in a process with small gzip members, that writes write_gzip's counts.
# Pelican run with small gzip members; the shared-outputs process (forked by the
# plugin) writes write_gzip's counts when it is done.
COUNTING_PELICAN = """
import atexit, json, sys
from pelican import main
from public_records.site import datasets, output_files, plugin, shared
datasets.MEMBER_BYTES = 2048
row_places = shared._row_places
def counted_row_places(*args):  # the old records.jsonl read line by line
    datasets.GZIP_WORK["records.jsonl"]["read"] += 1
    return row_places(*args)
shared._row_places = counted_row_places
counted_file = sys.argv.pop(1)
stamps = [0]  # the copies' stats (output_files._stamp), in the run's own process
stamp = output_files._stamp
def counted_stamp(path):
    stamps[0] += 1
    return stamp(path)
output_files._stamp = counted_stamp
atexit.register(lambda: open(counted_file + ".stats", "w").write(json.dumps(stamps[0])))
job = plugin._shared_outputs_job
def counted_job(*args):
    job(*args)
    open(counted_file, "w").write(json.dumps(datasets.GZIP_WORK))
plugin._shared_outputs_job = counted_job
sys.argv[0] = "pelican"
main()
"""


def _build(seeds: Path, content: Path, output: Path) -> dict:
    """Import, then one Simplified run: write_gzip's counts by .gz (and the run's stats
    of copies, under "stats")."""
    cache = content.parent / ".cache"
    run_import(seeds, content, cache_dir=cache / "records", jobs=1)
    counted = content.parent / "counted.json"
    counted.unlink(missing_ok=True)
    simplified_run(content, output, command=["-c", COUNTING_PELICAN, str(counted)])
    counts = json.loads(counted.read_text()) if counted.exists() else {}
    counts["stats"] = json.loads(Path(f"{counted}.stats").read_text())
    return counts


def test_one_new_report_in_a_real_build_compresses_only_its_members(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in REPORTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    step = tmp_path / "step"
    cold = _build(seeds, step / "content", step / "output")
    cold_stats = cold.pop("stats")
    cold.pop("records.jsonl", None)
    assert set(cold) == {f"{name}.gz" for name in datasets.COMPRESSED}
    assert all(work["full"] == 1 for work in cold.values())
    members = cold["records.jsonl.gz"]["compressed"]
    assert members > 5
    (seeds / "new.txt").write_text(NEW, encoding="utf-8")
    warm = _build(seeds, step / "content", step / "output")
    # The raw copies follow the import's journal: the new report's copy is stated (and
    # the theme's files), not every report's two files.
    warm_stats = warm.pop("stats")
    assert cold_stats >= 2 * len(REPORTS) and warm_stats <= cold_stats - 2 * len(REPORTS) + 4
    assert all(work.get("full", 0) == 0 for work in warm.values()), warm
    rows = warm["records.jsonl.gz"]
    assert rows["compressed"] <= 2 and rows["kept"] >= members - 2
    assert rows.get("hashed", 0) == 0  # the kept rows' members are neither read nor hashed
    # The kept rows are found by their sizes the last build kept, not by reading the file.
    assert warm.pop("records.jsonl", {}).get("read", 0) == 0
    assert rows["lines"] < 20  # of 41
    # Byte for byte what a build from nothing writes from the same reports.
    fresh = tmp_path / "fresh"
    _build(seeds, fresh / "content", fresh / "output")
    for name in datasets.COMPRESSED:
        made = (step / "output" / "data" / f"{name}.gz").read_bytes()
        assert made == (fresh / "output" / "data" / f"{name}.gz").read_bytes(), name
    raw = sorted(p.name for p in (step / "output" / "raw").iterdir())
    assert raw == sorted(p.name for p in (fresh / "output" / "raw").iterdir())
    assert len(raw) == len(REPORTS) + 1
    # A copy removed by hand moves output/raw's mtime: every copy is stated again.
    (step / "output" / "raw" / raw[3]).unlink()
    again = _build(seeds, step / "content", step / "output")
    assert again["stats"] >= 2 * len(REPORTS)
    assert sorted(p.name for p in (step / "output" / "raw").iterdir()) == raw
    for name in raw:
        kept = (step / "output" / "raw" / name).read_bytes()
        assert kept == (fresh / "output" / "raw" / name).read_bytes()
    # Nothing changed: nothing stated but the theme's files.
    assert _build(seeds, step / "content", step / "output")["stats"] < 2 * len(REPORTS)
    # A report removed: its copy goes, and the next run still follows the journal.
    (seeds / "g05.txt").unlink()
    assert _build(seeds, step / "content", step / "output")["stats"] < 2 * len(REPORTS)
    assert len(list((step / "output" / "raw").iterdir())) == len(REPORTS)
    (seeds / "new.txt").unlink()
    assert _build(seeds, step / "content", step / "output")["stats"] < 2 * len(REPORTS)
    assert len(list((step / "output" / "raw").iterdir())) == len(REPORTS) - 1
