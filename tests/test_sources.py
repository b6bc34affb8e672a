"""Reading raw reports: encodings, metadata, and bad input named with its reason."""

import hashlib

import pytest
from public_records.sources import SourceError, read_all, read_report

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
