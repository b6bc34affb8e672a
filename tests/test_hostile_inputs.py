"""Hostile and broken inputs (issue 16): links, devices, FIFOs, directories and endless
files are refused by name, and reading never blocks or reads without limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from public_records.safe_files import UnsafeFileError, check_regular, read_regular


def test_read_regular_reads_a_regular_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"abc")
    assert read_regular(tmp_path / "a.txt", 3, tmp_path) == b"abc"


@pytest.mark.parametrize("target", ["/etc/passwd", "/dev/zero", "a.txt"])
def test_read_regular_refuses_a_symlink(tmp_path, target):
    (tmp_path / "a.txt").write_bytes(b"abc")
    (tmp_path / "leak.txt").symlink_to(target)
    with pytest.raises(UnsafeFileError, match=r"leak\.txt: is a symbolic link"):
        read_regular(tmp_path / "leak.txt", 100)


def test_read_regular_refuses_a_file_under_a_linked_folder(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "officials.yml").write_text("[]")
    (tmp_path / "registry").symlink_to(tmp_path / "real")
    with pytest.raises(UnsafeFileError, match="lies under a symbolic link"):
        read_regular(tmp_path / "registry" / "officials.yml", 100, root=tmp_path)


def test_read_regular_refuses_a_fifo_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "f.txt")
    with pytest.raises(UnsafeFileError, match=r"f\.txt: is not a regular file|FIFO"):
        read_regular(tmp_path / "f.txt", 100)


def test_read_regular_refuses_a_directory_and_a_device(tmp_path):
    (tmp_path / "d.yml").mkdir()
    with pytest.raises(UnsafeFileError, match=r"d\.yml: is a directory"):
        read_regular(tmp_path / "d.yml", 100)
    with pytest.raises(UnsafeFileError, match="/dev/zero: is a character device"):
        read_regular(Path("/dev/zero"), 100)


def test_read_regular_reads_no_more_than_the_limit(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"x" * 11)
    assert len(read_regular(tmp_path / "big.txt", 11)) == 11
    with pytest.raises(UnsafeFileError, match="over the limit of 10 bytes"):
        read_regular(tmp_path / "big.txt", 10)


def test_check_regular_names_the_kind(tmp_path):
    (tmp_path / "d").mkdir()
    with pytest.raises(UnsafeFileError, match="is a directory"):
        check_regular(tmp_path / "d")


# --- the import: every file it does not import is named ---------------------------

TEXT = "8月2日下午，大观区召开区委常委会会议。区委书记潘功发主持会议并讲话。"


def _errors_by_file(report) -> dict[str, str]:
    return {Path(e.path).name: e.reason for e in report.errors}


def test_the_import_names_files_it_ignores(tmp_path):
    from public_records.importer import run_import

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "x.TXT").write_text(TEXT, encoding="utf-8")
    (seeds / "orphan.yml").write_text("title: 题\n", encoding="utf-8")
    (seeds / "leak.txt").symlink_to("/etc/passwd")
    report = run_import(seeds, tmp_path / "content", cache_dir=None, jobs=1)
    assert [r.id for r in report.records] == ["good"]
    errors = _errors_by_file(report)
    assert set(errors) == {"x.TXT", "orphan.yml", "leak.txt"}
    assert "symbolic link" in errors["leak.txt"]
    assert not (tmp_path / "content" / "raw" / "leak.txt").exists()


def test_a_changed_ignored_value_is_not_served_from_the_cache(tmp_path):
    from public_records.importer import run_import

    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    (seeds / "r1.txt").write_text(TEXT, encoding="utf-8")
    messages = []
    for url in ("javascript:alert(1)", "vbscript:msgbox(2)"):
        (seeds / "r1.yml").write_text(f'url: "{url}"\n', encoding="utf-8")
        report = run_import(seeds, tmp_path / "content", cache_dir=cache, jobs=1)
        (record,) = report.records
        messages.append(next(f.message for f in record.findings if f.code == "metadata_ignored"))
    assert "javascript:alert(1)" in messages[0]
    assert "vbscript:msgbox(2)" in messages[1]
