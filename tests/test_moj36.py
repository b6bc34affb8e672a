"""Round moj36: pinyin notes left behind a character destroyed by a broken encoding.

Invented damaged sentences, written as the pinyin mirrors damage them: a character's lead
byte shown as `?` with a stray syllable and its `)` (`?zhōng)`), the bytes after it
paired one position off, and the last character's trail byte left as a Latin letter
before that character's own note (`r(nóng)` for 農, GBK 81 72)."""

from public_records.clean.mojibake import repair_mojibake
from public_records.clean.pinyin import strip_pinyin
from public_records.evaluate.real import pinyin_notes_left


def _clean(text: str):
    """The mojibake step, then the pinyin step, as the pipeline runs them."""
    mojibake = repair_mojibake(text)
    return mojibake, strip_pinyin(mojibake.text)


def test_residue_counts_a_note_after_anything():
    # After a remnant letter, after 〓, after a symbol: every note is counted.
    assert pinyin_notes_left("鎮村幹部钊朕r（nóng）戶走訪") == 1
    assert pinyin_notes_left("群眾反映的〓(tí)要及時解決、村民〓（xié）商") == 2
    # Brackets that are no pinyin note are not counted: acronyms, words, numbers, a
    # toneless syllable.
    assert pinyin_notes_left("會議(AWS)(Daguan)(2024)(擴大)(an)") == 0


def test_remnant_letter_and_note_go_with_the_character_recovered():
    # 深入農戶: 深 (C9 EE) lost its lead byte; 入 and 農 re-paired from the bytes after the
    # `)`, 農 known by both its bytes (its lead in 朕, its trail the letter r) and by its
    # note. 入 is known by its bytes alone and makes no dictionary word with 農: the
    # mirrors drop unassigned pairs unmarked, so such a character is not trusted (〓).
    mojibake, pinyin = _clean("鎮村幹部?zhōng)钊朕r(nóng)戶走訪群眾")
    assert pinyin.text == "鎮村幹部〓〓農戶走訪群眾"
    # The lost character keeps its place, with its finding; every change is logged.
    assert [f.code for f in mojibake.findings] == ["mojibake_unrecovered"]
    assert [e.before for e in mojibake.edits] == ["?zhōng)钊朕r"]
    assert [e.before for e in pinyin.edits] == ["(nóng)"]


def test_one_character_run_after_the_stray_syllable():
    # 企業: 企 lost its lead byte, 業 (98 49) is 髽 + I.
    mojibake, pinyin = _clean("督查組對?lún)髽I(yè)安全情況進行檢查")
    assert pinyin.text == "督查組對〓業安全情況進行檢查"
    assert [f.code for f in mojibake.findings] == ["mojibake_unrecovered"]


def test_a_letter_the_note_does_not_confirm_is_left_alone():
    # A Latin letter before a note, no `?` anywhere: kept unless the bytes of the
    # character before it and the letter read as the note says.
    for text in ("項目(一期)建設A(ā)區", "補充維生素C(xī)片", "會議(huì)髽A(yè)安全"):
        assert repair_mojibake(text).text == text


def test_a_note_settles_its_character_with_no_mark_in_reach():
    # 設 (D4 4F): no `?` anywhere, the run's start lost without a mark; the character
    # before the letter holds 設's lead byte, the letter its trail, and the note agrees.
    mojibake, pinyin = _clean("會議要求鞯丶訌妿植筷犖榻ㄔO(shè)工作")
    assert pinyin.text == "會議要求鞯丶訌妿植筷犖榻〓設工作"
    assert [f.code for f in mojibake.findings] == ["mojibake_unrecovered"]


def test_a_letter_whose_character_cannot_be_read_becomes_the_placeholder():
    # 鬟鬟 + l pair into nothing that reads fā: the annotated character is lost, so the
    # letter is 〓 with its finding and the note after it goes as a note.
    mojibake, pinyin = _clean("要?lún)鬟鬟l(fā)展出力")
    assert pinyin.text == "要〓鬟鬟〓展出力"
    assert "mojibake_unrecovered" in [f.code for f in mojibake.findings]


def test_trail_byte_80_shown_as_euro():
    # 穩 is B7 80; code page 936 shows the lone 80 as €.
    _mojibake, pinyin = _clean("努力保持?lún)謩莘€(wěn)定")
    assert pinyin.text == "努力保持〓〓穩定"


def test_a_pair_the_mirror_dropped_gives_no_wrong_character():
    # 消防 (CF FB, B7 C0): the unassigned pair FB B7 was dropped without a mark, so CF C0
    # (侠) is no character of the text; it and 等, which make no word, are lost.
    mojibake, pinyin = _clean("做好森林?dǎng)稹⑾赖刃袠I(yè)監管")
    assert pinyin.text == "做好森林〓、〓〓行業監管"
    assert "侠" not in pinyin.text
    assert [f.code for f in mojibake.findings] == ["mojibake_unrecovered"]
