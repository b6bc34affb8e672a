"""Noise injection for the synthetic corpus: one function per family of NOISE.md.

Each function takes a page (header, body and footer lines, still Simplified and with
full-width punctuation, or later the whole page as one string) and a `random.Random`,
changes the raw side only, and returns what the ground truth must know about the change
(the span it damaged, the captions it added …). The clean text is never touched here:
the noise is what a perfect cleaner has to undo, or to flag.

The page-wide families run last and in the order real damage happened: script
conversion with pinyin annotation (N01/N02/N03), then the GBK misalignment (N06, which
needs the pinyin as in the seed), then the upstream ASCII punctuation (N05, which also
turns the mojibake's full-width ？ into ?).
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field
from typing import Any

from .story import vocabulary

LOST_CHARACTER = "\ue000"  # stands for a character a GBK step lost, until it becomes "?"
HAN = re.compile(r"[\u4e00-\u9fff]")
_FULL_TO_ASCII = tuple(zip("，；：！？（）", ",;:!?()", strict=True))
# Characters that stay Simplified inside converted pages (NOISE.md N02).
LEFTOVERS = "并干于余里台云"
_LEFTOVER = re.compile(f"[{LEFTOVERS}]")


@dataclass
class Page:
    """A raw page under construction: lines before the body, the body, lines after."""

    header: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [*self.header, *self.body, *self.footer]


def fill(template: str, values: dict[str, Any]) -> str:
    """Fill {placeholders} without str.format (templates hold literal braces)."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


# ---------------------------------------------------------------- line-level families


def spin_synonyms(page: Page, rng: random.Random) -> dict[str, Any]:
    """N15: a rewriting tool swapped words (下午→下战书). Returns the swaps made."""
    swaps: list[list[str]] = []
    spin = vocabulary()["spin"]
    pattern = re.compile("|".join(map(re.escape, spin)))

    def swap(match: re.Match[str]) -> str:
        if rng.random() < 0.6:
            swaps.append([match.group(0), spin[match.group(0)]])
            return spin[match.group(0)]
        return match.group(0)

    page.body = [pattern.sub(swap, line) for line in page.body]
    return {"swaps": swaps}


def pad_two_character_names(page: Page, rng: random.Random, names: list[str]) -> dict[str, Any]:
    """N17: a two-character name padded with a space to the width of three (冯 艳)."""
    candidates = [n for n in names if len(n) == 2]
    if not candidates:
        return {}
    name = rng.choice(candidates)
    padded = name[0] + rng.choice((" ", "\u3000")) + name[1]
    page.body = [line.replace(name, padded) for line in page.body]
    return {"name": name, "padded": padded}


def add_captions(page: Page, rng: random.Random, ctx: dict[str, Any]) -> dict[str, Any]:
    """N12: image captions and bare file names between paragraphs. They are evidence,
    not text: the truth lists them as captions."""
    added = []
    date = ctx["date"]
    for _ in range(rng.randint(1, 2)):
        template = rng.choice(vocabulary()["captions"])
        stamp = f"{date:%Y%m%d}_{rng.randrange(10**6):06d}"
        caption = fill(
            template,
            {
                "name": rng.choice(ctx["names"]) if ctx["names"] else ctx["district"]["name"],
                "town": rng.choice(ctx["district"]["townships"]),
                "md": f"{date.month}月{date.day}日",
                "path": f"/uploads/{date:%Y/%m}/{stamp}.jpg",
                "file": rng.choice(("IMG_", "DSC_", ""))
                + stamp
                + rng.choice((".jpg", ".png", ".jpeg")),
            },
        )
        page.body.insert(rng.randint(1, len(page.body)), caption)
        added.append(caption)
    return {"captions": added}


def duplicate_paragraphs(page: Page, rng: random.Random) -> dict[str, Any]:
    """N13: a paragraph repeated right after itself, or the whole body twice."""
    if rng.random() < 0.3:
        page.body = page.body + page.body
        return {"what": "body"}
    index = rng.randrange(len(page.body))
    page.body.insert(index + 1, page.body[index])
    return {"what": "paragraph", "index": index}


