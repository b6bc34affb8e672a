"""Checks before `make github` publishes, and the publish message.

    python tools/publish_check.py check     # refuse without ARCHIVE_SITEURL; warn about
                                            # files in seeds/ that git does not track
    python tools/publish_check.py message   # "Publish the archive at <commit>[ (dirty)]"

A published site needs its absolute address: the sitemap, the feeds, the citation tags
and the 404 page (served for any path) are broken with relative URLs. Only the standard
library, so the check runs before the virtual environment is made.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent


def site_url_problem(value: str | None) -> str | None:
    """Why `value` cannot be the published address, or None when it can.

    >>> site_url_problem("https://user.github.io/repo") is None
    True
    >>> site_url_problem("")
    'ARCHIVE_SITEURL is not set'
    >>> site_url_problem("user.github.io/repo")
    "ARCHIVE_SITEURL must be an absolute http(s) address, not 'user.github.io/repo'"
    """
    if not value or not value.strip():
        return "ARCHIVE_SITEURL is not set"
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"ARCHIVE_SITEURL must be an absolute http(s) address, not {value!r}"
    return None


def git(root: Path, *args: str) -> str | None:
    """The output of a git command in `root`, or None when git or the repository fails."""
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip()


def untracked_seeds(root: Path) -> list[str]:
    """Files in seeds/ that git does not track (and does not ignore): they are published
    but are in no commit, so the published site cannot be rebuilt from the repository."""
    out = git(root, "ls-files", "--others", "--exclude-standard", "--", "seeds")
    return out.splitlines() if out else []


def publish_message(root: Path) -> str:
    """The gh-pages commit message: the source commit, and "dirty" when the working tree
    has changes git tracks or files it does not (the published site is not that commit)."""
    commit = git(root, "rev-parse", "--short", "HEAD")
    if commit is None:
        return "Publish the archive (not from a git commit)"
    dirty = git(root, "status", "--porcelain")
    return f"Publish the archive at {commit}" + (" (dirty)" if dirty else "")


def check(root: Path, environ: dict) -> int:
    problem = site_url_problem(environ.get("ARCHIVE_SITEURL"))
    if problem:
        print(
            f"make github: refused: {problem}. A published site needs its address for the "
            "sitemap, the feeds and the 404 page; run\n"
            "    make github ARCHIVE_SITEURL=https://USER.github.io/REPO",
            file=sys.stderr,
        )
        return 2
    untracked = untracked_seeds(root)
    if untracked:
        shown = ", ".join(untracked[:10]) + (" ..." if len(untracked) > 10 else "")
        print(
            f"make github: warning: {len(untracked)} file(s) in seeds/ not in git are "
            f"published but in no commit: {shown}",
            file=sys.stderr,
        )
    return 0


def main(argv: list[str]) -> int:
    if argv == ["check"]:
        return check(ROOT, dict(os.environ))
    if argv == ["message"]:
        print(publish_message(ROOT))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
