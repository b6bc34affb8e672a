"""N00: invisible characters are removed in the first cleaning step, each removal logged.

Direction controls (U+202A–U+202E, U+2066–U+2069) can make a title or a name read
backwards or hide text on the page; noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF …)
are not text and make a feed invalid XML. Neither may reach a title or a name.
"""

import pytest
from public_records.clean import clean
from public_records.clean.normalize import normalize
from public_records.ingest.process import process
from public_records.model import Record

DIRECTION_CONTROLS = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
NONCHARACTERS = ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"]


@pytest.mark.parametrize("ch", DIRECTION_CONTROLS + NONCHARACTERS, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_is_removed_and_logged(ch):
    result = normalize(f"区委书记潘{ch}功发主持会议。")
    assert result.text == "区委书记潘功发主持会议。"
    assert [(e.start, e.end, e.before, e.after) for e in result.edits] == [(5, 6, ch, "")]
    assert result.edits[0].rule == "normalize" and result.edits[0].note


def test_no_direction_control_or_noncharacter_reaches_a_title_or_a_name():
    hostile = "".join(DIRECTION_CONTROLS + NONCHARACTERS)
    text = f"大观区召开\u202e会议{hostile}\n区委书记潘\u2067功发\ufdd0主持会议并讲话。"
    record = process(Record("x", "x.txt", "", "utf-8", text))
    shown = [record.title_hans, record.title_hant, *(m.name for m in record.mentions)]
    assert "潘功发" in [m.name for m in record.mentions]
    for ch in hostile:
        assert not any(ch in s for s in shown), f"U+{ord(ch):04X}"
        assert ch not in record.text_hans and ch not in record.text_hant
    removed = "".join(e.before for e in clean(text).edits if e.rule == "normalize")
    assert sorted(removed) == sorted(hostile + "\u202e\u2067\ufdd0")