def add_credits(page: Page, rng: random.Random, credit_names: list[str]) -> dict[str, Any]:
    """N09: a credit line at the end, glued to the last sentence, or at the start
    (（记者 …）8月2日，…). Returns the credits as (role, name) pairs."""
    layouts = vocabulary()["credit_layouts"]
    layout = rng.choice(layouts)
    names = credit_names[: len(layout["roles"])]
    line = fill(layout["form"], dict(zip("ab", names, strict=False)))
    where = (
        rng.choice(("end", "end", "glued", "start")) if layout["form"].startswith("（") else "end"
    )
    if where == "start":
        page.body[0] = rng.choice(("", "本报讯")) + line + page.body[0]
    elif where == "glued":
        page.body[-1] = page.body[-1] + line
    else:
        page.body.append(line)
    credits = [
        {"role": role, "name": name} for role, name in zip(layout["roles"], names, strict=True)
    ]
    return {"where": where, "line": line, "credits": credits}


def lose_space_before_credit(
    page: Page, rng: random.Random, credit: dict[str, Any]
) -> dict[str, Any]:
    """N07: the space between two credits was lost to a `?` (邓亮?审稿人)."""
    line = credit["line"]
    if " " not in line:
        return {}
    damaged = line.replace(" ", LOST_CHARACTER, 1)
    page.body = [b.replace(line, damaged) for b in page.body]
    return {"where": "credit", "line": line}


def add_spam(page: Page, rng: random.Random, ctx: dict[str, Any]) -> dict[str, Any]:
    """N14: gambling terms spliced into a sentence, a jammer line of ASCII symbols,
    escaped HTML, a repeated place name (汶上汶上县), a keyword banner."""
    noise = vocabulary()
    kinds = rng.sample(("spliced", "jammer", "html", "repeated_place", "banner"), rng.randint(1, 3))
    district = ctx["district"]
    places = [district["name"], *district["townships"]]
    named = [p for p in places if any(p in line for line in page.body)]
    if "repeated_place" in kinds and not named:
        kinds[kinds.index("repeated_place")] = "jammer" if "jammer" not in kinds else "spliced"
    done: dict[str, Any] = {"kinds": sorted(kinds)}
    for kind in kinds:
        if kind == "spliced":
            index = rng.randrange(len(page.body))
            line = page.body[index]
            commas = [i + 1 for i, c in enumerate(line) if c == "，"]
            at = rng.choice(commas) if commas else len(line)
            term = rng.choice(noise["spam_terms"])
            page.body[index] = line[:at] + term + line[at:]
            done["spliced"] = term
        elif kind == "jammer":
            chars = noise["jammer_chars"]
            jammer = "".join(rng.choice(chars) for _ in range(rng.randint(16, 40)))
            page.body.insert(rng.randint(0, len(page.body)), jammer)
            done["jammer"] = jammer
        elif kind == "html":
            html = rng.choice(noise["escaped_html"])
            page.header.insert(0, html) if rng.random() < 0.5 else page.body.append(html)
            done["html"] = html
        elif kind == "repeated_place":
            # 汶上汶上县: the short name doubled, or a township name doubled.
            place = rng.choice(named)
            short = district["short"] if place == district["name"] else place
            for i, line in enumerate(page.body):
                if place in line:
                    page.body[i] = line.replace(place, short + place, 1)
                    done["repeated_place"] = short + place
                    break
        else:
            a, b, c = rng.sample(noise["spam_terms"], 3)
            banner = fill(rng.choice(noise["spam_banners"]), {"a": a, "b": b, "c": c})
            page.header.insert(0, banner)
            done["banner"] = banner
    return done


def add_header(page: Page, rng: random.Random, ctx: dict[str, Any]) -> dict[str, Any]:
    """N10: breadcrumb, repeated title, 来源/发布时间/浏览 line, 字号 line, banner date
    (the crawl date, which is not the publication date). At least two of them."""
    noise = vocabulary()
    district, published = ctx["district"], ctx["published"]
    kinds = sorted(rng.sample(range(5), rng.randint(2, 5)))
    lines: list[str] = []
    harvested: dict[str, Any] = {}
    values = {
        "district": district["name"],
        "ymd": f"{published:%Y-%m-%d}",
        "hm": f"{rng.randint(8, 21):02d}:{rng.randrange(60):02d}",
        "n": rng.randint(12, 9999),
    }
    for kind in kinds:
        if kind == 0:
            lines.append(fill(rng.choice(noise["breadcrumbs"]), values))
        elif kind == 1:
            lines.append(ctx["title"])
            harvested["title_line"] = True
        elif kind == 2:
            lines.append(fill(rng.choice(noise["info_lines"]), values))
            harvested["published"] = values["ymd"]
        elif kind == 3:
            lines.append(rng.choice(noise["font_lines"]))
        else:
            crawled = ctx["retrieved"]
            banner = f"{crawled.year}年{crawled.month:02d}月{crawled.day:02d}日"
            lines.append(f"{banner} 星期{'一二三四五六日'[crawled.weekday()]}")
            harvested["banner"] = lines[-1]
    page.header.extend(lines)
    return {"lines": lines, **harvested}


