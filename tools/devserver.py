"""`make devserver`: build the site, serve it (tools/serve.py) and rebuild on every change
of the reports (seeds/, with the registry), the theme, the hand-written pages, the
plugin or the settings.

A rebuild is `make html`: the import and the page writers skip what did not change, so
one edited report rebuilds in about the time of one report. A failed build is printed
and the last good site stays served; the next change tries again. Ctrl-C stops.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import watchfiles
from serve import make_server

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
# What a build reads; never output/, content/records/ or .cache/, which it writes.
WATCHED = ("seeds", "theme", "content/pages", "plugins", "pelican.conf.py")


def watched_paths(root: Path) -> list[Path]:
    """The inputs of a build under `root` that exist (watchfiles needs existing paths)."""
    return [root / name for name in WATCHED if (root / name).exists()]


def describe(changes: Iterable[tuple[object, str]], root: Path) -> str:
    """The changed files, relative to the project, for the rebuild message.

    >>> describe({(1, "/p/seeds/b.txt"), (2, "/p/seeds/a.yml")}, Path("/p"))
    'seeds/a.yml, seeds/b.txt'
    """
    names = set()
    for _, path in changes:
        try:
            names.add(Path(path).relative_to(root).as_posix())
        except ValueError:
            names.add(path)
    return ", ".join(sorted(names))


def rebuild_on_change(
    paths: list[Path],
    build: Callable[[], bool],
    root: Path,
    stop: threading.Event | None = None,
) -> None:
    """Call `build` after each batch of changes under `paths`, until `stop` is set.
    watchfiles' default filter skips editors' swap files, .git and __pycache__."""
    for changes in watchfiles.watch(*paths, stop_event=stop, debounce=400):
        print(f"changed: {describe(changes, root)}", flush=True)
        build()


def make_html(root: Path) -> bool:
    """Run `make html` in `root`; whether it succeeded (its output goes to the terminal)."""
    make = os.environ.get("MAKE", "make")
    done = subprocess.run([make, "--no-print-directory", "html"], cwd=root, check=False)
    if done.returncode:
        print(f"build failed (exit code {done.returncode}); serving the last good site")
    return done.returncode == 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    make_html(ROOT)
    server = make_server(ROOT / "output", args.port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    paths = watched_paths(ROOT)
    print(
        f"serving output/ on http://127.0.0.1:{server.server_address[1]}/; watching "
        + ", ".join(p.relative_to(ROOT).as_posix() for p in paths),
        flush=True,
    )
    try:
        rebuild_on_change(paths, lambda: make_html(ROOT), ROOT)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
