"""A synthetic corpus of raw reports with ground truth, deterministic by seed.

    python -m public_records.synth.corpus --n 1000 --out DIR --seed 1 [--rates N01=0.5,N05=0.9]
                                   [--clean] [--jobs 2]

For each index it composes a clean report (synth_story.py), injects the noise families
of NOISE.md at the given rates (synth_noise.py) and writes:

- `DIR/<id>.txt`: the raw report, in the encoding named by the truth (UTF-8, UTF-8 with
  BOM, GB18030 or Big5) with LF or CRLF line ends;
- `DIR/<id>.truth.json`: the ground truth (clean Simplified text, title, date, place,
  officials with titles and roles, topics, credits, captions, the families injected, the
  expected verdict);
- `DIR/<id>.yml`: a sidecar with some of title/date/url/retrieved/source, for a fraction
  of reports (the format the importer reads);
- `DIR/synth.json`: the parameters and how many reports carry each family.

Report `i` of seed `s` is the same whatever N is, so a corpus of 1,000 is the first
thousand of a corpus of 100,000. With `--clean` nothing is injected at all: the raw file
is the clean text, UTF-8, LF (for timing the import alone).

Rates are probabilities per report. N01 and N03 exclude each other (a page is converted
with or without pinyin) and their rates are shares of all reports; N02 is a share of the
converted pages, N06 a share of the pages with pinyin, big5 a share of the pages in
Traditional without pinyin (Big5 has no tone marks). Body families apply to news
reports, not to the page types that are quarantined (web_novel, speech_template,
non_chinese).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import noise as noise
from .story import Story, compose_story, make_name, random_date, vocabulary

SCHEMA_VERSION = 1

# Defaults close to the frequencies in NOISE.md (count / 60 real pages).
DEFAULT_RATES: dict[str, float] = {
    "N00": 0.30,  # layout: indentation, blank lines (not in NOISE.md)
    "N01": 0.48,  # 29/60 pinyin after Traditional characters
    "N02": 0.60,  # share of converted pages with Simplified leftovers
    "N03": 0.12,  # 7/60 Traditional without pinyin
    "N05": 0.98,  # 59/60 ASCII punctuation
    "N06": 0.20,  # share of pinyin pages with GBK misalignment (6/60 of all)
    "N07": 0.07,  # 4/60 lone ? for a lost character
    "N08": 0.13,  # 8/60 parentheses that belong to the text
    "N09": 0.38,  # 23/60 credit lines
    "N10": 0.35,  # 21/60 header chrome
    "N11": 0.12,  # 7/60 footer boilerplate
    "N12": 0.12,  # 7/60 image captions and file names
    "N13": 0.05,  # 3/60 duplicated paragraphs
    "N14": 0.04,  # 2/60 spam
    "N15": 0.03,  # 2/60 synonym spin (quarantined)
    "N16": 0.12,  # 7/60 date variants
    "N17": 0.05,  # two-character names padded with a space
    "web_novel": 0.02,
    "speech_template": 0.02,
    "non_chinese": 0.01,
    "sidecar": 0.30,  # share of reports with a <id>.yml sidecar
    "gb18030": 0.10,
    "big5": 0.30,
    "bom": 0.05,
    "crlf": 0.10,
    "pinyin_density": 0.60,  # share of converted characters annotated on an N01 page
}
BODY_FAMILIES = ("N07", "N08", "N09", "N10", "N11", "N12", "N13", "N14", "N15", "N16", "N17", "N00")
PAGE_KINDS = ("web_novel", "speech_template", "non_chinese")
DATE_VARIANT_WEIGHTS = {
    "no_year": 5,
    "relative": 1,
    "day_only": 1,
    "glued": 1,
    "range": 1,
    "chinese_year": 1,
}


@dataclass(frozen=True)
class Generated:
    id: str
    raw: bytes
    truth: dict[str, Any]
    sidecar: str | None


def report_id(seed: int, index: int) -> str:
    """syn_<index>_<8 hex>: stable for a seed and an index.

    >>> report_id(1, 123)[:11]
    'syn_000123_'
    >>> report_id(1, 123) == report_id(1, 123) != report_id(2, 123)
    True
    """
    digest = hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:8]
    return f"syn_{index:06d}_{digest}"


def parse_rates(spec: str) -> dict[str, float]:
    """`N01=0.5,N05=0.9` over the defaults; unknown names and rates outside [0, 1] fail.

    >>> parse_rates("N01=0.5, sidecar=0")["N01"], parse_rates("")["N05"]
    (0.5, 0.98)
    >>> parse_rates("N99=1")
    Traceback (most recent call last):
    ...
    ValueError: unknown rate 'N99' (known: N00, N01, N02, N03, N05, N06, N07, N08, N09, N10, ...)
    """
    rates = dict(DEFAULT_RATES)
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, _, value = item.partition("=")
        name = name.strip()
        if name not in rates:
            known = ", ".join(list(DEFAULT_RATES)[:10])
            raise ValueError(f"unknown rate {name!r} (known: {known}, ...)")
        rate = float(value)
        if not 0 <= rate <= 1:
            raise ValueError(f"rate {name}={rate} is not between 0 and 1")
        rates[name] = rate
    if rates["N01"] + rates["N03"] > 1:
        raise ValueError("N01 + N03 must not exceed 1 (a page is converted one way)")
    if sum(rates[k] for k in PAGE_KINDS) > 1:
        raise ValueError("web_novel + speech_template + non_chinese must not exceed 1")
    return rates


# ------------------------------------------------------------------------ one report


def generate(seed: int, index: int, rates: dict[str, float], clean: bool = False) -> Generated:
    """One raw report and its truth. A pure function of (seed, index, rates, clean)."""
    rng = random.Random(f"synth:{seed}:{index}")
    rid = report_id(seed, index)
    # Every draw is made up front in a fixed order, so that switching one family off
    # does not change which other families a report gets.
    roll_kind, roll_script = rng.random(), rng.random()
    draws = {name: rng.random() < rates[name] for name in (*BODY_FAMILIES, "N02", "N05", "N06")}
    draws.update(
        {name: rng.random() < rates[name] for name in ("sidecar", "gb18030", "big5", "bom", "crlf")}
    )
    if clean:
        draws = dict.fromkeys(draws, False) | {"sidecar": draws["sidecar"]}
        kind, script = "report", "hans"
    else:
        kind = _pick_kind(roll_kind, rates)
        if roll_script < rates["N01"]:
            script = "hant+pinyin"
        elif roll_script < rates["N01"] + rates["N03"]:
            script = "hant"
        else:
            script = "hans"
        if kind == "non_chinese":
            script = "latin"

    date = random_date(rng)
    retrieved = date + dt.timedelta(days=rng.randint(1, 900))
    families: set[str] = set()
    truth: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "id": rid,
        "seed": seed,
        "index": index,
        "kind": kind,
    }

    if kind == "report":
        page, written_truth = _report_page(seed, rng, draws, date, retrieved, families, truth)
    else:
        page = noise.Page(body=_quarantine_lines(seed, rng, kind, date))
        families.add(kind)
        truth.update(title=page.body[0], text="", officials=[], topics=[], credits=[], captions=[])
        truth["verdict"] = {"expected": "quarantine", "reasons": [kind]}
        written_truth = {}
    text = "\n".join(page.lines())

    if script in ("hant", "hant+pinyin"):
        density = rates["pinyin_density"] if script == "hant+pinyin" else 0.0
        leftover_rate = 0.7 if draws["N02"] else 0.0
        text, info = noise.to_traditional(text, rng, density, leftover_rate)
        families.add("N01" if script == "hant+pinyin" else "N03")
        if info["leftovers"]:
            families.add("N02")
        truth["pinyin"] = {k: v for k, v in info.items() if k != "leftovers"} if density else None
        if script == "hant+pinyin" and draws["N06"] and kind == "report":
            # Damage the body only (as in the seed), so the repair has a place in the truth.
            lines = text.split("\n")
            top, bottom = len(page.header), len(page.header) + len(page.body)
            body, damage = noise.misalign_gbk("\n".join(lines[top:bottom]), rng)
            if damage:
                text = "\n".join([*lines[:top], body, *lines[bottom:]])
                families.add("N06")
                damage["clean"] = _simplified_of(damage["original"])
                damage["in_text"] = damage["clean"] in truth["text"]
                written_truth["n06"] = damage
    if draws["N05"] and any(c in text for c in "，；：！？（）"):
        text = noise.ascii_punctuation(text)
        families.add("N05")
        if "n06" in written_truth:
            written_truth["n06"]["damaged"] = noise.ascii_punctuation(
                written_truth["n06"]["damaged"]
            )
    text = text.replace(noise.LOST_CHARACTER, "?")
    newline = "\r\n" if draws["crlf"] else "\n"
    text = text.replace("\n", newline)
    encoding, raw = _encode(text, script, draws)

    sidecar_fields = (
        _sidecar(rng, truth.get("title", ""), date, retrieved, truth) if draws["sidecar"] else None
    )
    truth.update(written_truth)
    truth["families"] = sorted(families)
    truth["encoding"] = encoding
    truth["newline"] = "crlf" if newline == "\r\n" else "lf"
    truth["script"] = script
    truth["sidecar"] = sidecar_fields
    if kind == "report":
        truth["date"]["expected"] = _expected_date(truth["date"], sidecar_fields)
    sidecar = None
    if sidecar_fields:
        sidecar = "".join(
            f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in sidecar_fields.items()
        )
    return Generated(rid, raw, truth, sidecar)


def _pick_kind(roll: float, rates: dict[str, float]) -> str:
    edge = 0.0
    for kind in PAGE_KINDS:
        edge += rates[kind]
        if roll < edge:
            return kind
    return "report"


def _report_page(
    seed: int,
    rng: random.Random,
    draws: dict[str, bool],
    date: dt.date,
    retrieved: dt.date,
    families: set[str],
    truth: dict[str, Any],
) -> tuple[noise.Page, dict[str, Any]]:
    """Compose a clean report, then apply the line-level families to its raw page."""
    variant = "full"
    if draws["N16"]:
        names, weights = zip(*DATE_VARIANT_WEIGHTS.items(), strict=True)
        variant = rng.choices(names, weights)[0]
    story, written, variant = compose_story(seed, rng, variant, draws["N08"], date)
    if variant != "full":
        families.add("N16")
    if "（" in story.text:
        families.add("N08")
    published = date + dt.timedelta(days=1) if written == "昨天" else date
    officials = story.officials_truth()
    raw_paragraphs = list(story.paragraphs)
    extra: dict[str, Any] = {}

    credit_draw = draws["N09"]
    lost_in_credit = draws["N07"] and credit_draw and rng.random() < 0.5
    if draws["N07"] and not lost_in_credit:
        lost = _lose_name_character(story, officials, raw_paragraphs, rng)
        if lost:
            families.add("N07")
            extra["n07"] = lost

    page = noise.Page(body=raw_paragraphs)
    present = [o["name"] for o in officials if o["office"] != "national"]
    taken = {o["name"] for o in officials}
    ctx = {
        "district": story.district,
        "date": date,
        "published": published,
        "retrieved": retrieved,
        "title": story.title,
        "names": present,
    }
    if draws["N15"]:
        spun = noise.spin_synonyms(page, rng)
        if spun["swaps"]:
            families.add("N15")
            extra["n15"] = spun
    if draws["N17"]:
        padded = noise.pad_two_character_names(page, rng, [n for n in present if "〓" not in n])
        if padded:
            families.add("N17")
            extra["n17"] = padded
    captions: list[str] = []
    if draws["N12"]:
        captions = noise.add_captions(page, rng, ctx)["captions"]
        families.add("N12")
    if draws["N13"]:
        extra["n13"] = noise.duplicate_paragraphs(page, rng)
        families.add("N13")
    credits: list[dict[str, str]] = []
    if credit_draw:
        credit_names = [make_name(rng, taken).name for _ in range(2)]
        credit = noise.add_credits(page, rng, credit_names)
        credits = credit["credits"]
        families.add("N09")
        extra["n09"] = {"where": credit["where"], "line": credit["line"]}
        if lost_in_credit:
            lost = noise.lose_space_before_credit(page, rng, credit)
            if lost:
                families.add("N07")
                extra["n07"] = lost
    if draws["N14"]:
        extra["n14"] = noise.add_spam(page, rng, ctx)
        families.add("N14")
    if draws["N10"]:
        header = noise.add_header(page, rng, ctx)
        families.add("N10")
        extra["n10"] = header
    if draws["N11"]:
        ctx["other_titles"] = [_other_title(rng, story) for _ in range(2)]
        related_rng = random.Random(rng.random())
        related, _, _ = compose_story(seed, related_rng, "full", False, random_date(related_rng))
        ctx["related"] = [related.title, *related.paragraphs[:2]]
        extra["n11"] = noise.add_footer(page, rng, ctx)
        families.add("N11")
    if draws["N00"]:
        extra["n00"] = noise.indent_and_space(page, rng)
        families.add("N00")

    truth.update(
        title=story.title,
        event=story.event,
        text=story.text,
        place={
            "named_in_text": story.district["name"] in story.text or bool(story.towns),
            "district": story.district["name"],
            "city": story.district["city"],
            "level": story.district["level"],
            "townships": story.towns,
        },
        officials=officials,
        topics=[t for t in vocabulary()["topic_names"] if t in story.text],
        credits=credits,
        captions=captions,
        date={
            "iso": date.isoformat(),
            "as_written": written,
            "variant": variant,
            "published": (extra.get("n10") or {}).get("published"),
        },
    )
    reasons = ["synonym_spun"] if "N15" in families else []
    truth["verdict"] = {"expected": "quarantine" if reasons else "publish", "reasons": reasons}
    return page, extra


def _lose_name_character(
    story: Story, officials: list[dict[str, Any]], raw: list[str], rng: random.Random
) -> dict[str, Any] | None:
    """N07: a rare given-name character lost to `?` (張?松). It cannot be recovered, so
    the truth keeps a placeholder 〓 in the text and in the official's name."""
    candidates = [
        o
        for o in officials
        if len(o["name"]) == 3 and o["office"] != "national" and len(o["surname"]) == 1
    ]
    if not candidates:
        return None
    official = rng.choice(candidates)
    name = official["name"]
    at = rng.choice((1, 2))
    placeholder = name[:at] + "〓" + name[at + 1 :]
    lost = name[:at] + noise.LOST_CHARACTER + name[at + 1 :]
    story.paragraphs = [p.replace(name, placeholder) for p in story.paragraphs]
    raw[:] = [p.replace(name, lost) for p in raw]
    official["original_name"] = name
    official["name"] = placeholder
    return {"where": "name", "name": placeholder, "original_name": name}