def add_footer(page: Page, rng: random.Random, ctx: dict[str, Any]) -> dict[str, Any]:
    """N11: statement, copyright/ICP, 扫一扫, [打印此页], 上一篇/下一篇, and a related
    story (相关阅读) whose officials are not part of this report."""
    noise = vocabulary()
    district = ctx["district"]
    values = {
        "district": district["name"],
        "year": ctx["retrieved"].year,
        "icp": district["icp"],
        "icpno": rng.randrange(10**7, 10**8),
        "n": rng.randrange(10**9, 10**10),
    }
    chosen = sorted(rng.sample(range(len(noise["footer_lines"])), rng.randint(1, 3)))
    blocks = [[fill(noise["footer_lines"][i], values) for i in chosen]]
    if rng.random() < 0.5:
        blocks.append(
            [
                fill(t, {"other": o})
                for t, o in zip(noise["prev_next"], ctx["other_titles"], strict=False)
            ]
        )
    if rng.random() < 0.5 and ctx["related"]:
        # The related story always follows its marker; sites differ in where the
        # block goes (above or below the copyright), not in its inner order.
        blocks.append([rng.choice(noise["related_markers"]), *ctx["related"]])
    if rng.random() < 0.5:
        blocks.reverse()
    lines = [line for block in blocks for line in block]
    page.footer.extend(lines)
    return {"lines": lines}


def indent_and_space(page: Page, rng: random.Random) -> dict[str, Any]:
    """N00 (layout): full-width indentation, blank lines between paragraphs, trailing
    blanks. Not a NOISE.md family; every page from a CMS has some of it."""
    indent = rng.random() < 0.6
    blank = rng.random() < 0.5
    body = []
    for line in page.body:
        body.append(("\u3000\u3000" if indent else "") + line + (" " if rng.random() < 0.1 else ""))
        if blank:
            body.append("")
    page.body = body
    return {"indent": indent, "blank_lines": blank}


# ----------------------------------------------------------------- page-wide families


@functools.cache
def _converter(config: str) -> Any:
    import opencc  # official package or the pure-Python port: same call

    return opencc.OpenCC(config)


# Tone-marked vowels to (plain vowel, tone digit), for the `hui4` style of annotation.
_TONE_MARKS = {
    mark: (plain, str(tone))
    for plain, marks in zip("aeiouü", ("āáǎà", "ēéěè", "īíǐì", "ōóǒò", "ūúǔù", "ǖǘǚǜ"), strict=True)
    for tone, mark in enumerate(marks, start=1)
}


@functools.cache
def _syllable(char: str) -> tuple[str, str]:
    """(tone marks, tone digits) of a character's first reading in pypinyin's table
    (the per-character table alone: loading the phrase table would cost a second).

    >>> _syllable("區"), _syllable("鎮"), _syllable("a")
    (('qū', 'qu1'), ('zhèn', 'zhen4'), ('', ''))
    """
    from pypinyin.pinyin_dict import pinyin_dict

    readings = pinyin_dict.get(ord(char))
    if not readings:
        return "", ""
    marks = readings.split(",")[0]
    plain, digit = [], "5"
    for letter in marks:
        if letter in _TONE_MARKS:
            letter, digit = _TONE_MARKS[letter]
        plain.append(letter)
    return marks, "".join(plain) + digit


