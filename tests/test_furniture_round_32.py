"""Round "furniture 32" (issue 18). Invented sentences.

1. A lone `?` right before an ASCII trail letter (`?h`) is read as that character's own
   lost lead byte (縣 BF 68) only when the character is settled together with its left
   neighbour; settled by the characters after it alone (縣人大), the same two marks are as
   well the [A3 BF] pair of a character before it ending in A3 (。 A1 A3, 海 BA A3) whose
   lead byte vanished, so that character keeps its place as 〓 with a finding instead of
   being dropped (promise: nothing is lost).
"""

from __future__ import annotations

from public_records.clean.mojibake import repair_mojibake


def _codes(result) -> list[str]:
    return [f.code for f in result.findings]


def test_a_sentence_end_lost_with_the_lead_byte_keeps_its_place():
    # 。縣 A1 A3 BF 68 lost A1: [A3 BF] is ？ (`?`), then `h`.
    result = repair_mojibake("座談會在三樓舉行?h人大常委會主任李華出席。縣人大常委會副主任出席。")
    assert result.text.startswith("座談會在三樓舉行〓縣人大常委會主任李華出席")
    assert _codes(result) == ["mojibake_unrecovered"]
    result = repair_mojibake("會議在禮堂召開?h政協主席王明主持。縣政協副主席出席。")
    assert result.text.startswith("會議在禮堂召開〓縣政協主席王明主持")
    # Other trail bytes alike: 區 85 5E.
    result = repair_mojibake("大會舉行?^人大常委會主任陳光主持。區人大常委會副主任出席。")
    assert result.text.startswith("大會舉行〓區人大常委會主任陳光主持")
    assert _codes(result) == ["mojibake_unrecovered"]


def test_a_place_name_character_lost_with_the_lead_byte_keeps_its_place():
    # 寧海縣: 海 BA A3 lost BA, [A3 BF] then `h`; the text writes 縣委員 elsewhere only.
    result = repair_mojibake("代表第九屆寧?h委員會發言。該縣委員會成員列席。")
    assert result.text.startswith("代表第九屆寧〓縣委員會發言")
    (edit,) = [e for e in result.edits if e.rule == "mojibake"]
    assert edit.before == "?h" and edit.after == "〓縣"


def test_settled_with_its_left_neighbour_the_character_follows_it_directly():
    # 寧縣委 written elsewhere: the left neighbour is part of the evidence.
    result = repair_mojibake("調研組來到寧?h委員會。寧縣委員會主任接待。")
    assert result.text == "調研組來到寧縣委員會。寧縣委員會主任接待。"
    assert not result.findings
    # A clause opening after a comma: no character is missing before it.
    result = repair_mojibake("晚會上,?h委常委李明講話。縣委常委王強出席。")
    assert result.text == "晚會上,縣委常委李明講話。縣委常委王強出席。"
    # Nothing settles it: one placeholder, as before.
    assert repair_mojibake("全?h上下一心。").text == "全〓上下一心。"
