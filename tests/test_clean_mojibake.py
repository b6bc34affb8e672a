"""N06 (GBK-misalignment mojibake) and N07 (a lone `?` for a lost character)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from public_records.clean.mojibake import MAX_MARKS, repair_mojibake

SEED = Path(__file__).resolve().parent.parent / "seeds/000_db5eed02fe66ddea.txt"

# Full-width signs that the upstream normalisation (N05) turned into ASCII.
NORMALISED = {b"\xa3\xa1": "!", b"\xa3\xac": ",", b"\xa3\xbb": ";", b"\xa3\xba": ":"}
NORMALISED[b"\xa3\xbf"] = "?"


def shifted_decode(data: bytes, p: int) -> str:
    """Decode GBK from byte p, which is one byte past a character's start, the way the
    damaged pages were made: each trail byte is paired with the next lead byte; a pair GBK
    does not have becomes `?`; a pair with an ASCII second byte swallows it; the first byte
    below 0x80 in lead position re-synchronises."""
    out = []
    while p < len(data):
        x = data[p]
        if x < 0x80:
            out.append(chr(x))
            p += 1
            break
        pair = data[p : p + 2]
        if len(pair) < 2 or pair[1] < 0x40:
            out.append("?")
            p += 2
            break
        if pair in NORMALISED:
            out.append(NORMALISED[pair])
        else:
            try:
                out.append(pair.decode("gbk"))
            except UnicodeDecodeError:
                out.append("?")
        p += 2
    return "".join(out) + data[p:].decode("gbk")


def damage(text: str, i: int) -> str:
    """The character at i loses its lead byte (shown as `?`); the rest is shifted."""
    return text[:i] + "?" + shifted_decode(text[i:].encode("gbk"), 1)


def seed_lines() -> list[str]:
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line][:5]


# ------------------------------------------------------------------ the simulator itself


def test_simulator_reproduces_the_seed_damage():
    # 海 BA A3, 口 BF DA, 鎮 E6 82, then "(": [BA] [A3 BF]=？ [DA E6]=阪 [82 28].
    assert damage("、海口鎮(zhèn)、", 1) == "、??阪?zhèn)、"
    assert damage("確保“雙過半”", 1) == "確?!半p過半”"


# ------------------------------------------------------------------ repairs (N06)


def test_seed_run_is_repaired_with_its_annotation_restored():
    line = next(line for line in SEED.read_text(encoding="utf-8").splitlines() if "??阪" in line)
    result = repair_mojibake(line)
    assert "十里鋪鄉(xiāng)、海口鎮(zhèn)、菱湖街道" in result.text
    assert "?" not in result.text
    mojibake = [e for e in result.edits if e.rule == "mojibake"]
    assert len(mojibake) == line.count("??阪?zhèn)")
    assert all(e.before == "??阪?zhèn)" and e.after == "海口鎮(zhèn)" for e in mojibake)
    assert all("GBK" in e.note for e in mojibake)
    assert not result.findings


@pytest.mark.parametrize(
    "damaged, clean",
    [
        ("要確?!半p過半”目標", "要確保“雙過半”目標"),  # NOISE.md; 雙 = EB 70, `p` is 70
        ("推進燃?xì)管道建設", "推進燃氣(xì)管道建設"),  # NOISE.md; the lead byte vanished
        ("赴十里鋪鄉、??阪?zhèn)、菱湖街道", "赴十里鋪鄉、海口鎮(zhèn)、菱湖街道"),
    ],
)
def test_noise_catalogue_examples(damaged, clean):
    result = repair_mojibake(damaged)
    assert result.text == clean
    (edit,) = result.edits
    assert edit.rule == "mojibake"
    assert damaged[edit.start : edit.end] == edit.before
    assert not result.findings


def test_edit_offsets_refer_to_the_input():
    text = "張?松說,赴??阪?zhèn)考察"
    result = repair_mojibake(text)
    rebuilt, last = [], 0
    for e in result.edits:
        assert text[e.start : e.end] == e.before
        rebuilt += [text[last : e.start], e.after]
        last = e.end
    assert "".join([*rebuilt, text[last:]]) == result.text


def test_unrecoverable_run_keeps_placeholders_and_a_finding():
    # 阪 gives 口's trail byte and 鎮's lead byte; with the annotation lost too
    # (`?` then Han text) nothing names the phantom: 會 95 FE, 議 D7 68 ->
    # [95] [FE D7] [68]="h". 會 has no known byte; the [FE D7] pair is unassigned in GBK.
    result = repair_mojibake("召開??h暨重點工作會")
    assert "?" not in result.text
    assert "〓" in result.text
    assert result.findings
    assert {f.code for f in result.findings} <= {"mojibake_unrecovered", "lost_character"}
    assert all(f.severity == "warning" for f in result.findings)


def _classify(clean: str, out: str) -> str:
    if out == clean:
        return "exact"
    matcher = difflib.SequenceMatcher(None, clean, out, autojunk=False)
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal" and set(out[j1:j2]) - {"〓"}:
            return "wrong"
    return "partial"


def simulated_cases() -> list[tuple[str, str]]:
    """Every Han character of the seed's first lines that follows a Han character,
    damaged in turn, cut to a short window around the damage."""
    cases = []
    for line in seed_lines():
        for i in range(1, len(line)):
            if not ("\u4e00" <= line[i] <= "\u9fff" and "\u4e00" <= line[i - 1] <= "\u9fff"):
                continue
            bad = damage(line, i)
            lo = i - 4
            common = 0  # same tail: cut it off, leaving a few characters of context
            while common < min(len(line), len(bad)) and line[-1 - common] == bad[-1 - common]:
                common += 1
            keep = max(0, common - 4)
            cases.append((line[lo : len(line) - keep], bad[lo : len(bad) - keep]))
    return cases


def test_simulated_damage_repair_rate():
    """Repairs across many words: most runs with an end signal are repaired, and a
    repair that writes a wrong character is rare. (Counts printed with -s.)"""
    counts = {"exact": 0, "partial": 0, "wrong": 0, "missed": 0}
    for clean, bad in simulated_cases():
        result = repair_mojibake(bad)
        mojibake = [e for e in result.edits if e.rule == "mojibake"]
        if not mojibake:
            counts["missed"] += 1
            continue
        e = mojibake[0]
        reference = clean[e.start : e.start + len(e.after)]
        good = all(a == b or a == "〓" for a, b in zip(e.after, reference, strict=False))
        if not good:
            counts["wrong"] += 1
        elif "〓" in e.after:
            counts["partial"] += 1
            assert any(f.code == "mojibake_unrecovered" for f in result.findings)
        else:
            counts["exact"] += 1
    print("simulated damage:", counts)
    touched = counts["exact"] + counts["partial"] + counts["wrong"]
    assert sum(counts.values()) > 500
    assert counts["exact"] >= 25  # measured 29 of 611 cases (see the report)
    # The promise is "flagged, never invented": measured 3 wrong of 204 rewritten runs
    # (1.5%; it was 29 of 204 before the word-margin and ？-pair rules).
    assert counts["wrong"] <= 0.02 * touched


# ------------------------------------------------------------------ lost characters (N07)


def test_lost_character_in_a_name():
    result = repair_mojibake("區委書記張?松主持會議")
    assert result.text == "區委書記張〓松主持會議"
    (finding,) = result.findings
    assert finding.code == "lost_character" and finding.severity == "warning"
    assert result.edits[0].before == "?"


def test_lost_separator_in_a_credit_line_becomes_a_space():
    result = repair_mojibake("(撰稿人:鄧亮??審稿人:王燦)")
    assert result.text == "(撰稿人:鄧亮 審稿人:王燦)"
    assert [e.before for e in result.edits] == ["??"]
    assert not result.findings


def test_lost_mark_before_a_credit_word_outside_a_credit_line_is_a_placeholder():
    result = repair_mojibake("鄧亮??審稿人")
    assert result.text == "鄧亮〓審稿人"
    assert [f.code for f in result.findings] == ["lost_character"]


# ------------------------------------------------------------------ do no harm


@pytest.mark.parametrize(
    "text",
    [
        "區委書記潘功發(fā)主持會議並講話。",
        "這是真的嗎?",
        "這是真的嗎?\n下一段",
        "怎麼辦?我們要迎難而上",
        "他問:“是不是這樣?”",
        "共計1,200?",
        "詳見 http://www.example.cn/list.php?id=3&p=2 頁面",
        "What? Really?",
        "Is it 17:24? 是",
        "",
    ],
)
def test_leaves_alone(text):
    result = repair_mojibake(text)
    assert result.text == text
    assert result.edits == ()
    assert result.findings == ()


def test_clean_seed_lines_are_untouched():
    for line in seed_lines():
        if "?" in line:
            continue
        assert repair_mojibake(line).edits == ()


def test_pathological_input_is_bounded():
    text = "區" + "?" * (MAX_MARKS + 1) + "zhèn)"
    result = repair_mojibake(text)
    assert result.text == text
    assert [f.code for f in result.findings] == ["mojibake_skipped"]
    long_run = "區委" + "?阪" * 200 + "?zhèn)"
    assert repair_mojibake(long_run).text.count("阪") >= 190  # not one giant "repair"
