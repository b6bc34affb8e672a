"""Line labels of the real-world set that hold no one else's text.

A case's `furniture` and `captions` name lines of its page. The repository keeps facts,
not other people's text: a short furniture line (a banner, a column name, a byline field:
at most DIGEST_OVER characters) is kept as written, so that a person can read the labels;
a photo caption or a longer line (a disclaimer, a summary box, a related story) is kept as
a digest of the exact line, `{"sha256": first 16 hex digits, "chars": its length}`, which
the scorer matches against the lines of the page's text when the text is present.

    python -m public_records.evaluate.labels tests/real/cases-dev-b8.json

rewrites a labels file in place with every such line digested (the form labellers write
first is the verbatim line; this is run before committing).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

DIGEST_OVER = 40
# Line labels that are someone's text whatever their length.
ALWAYS_DIGESTED = ("captions",)
LINE_KEYS = ("furniture", "captions")


def line_digest(line: str) -> dict:
    """The digest label of one exact line.

    >>> line_digest("图为会议现场。")
    {'sha256': '30c082caed9f3b04', 'chars': 7}
    """
    return {"sha256": hashlib.sha256(line.encode("utf-8")).hexdigest()[:16], "chars": len(line)}


def digest_case(case: dict) -> dict:
    """The case with every caption, and every furniture line longer than DIGEST_OVER
    characters, replaced by its digest (digests already there are kept).

    >>> case = {"id": "x", "furniture": ["编辑：张三", "版" * 41], "captions": ["图为会议现场。"]}
    >>> digest_case(case)  # doctest: +NORMALIZE_WHITESPACE
    {'id': 'x', 'furniture': ['编辑：张三', {'sha256': '41c1b6fe5a79a904', 'chars': 41}],
     'captions': [{'sha256': '30c082caed9f3b04', 'chars': 7}]}
    """
    out = dict(case)
    for key in LINE_KEYS:
        if key not in case:
            continue
        out[key] = [
            line_digest(item)
            if isinstance(item, str) and (key in ALWAYS_DIGESTED or len(item) > DIGEST_OVER)
            else item
            for item in case[key]
        ]
    return out


def resolve_lines(items: list, raw_lines: list[str]) -> tuple[list[str], int]:
    """The labelled lines as text, given the page's lines: verbatim labels as they are,
    digests as the page line they name; and how many digests named no line (a label
    that does not fit this copy of the page). Linear: one hash per page line.

    >>> resolve_lines(["编辑：张三", line_digest("图为会议现场。"), line_digest("无此行")],
    ...               ["区委召开会议", "图为会议现场。"])
    (['编辑：张三', '图为会议现场。'], 1)
    """
    wanted = {item["sha256"] for item in items if isinstance(item, dict)}
    by_digest: dict[str, str] = {}
    if wanted:
        for line in raw_lines:
            key = line_digest(line)["sha256"]
            if key in wanted:
                by_digest.setdefault(key, line)
    lines, unmatched = [], 0
    for item in items:
        if isinstance(item, str):
            lines.append(item)
        elif item.get("sha256") in by_digest:
            lines.append(by_digest[item["sha256"]])
        else:
            unmatched += 1
    return lines, unmatched


def digest_file(path: Path) -> int:
    """Rewrite one labels file with its long lines digested; the number of lines digested."""
    cases = json.loads(path.read_text(encoding="utf-8"))
    digested = [digest_case(case) for case in cases]
    changed = sum(
        a != b
        for case, new in zip(cases, digested, strict=True)
        for key in LINE_KEYS
        for a, b in zip(case.get(key) or [], new.get(key) or [], strict=True)
    )
    path.write_text(json.dumps(digested, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m public_records.evaluate.labels",
        description="Replace captions and long furniture lines in labels files by digests.",
    )
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    for path in args.files:
        print(f"{path}: {digest_file(path)} lines digested")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
