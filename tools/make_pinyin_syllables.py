"""Regenerate plugins/public_records/data/pinyin_syllables.txt from pypinyin's dictionary.

The list holds every toneless syllable that pypinyin knows as a reading of a Han
character (ü written as v). Run: .venv/bin/python tools/make_pinyin_syllables.py
"""

import unicodedata
from pathlib import Path

from pypinyin.pinyin_dict import pinyin_dict

OUT = Path(__file__).resolve().parent.parent / "plugins/public_records/data/pinyin_syllables.txt"


def toneless(syllable: str) -> str:
    # NFD first: ǜ is one code point, u + diaeresis + grave once decomposed.
    s = unicodedata.normalize("NFD", syllable.lower()).replace("u\u0308", "v")
    return "".join(c for c in s if not unicodedata.combining(c))


def main() -> None:
    syllables = {toneless(r) for readings in pinyin_dict.values() for r in readings.split(",")}
    syllables = {s for s in syllables if s.isascii() and s.isalpha()}
    header = "# Toneless pinyin syllables (ü as v), from pypinyin's dictionary. See tools/.\n"
    OUT.write_text(header + "\n".join(sorted(syllables)) + "\n", encoding="utf-8")
    print(len(syllables), "syllables ->", OUT)


if __name__ == "__main__":
    main()
