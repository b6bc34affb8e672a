"""Issue 11, pinyin and ASCII residue: shapes of a mirror's annotations, and of ASCII
punctuation, that got through the cleaner. Invented lines; each failed before its rule."""

import pytest
from public_records.clean.mojibake import repair_mojibake
from public_records.clean.pinyin import strip_pinyin
from public_records.clean.punctuation import fix_punctuation
from public_records.ingest.process import process
from public_records.model import Record

# ---------------------------------------------------------------- pinyin


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # A page annotated twice: the second annotation follows the first.
        ("東(dōng)(dōng)湖鄉(xiāng)召開會議", "東湖鄉召開會議"),
        ("縣(xiàn)(xiàn )委", "縣委"),
        # The annotation of a character lost upstream follows its neighbour's.
        ("做好服(fú)(wù)工作", "做好服工作"),
        # Full-width parentheses, as some mirrors print them.
        ("鄉（xiāng）長主持", "鄉長主持"),
        ("鎮（zhèn )黨委", "鎮黨委"),
        ("鎮（zhen4）黨委", "鎮黨委"),
        ("他們（men）說", "他們說"),
        ("長(zhǎng）時間", "長時間"),  # one of each
    ],
)
def test_more_annotation_shapes_are_removed(raw, clean):
    result = strip_pinyin(raw)
    assert result.text == clean
    # Every removal is logged, as what it removed.
    assert len(raw) - len(result.text) == sum(len(e.before) for e in result.edits)
    assert all(e.rule == "pinyin" and e.after == "" for e in result.edits)


@pytest.mark.parametrize(
    "text",
    [
        "措施（a）加強領導，措施（b）落實責任",  # list markers stay
        "第一類（a）（b）兩項",  # a run of them too
        "東(dōng)（草案）",  # the annotation goes, the real parenthesis after it stays
        "面積（km）",  # a unit
        "雲服務（AWS）",  # an acronym
        "社區（an）",  # toneless and not a reading of 區
        "名單（2024）",
    ],
)
def test_real_parentheses_stay(text):
    result = strip_pinyin(text)
    expected = text.replace("(dōng)", "")
    assert result.text == expected


def test_a_second_parenthesis_that_is_no_annotation_stays_after_one_that_is():
    assert strip_pinyin("區(qū)(an)").text == "區(an)"
    assert strip_pinyin("區(qū)(AWS)會").text == "區(AWS)會"


# ---------------------------------------------------------------- ASCII punctuation


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # A mark after a link belongs to the sentence, not to the link.
        ("詳情請登錄www.example.gov.cn,或撥打電話。", "詳情請登錄www.example.gov.cn，或撥打電話。"),
        (
            "登錄http://a.example.cn/x.html?id=3,查看詳情",
            "登錄http://a.example.cn/x.html?id=3，查看詳情",
        ),
        ("網址http://a.example.cn;電話12345", "網址http://a.example.cn；電話12345"),
        ("見www.example.cn!歡迎", "見www.example.cn！歡迎"),
    ],
)
def test_a_mark_after_a_link_is_made_full_width(raw, clean):
    assert fix_punctuation(raw).text == clean


@pytest.mark.parametrize(
    "text",
    [
        "見http://a.example.cn/x?a=1,b 和 http://a.example.cn/y?q=2;3",  # inside a link
        "see http://a.example.cn/x, then",  # Latin text: no Han context
    ],
)
def test_marks_inside_a_link_or_in_latin_text_stay(text):
    assert fix_punctuation(text).text == text


# ---------------------------------------------------------------- mojibake before a note


def test_a_letter_after_a_normalised_sign_before_an_annotation_ends_a_run():
    # 。現 shifted by one byte: the lost lead of 。 shows as ?, [A3 AC] is ，(normalised
    # to ,), and the trail byte of 現 is the letter F before its annotation. 現 is
    # recovered by its bytes; the first character, known by one byte, is marked lost.
    result = repair_mojibake("提供優質服務(wù)?,F(xiàn)階段的工作")
    assert result.text == "提供優質服務(wù)〓現(xiàn)階段的工作"
    assert [e.rule for e in result.edits] == ["mojibake"]


def test_the_whole_pipeline_leaves_no_note_after_a_repaired_run():
    record = process(Record("t1", "t1.txt", "", "utf-8", "提供優質服務(wù)?,F(xiàn)階段的工作。\n"))
    assert "(xiàn)" not in record.text_hans
    assert "（xiàn）" not in record.text_hans
