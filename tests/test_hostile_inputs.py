"""Hostile and broken inputs (issue 16): links, devices, FIFOs, directories and endless
files are refused by name, and reading never blocks or reads without limit."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from public_records.common.safe_files import UnsafeFileError, check_regular, read_regular


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
    from public_records.ingest.importer import run_import

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
    from public_records.ingest.importer import run_import

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


# --- property: arbitrary sidecars and file kinds end, bounded, each problem named ----

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from public_records.ingest import metadata, sources  # noqa: E402
from public_records.ingest.importer import run_import  # noqa: E402

_KEYS = sorted(metadata.KEYS)
# Every value a sidecar may keep is within its limit, so a record's metadata is bounded
# whatever the YAML was (the alias bomb made a 58 MB title).
_MAX_KEPT = sum(metadata.LENGTH_LIMITS.get(k, metadata.DEFAULT_LENGTH_LIMIT) for k in _KEYS)

_scalar = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "0123",
            "no",
            "yes",
            "~",
            "null",
            "2024.10",
            "1e3",
            "2024-02-30",
            "20240802",
            "yesterday",
            "javascript:alert(1)",
            " JaVaScript:x",
            "//evil.example",
            "https://example.gov.cn/a",
            "2024-08-02",
        ]
    ),
    st.integers(1, 70_000).map(lambda n: "题" * n),  # over every limit, some over the file's
)


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar holding `text` (escapes for controls and quotes)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


_value = st.recursive(
    st.one_of(
        _scalar.map(_quoted),
        st.sampled_from(
            [
                "",
                "*a",
                "&a x",
                "!!binary aGk=",
                "!!python/object:os.system x",
                "!foo bar",
                "|\n  block\n  text",
                "{a: 1}",
                "[1, 2]",
            ]
        ),
        st.integers(1, 2000).map(lambda n: "[" * n),  # deep nesting, unclosed
    ),
    lambda inner: st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]"),
    max_leaves=12,
)
_line = st.tuples(st.sampled_from([*_KEYS, "colour", "<<", "- x"]), _value).map(
    lambda kv: f"{kv[0]}: {kv[1]}"
)
_sidecar = st.one_of(
    st.lists(_line, max_size=8).map(lambda lines: "\n".join(lines).encode("utf-8", "replace")),
    st.binary(max_size=300),  # not UTF-8, NUL bytes ...
    st.sampled_from(
        [
            ALIAS := (
                b'id: &a ["x","x","x","x","x","x","x","x","x"]\n'
                + b"".join(
                    f"{k}: &{b} [{','.join([f'*{a}'] * 9)}]\n".encode()
                    for k, a, b in zip(
                        ["date", "url", "retrieved", "source"], "abcd", "bcde", strict=True
                    )
                )
                + b"title: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
            )
        ]
    ),
)
_PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_kept(record) -> None:
    """What a record keeps of its metadata is plain, bounded, publishable text."""
    assert all(isinstance(v, str) for v in record.sidecar.values())
    assert sum(map(len, record.sidecar.values())) <= _MAX_KEPT
    for key, value in record.sidecar.items():
        assert not metadata.UNFIT_CHARACTERS.search(value) or key == "url", (key, value)
        if key == "url" and value:
            assert value.startswith(("http://", "https://"))
        if key in metadata.DATE_KEYS and value:
            assert not metadata.date_problem(value)
    if "id" in record.sidecar:
        assert sources.valid_id(record.id)


@_PROPERTY
@given(sidecar=_sidecar)
def test_any_sidecar_gives_a_record_or_a_named_error(sidecar):
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "r1.txt"
        report.write_text(TEXT, encoding="utf-8")
        (Path(folder) / "r1.yml").write_bytes(sidecar)
        try:
            record = sources.read_report(report)
        except sources.SourceError as e:
            assert e.path in (str(report), str(report.with_suffix(".yml")))
            assert e.reason
            return
        _check_kept(record)
        for finding in record.findings:
            assert finding.message.startswith("r1.yml: ") and len(finding.message) < 400


def _make(folder: Path, name: str, kind: str, payload: bytes) -> None:
    path = folder / name
    if kind == "text":
        path.write_bytes(payload or TEXT.encode())
    elif kind == "bytes":
        path.write_bytes(payload)
    elif kind == "dir":
        path.mkdir()
        (path / "inside.txt").write_text(TEXT, encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(path)
    else:  # a symlink
        path.symlink_to(
            {
                "link-out": "/etc/passwd",
                "link-zero": "/dev/zero",
                "link-good": "good.txt",
                "link-none": "missing",
            }[kind]
        )


_entry = st.tuples(
    st.sampled_from(["a", "b", "good", "r", "s", "registry", "x_y"]),
    st.sampled_from([".txt", ".yml", ".TXT", ".yaml", ".md", ""]),
    st.sampled_from(
        ["text", "bytes", "dir", "fifo", "link-out", "link-zero", "link-good", "link-none"]
    ),
    st.binary(max_size=200),
)
_folder = st.lists(_entry, max_size=6, unique_by=lambda e: e[0] + e[1].lower())


def _populate(folder: Path, entries) -> set[str]:
    """The good report and `entries`; the names of the entries made. No entry is the
    good report's sidecar: a hostile good.yml rightly holds the good report back (named),
    and the tests check that the good report is imported whatever else is there."""
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    made = {"good.txt"}
    for stem, suffix, kind, payload in entries:
        name = stem + suffix
        if name.lower() in {m.lower() for m in made} or name in ("registry", "good.yml"):
            continue
        _make(folder, name, kind, payload)
        made.add(name)
    return made


@_PROPERTY
@given(entries=_folder)
def test_any_folder_is_surveyed_and_read_with_each_problem_named(entries):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        made = _populate(folder, entries)
        paths, problems = sources.survey(folder)
        sidecars = {p.with_suffix(".yml").name for p in paths}
        listed = {p.name for p in paths} | {Path(e.path).name for e in problems}
        # every entry is a report, the sidecar of one, or a named problem
        assert listed | (sidecars & made) == made
        assert all(e.reason for e in problems)
        assert "good.txt" in {p.name for p in paths}
        for path in paths:
            try:
                record = sources.read_report(path)
            except sources.SourceError as e:
                assert Path(e.path).stem == path.stem and e.reason
                continue
            assert len(record.raw_text) <= sources.MAX_BYTES
            _check_kept(record)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=_folder, sidecar=_sidecar)
def test_an_import_of_a_hostile_folder_names_each_problem(entries, sidecar):
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        made = _populate(seeds, entries)
        if "r.txt" not in made and "r.yml" not in made and "r.TXT" not in made:
            (seeds / "r.txt").write_text(TEXT, encoding="utf-8")
            (seeds / "r.yml").write_bytes(sidecar)
            made |= {"r.txt", "r.yml"}
        content = Path(tmp) / "content"
        report = run_import(seeds, content, cache_dir=None, jobs=1)
        # a quarantined report is kept, with its reasons, on the build report's list
        imported = {r.source_path for r in report.records + report.quarantined}
        named = {Path(e.path).name for e in report.errors}
        assert "good.txt" in {r.source_path for r in report.records}
        # every entry was imported (or quarantined), or is named in an error, or is the
        # sidecar of a report imported or named, or is a report whose sidecar's error
        # names it
        held_back = {
            Path(e.path).with_suffix(".txt").name
            for e in report.errors
            if e.reason.endswith(f"its report {Path(e.path).stem}.txt is not imported")
        }
        for name in made:
            report_name = Path(name).with_suffix(".txt").name
            assert name in imported | named | held_back or (
                name.endswith(".yml") and report_name in imported | named
            ), name
        # bounded: nothing written is larger than a small multiple of what was given
        given_bytes = sum(
            p.stat().st_size for p in seeds.rglob("*") if p.is_file() and not p.is_symlink()
        )
        written = sum(p.stat().st_size for p in content.rglob("*") if p.is_file())
        assert written <= 40 * given_bytes + 200_000
        raw = content / "raw"
        assert {p.name for p in raw.iterdir()} <= {f"{r.id}.txt" for r in report.records}
