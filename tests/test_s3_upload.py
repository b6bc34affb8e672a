"""`make s3_upload` against a real local S3 server (moto in server mode on 127.0.0.1,
started here): every file of the built folder becomes an object with its content type,
a second run uploads only the file that changed and deletes the one removed, a third
uploads nothing; without a bucket or the site's address it refuses before building."""

from __future__ import annotations

import doctest
import gzip
import hashlib
import json
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from test_make_targets import load_tool, needs_git, needs_make, project_copy, run_make

ROOT = Path(__file__).resolve().parent.parent
S3CMD = ROOT / ".venv" / "bin" / "s3cmd"
SERVER_ENV = ROOT / ".venv" / "s3-server" / "bin"  # requirements-s3server.txt
BUCKET = "archive-site"

# What each file of the folder must be stored as: the types browsers, feed readers and
# search.js need (tools/s3_content_types.tsv). A file no pattern names (.bin) gets the
# type guessed from its extension, or the default.
SITE = {
    "index.html": "text/html; charset=utf-8",
    "records/a/index.html": "text/html; charset=utf-8",
    "records/b/index.html": "text/html; charset=utf-8",
    "zh-hant/index.html": "text/html; charset=utf-8",
    "feeds/all.atom.xml": "application/xml; charset=utf-8",
    "sitemap.xml": "application/xml; charset=utf-8",
    "search/idx/meta.json.gz": "application/gzip",
    "search/idx/d/0/1.json.gz": "application/gzip",
    "data/records.jsonl.gz": "application/gzip",
    "data/appearances.csv.gz": "application/gzip",
    "data/topics.json.gz": "application/gzip",
    "data/officials/p-a.json": "application/json",
    "data/officials/p-a.csv": "text/csv; charset=utf-8",
    "data/archive.db": "application/vnd.sqlite3",
    "raw/a.txt": "text/plain; charset=utf-8",
    "robots.txt": "text/plain; charset=utf-8",
    "theme/js/search.js": "text/javascript; charset=utf-8",
    "theme/css/site.css": "text/css; charset=utf-8",
    "theme/favicon.svg": "image/svg+xml",
    "favicon.ico": "image/x-icon",
    "data/blob.bin": "application/octet-stream",
}


def make_site(folder: Path) -> None:
    """A small built site: every kind of file output/ holds, real gzip and SQLite."""
    for rel in SITE:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".gz"):
            path.write_bytes(gzip.compress(json.dumps({"file": rel}).encode(), mtime=0))
        elif rel.endswith(".db"):
            with sqlite3.connect(path) as db:
                db.execute("CREATE TABLE records (id TEXT)")
                db.execute("INSERT INTO records VALUES ('a')")
            db.close()
        else:
            path.write_text(f"{rel}: 区委书记潘功发\n", encoding="utf-8")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def s3_endpoint():
    """A moto S3 server on 127.0.0.1 with an empty bucket; its address."""
    if not (SERVER_ENV / "moto_server").exists():
        pytest.skip(
            "the local S3 server (moto) is not installed: `make test` installs it "
            "(requirements-s3server.txt)"
        )
    if not S3CMD.exists():
        pytest.skip("s3cmd is not installed: `make test` installs it (requirements-test.txt)")
    port = free_port()
    server = subprocess.Popen(
        [SERVER_ENV / "moto_server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(endpoint, timeout=2).close()
                break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        f"moto_server did not start: {server.stderr.read()!r}"
                    ) from None
                time.sleep(0.2)
        bucket_objects(endpoint, create=True)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=20)


# Run with the server's own environment (boto3 comes with moto): the bucket's objects,
# read independently of s3cmd.
INSPECT = """
import json, sys, boto3
endpoint, bucket, create = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                  aws_access_key_id="test", aws_secret_access_key="test")
if create:
    s3.create_bucket(Bucket=bucket)
found = {}
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
    for item in page.get("Contents", []):
        head = s3.head_object(Bucket=bucket, Key=item["Key"])
        found[item["Key"]] = {
            "type": head["ContentType"],
            "encoding": head.get("ContentEncoding"),
            "etag": head["ETag"].strip('"'),
            "modified": head["LastModified"].isoformat(),
        }
print(json.dumps(found))
"""