def to_traditional(
    text: str, rng: random.Random, pinyin_density: float, leftover_rate: float
) -> tuple[str, dict[str, Any]]:
    """N01/N02/N03: the page as a mirror site serves it. OpenCC s2t, then (N02) some of
    并 干 于 余 里 台 云 put back, then (N01, when pinyin_density > 0) a site-specific set of
    characters annotated with their pinyin in ASCII parentheses at every occurrence, as
    in the seed (區(qū) every time, 會 never)."""
    converted = _converter("s2t").convert(text)
    info: dict[str, Any] = {"leftovers": 0, "annotated": []}
    if leftover_rate > 0 and len(converted) == len(text):
        chars = None
        for match in _LEFTOVER.finditer(text):
            at = match.start()
            if converted[at] != text[at] and rng.random() < leftover_rate:
                chars = chars or list(converted)
                chars[at] = text[at]
                info["leftovers"] += 1
        converted = "".join(chars) if chars else converted
    if pinyin_density > 0:
        # The source is Simplified: a character of the page that is not in the source
        # is one the conversion changed (set arithmetic, not a walk over the text).
        seen = {c for c in set(converted) if HAN.match(c)}
        changed = sorted(seen - set(text))
        unchanged = sorted(seen - set(changed))
        picked = [c for c in changed if rng.random() < pinyin_density]
        picked += [c for c in unchanged if rng.random() < pinyin_density * 0.04]
        style = rng.choices(("marks", "space", "digits"), (0.9, 0.05, 0.05))[0]
        table = {}
        for char in picked:
            marks, digits = _syllable(char)
            if not marks.isalpha():  # no reading known, or an odd one (m̀)
                continue
            syllable = {"marks": marks, "space": marks + " ", "digits": digits}[style]
            table[ord(char)] = f"{char}({syllable})"
        converted = converted.translate(table)
        info["annotated"] = sorted(chr(k) for k in table)
        info["pinyin_style"] = style
    return converted, info


# A Han character annotated with pinyin (the damage ends on it, as in the seed).
_ANNOTATED = re.compile(r"[\u4e00-\u9fff]\([a-zA-Z\u00e0-\u01dc]+ ?\d?\)")


def misalign_gbk(text: str, rng: random.Random) -> tuple[str, dict[str, Any]]:
    """N06: a GBK step went one byte out of step just before a run of characters that
    ends in a pinyin annotation, and stayed out of step until an ASCII byte.

    The seed's damage, reproduced: a stray byte takes the first character's lead byte
    (one `?`), each following pair of bytes straddles two characters (口鎮 gives 阪, an
    invalid pair gives `?`), and the pair that swallows the `(` is lost too. Returns the
    text and {"original": span before, "damaged": span after}; {} when no site fits.

    >>> misalign_gbk("鄉、海口鎮(zhèn)、菱湖", random.Random(0))
    ('鄉、?？阪?zhèn)、菱湖', {'original': '海口鎮(zhèn)', 'damaged': '?？阪?zhèn)'})
    >>> misalign_gbk("没有注音的句子。", random.Random(0))
    ('没有注音的句子。', {})
    """
    sites = []
    for match in _ANNOTATED.finditer(text):
        start = match.start()
        while start > 0 and match.start() - start < 3 and HAN.match(text[start - 1]):
            start -= 1
        if start < match.start():
            sites.append((start, match.start(), match.end()))
    rng.shuffle(sites)
    for earliest, annotated, end in sites:
        # Two characters before the annotated one, as in the seed, when there are two.
        start = max(earliest, annotated - rng.choice((1, 2, 2, 2, 3)))
        original = text[start:end]
        try:
            data = original.encode("gbk")
        except UnicodeEncodeError:
            continue
        damaged = _decode_out_of_step(data)
        return text[:start] + damaged + text[end:], {"original": original, "damaged": damaged}
    return text, {}


def _decode_out_of_step(data: bytes) -> str:
    """Decode GBK bytes one byte out of step until an ASCII byte at a lead position."""
    out = ["?"]  # the stray byte and the first lead byte
    i = 1
    while i < len(data):
        lead = data[i]
        if lead < 0x80:
            out.append(data[i:].decode("gbk", errors="replace"))
            break
        if i + 1 >= len(data):
            out.append("?")
            break
        try:
            char = data[i : i + 2].decode("gbk")
        except UnicodeDecodeError:
            char = "?"
        out.append(char if len(char) == 1 else "?")
        i += 2
    return "".join(out)


def ascii_punctuation(text: str) -> str:
    """N05: the upstream normalisation that turned ，；：！？（） into ASCII (、。“”《》 survive).

    >>> ascii_punctuation("会议（扩大）：好，是！")
    '会议(扩大):好,是!'
    """
    for full, half in _FULL_TO_ASCII:  # seven replaces beat one dict translate
        text = text.replace(full, half)
    return text
