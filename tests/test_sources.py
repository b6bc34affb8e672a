"""Reading raw reports: encodings, metadata, and bad input named with its reason."""

import hashlib
import os
from pathlib import Path

import pytest
from public_records.ingest.sources import SourceError, read_all, read_report

TEXT = "8月2日下午，大观区召开区委常委会会议。区委书记潘功发主持会议并讲话。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        ("8月2日下午，大觀區召開區委常委會會議。區委書記主持會議並講話。".encode("big5"), "big5"),
    ],
)
def test_encodings_are_detected(tmp_path, data, encoding):
    path = tmp_path / "r1.txt"
    path.write_bytes(data)
    record = read_report(path)
    assert record.encoding == encoding
    assert "会议" in record.raw_text or "會議" in record.raw_text
    assert record.sha256 == hashlib.sha256(data).hexdigest()


def test_crlf_text_is_read_and_raw_kept(tmp_path):
    path = tmp_path / "r1.txt"
    path.write_bytes(TEXT.replace("。", "。\r\n").encode())
    assert "\r\n" in read_report(path).raw_text  # raw text kept exactly as received


def test_sidecar_and_front_matter(tmp_path):
    (tmp_path / "r1.txt").write_text("---\ntitle: 题目\n---\n" + TEXT, encoding="utf-8")
    (tmp_path / "r1.yml").write_text("date: 2024-08-02\nurl: http://x.cn/1\n", encoding="utf-8")
    record = read_report(tmp_path / "r1.txt")
    assert record.sidecar == {"title": "题目", "date": "2024-08-02", "url": "http://x.cn/1"}
    assert record.meta["body"] == TEXT


