"""Preview the built site (`make serve`): output/ on http://127.0.0.1:PORT/, answering a
missing address with the site's own 404 page, as GitHub Pages does, instead of Python's.

Under /zh-hant/ the Traditional 404 page (zh-hant/404.html) answers; elsewhere the root
one. Only the standard library: `python tools/serve.py [--port 8000] [--directory output]`.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import logging
from pathlib import Path

logger = logging.getLogger(__name__)

# The script sites below the root that have a 404 page of their own.
SCRIPT_PREFIXES = ("zh-hant",)


def not_found_page(root: Path, request_path: str, base: str = "") -> Path:
    """The 404 page for a request path: the script's own under its prefix, else the root's.
    `base`: the site's sub-path in the served folder (a GitHub Pages project site lives
    under /REPO/), "" when it is served at the root.

    >>> not_found_page(Path("out"), "/zh-hant/records/x/").as_posix()
    'out/zh-hant/404.html'
    >>> not_found_page(Path("out"), "/zh-hantx/").as_posix()
    'out/404.html'
    >>> not_found_page(Path("out"), "/records/x/?q=1").as_posix()
    'out/404.html'
    >>> not_found_page(Path("www"), "/repo/zh-hant/x/", base="repo").as_posix()
    'www/repo/zh-hant/404.html'
    """
    path = request_path.split("?", 1)[0].lstrip("/")
    if base:
        root = root / base
        path = path.removeprefix(base.strip("/") + "/")
    first = path.split("/", 1)[0]
    if first in SCRIPT_PREFIXES:
        return root / first / "404.html"
    return root / "404.html"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files from `directory`; a missing one gets the site's 404.html, status 404
    (the site under the sub-path `base`, if given)."""

    base = ""

    def __init__(self, *args, base: str = "", **kwargs):
        self.base = base
        super().__init__(*args, **kwargs)

    def send_error(self, code, message=None, explain=None):
        page = not_found_page(Path(self.directory), self.path, self.base)
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def make_server(directory: Path, port: int, host: str = "127.0.0.1", base: str = ""):
    """A threading HTTP server for `directory` (port 0: a free one, see server_address),
    the site under the sub-path `base` if given."""
    handler = functools.partial(SiteHandler, directory=str(directory), base=base)
    return http.server.ThreadingHTTPServer((host, port), handler)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--directory", type=Path, default=Path("output"))
    args = parser.parse_args(argv)
    if not (args.directory / "index.html").is_file():
        raise SystemExit(f"{args.directory}/index.html is missing: run `make html` first")
    server = make_server(args.directory, args.port)
    print(f"serving {args.directory}/ on http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
