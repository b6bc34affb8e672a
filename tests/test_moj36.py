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
    # `)`, 農 known by both its bytes (its lead in 朕, its trail the letter r).
    mojibake, pinyin = _clean("鎮村幹部?zhōng)钊朕r(nóng)戶走訪群眾")
    assert pinyin.text == "鎮村幹部〓入農戶走訪群眾"
    # The lost character keeps its place, with its finding; every change is logged.
    assert [f.code for f in mojibake.findings] == ["mojibake_unrecovered"]
    assert [e.before for e in mojibake.edits] == ["?zhōng)钊朕r"]
    assert [e.before for e in pinyin.edits] == ["(nóng)"]


def test_one_character_run_after_the_stray_syllable():
    # 企業: 企 lost its lead byte, 業 (98 49) is 髽 + I.
    mojibake, pinyin = _clean("督查組對?lún)髽I(yè)安全情況進行檢查")
    assert pinyin.text == "督查組對〓業安全情況進行檢查"
    assert [f.code for f in mojibake.findings] == ["mojibake_unrecovered"]


def test_left_alone_without_the_stray_syllable_unit():
    # A `)` closing a real note, then Han text and a letter: no lost byte to read from.
    text = "會議(huì)髽I(yè)安全"
    assert repair_mojibake(text).text == text
    # A word and a Latin abbreviation after a real parenthesis are no remnant either.
    text = "項目(一期)建設A(ā)區"
    assert repair_mojibake(text).text == text