def test_sidecar_id_overrides_file_name(tmp_path):
    (tmp_path / "r1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "r1.yml").write_text("id: daguan-2024-0802\n", encoding="utf-8")
    assert read_report(tmp_path / "r1.txt").id == "daguan-2024-0802"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "is empty"),
        (b"  \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is binary"),
        (bytes(range(128, 256)) * 3, "is not text"),
        (b"x" * (2 * 1024 * 1024 + 1), "over the limit"),
    ],
)
def test_bad_files_are_rejected_by_name(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError) as e:
        read_report(path)
    assert str(path) in str(e.value)
    assert reason in str(e.value)


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        ("date: [2024\n", "malformed YAML line"),
        ("date: [2024]\n", "`date` is a list"),
        ('title: "unclosed\n', "malformed YAML line"),
        ("- a\n- b\n", "must be a mapping"),
        ("colour: red\n", "unknown keys ['colour']"),
        ("id: ../../etc\n", "id '../../etc' must match"),
    ],
)
def test_bad_sidecars_are_rejected_by_name(tmp_path, sidecar, reason):
    (tmp_path / "r1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "r1.yml").write_text(sidecar, encoding="utf-8")
    with pytest.raises(SourceError) as e:
        read_report(tmp_path / "r1.txt")
    assert "r1.yml" in str(e.value)
    assert reason in str(e.value)


def test_two_files_claiming_one_id(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.yml").write_text("id: a\n", encoding="utf-8")
    results = list(read_all([tmp_path / "a.txt", tmp_path / "b.txt"]))
    assert results[0].id == "a"
    assert isinstance(results[1], SourceError)
    assert "b.txt" in str(results[1]) and "already used by a.txt" in str(results[1])


# --- issue 16: hostile and broken inputs ------------------------------------------


def _with_sidecar(tmp_path, sidecar: str | bytes, name: str = "r1"):
    (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    data = sidecar.encode("utf-8") if isinstance(sidecar, str) else sidecar
    (tmp_path / f"{name}.yml").write_bytes(data)
    return tmp_path / f"{name}.txt"


def _codes(record):
    return {f.code for f in record.findings}


@pytest.mark.parametrize(
    ("sidecar", "key", "value"),
    [
        ("id: 0123\n", "id", "0123"),  # YAML 1.1: the integer 83
        ("id: no\n", "id", "no"),  # YAML 1.1: False
        ("title: 1e3\n", "title", "1e3"),  # a float
        ("source: 2024-08-02\n", "source", "2024-08-02"),  # a timestamp
        ("title: ''\n", "title", ""),
        ("title:\n", "title", ""),
    ],
)
def test_sidecar_scalars_stay_strings_as_written(tmp_path, sidecar, key, value):
    record = read_report(_with_sidecar(tmp_path, sidecar))
    assert record.sidecar[key] == value
    if key == "id":
        assert record.id == value


def test_a_coerced_date_is_not_read_as_another_date(tmp_path):
    # YAML 1.1 read `2024.10` as the float 2024.1, shown as "2024年1月" labelled given.
    record = read_report(_with_sidecar(tmp_path, "date: 2024.10\n"))
    assert "date" not in record.sidecar
    finding = next(f for f in record.findings if f.code == "metadata_ignored")
    assert "date" in finding.message and "2024.10" in finding.message


# The 317-byte bomb: each level a list of nine aliases to the level above; as
# YAML 1.1 objects, `title` is 9**7 strings (PyYAML built them all: gigabytes).
ALIAS_BOMB = (
    'id: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "date: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "url: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "retrieved: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "source: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "place: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "title: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
)


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        (ALIAS_BOMB, "a list"),
        ("title: &t 题目\nsource: *t\n", "anchor"),
        ("source: *t\n", "alias"),  # an undefined alias: malformed, or an alias
        ("title: !!binary aGk=\n", "tag"),
        ("title: !!python/object:os.system x\n", "tag"),
        ("title: [a, b]\n", "a list"),
        ("title: {a: b}\n", "a mapping"),
        ("title:\n  - a\n", "a list"),
        ("title: a\ntitle: b\n", "twice"),
        ("title: a\n---\ntitle: b\n", "more than one"),
        ('id: "abc\\n"\n', "id 'abc\\n' must match"),
        ("id: abc\n\n", None),  # a final newline after the value is fine
    ],
)
def test_sidecar_values_must_be_plain_strings(tmp_path, sidecar, reason):
    path = _with_sidecar(tmp_path, sidecar)
    if reason is None:
        assert read_report(path).id == "abc"
        return
    with pytest.raises(SourceError) as e:
        read_report(path)
    assert "r1.yml" in str(e.value)
    assert reason in str(e.value) or (reason == "alias" and "malformed YAML" in str(e.value))


def test_the_alias_bomb_fails_before_expanding(tmp_path):
    assert len(ALIAS_BOMB.encode()) < 400
    with pytest.raises(SourceError, match=r"r1\.yml: `id` is a list"):
        read_report(_with_sidecar(tmp_path, ALIAS_BOMB))


def test_an_id_with_a_final_newline_is_rejected_everywhere(tmp_path):
    from public_records.ingest.sources import valid_id

    assert not valid_id("abc\n") and valid_id("abc")
    path = tmp_path / "r1.txt"
    path.write_text('---\nid: "abc\\n"\n---\n' + TEXT, encoding="utf-8")
    with pytest.raises(SourceError, match="must match"):
        read_report(path)


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("date", "2024-02-30", "not a calendar date"),
        ("date", "20240802", "not YYYY-MM-DD, YYYY-MM or YYYY"),
        ("date", "2024-13", "not a calendar date"),
        ("retrieved", "yesterday", "not YYYY-MM-DD, YYYY-MM or YYYY"),
        ("url", "javascript:alert(document.domain)", "not an http(s) URL"),
        ("url", " JaVaScript:alert(1)", "not an http(s) URL"),
        ("url", "java\\tscript:alert(1)", "not an http(s) URL"),
        ("url", "data:text/html,<script>alert(1)</script>", "not an http(s) URL"),
        ("url", "vbscript:msgbox(1)", "not an http(s) URL"),
        ("url", "//evil.example/x", "not an http(s) URL"),
        ("title", "题" * 301, "over the limit of 300"),
        ("source", "网" * 201, "over the limit of 200"),
        ("url", "https://a.cn/" + "x" * 2000, "over the limit of 2,000"),
    ],
)
def test_a_bad_sidecar_value_is_dropped_with_a_named_finding(tmp_path, key, value, reason):
    record = read_report(_with_sidecar(tmp_path, f'{key}: "{value}"\nplace: 大观区\n'))
    assert key not in record.sidecar
    assert record.sidecar["place"] == "大观区"  # the other values are kept
    (finding,) = [f for f in record.findings if f.code == "metadata_ignored"]
    assert finding.severity == "warning"
    assert f"r1.yml: {key}" in finding.message and reason in finding.message


