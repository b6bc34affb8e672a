"""The one rule for a URL taken from input: it may become a link only if a browser would
read it as an http or https URL with a host.

A sidecar's `url` is untrusted. A browser's URL parser (WHATWG URL standard) first drops
leading and trailing C0 controls and spaces and every tab and newline, and reads the
scheme case-insensitively, so ` JaVa\\tScript:` is `javascript:`. `safe_http_url` parses
the same way and keeps only http(s) URLs with a host; anything else (javascript:, data:,
vbscript:, scheme-relative `//host`, a relative path) is None. The sources check metadata
with it on input and the pages, feeds and JSON-LD with it on output.
"""

from __future__ import annotations

import re

# What a browser strips from both ends (C0 controls and space) and removes anywhere
# (ASCII tab and newline) before it parses a URL.
_EDGES = "".join(map(chr, range(0x21)))
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# Left after that, these make a URL unfit for a page or a feed: other controls (C0, DEL,
# C1), lone surrogates, noncharacters (U+FFFE is invalid XML), direction overrides and
# isolates (which make a link read as another). A browser would percent-encode some;
# refusing them is stricter.
UNFIT_CHARACTERS = re.compile(
    r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)


def safe_http_url(value: object) -> str | None:
    """The URL a browser would follow for `value`, if it is http(s) with a host; else None.
    The result has the scheme in lower case and spaces as %20.

    >>> safe_http_url("https://example.gov.cn/news/1?a=1&b=2")
    'https://example.gov.cn/news/1?a=1&b=2'
    >>> safe_http_url("  HTTP://Example.gov.cn/a b\\n")
    'http://Example.gov.cn/a%20b'
    >>> [safe_http_url(v) for v in ("javascript:alert(1)", " JaVaScript:alert(1)",
    ...     "java\\tscript:alert(1)", "\\x01javascript:alert(1)", "data:text/html,x",
    ...     "vbscript:msgbox(1)", "//evil.example/x", "/records/a/", "http:evil.example",
    ...     "https://", "h\\ttps://a\\u202e.cn", None, 7)]
    [None, None, None, None, None, None, None, None, None, None, None, None, None]
    """
    if not isinstance(value, str):
        return None
    url = _TAB_OR_NEWLINE.sub("", value.strip(_EDGES))
    scheme = _SCHEME.match(url)
    if scheme is None or scheme.group(1).lower() not in ("http", "https"):
        return None
    rest = url[scheme.end() :]
    host = re.match(r"//([^/?#\\]+)", rest)
    if host is None or UNFIT_CHARACTERS.search(url):
        return None
    return scheme.group(1).lower() + ":" + rest.replace(" ", "%20")
