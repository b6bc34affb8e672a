"""Round moj37: a destroyed character before a `?h` that the text's own writing settles.

Invented damaged sentences, written as the pinyin mirrors damage them: a character ending
in the byte A3 lost its lead byte, so its A3 and the next character's lead byte BF were
read together as ？ (shown as `?`) and that character's trail byte was left as a Latin
letter: 海縣 (BA A3 BF 68) shows as `?h`."""

from public_records.clean.mojibake import repair_mojibake


def test_a_pair_the_text_writes_elsewhere_is_read_through_the_sign():
    # 靜海縣: 海 BA A3 lost its lead byte; [A3 BF] is ？, 68 is h. The text writes 靜海縣
    # in full further on, so 海 is settled by its trail byte and those three characters,
    # although 海縣 is no dictionary word.
    text = "政協第五屆靜?h委員會第二次會議開幕。靜海縣委員會全體委員出席。"
    result = repair_mojibake(text)
    assert result.text.startswith("政協第五屆靜海縣委員會第二次會議開幕")
    assert not result.findings
    assert [e.before for e in result.edits] == ["?h"]


def test_without_the_text_writing_it_the_character_stays_lost():
    # Nothing in the text writes the pair: 海 is one of many characters ending in A3,
    # so its place stays 〓 with its finding (縣 is settled by 縣委員, written after it).
    text = "政協第五屆靜?h委員會第二次會議開幕。縣委員會全體委員出席。"
    result = repair_mojibake(text)
    assert result.text.startswith("政協第五屆靜〓縣委員會")
    assert [f.code for f in result.findings] == ["mojibake_unrecovered"]


def test_a_written_window_that_holds_only_one_of_the_two_does_not_join_them():
    # The text writes 海縣 nowhere: 靜海 alone (in 靜海區) settles no pair across the sign.
    text = "政協第五屆靜?h委員會開幕。靜海區委員會全體委員出席。縣委員會列席。"
    result = repair_mojibake(text)
    assert "靜海縣委員會開幕" not in result.text
    assert "〓" in result.text


def test_the_seed_still_reads_by_its_word():
    result = repair_mojibake("十里鋪鄉、??阪?zhèn)、菱湖街道")
    assert result.text == "十里鋪鄉、海口鎮(zhèn)、菱湖街道"


def test_a_lone_mark_read_alone_as_lost_does_not_hide_the_reading_through_the_sign():
    # 列席了靜?h第十七屆: read alone, the `?` is the lead byte of one character ending in
    # 68 that nothing settles (縣 makes no written window with 第十); that reading keeps
    # no character, so it does not outrank the reading of the `?` as ？, which gives
    # 靜海縣 where the text writes it.
    text = "部分代表列席了靜?h第十七屆人民代表大會。靜海縣人民代表大會閉幕。"
    result = repair_mojibake(text)
    assert result.text.startswith("部分代表列席了靜海縣第十七屆人民代表大會")
    assert not result.findings


def test_a_lone_mark_that_nothing_settles_stays_one_placeholder():
    # Neither reading settles anything: one 〓 with its finding, as before (not two).
    text = "部分代表列席了靜?h第十七屆人民代表大會。"
    result = repair_mojibake(text)
    assert result.text == "部分代表列席了靜〓第十七屆人民代表大會。"
    assert [f.code for f in result.findings] == ["mojibake_unrecovered"]
