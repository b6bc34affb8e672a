"""A run read from a `?`-with-stray-syllable unit (round moj36) keeps a 〓 before it when
its first character makes no word with the character before the unit: the reading may
have lost a character there, and promise 1 says a loss is flagged, never dropped unseen.
Sentences invented, damaged as the pinyin mirrors damage them (口 BF DA, 協 85 66: `?`,
then 趨 DA 85 and the letter f)."""

from public_records.clean.mojibake import repair_mojibake
from public_records.clean.pinyin import strip_pinyin


def _clean(text: str) -> str:
    return strip_pinyin(repair_mojibake(text).text).text


def test_a_first_character_that_makes_no_word_on_the_left_keeps_a_placeholder():
    # 医疗口 is no word: what the text had before 口 may be lost (对口协作 elsewhere)
    repaired = repair_mojibake("两地开展医疗?qū)趨f(xié)作工作。双方签订对口協(xié)作协议。")
    assert strip_pinyin(repaired.text).text.startswith("两地开展医疗〓口協作工作。")
    assert [f.code for f in repaired.findings] == ["mojibake_unrecovered"]


def test_a_first_character_that_makes_a_word_on_the_left_runs_on():
    # 當地: 地 (B5 D8) lost its lead byte to the `?`, 產 (AE 61) re-paired from 禺 and a
    assert _clean("并与當(dāng)?shù)禺a(chǎn)業(yè)负责人座谈") == "并与當地產業负责人座谈"
