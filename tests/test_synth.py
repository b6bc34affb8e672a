"""The synthetic corpus generator: deterministic, decodable, and truthful about itself.

The detectors here look at the raw bytes with their own simple rules (not the
generator's code) and must agree with the families the truth says were injected.
"""

from __future__ import annotations

import json
import math
import random
import re
from pathlib import Path

import opencc
import pytest
import yaml
from public_records.model import ROLES
from public_records.synth import corpus as synth
from public_records.synth import noise as synth_noise

T2S = opencc.OpenCC("t2s")
S2T = opencc.OpenCC("s2t")
HAN = "\u4e00-\u9fff"
ASCII_BETWEEN_HAN = re.compile(f"[{HAN}][,;:!?()][{HAN}]")
PINYIN_NOTE = re.compile(f"[{HAN}]\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+ ?[1-5]?\\)")


def load(folder: Path) -> list[tuple[dict, str, bytes]]:
    """(truth, decoded raw text, raw bytes) for every report in a folder."""
    rows = []
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        data = (folder / f"{truth['id']}.txt").read_bytes()
        rows.append((truth, data.decode(truth["encoding"]), data))
    return rows


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    assert synth.main(["--n", "600", "--out", str(out), "--seed", "7"]) == 0
    return out


@pytest.fixture(scope="module")
def rows(corpus: Path) -> list[tuple[dict, str, bytes]]:
    return load(corpus)


# ------------------------------------------------------------------- determinism


