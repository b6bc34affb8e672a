"""A photographer's credit followed by the day the picture was taken is still a credit
(credits round 38): inside a caption's brackets after a comma (…(图/记者甲乙丙摄,2021.03.05))
and alone on its line under the picture, an agency before the role and the ROC date after it
(中央社记者甲乙丙摄 113年7月23日). The line goes out as a caption (logged) and the name to the
credits (promise 1). Sentences and names invented."""

import pytest
from public_records.clean.captions import move_captions, photo_credits
from public_records.ingest.process import process
from public_records.model import Record


def _processed(raw: str):
    return process(Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw))


@pytest.mark.parametrize(
    "caption",
    [
        "▲縣長視察堤防工程。(圖/記者丁戊己攝,2021.03.05)",
        "▲县长视察堤防工程。（记者丁戊己摄，2021/3/5）",
        "县长视察堤防工程。 记者 丁戊己 摄 2021年3月5日",
    ],
)
def test_a_dated_photo_credit_names_its_photographer(caption):
    assert photo_credits(caption) == [("摄影", "丁戊己")]


@pytest.mark.parametrize(
    "credit_line",
    [
        "中央社記者丁戊己攝 113年7月23日",
        "中央社記者丁戊己攝 2021年7月23日",  # cut by its shape before, the name lost
        "记者丁戊己摄",  # cut as a byline before, the name lost
    ],
)
def test_a_photo_credit_alone_on_its_line_goes_to_the_credits(credit_line):
    raw = f"縣長甲乙丙今日前往視察堤防。\n縣長甲乙丙視察堤防。\n{credit_line}\n"
    out = _processed(raw)
    assert "丁戊己" not in out.text_hans
    assert [(c.role, c.name) for c in out.credits] == [("摄影", "丁戊己")]
    assert any(e.rule == "captions" and "丁戊己" in e.before for e in out.edits)


def test_a_dated_credit_inside_a_paragraph_goes_to_the_credits():
    raw = "縣長甲乙丙今日前往視察堤防工程(記者丁戊己攝,2021.03.05)。縣長表示，工程將如期完工。\n"
    out = _processed(raw)
    assert "丁戊己" not in out.text_hans
    assert [(c.role, c.name) for c in out.credits] == [("摄影", "丁戊己")]
    assert "工程將如期完工" in raw and "工程将如期完工" in out.text_hans


def test_a_sentence_about_a_reporter_taking_pictures_stays():
    text = "记者丁戊己摄下了县长视察堤防的这一幕。\n会议要求，2021年3月5日前完成。"
    assert move_captions(text).text == text