@pytest.mark.parametrize(
    "value",
    ["2024", "2024-08", "2024-08-02", "2024-02-29"],
)
def test_good_dates_are_kept_as_written(tmp_path, value):
    record = read_report(_with_sidecar(tmp_path, f"date: {value}\nretrieved: {value}\n"))
    assert record.sidecar == {"date": value, "retrieved": value}
    assert not record.findings


def test_an_http_url_is_kept(tmp_path):
    record = read_report(_with_sidecar(tmp_path, "url: HTTPS://example.gov.cn/a?b=1&c=2\n"))
    assert record.sidecar["url"] == "https://example.gov.cn/a?b=1&c=2"


@pytest.mark.parametrize(
    ("escaped", "named"),
    [
        ("\\uFFFE", "U+FFFE"),
        ("\\uFFFF", "U+FFFF"),
        ("\\uFDD0", "U+FDD0"),
        ("\\x07", "U+0007"),
        ("\\x85", "U+0085"),
        ("\\u202E", "U+202E"),
        ("\\u2066", "U+2066"),
    ],
)
def test_unfit_characters_are_removed_from_metadata_text(tmp_path, escaped, named):
    record = read_report(_with_sidecar(tmp_path, f'title: "大观{escaped}区"\n'))
    assert record.sidecar["title"] == "大观区"
    (finding,) = [f for f in record.findings if f.code == "metadata_chars_removed"]
    assert named in finding.message and "title" in finding.message
    record.sidecar["title"].encode("utf-8")  # no lone surrogate left


def test_source_findings_survive_processing(tmp_path):
    from public_records.ingest.process import process

    record = read_report(_with_sidecar(tmp_path, 'url: "javascript:alert(1)"\n'))
    done = process(record)
    assert "metadata_ignored" in _codes(done)
    assert "url" not in done.sidecar


def test_a_sidecar_in_gbk_is_a_named_error(tmp_path):
    path = _with_sidecar(tmp_path, "title: 大观区会议\n".encode("gbk"))
    with pytest.raises(SourceError, match=r"r1\.yml: is not UTF-8"):
        read_report(path)


