"""Read an untrusted file only if it is what it claims to be: a regular file, not a link.

Everything under `seeds/` comes from contributors, and git stores symlinks: a seed can
point at `/etc/passwd` (which would be published) or at `/dev/zero` (which never ends).
A FIFO would block a plain `open()` forever. `read_regular` refuses all of these with
an `UnsafeFileError` naming the file and the reason, and reads at most a bounded number
of bytes, so no input can hang the build or exhaust its memory.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

# O_NOFOLLOW / O_NONBLOCK exist on every POSIX system; 0 keeps the module importable
# elsewhere (the explicit lstat check below still refuses links there).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_OPEN_FLAGS |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
_CHUNK = 1 << 16


class UnsafeFileError(ValueError):
    """A file that must not be read: a symlink, not a regular file, or too large.
    str() names the file and the reason.

    >>> str(UnsafeFileError("seeds/a.txt", "is a symbolic link"))
    'seeds/a.txt: is a symbolic link'
    """

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):  # crosses process boundaries by its two fields
        return (type(self), (self.path, self.reason))


def kind_of(mode: int) -> str:
    """What a file mode describes, in words for an error message.

    >>> kind_of(stat.S_IFDIR | 0o755), kind_of(stat.S_IFIFO), kind_of(stat.S_IFREG)
    ('a directory', 'a FIFO (named pipe)', 'a regular file')
    """
    if stat.S_ISREG(mode):
        return "a regular file"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def linked_component(path: Path, root: Path | None) -> Path | None:
    """The first component of `path` below `root` that is a symlink (the path itself
    included), or None. Components at or above `root` are the builder's business and
    are not checked. Without a root only the path itself is checked."""
    path = Path(path)
    if root is None:
        candidates = [path]
    else:
        try:
            rel = path.relative_to(root)
        except ValueError:
            candidates = [path]
        else:
            candidates = [root.joinpath(*rel.parts[: i + 1]) for i in range(len(rel.parts))]
    for candidate in candidates:
        try:
            if stat.S_ISLNK(os.lstat(candidate).st_mode):
                return candidate
        except OSError:
            return None  # a missing component: open() reports it
    return None


def refuse_links(path: Path, root: Path | None = None) -> None:
    """Raise UnsafeFileError if `path`, or a folder between `root` and it, is a symlink."""
    link = linked_component(path, root)
    if link is not None:
        where = "is a symbolic link"
        if link != Path(path):
            where = f"lies under a symbolic link ({link})"
        raise UnsafeFileError(path, f"{where}; links are not followed")


def check_regular(path: Path, root: Path | None = None) -> None:
    """Raise UnsafeFileError unless `path` is a regular file reached through no symlink
    below `root`. Cheap (lstat only); `read_regular` makes the same checks on the open
    descriptor, so a file swapped after this check is still refused there."""
    refuse_links(path, root)
    try:
        mode = os.lstat(path).st_mode
    except OSError as e:
        raise UnsafeFileError(path, f"cannot be read ({e.strerror})") from None
    if not stat.S_ISREG(mode):
        raise UnsafeFileError(path, f"is {kind_of(mode)}, not a regular file")


def read_regular(path: Path, max_bytes: int, root: Path | None = None) -> bytes:
    """The bytes of a regular file that is not a symlink, at most `max_bytes` of them.

    A symlink (the path itself, or a folder between `root` and it), a directory, FIFO,
    device or socket, or a file over `max_bytes` raises UnsafeFileError. The file is
    opened with O_NOFOLLOW|O_NONBLOCK and checked with fstat before any read, so a FIFO
    never blocks, and at most `max_bytes + 1` bytes are read, so a file that grows or
    never ends cannot exhaust memory.
    """
    path = Path(path)
    refuse_links(path, root)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise UnsafeFileError(path, "is a symbolic link; links are not followed") from None
        if e.errno == errno.ENXIO:  # a FIFO or socket with no writer, opened non-blocking
            raise UnsafeFileError(path, "is not a regular file (a FIFO or socket)") from None
        if e.errno == errno.EISDIR:
            raise UnsafeFileError(path, "is a directory, not a regular file") from None
        raise UnsafeFileError(path, f"cannot be read ({e.strerror})") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UnsafeFileError(path, f"is {kind_of(mode)}, not a regular file")
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as e:
        raise UnsafeFileError(path, f"cannot be read ({e.strerror})") from None
    finally:
        os.close(fd)
    if size > max_bytes:
        raise UnsafeFileError(path, f"is over the limit of {max_bytes:,} bytes")
    return b"".join(chunks)