def bucket_objects(endpoint: str, create: bool = False) -> dict[str, dict]:
    done = subprocess.run(
        [SERVER_ENV / "python", "-c", INSPECT, endpoint, BUCKET, "1" if create else "0"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def s3cmd_actions(stdout: str, verb: str) -> set[str]:
    """The keys s3cmd reports it uploaded ("upload: 'src' -> 's3://bucket/key'") or
    deleted ("delete: 's3://bucket/key'")."""
    prefix = f"s3://{BUCKET}/"
    keys = set()
    for line in stdout.splitlines():
        if line.startswith(f"{verb}: "):
            url = line.split("'")[-2]
            assert url.startswith(prefix), line
            keys.add(url[len(prefix) :])
    return keys


def upload(work: Path, endpoint: str):
    done = run_make(
        work,
        "s3_upload",
        env_extra={
            "S3_BUCKET": BUCKET,
            "S3_ENDPOINT": endpoint,
            "S3_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
            "ARCHIVE_SITEURL": "https://archive.example.org",
        },
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


@needs_make
@needs_git
def test_make_s3_upload_syncs_only_what_changed_with_content_types(tmp_path, s3_endpoint):
    work = project_copy(tmp_path)  # MAKE=true: the recursive `make html` builds nothing
    (work / ".venv" / "bin" / "s3cmd").symlink_to(S3CMD)
    site = work / "output"
    make_site(site)

    first = upload(work, s3_endpoint)
    assert s3cmd_actions(first.stdout, "upload") == set(SITE)
    objects = bucket_objects(s3_endpoint)
    assert {key: found["type"] for key, found in objects.items()} == SITE
    assert {key: found["etag"] for key, found in objects.items()} == {
        rel: md5(site / rel) for rel in SITE
    }
    # Stored as the gzip bytes search.js inflates itself (and the .gz downloads a reader
    # saves as they are), never marked for the browser (or a CDN) to inflate first.
    assert all(found["encoding"] is None for found in objects.values())

    time.sleep(1.1)  # LastModified has whole seconds
    changed, removed = "records/a/index.html", "records/b/index.html"
    (site / changed).write_text("改过的页面\n", encoding="utf-8")
    (site / removed).unlink()
    second = upload(work, s3_endpoint)
    assert s3cmd_actions(second.stdout, "upload") == {changed}
    assert s3cmd_actions(second.stdout, "delete") == {removed}
    after = bucket_objects(s3_endpoint)
    assert set(after) == set(SITE) - {removed}
    assert after[changed]["etag"] == md5(site / changed) != objects[changed]["etag"]
    assert after[changed]["type"] == "text/html; charset=utf-8"
    unchanged = set(after) - {changed}
    assert {key: after[key] for key in unchanged} == {key: objects[key] for key in unchanged}

    third = upload(work, s3_endpoint)
    assert s3cmd_actions(third.stdout, "upload") == set()
    assert s3cmd_actions(third.stdout, "delete") == set()
    assert bucket_objects(s3_endpoint) == after


@needs_make
@needs_git
def test_make_s3_upload_refuses_without_bucket_or_address_before_building(tmp_path):
    work = project_copy(tmp_path)
    (work / "output").mkdir()
    (work / "output" / "index.html").write_text("built", encoding="utf-8")
    done = run_make(work, "s3_upload", env_extra={"ARCHIVE_SITEURL": "https://archive.example.org"})
    assert done.returncode != 0
    assert "refused: S3_BUCKET is not set" in done.stderr
    assert "tools/s3_upload.py output" not in done.stdout  # stopped before the sync
    done = run_make(work, "s3_upload", env_extra={"S3_BUCKET": "archive-site"})
    assert done.returncode != 0
    assert "refused: ARCHIVE_SITEURL is not set" in done.stderr
    assert (work / "output" / "index.html").read_text(encoding="utf-8") == "built"


def test_s3_upload_refuses_an_unbuilt_folder(tmp_path, monkeypatch, capsys):
    """An empty folder synced with deletions would empty the published bucket."""
    monkeypatch.setenv("S3_BUCKET", "archive-site")
    assert load_tool("s3_upload").main([str(tmp_path)]) == 2
    assert "index.html is missing" in capsys.readouterr().err


def test_s3_upload_doctests_pass():
    result = doctest.testmod(load_tool("s3_upload"))
    assert result.attempted > 0 and result.failed == 0
