"""Round moj36: pinyin notes left behind a character destroyed by a broken encoding.

Invented damaged sentences, written as the pinyin mirrors damage them: a character's lead
byte shown as `?` with a stray syllable and its `)` (`?zhōng)`), the bytes after it
paired one position off, and the last character's trail byte left as a Latin letter
before that character's own note (`r(nóng)` for 農, GBK 81 72)."""

from public_records.evaluate.real import pinyin_notes_left


def test_residue_counts_a_note_after_anything():
    # After a remnant letter, after 〓, after a symbol: every note is counted.
    assert pinyin_notes_left("鎮村幹部钊朕r（nóng）戶走訪") == 1
    assert pinyin_notes_left("群眾反映的〓(tí)要及時解決、村民〓（xié）商") == 2
    # Brackets that are no pinyin note are not counted: acronyms, words, numbers, a
    # toneless syllable.
    assert pinyin_notes_left("會議(AWS)(Daguan)(2024)(擴大)(an)") == 0
