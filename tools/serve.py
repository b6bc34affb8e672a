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


def not_found_page(root: Path, request_path: str) -> Path:
    """The 404 page for a request path: the script's own under its prefix, else the root's.

    >>> not_found_page(Path("out"), "/zh-hant/records/x/").as_posix()
    'out/zh-hant/404.html'
    >>> not_found_page(Path("out"), "/zh-hantx/").as_posix()
    'out/404.html'
    >>> not_found_page(Path("out"), "/records/x/?q=1").as_posix()
    'out/404.html'
    """
    first = request_path.split("?", 1)[0].lstrip("/").split("/", 1)[0]
    if first in SCRIPT_PREFIXES:
        return root / first / "404.html"
    return root / "404.html"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files from `directory`; a missing one gets the site's 404.html, status 404."""

    def send_error(self, code, message=None, explain=None):
        page = not_found_page(Path(self.directory), self.path)
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def make_server(directory: Path, port: int, host: str = "127.0.0.1"):
    """A threading HTTP server for `directory` (port 0: a free one, see server_address)."""
    handler = functools.partial(SiteHandler, directory=str(directory))
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
