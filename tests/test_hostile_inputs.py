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