def test_a_sidecar_that_is_a_directory_is_a_named_error(tmp_path):
    (tmp_path / "r1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "r1.yml").mkdir()
    with pytest.raises(SourceError, match=r"r1\.yml: is a directory.*r1\.txt"):
        read_report(tmp_path / "r1.txt")


def test_a_sidecar_linked_to_dev_zero_is_not_read(tmp_path):
    (tmp_path / "r1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "r1.yml").symlink_to("/dev/zero")
    with pytest.raises(SourceError, match=r"r1\.yml: is a symbolic link"):
        read_report(tmp_path / "r1.txt")


def test_an_oversized_sidecar_is_a_named_error(tmp_path):
    from public_records.ingest.sources import MAX_SIDECAR_BYTES

    path = _with_sidecar(tmp_path, "title: " + "x" * MAX_SIDECAR_BYTES + "\n")
    with pytest.raises(SourceError, match=r"r1\.yml: is over the limit"):
        read_report(path)


def test_a_report_linked_outside_is_not_read(tmp_path):
    secret = tmp_path / "outside.txt"
    secret.write_text(TEXT, encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "leak.txt").symlink_to(secret)
    with pytest.raises(SourceError, match=r"leak\.txt: is a symbolic link"):
        read_report(seeds / "leak.txt")


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_front_matter_with_any_line_ends(tmp_path, bom, newline):
    head = newline.join(["---", "title: 题目", "date: 2024-08-02", "---", ""])
    path = tmp_path / "r1.txt"
    path.write_bytes(bom + (head + TEXT).encode("utf-8"))
    record = read_report(path)
    assert record.sidecar == {"title": "题目", "date": "2024-08-02"}
    assert record.meta["body"] == TEXT


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_decoded(tmp_path, codec):
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
    path = tmp_path / "r1.txt"
    path.write_bytes(bom + TEXT.encode(codec))
    record = read_report(path)
    assert record.raw_text == TEXT and record.encoding.startswith("utf-16")


def test_a_lone_surrogate_in_metadata_never_reaches_a_record(tmp_path):
    path = _with_sidecar(tmp_path, 'title: "大观\\uD800区"\n')
    try:
        record = read_report(path)
    except SourceError as e:  # libyaml refuses the escape: a named error
        assert "r1.yml" in str(e)
    else:  # the pure-Python parser reads it: removed with a finding
        assert record.sidecar["title"] == "大观区"
        assert "metadata_chars_removed" in _codes(record)


def test_a_few_invalid_utf8_bytes_are_repaired_and_logged(tmp_path):
    first, second, third = TEXT[:10], TEXT[10:20], TEXT[20:] * 3
    data = first.encode() + b"\xff" + second.encode() + b"\xc3\x28" + third.encode()
    path = tmp_path / "r1.txt"
    path.write_bytes(data)
    record = read_report(path)
    assert record.encoding == "utf-8"
    assert record.raw_text == f"{first}\ufffd{second}\ufffd({third}"
    (finding,) = [f for f in record.findings if f.code == "invalid_utf8_repaired"]
    at = len(first.encode())
    offsets = f"{at}, {at + 1 + len(second.encode())}"
    assert finding.message.endswith(f"Byte offsets: {offsets}")
    assert record.sha256 == hashlib.sha256(data).hexdigest()  # raw bytes untouched


def test_many_invalid_bytes_are_not_repaired_as_utf8(tmp_path):
    path = tmp_path / "r1.txt"
    path.write_bytes(TEXT.encode("gb18030"))  # every Chinese character invalid as UTF-8
    record = read_report(path)
    assert record.encoding == "gb18030" and record.raw_text == TEXT


def _survey_folder(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "registry").mkdir(parents=True)
    (seeds / "registry" / "officials.yml").write_text("[]\n")
    for name in ("good.txt", "x.TXT", "y.yaml", "y.txt", "z.YML", "notes.md"):
        (seeds / name).write_text(TEXT, encoding="utf-8")
    (seeds / "orphan.yml").write_text("title: 题\n", encoding="utf-8")
    (seeds / ".gitkeep").write_text("")
    (seeds / "sub" / "deeper").mkdir(parents=True)
    (seeds / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "sub" / "deeper" / "b.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "leak.txt").symlink_to("/etc/passwd")
    os.mkfifo(seeds / "pipe.txt")
    return seeds


def test_survey_names_every_file_it_does_not_import(tmp_path):
    from public_records.ingest.sources import discover, survey

    seeds = _survey_folder(tmp_path)
    paths, problems = survey(seeds)
    assert [p.name for p in paths] == ["good.txt", "y.txt"]
    named = {Path(e.path).name: e for e in problems}
    assert set(named) == {
        "x.TXT", "y.yaml", "z.YML", "notes.md", "orphan.yml", "sub", "leak.txt", "pipe.txt"
    }  # fmt: skip
    assert "rename it to x.txt" in named["x.TXT"].reason
    assert "rename it to y.yml" in named["y.yaml"].reason
    assert "without its report orphan.txt" in named["orphan.yml"].reason
    assert "a.txt" in named["sub"].reason and "deeper/b.txt" in named["sub"].reason
    assert "symbolic link" in named["leak.txt"].reason
    assert named["leak.txt"].severity == named["pipe.txt"].severity == "error"
    assert named["x.TXT"].severity == "warning"
    # discover keeps its return type for existing callers, and can collect the problems
    collected: list = []
    assert discover(seeds, collected) == paths == discover(seeds)
    assert [str(e) for e in collected] == [str(e) for e in problems]


@pytest.mark.parametrize("opening", ["[", "{a: ", "[{a: "])
def test_deep_flow_nesting_is_refused_before_parsing(tmp_path, monkeypatch, opening):
    # YAML parsers are quadratic in flow nesting: 64 KiB of "[" took libyaml 20 s.
    from public_records.ingest import metadata

    def no_parse(*args, **kwargs):
        raise AssertionError("the parser was given deeply nested YAML")

    monkeypatch.setattr(metadata.yaml, "parse", no_parse)
    path = _with_sidecar(tmp_path, "title: " + opening * 10_000)
    with pytest.raises(SourceError, match=r"r1\.yml: nests \[ or \{ [\d,]+ deep"):
        read_report(path)
    monkeypatch.undo()
    with pytest.raises(metadata.MetadataError, match="is a list"):  # shallow: parsed
        metadata.load("title: [[a]]\n", "x")


def test_a_missing_seeds_folder_is_named(tmp_path):
    from public_records.ingest.sources import survey

    paths, (problem,) = survey(tmp_path / "nowhere")
    assert paths == [] and "nowhere: cannot be listed" in str(problem)