def _other_title(rng: random.Random, story: Story) -> str:
    topic = rng.choice(vocabulary()["topic_names"])
    return f"{story.district['name']}召开{topic}工作{rng.choice(('推进会', '调度会', '座谈会'))}"


def _quarantine_lines(seed: int, rng: random.Random, kind: str, date: dt.date) -> list[str]:
    """A page that is not a news report: a web-novel chapter, a speech template with
    placeholders, or a non-Chinese page."""
    vocab = vocabulary()
    district = rng.choice(vocab["districts"])
    person = make_name(rng, set())
    values = {
        "n": rng.randint(2, 900),
        "district": district["name"],
        "name": person.name,
        "short": person.surname + "书记",
        "L": district["level"],
        "host": district["host"],
        "year": date.year,
    }
    if kind == "web_novel":
        lines = [noise.fill(rng.choice(vocab["novel_titles"]), values)]
        lines += [noise.fill(line, values) for line in rng.sample(vocab["novel_lines"], 4)]
        lines.append(rng.choice(vocab["novel_tail"]))
        return lines
    if kind == "speech_template":
        return [noise.fill(line, values) for line in vocab["template_lines"]]
    return [noise.fill(line, values) for line in rng.choice(vocab["foreign_pages"])]


def _simplified_of(traditional_with_pinyin: str) -> str:
    import re

    return noise._converter("t2s").convert(re.sub(r"\([^()]*\)", "", traditional_with_pinyin))


