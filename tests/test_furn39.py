"""Furniture round 39 (issue 18): a reporter's byline glued before the lead's first words
is cut from the clean text (logged) and its name goes to the credits. Rule 1: the name and
the place it reports from set apart by a backslash or a ◎ (甲乙丙\\某地报导 …, 记者甲乙丙◎某地
报导 …, the place perhaps left out: 甲乙丙\\报导 …), and a correspondent's bracketed byline
(（特派员甲乙丙报导） …). Sentences and names invented."""

import pytest
from public_records.clean.credits import harvest_credits
from public_records.ingest.process import process
from public_records.model import Record


def _processed(raw: str):
    return process(Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw))


_LEAD = "市政府今日舉辦防災演練,各區區長率隊參加,演練歷時兩小時。"


@pytest.mark.parametrize(
    "byline",
    [
        "丁戊己\\臺中報導 ",
        "丁戊己\\報導 ",
        "記者丁戊己◎臺中報導 ",
        "記者丁戊己◎臺中報導  ",
        "(特派員丁戊己報導)  ",
        "（特派員丁戊己報導） ",
    ],
)
def test_a_byline_glued_before_the_lead_goes_to_the_credits(byline):
    raw = f"市府舉辦防災演練\n\n{byline}{_LEAD}\n\n演練結束後,市長致詞感謝各單位。\n"
    out = _processed(raw)
    assert "丁戊己" not in out.text_hans
    assert "丁戊己" in [c.name for c in out.credits]
    assert "市政府今日举办防灾演练" in out.text_hans
    assert any(e.rule == "credits" and "丁戊己" in e.before for e in out.edits)


@pytest.mark.parametrize(
    "text",
    [
        # no surname opens the words before the backslash: a path, not a byline
        "附件\\报导 今日发布。\n",
        # a backslash between words inside a sentence
        "会议讨论了甲方\\乙方的报导问题，决定下周再议。\n",
        # a correspondent's office named mid-sentence, not a bracketed byline
        "外交部驻港特派员公署副特派员丁戊己出席。\n",
    ],
)
def test_other_backslashes_and_correspondents_stay(text):
    result = harvest_credits(text)
    assert result.text == text.rstrip(" \t")
    assert not result.meta.get("credits")


# Rule 2: a credit glued after the report's last sentence with a bar, not a colon, between
# the role and the names (…取得实效。通讯员 | 甲乙丙) is cut and credited, as with a colon.
@pytest.mark.parametrize(
    ("tail", "names"),
    [
        ("通訊員 | 丁戊己", ["丁戊己"]),
        ("记者｜丁戊己 庚辛壬", ["丁戊己", "庚辛壬"]),
    ],
)
def test_a_credit_with_a_bar_glued_after_the_last_sentence_goes_to_the_credits(tail, names):
    raw = f"縣政府召開專題會議。\n會議強調,各單位要加強領導,形成合力,狠抓落實。{tail}\n"
    out = _processed(raw)
    assert out.text_hans.endswith("狠抓落实。")
    assert [c.name for c in out.credits] == names
    assert any(e.rule == "credits" and "丁戊己" in e.before for e in out.edits)


def test_a_bar_inside_the_last_sentence_stays():
    text = "会议强调要狠抓落实。通讯员 | 报名渠道已经开放，欢迎参加。"
    result = harvest_credits(text)
    assert result.text == text
    assert not result.meta.get("credits")
