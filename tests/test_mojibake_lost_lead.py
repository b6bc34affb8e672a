"""A character whose GBK lead byte was lost and whose trail byte is ASCII (`?h` for 縣,
BF 68; `?^` for 區, 85 5E; `??h` when the character before ended in A3 and the pair
[A3 BF] became ？): settled by the text's own words, never by a guess (NOISE.md N06).
Invented sentences."""

from __future__ import annotations

from public_records.clean.mojibake import repair_mojibake


def _mojibake_notes(result) -> list[str]:
    return [e.note for e in result.edits if e.rule == "mojibake"]


def test_lost_lead_settled_by_a_word_the_text_writes_elsewhere():
    result = repair_mojibake("會前,?h委常委李明主持。縣委常委王強出席。")
    assert result.text == "會前,縣委常委李明主持。縣委常委王強出席。"
    (note,) = _mojibake_notes(result)
    assert "本文他处" in note and "縣委常" in note  # chosen by its neighbours, said so
    assert not result.findings
    # 縣 and 黨 both end in 68: where the text writes 縣委常 and 黨委常, neither is taken.
    both = repair_mojibake("節前?h委常委張成到場。縣委常委和黨委常委均出席。")
    assert both.text.startswith("節前〓委常委張成")
    assert [f.code for f in both.findings] == ["mojibake_unrecovered"]


def test_sign_pair_before_the_lost_lead_keeps_its_placeholder_only():
    # 。 A1 A3 + 縣 BF 68 lose the first byte: [A3 BF] is ？, shown as `?`, then `h`.
    result = repair_mojibake("下午,專題會議召開??h政協主席趙華主持,縣政協副主席孫林出席。")
    assert "召開〓縣政協主席趙華" in result.text
    assert [f.code for f in result.findings] == ["mojibake_unrecovered"]
    # Nothing written elsewhere: the placeholder, as before.
    assert repair_mojibake("全?h上下一心。").text == "全〓上下一心。"


def test_other_trail_bytes_too():
    # 區 is 85 5E: `?^`. (Settled with its left neighbour, 全區人, written elsewhere: after
    # 舉行 it would be settled by 區人大 alone, which keeps a place for the character
    # before it; see tests/test_furniture_round_32.py.)
    result = repair_mojibake("會上,全?^人大常委會主任陳光講話。全區人大常委會副主任出席。")
    assert result.text.startswith("會上,全區人大常委會主任陳光講話")
    # A word on the left alone is no evidence before a Han character: 貴 of 參訪貴賓
    # lost its lead byte (D9 46, `?F`), and the text writes 參訪團 (團 is 88 46).
    guest = repair_mojibake("歡迎所有參訪?F賓到場。參訪團一行合影。")
    assert guest.text.startswith("歡迎所有參訪〓賓")