def _encode(text: str, script: str, draws: dict[str, bool]) -> tuple[str, bytes]:
    """The declared encoding and the bytes. Big5 only for Traditional pages it can
    hold; GB18030 holds everything."""
    if script == "hant" and draws["big5"]:
        try:
            return "big5", text.encode("big5")
        except UnicodeEncodeError:
            pass
    if draws["gb18030"]:
        return "gb18030", text.encode("gb18030")
    if draws["bom"]:
        return "utf-8-sig", text.encode("utf-8-sig")
    return "utf-8", text.encode("utf-8")


def _sidecar(
    rng: random.Random, title: str, date: dt.date, retrieved: dt.date, truth: dict[str, Any]
) -> dict[str, str]:
    district = (truth.get("place") or {}).get("district") or "大观区"
    host = next((d["host"] for d in vocabulary()["districts"] if d["name"] == district), "daguan")
    fields: dict[str, str] = {}
    if title and rng.random() < 0.7:
        fields["title"] = title
    if rng.random() < 0.5:
        fields["date"] = date.isoformat()
    if rng.random() < 0.5:
        fields["url"] = (
            f"http://www.{host}.gov.cn/xwzx/{date:%Y%m}/"
            f"t{date:%Y%m%d}_{rng.randrange(10**6, 10**7)}.html"
        )
    if rng.random() < 0.5:
        fields["retrieved"] = retrieved.isoformat()
    if rng.random() < 0.4:
        fields["source"] = f"{district}人民政府网"
    if not fields:
        fields["retrieved"] = retrieved.isoformat()
    return fields