def test_same_seed_gives_the_same_bytes(tmp_path: Path, corpus: Path) -> None:
    again = tmp_path / "again"
    synth.main(["--n", "600", "--out", str(again), "--seed", "7", "--jobs", "2"])
    names = sorted(p.name for p in corpus.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    for name in names:
        assert (corpus / name).read_bytes() == (again / name).read_bytes(), name


def test_another_seed_gives_other_reports(tmp_path: Path, corpus: Path) -> None:
    synth.main(["--n", "20", "--out", str(tmp_path), "--seed", "8"])
    ours = {p.read_bytes() for p in tmp_path.glob("*.txt")}
    theirs = {p.read_bytes() for p in corpus.glob("*.txt")}
    assert not ours & theirs


def test_a_small_corpus_is_the_start_of_a_large_one(tmp_path: Path, corpus: Path) -> None:
    synth.main(["--n", "15", "--out", str(tmp_path), "--seed", "7"])
    for path in tmp_path.glob("syn_*"):
        assert path.read_bytes() == (corpus / path.name).read_bytes()


def test_ids_have_the_promised_shape(rows: list) -> None:
    ids = [truth["id"] for truth, _, _ in rows]
    assert len(set(ids)) == 600
    assert all(re.fullmatch(r"syn_\d{6}_[0-9a-f]{8}", i) for i in ids)


# ---------------------------------------------------------------------- encodings


def test_every_file_decodes_with_its_declared_encoding(rows: list) -> None:
    seen = set()
    for truth, text, data in rows:
        seen.add(truth["encoding"])
        assert data.startswith(b"\xef\xbb\xbf") == (truth["encoding"] == "utf-8-sig")
        if truth["newline"] == "crlf":
            assert text.count("\n") == text.count("\r\n") > 0 or "\n" not in text
        else:
            assert "\r" not in text
    # 600 reports are enough for every encoding to turn up at the default rates.
    assert seen == {"utf-8", "utf-8-sig", "gb18030", "big5"}


def test_big5_only_for_traditional_pages_without_pinyin(rows: list) -> None:
    for truth, _, data in rows:
        if truth["encoding"] == "big5":
            assert truth["script"] == "hant"
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")


# ------------------------------------------------------------------ ground truth


def test_every_official_appears_by_name_in_the_clean_text(rows: list) -> None:
    checked = 0
    for truth, _, _ in rows:
        for official in truth["officials"]:
            assert official["name"] in truth["text"], (truth["id"], official["name"])
            assert official["roles"] and set(official["roles"]) <= set(ROLES)
            checked += 1
    assert checked > 1000


def test_truth_text_is_clean_simplified_with_full_width_punctuation(rows: list) -> None:
    for truth, _, _ in rows:
        text = truth["text"]
        assert not ASCII_BETWEEN_HAN.search(text), truth["id"]
        assert T2S.convert(text) == text, truth["id"]
        # The conversion a mirror applies can be undone: the truth is reachable.
        assert T2S.convert(S2T.convert(text)) == text


def test_topics_and_place_are_in_the_text(rows: list) -> None:
    for truth, _, _ in rows:
        if truth["kind"] != "report":
            assert truth["text"] == "" and truth["officials"] == []
            continue
        assert truth["topics"] and all(t in truth["text"] for t in truth["topics"])
        place = truth["place"]
        assert all(town in truth["text"] for town in place["townships"])
        named = place["district"] in truth["text"] or bool(place["townships"])
        assert place["named_in_text"] == named


def test_verdict_follows_from_page_kind_and_spin(rows: list) -> None:
    for truth, _, _ in rows:
        quarantined = truth["kind"] != "report" or "N15" in truth["families"]
        assert (truth["verdict"]["expected"] == "quarantine") == quarantined


def test_the_date_as_written_is_in_the_text(rows: list) -> None:
    for truth, _, _ in rows:
        if truth["kind"] == "report":
            date = truth["date"]
            assert truth["text"].startswith(date["as_written"]), truth["id"]
            assert (date["variant"] != "full") == ("N16" in truth["families"])
            if date["variant"] == "full":
                year, month, day = (int(x) for x in date["iso"].split("-"))
                assert date["as_written"] == f"{year}年{month}月{day}日"


def test_sidecars_are_yaml_that_agrees_with_the_truth(corpus: Path, rows: list) -> None:
    found = 0
    for truth, _, _ in rows:
        path = corpus / f"{truth['id']}.yml"
        assert path.exists() == (truth["sidecar"] is not None)
        if not path.exists():
            continue
        found += 1
        fields = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert fields == truth["sidecar"]
        assert set(fields) <= {"title", "date", "url", "retrieved", "source"}
        if "date" in fields and truth["kind"] == "report":
            assert fields["date"] == truth["date"]["iso"]
        if "title" in fields:
            assert fields["title"] == truth["title"]
    assert 0.2 * len(rows) < found < 0.4 * len(rows)


# ----------------------------------------------- the families listed are the ones in the bytes


def simplified_without_pinyin(raw: str) -> str:
    return T2S.convert(re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+ ?[1-5]?\)", "", raw))


DETECTORS = {
    "N01": lambda raw, plain, truth: bool(PINYIN_NOTE.search(raw)),
    # `?` is left out: a lost character (N07) is a `?` between Han characters too.
    "N05": lambda raw, plain, truth: (
        bool(re.search(f"[{HAN}][,;:!()][{HAN}]", plain)) or "(" in plain
    ),
    "N09": lambda raw, plain, truth: any(
        k in plain and k not in truth["text"] for k in ("撰稿人", "记者", "编辑", "一审", "审核")
    ),
    "N10": lambda raw, plain, truth: bool(
        re.search(r"当前位置|您现在的位置|首页 >|发布时间|日期：|日期:|字号|字体|星期", plain)
    ),
    "N11": lambda raw, plain, truth: bool(
        re.search(
            r"声明|版权所有|扫一扫|打印此页|上一篇|下一篇|相关阅读|新闻推荐|猜你喜欢|主办单位",
            plain,
        )
    ),
    "N12": lambda raw, plain, truth: bool(re.search(r"图为|▲|摄[）)]|\.jpe?g|\.png", plain)),
    "N14": lambda raw, plain, truth: bool(
        re.search(
            r"彩金|百家乐|博彩|新葡京|皇冠体育|真人娱乐|六合彩|\\u003c|&lt;|[#$%&*@!~^+=|<>/\\{}\[\]]{16}",
            plain,
        )
        or any(
            p[:2] * 2 in plain or p * 2 in plain
            for p in (truth["place"]["district"], *truth["place"]["townships"])
        )
    ),
}


def test_listed_families_match_what_the_raw_text_shows(rows: list) -> None:
    for truth, raw, _ in rows:
        if truth["kind"] != "report":
            continue
        if "N06" in truth["families"]:  # undo the mojibake, which can hide a keyword
            raw = raw.replace(truth["n06"]["damaged"], truth["n06"]["original"])
        plain = simplified_without_pinyin(raw)
        for family, detect in DETECTORS.items():
            assert detect(raw, plain, truth) == (family in truth["families"]), (truth["id"], family)


def test_traditional_pages_are_listed_as_traditional(rows: list) -> None:
    for truth, raw, _ in rows:
        if truth["kind"] == "non_chinese":
            continue
        plain = re.sub(r"\([^()]*\)", "", raw)
        converted = T2S.convert(plain) != plain
        assert converted == bool({"N01", "N03"} & set(truth["families"])), truth["id"]


def test_a_lost_character_shows_as_a_question_mark(rows: list) -> None:
    for truth, raw, _ in rows:
        if "N07" in truth["families"]:
            assert "?" in raw and truth["n07"]["where"] in ("name", "credit")
            if truth["n07"]["where"] == "name":
                name = truth["n07"]["name"]
                assert "〓" in name and name in truth["text"]
                assert name.replace("〓", "?") in simplified_without_pinyin(raw).replace(" ", "")
        elif "?" in raw:
            assert {"N06", "N14"} & set(truth["families"]) or truth["kind"] != "report"


def test_mojibake_spans_are_in_the_raw_and_their_repair_in_the_truth(rows: list) -> None:
    damaged = [t for t, _, _ in rows if "N06" in t["families"]]
    assert damaged
    for truth, raw, _ in rows:
        if "N06" in truth["families"]:
            span = truth["n06"]
            assert span["damaged"] in raw and span["damaged"] != span["original"]
            assert span["damaged"].startswith("?")
            assert span["in_text"] == (span["clean"] in truth["text"])
            if not span["in_text"]:  # then it hit a credit line or a caption
                assert "N09" in truth["families"] or "N12" in truth["families"]
            assert "N01" in truth["families"]


def test_duplicates_repeat_a_line_and_padding_splits_a_name(rows: list) -> None:
    for truth, raw, _ in rows:
        lines = [line.strip() for line in raw.splitlines() if len(line.strip()) > 30]
        if "N13" in truth["families"]:
            # A later family can change one copy at either end (a credit glued on).
            heads, tails = [line[:20] for line in lines], [line[-20:] for line in lines]
            assert len(heads) > len(set(heads)) or len(tails) > len(set(tails)), truth["id"]
        if "N17" in truth["families"]:
            name, padded = truth["n17"]["name"], truth["n17"]["padded"]
            assert name in truth["text"] and name not in padded
            assert padded in simplified_without_pinyin(raw)


# ------------------------------------------------------------------------ rates


def within(observed: int, n: int, rate: float) -> bool:
    """Within five standard deviations of a binomial(n, rate)."""
    spread = 5 * math.sqrt(n * rate * (1 - rate)) + 1
    return abs(observed - n * rate) <= spread


def test_default_rates_are_respected_roughly(rows: list) -> None:
    n = len(rows)
    reports = [t for t, _, _ in rows if t["kind"] == "report"]
    count = lambda fam, pool: sum(fam in t["families"] for t in pool)  # noqa: E731
    assert within(count("N01", [t for t, _, _ in rows]), n, synth.DEFAULT_RATES["N01"])
    for family in ("N09", "N10", "N11", "N12", "N13", "N00", "N08", "N16"):
        assert within(count(family, reports), len(reports), synth.DEFAULT_RATES[family]), family
    kinds = sum(t["kind"] != "report" for t, _, _ in rows)
    assert within(kinds, n, sum(synth.DEFAULT_RATES[k] for k in synth.PAGE_KINDS))


def test_rates_given_on_the_command_line_are_obeyed(tmp_path: Path) -> None:
    synth.main(
        [
            "--n",
            "80",
            "--out",
            str(tmp_path),
            "--rates",
            "N09=1,N10=0,N01=0,N03=1,N02=0,web_novel=0,speech_template=0,non_chinese=0",
        ]
    )
    rows = load(tmp_path)
    assert all("N09" in t["families"] and "N10" not in t["families"] for t, _, _ in rows)
    assert all(t["script"] == "hant" and "N02" not in t["families"] for t, _, _ in rows)
    assert all("并" not in raw for _, raw, _ in rows)  # no leftovers asked for


def test_unknown_or_impossible_rates_are_refused() -> None:
    with pytest.raises(SystemExit):
        synth.main(["--n", "1", "--out", "/nonexistent", "--rates", "N42=0.5"])
    with pytest.raises(ValueError):
        synth.parse_rates("N01=0.8,N03=0.5")
    with pytest.raises(ValueError):
        synth.parse_rates("N05=1.5")


# ---------------------------------------------------------------------- clean mode


def test_clean_mode_writes_the_clean_text_and_nothing_else(tmp_path: Path) -> None:
    synth.main(["--n", "200", "--out", str(tmp_path), "--seed", "3", "--clean"])
    rows = load(tmp_path)
    assert len(rows) == 200
    for truth, raw, data in rows:
        assert truth["families"] == [] and truth["kind"] == "report"
        assert truth["encoding"] == "utf-8" and b"\r" not in data
        assert raw == truth["text"]
        assert not ASCII_BETWEEN_HAN.search(raw)
        assert "?" not in raw and "(" not in raw


# ------------------------------------------------------- the seed's damage, by hand


def test_gbk_misalignment_reproduces_the_seed() -> None:
    # The seed shows 十里鋪鄉(xiāng)、??阪?zhèn)、菱湖街道
    # for 十里鋪鄉(xiāng)、海口鎮(zhèn)、菱湖街道.
    # By hand: 海口鎮 is GBK ba a3 | bf da | e6 82, then "(" = 28. One byte out of step:
    # (stray, ba) -> ?, (a3 bf) -> ？, (da e6) -> 阪, (82 28) -> ?, then "zhèn)" in step.
    text = "十里鋪鄉(xiāng)、海口鎮(zhèn)、菱湖街道"
    for seed in range(10):
        damaged, info = synth_noise.misalign_gbk(text, random.Random(seed))
        if info["original"] == "海口鎮(zhèn)":
            assert synth_noise.ascii_punctuation(damaged) == "十里鋪鄉(xiāng)、??阪?zhèn)、菱湖街道"
            return
    pytest.fail("the run 海口鎮(zhèn) was never chosen")


def test_gbk_misalignment_leaves_text_without_pinyin_alone() -> None:
    text = "区委书记主持会议并讲话。"
    assert synth_noise.misalign_gbk(text, random.Random(1)) == (text, {})


def test_a_related_story_in_the_footer_follows_its_marker(rows: list) -> None:
    markers = ("相关阅读", "新闻推荐", "猜你喜欢")
    checked = 0
    for truth, raw, _ in rows:
        lines = (truth.get("n11") or {}).get("lines", [])
        at = next((i for i, line in enumerate(lines) if line in markers), None)
        if at is None:
            continue
        plain = synth_noise.ascii_punctuation(simplified_without_pinyin(raw))
        marker = plain.index(lines[at])
        for line in lines[at + 1 :]:
            assert plain.index(synth_noise.ascii_punctuation(line)) > marker, truth["id"]
        # ... and nothing of it is in the clean text.
        assert lines[at + 2] not in truth["text"]
        checked += 1
    assert checked


def test_list_rates_needs_no_folder_and_a_run_needs_one(capsys: pytest.CaptureFixture) -> None:
    assert synth.main(["--list-rates"]) == 0
    printed = dict(line.split("=") for line in capsys.readouterr().out.split())
    assert set(printed) == set(synth.DEFAULT_RATES)
    with pytest.raises(SystemExit):
        synth.main(["--n", "1"])
