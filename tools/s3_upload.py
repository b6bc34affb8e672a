"""Sync the built site to an S3-compatible bucket with s3cmd (`make s3_upload`).

    python tools/s3_upload.py --check       # refuse without S3_BUCKET or ARCHIVE_SITEURL
    python tools/s3_upload.py output        # sync output/ to the bucket
    python tools/s3_upload.py output --dry-run

Configuration comes from the environment (docs/publishing.md):

    S3_BUCKET              the bucket (required)
    S3_PREFIX              a folder inside the bucket (default: the bucket's root)
    S3_ENDPOINT            the S3 API address of a host other than Amazon S3, e.g.
                           https://ACCOUNT_ID.r2.cloudflarestorage.com or
                           http://127.0.0.1:9000 (path-style requests)
    S3_REGION              the bucket's region (default us-east-1; Cloudflare R2: auto)
    AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN): the keys, which
                           s3cmd reads itself: they never appear on a command line
    S3_CONFIG              an s3cmd configuration file to use instead (s3cmd --configure)

The upload is `s3cmd sync`, which compares each file's size and MD5 with the object's
and uploads only what differs. s3cmd sets one Content-Type per run (or guesses it from the
extension, wrongly for `.json.gz`: it would store gzip bytes as application/json),
so the sync runs once per type of tools/s3_content_types.tsv that some file's pattern
matches, with that type forced, and then once over everything: that last pass uploads
what no pattern matched (its type guessed from the extension) and deletes the objects
whose files are gone, after the uploads (--delete-after), so the bucket ends equal to the
folder and a page never links to a file not yet there. Each pass lists the bucket once.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from publish_check import site_url_problem

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONTENT_TYPES = HERE / "s3_content_types.tsv"
# s3cmd's own MD5 cache, so that a sync of a large site does not hash every file again
MD5_CACHE = ROOT / ".cache" / "s3cmd-md5.cache"


def read_content_types(path: Path = CONTENT_TYPES) -> list[tuple[str, str]]:
    """(glob, content type) pairs from the table, in order; `#` lines are comments.

    >>> types = read_content_types()
    >>> dict(types)["*.json.gz"]
    'application/gzip'
    >>> dict(types)["*.html"]
    'text/html; charset=utf-8'
    """
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        glob, sep, content_type = line.partition("\t")
        if not sep or not glob or not content_type.strip():
            raise ValueError(f"{path}:{number}: want 'GLOB<tab>TYPE', got {line!r}")
        pairs.append((glob, content_type.strip()))
    return pairs


def bucket_url(bucket: str, prefix: str = "") -> str:
    """The s3:// address the folder is synced to (always ending in "/").

    >>> bucket_url("archive")
    's3://archive/'
    >>> bucket_url("archive", "/site/zh/")
    's3://archive/site/zh/'
    """
    prefix = prefix.strip("/")
    return f"s3://{bucket}/" + (f"{prefix}/" if prefix else "")


def endpoint_options(endpoint: str | None, region: str) -> list[str]:
    """s3cmd options for the host: Amazon S3 by default, else path-style requests to
    the given endpoint (http:// means without TLS, for a local server).

    >>> endpoint_options(None, "eu-west-1")
    ['--region=eu-west-1']
    >>> endpoint_options("https://r2.example", "auto")
    ['--region=auto', '--host=r2.example', '--host-bucket=r2.example', '--ssl']
    >>> endpoint_options("http://127.0.0.1:9000", "us-east-1")[1:]
    ['--host=127.0.0.1:9000', '--host-bucket=127.0.0.1:9000', '--no-ssl']
    >>> endpoint_options("minio.example.org:9000", "us-east-1")[1:]
    ['--host=minio.example.org:9000', '--host-bucket=minio.example.org:9000', '--ssl']
    """
    options = [f"--region={region}"]
    if not endpoint:
        return options
    parts = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"S3_ENDPOINT must be an http(s) address or a host, not {endpoint!r}")
    host = parts.netloc
    tls = "--ssl" if parts.scheme == "https" else "--no-ssl"
    return [*options, f"--host={host}", f"--host-bucket={host}", tls]


def config_problem(environ: dict) -> str | None:
    """Why the upload cannot start, or None.

    >>> config_problem({})
    'S3_BUCKET is not set'
    >>> config_problem({"S3_BUCKET": "s3://archive"})
    "S3_BUCKET is the bucket's name, not an address: 's3://archive'"
    >>> config_problem({"S3_BUCKET": "archive"}) is None
    True
    """
    bucket = environ.get("S3_BUCKET", "").strip()
    if not bucket:
        return "S3_BUCKET is not set"
    if "/" in bucket or ":" in bucket:
        return f"S3_BUCKET is the bucket's name, not an address: {bucket!r}"
    return None


def present_patterns(folder: Path, patterns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The patterns some file of `folder` matches (a pass for the others would only list
    the bucket for nothing). One walk; each file stops at its first matching pattern."""
    left = list(patterns)
    found = set()
    for path in folder.rglob("*"):
        if not left:
            break
        if not path.is_file():
            continue
        rel = path.relative_to(folder).as_posix()
        for glob, _ in left:
            if fnmatch.fnmatch(rel, glob):
                found.add(glob)
                left = [pair for pair in left if pair[0] != glob]
                break
    return [pair for pair in patterns if pair[0] in found]


def sync_commands(
    s3cmd: str, folder: Path, environ: dict, dry_run: bool = False
) -> list[list[str]]:
    """The s3cmd runs, in order: one per content-type pattern present, then the last one
    over everything (guessed types for the rest, and the deletions)."""
    target = bucket_url(environ["S3_BUCKET"].strip(), environ.get("S3_PREFIX", ""))
    config = environ.get("S3_CONFIG") or os.devnull  # an empty one: keys from the environment
    base = [
        s3cmd,
        f"--config={config}",
        *endpoint_options(
            environ.get("S3_ENDPOINT") or None, environ.get("S3_REGION") or "us-east-1"
        ),
        "--no-preserve",  # no local user names, modes or times in object metadata
        "--no-mime-magic",  # types from names, the same on every machine
        "--no-progress",
        f"--cache-file={MD5_CACHE}",
        *(["--dry-run"] if dry_run else []),
        "sync",
    ]
    source = str(folder) + os.sep
    globs_by_type: dict[str, list[str]] = {}
    for glob, content_type in present_patterns(folder, read_content_types()):
        globs_by_type.setdefault(content_type, []).append(glob)
    commands = [
        [
            *base,
            "--exclude=*",
            *(f"--include={glob}" for glob in globs),
            f"--mime-type={content_type}",
            source,
            target,
        ]
        for content_type, globs in globs_by_type.items()
    ]
    commands.append(
        [
            *base,
            "--guess-mime-type",
            "--default-mime-type=application/octet-stream",
            "--delete-removed",
            "--delete-after",
            source,
            target,
        ]
    )
    return commands


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, help="the built site (output)")
    parser.add_argument("--check", action="store_true", help="only check the settings")
    parser.add_argument("--dry-run", action="store_true", help="list what would change")
    args = parser.parse_args(argv)
    environ = dict(os.environ)

    problem = config_problem(environ)
    if args.check and not problem:
        problem = site_url_problem(environ.get("ARCHIVE_SITEURL"))
    if problem:
        print(
            f"make s3_upload: refused: {problem}. Run, for example,\n"
            "    make s3_upload S3_BUCKET=my-archive ARCHIVE_SITEURL=https://archive.example.org\n"
            "with the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and S3_ENDPOINT,\n"
            "S3_REGION for a host other than Amazon S3): docs/publishing.md",
            file=sys.stderr,
        )
        return 2
    if args.check:
        return 0
    if args.folder is None:
        parser.error("the folder to upload is required")
    # An empty or unbuilt folder would make the sync delete the whole published site.
    if not (args.folder / "index.html").is_file():
        print(
            f"make s3_upload: refused: {args.folder}/index.html is missing: build the site first",
            file=sys.stderr,
        )
        return 2
    s3cmd = shutil.which("s3cmd", path=str(Path(sys.executable).parent)) or shutil.which("s3cmd")
    if s3cmd is None:
        print("make s3_upload: s3cmd is not installed (requirements-publish.txt)", file=sys.stderr)
        return 2
    try:
        commands = sync_commands(s3cmd, args.folder, environ, args.dry_run)
    except ValueError as error:
        print(f"make s3_upload: refused: {error}", file=sys.stderr)
        return 2
    MD5_CACHE.parent.mkdir(parents=True, exist_ok=True)
    for command in commands:
        done = subprocess.run(command)
        if done.returncode != 0:
            print(f"make s3_upload: s3cmd failed (exit {done.returncode})", file=sys.stderr)
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