def _expected_date(date: dict[str, Any], sidecar: dict[str, str] | None) -> dict[str, str]:
    """How a perfect importer resolves the date, and on what evidence (DateInfo)."""
    sidecar = sidecar or {}
    if "date" in sidecar:
        return {"resolved": date["iso"], "precision": "day", "evidence": "given"}
    if date["variant"] in ("full", "chinese_year"):
        return {"resolved": date["iso"], "precision": "day", "evidence": "in text"}
    if date["published"]:
        return {"resolved": date["iso"], "precision": "day", "evidence": "published"}
    if "url" in sidecar:
        return {"resolved": date["iso"], "precision": "day", "evidence": "inferred"}
    return {"resolved": "", "precision": "unknown", "evidence": "unknown"}


# ------------------------------------------------------------------------- a corpus


def write_report(out: Path, item: Generated) -> None:
    (out / f"{item.id}.txt").write_bytes(item.raw)
    (out / f"{item.id}.truth.json").write_text(
        json.dumps(item.truth, ensure_ascii=False), encoding="utf-8"
    )
    if item.sidecar is not None:
        (out / f"{item.id}.yml").write_text(item.sidecar, encoding="utf-8")


def _write_range(args: tuple[Path, int, range, dict[str, float], bool]) -> Counter[str]:
    out, seed, indexes, rates, clean = args
    counts: Counter[str] = Counter()
    for index in indexes:
        item = generate(seed, index, rates, clean)
        write_report(out, item)
        counts.update(item.truth["families"])
        counts["encoding:" + item.truth["encoding"]] += 1
        counts["kind:" + item.truth["kind"]] += 1
        counts["sidecar"] += item.sidecar is not None
    return counts


