"""The real-world set holds facts, not other people's text: captions and long furniture
lines are labelled by digest (evaluate.labels), and the scorer matches a digest to the
page's line, so the figures are what they were with the lines written out."""

from __future__ import annotations

import json
from pathlib import Path

from public_records.evaluate.labels import (
    DIGEST_OVER,
    digest_case,
    digest_file,
    line_digest,
)
from public_records.evaluate.real import evaluate, report
from public_records.registry import Registry

REAL = Path(__file__).resolve().parent / "real"
BANNER = "欢迎访问某某县人民政府网站！"
DISCLAIMER = (
    "本网站部分文章来源于网络，仅供学习参考，如有侵权请与本网站联系删除，"
    "我们将在第一时间处理，谢谢合作。"
)
CAPTION = "图为会议现场（记者 某某 摄）"
LEAD = "县长金玉主持召开县政府常务会议，研究部署近期重点工作。"


def test_every_committed_labels_file_holds_no_caption_or_long_line_verbatim():
    files = sorted(REAL.glob("cases-*.json"))
    assert files, "the labelled set is in git"
    for path in files:
        for case in json.loads(path.read_text(encoding="utf-8")):
            for item in case.get("captions") or []:
                assert isinstance(item, dict), f"{path.name} {case['id']}: caption verbatim"
            for item in case.get("furniture") or []:
                assert isinstance(item, dict) or len(item) <= DIGEST_OVER, (
                    f"{path.name} {case['id']}: furniture line of {len(item)} characters verbatim"
                )


def test_digesting_keeps_short_lines_and_is_idempotent():
    case = {"id": "x", "furniture": [BANNER, DISCLAIMER], "captions": [CAPTION]}
    once = digest_case(case)
    assert once["furniture"][0] == BANNER
    assert once["furniture"][1] == line_digest(DISCLAIMER)
    assert once["captions"] == [line_digest(CAPTION)]
    assert digest_case(once) == once
    assert case["furniture"][1] == DISCLAIMER  # the input is not changed


def _folder(tmp_path: Path, furniture: list, captions: list, text: str) -> Path:
    case = {
        "id": "d001",
        "title": "县政府召开常务会议",
        "furniture": furniture,
        "captions": captions,
        "officials": [{"name": "金玉", "title": "县长", "roles": ["chair"]}],
    }
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "cases-dev.json").write_text(json.dumps([case], ensure_ascii=False), "utf-8")
    (tmp_path / "pages").mkdir(exist_ok=True)
    (tmp_path / "pages" / "d001.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_digest_scores_as_the_line_it_names(tmp_path):
    text = "\n".join([BANNER, LEAD, CAPTION, DISCLAIMER])
    verbatim = evaluate(_folder(tmp_path / "a", [BANNER, DISCLAIMER], [CAPTION], text), Registry())
    digested_file = _folder(tmp_path / "b", [BANNER, DISCLAIMER], [CAPTION], text)
    assert digest_file(digested_file / "cases-dev.json") == 2
    digested = evaluate(digested_file, Registry())
    a, b = verbatim["dev"], digested["dev"]
    assert (a.furniture_lines, a.article_lines) == (b.furniture_lines, b.article_lines)
    assert (a.furniture_left, a.article_removed) == (b.furniture_left, b.article_removed)
    # The caption and the disclaimer are not article lines: only the lead is.
    assert b.article_lines == 1 and b.furniture_lines == 2
    assert b.labels_unmatched == 0


def test_a_digest_naming_no_line_is_counted_and_said(tmp_path):
    folder = _folder(
        tmp_path,
        [line_digest("这一行不在页面里，标签与这份文本不符，应当计数并提示出来而不是悄悄忽略。")],
        [],
        LEAD,
    )
    dev = evaluate(folder, Registry())["dev"]
    assert dev.labels_unmatched == 1
    assert "1 digest labels naming no line" in report({"dev": dev}, verbose=True)