def write_corpus(
    out: Path, n: int, seed: int, rates: dict[str, float], clean: bool = False, jobs: int = 1
) -> Counter[str]:
    """Write N reports into `out` (created if needed); returns counts per family."""
    out.mkdir(parents=True, exist_ok=True)
    chunk = 2000
    tasks = [(out, seed, range(i, min(i + chunk, n)), rates, clean) for i in range(0, n, chunk)]
    counts: Counter[str] = Counter()
    if jobs > 1 and len(tasks) > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for part in pool.imap_unordered(_write_range, tasks):
                counts.update(part)
    else:
        for task in tasks:
            counts.update(_write_range(task))
    manifest = {
        "schema": SCHEMA_VERSION,
        "seed": seed,
        "n": n,
        "clean": clean,
        "rates": rates,
        "counts": dict(sorted(counts.items())),
    }
    (out / "synth.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m public_records.synth.corpus",
        description="Write N synthetic raw reports with ground truth (deterministic by seed).",
    )
    parser.add_argument("--n", type=int, default=1000, help="number of reports (default 1000)")
    parser.add_argument("--out", type=Path, help="output folder (required)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--rates", default="", help="family=rate,... over the defaults, e.g. N01=0.5,N05=0.9"
    )
    parser.add_argument(
        "--clean", action="store_true", help="no noise at all (UTF-8, LF, no chrome)"
    )
    parser.add_argument(
        "--jobs", type=int, default=0, help="worker processes (default 0: one per CPU)"
    )
    parser.add_argument(
        "--list-rates", action="store_true", help="print the default rates and exit"
    )
    args = parser.parse_args(argv)
    if args.list_rates:
        for name, rate in DEFAULT_RATES.items():
            print(f"{name}={rate}")
        return 0
    if args.out is None:
        parser.error("--out is required")
    try:
        rates = parse_rates(args.rates)
    except ValueError as error:
        parser.error(str(error))
    started = time.perf_counter()
    counts = write_corpus(
        args.out, args.n, args.seed, rates, args.clean, args.jobs or os.cpu_count() or 1
    )
    elapsed = time.perf_counter() - started
    families = ", ".join(
        f"{k}={v}" for k, v in sorted(counts.items()) if not k.startswith(("encoding:", "kind:"))
    )
    print(
        f"wrote {args.n} reports to {args.out} in {elapsed:.1f} s "
        f"({args.n / max(elapsed, 1e-9):.0f}/s)",
        file=sys.stderr,
    )
    print(f"families: {families}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
