"""The real-world set's scorer (public_records.evaluate.real): its arithmetic on tiny
cases written here, never on tests/real/pages/ (git-ignored, empty on a fresh clone)."""

from __future__ import annotations

import json

from public_records.evaluate.officials import Scores
from public_records.evaluate.real import (
    PartTally,
    evaluate,
    figures_only_parts,
    report,
    report_slices,
    score_case,
    score_officials,
    simplified_by_char,
    title_verdict,
)
from public_records.model import Mention, Record
from public_records.registry import Registry
from public_records.script import to_simplified_text


def _official(name: str, title: str, roles: list[str]) -> dict:
    return {"name": name, "title": title, "roles": roles}


def _mention(name: str, title: str, roles: tuple[str, ...]) -> Mention:
    return Mention(name, title, roles, 0, len(name))


def _case(case_id: str, **labels) -> dict:
    base = {"id": case_id, "title": "", "furniture": [], "officials": []}
    return {**base, **labels}


def test_names_counted_per_case_true_false_and_missed():
    case = _case(
        "c1",
        officials=[
            _official("王一", "区长", ["chair"]),
            _official("李二", "副区长", ["attendee"]),
            _official("赵三", "区委书记", ["speaker"]),
        ],
    )
    found = [
        _mention("王一", "区长", ("chair",)),
        _mention("李二", "副区长", ("attendee", "speaker")),
        _mention("区人大", "", ("mentioned",)),
    ]
    scores = Scores()
    score_officials(case, found, scores)
    assert (scores.true_pos, scores.false_pos, scores.false_neg) == (2, 1, 1)
    assert scores.roles_right == 1 and scores.titles_right == 2
    assert scores.precision == 2 / 3 and scores.recall == 2 / 3
    assert scores.role_accuracy == 0.5
    assert any("false name 区人大" in e for e in scores.errors)
    assert any("missed 赵三" in e for e in scores.errors)
    assert any("wrong roles 李二" in e for e in scores.errors)


def test_a_name_found_twice_counts_once():
    case = _case("c1", officials=[_official("王一", "区长", ["chair"])])
    scores = Scores()
    score_officials(
        case, [_mention("王一", "区长", ("chair",)), _mention("王一", "", ("chair",))], scores
    )
    assert (scores.true_pos, scores.false_pos, scores.false_neg) == (1, 0, 0)


def test_traditional_labels_are_converted_by_character_not_by_phrase():
    # OpenCC's phrase table turns the given name 沈默 into 沉默; a label must not.
    assert to_simplified_text("吳沈默") != "吴沈默"
    assert simplified_by_char("吳沈默") == "吴沈默"
    case = _case("c1", officials=[_official("吳沈默", "縣長", ["chair"])])
    scores = Scores()
    score_officials(case, [_mention("吴沈默", "县长", ("chair",))], scores)
    assert (scores.true_pos, scores.false_pos, scores.false_neg) == (1, 0, 0)
    assert scores.titles_right == 1


def test_title_exact_after_punctuation_and_accepted_loosely():
    assert title_verdict("区委常委会(扩大)会议召开", "区委常委会（扩大）会议 召开", []) == (
        True,
        True,
    )
    # The subject and predicate are there, with a date in front: accepted, not exact.
    assert title_verdict("12月5日区长王一调研春耕生产", "区长王一调研春耕生产", ["王一"]) == (
        False,
        True,
    )
    # Cut at the subject, or a leading clause: not accepted.
    assert title_verdict("区长王一", "区长王一调研春耕生产", ["王一"]) == (False, False)
    assert title_verdict("连日来", "区长王一调研春耕生产", ["王一"]) == (False, False)
    # The labelled title's subject missing from the derived one: not accepted.
    assert title_verdict("区长调研春耕生产工作", "区长王一调研春耕生产", ["王一"]) == (False, False)


def test_residue_furniture_and_article_lines_counted():
    raw = "\n".join(
        [
            "欢迎访问某某区人民政府网站！",
            "区长王一主持召开区政府常务会议，研究春耕生产工作。",
            "会议强调，要抓好落实。",
            "责任编辑：李四",
        ]
    )
    case = _case(
        "c1",
        title="区长王一主持召开区政府常务会议",
        furniture=["欢迎访问某某区人民政府网站！", "责任编辑：李四"],
        officials=[_official("王一", "区长", ["chair"])],
    )
    clean = "区(qū)长王一主持召开区政府常务会议，研究春耕生产工作。\n责任编辑,李四"
    record = Record("c1", "c1.txt", "", "utf-8", raw).evolve(
        text_hans=clean,
        title_hans="区长王一主持召开区政府常务会议",
        mentions=(_mention("王一", "区长", ("chair",)),),
    )
    tally = PartTally()
    score_case(case, record, tally)
    assert tally.scored == 1
    assert tally.pinyin_left == 1 and tally.ascii_left == 1
    assert (tally.titles_exact, tally.titles_accepted) == (1, 1)
    assert (tally.furniture_left, tally.furniture_lines) == (1, 2)
    # The lead is kept; 会议强调… was dropped from the clean text.
    assert (tally.article_removed, tally.article_lines) == (1, 2)
    assert any("article line removed: '会议强调" in n for n in tally.notes)


def test_missing_texts_are_counted_and_present_ones_scored(tmp_path):
    cases = [
        _case("d001", title="区长金玉主持会议", officials=[_official("金玉", "区长", ["chair"])]),
        _case("d002", title="区委书记潘功发讲话", officials=[_official("潘功发", "区委书记", [])]),
    ]
    (tmp_path / "cases-dev.json").write_text(json.dumps(cases, ensure_ascii=False), "utf-8")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "d001.txt").write_text("区长金玉主持会议。", encoding="utf-8")
    tallies = evaluate(tmp_path, Registry())
    dev, held_out = tallies["dev"], tallies["held-out"]
    assert (dev.cases, dev.scored, dev.missing) == (2, 1, 1)
    assert (held_out.cases, held_out.scored, held_out.missing) == (0, 0, 0)
    scores = dev.officials
    assert scores.true_pos + scores.false_neg == 1  # only the scored case's labels count
    assert scores.true_pos == 1 and scores.roles_right == 1
    text = report(tallies)
    assert "dev: 1 of 2 cases scored, 1 texts missing" in text
    assert "held-out: 0 of 0 cases scored, 0 texts missing" in text


def test_an_unreadable_text_is_counted_not_fatal(tmp_path):
    cases = [_case("d001"), _case("d002", officials=[_official("金玉", "区长", ["chair"])])]
    (tmp_path / "cases-dev.json").write_text(json.dumps(cases), "utf-8")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "d001.txt").write_bytes(b"")
    (tmp_path / "pages" / "d002.txt").write_text("区长金玉主持会议。", encoding="utf-8")
    dev = evaluate(tmp_path, Registry())["dev"]
    assert (dev.cases, dev.scored, dev.missing, dev.unreadable) == (2, 1, 0, 1)
    assert "1 unreadable" in report({"dev": dev}, verbose=True)


def test_held_out_parts_give_figures_but_never_their_misses(tmp_path):
    # A later held-out batch (cases-heldout-NAME.json) is a part of its own, and no
    # held-out part lists its misses, even when asked to: they must not steer a rule.
    cases = [_case("h001", officials=[_official("金玉", "区长", ["chair"])])]
    for name in ("cases-dev.json", "cases-heldout.json", "cases-heldout-b2.json"):
        (tmp_path / name).write_text(json.dumps(cases), "utf-8")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "h001.txt").write_text("会议听取了汇报。", encoding="utf-8")
    tallies = evaluate(tmp_path, Registry())
    assert list(tallies) == ["dev", "held-out", "held-out-b2"]
    assert all(t.officials.false_neg == 1 for t in tallies.values())
    text = report(tallies, verbose=True)
    assert text.count("missed 金玉") == 1  # the dev part's only
    assert text.count("held out: misses are not listed") == 2


def test_parts_listed_as_figures_only_give_no_misses(tmp_path):
    # A development batch nobody may tune on yet (tests/real/figures-only.txt).
    cases = [_case("p001", officials=[_official("金玉", "区长", ["chair"])])]
    for name in ("cases-dev.json", "cases-dev-b8.json"):
        (tmp_path / name).write_text(json.dumps(cases), "utf-8")
    (tmp_path / "figures-only.txt").write_text("# unseen\ndev-b8\n", "utf-8")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p001.txt").write_text("会议听取了汇报。", encoding="utf-8")
    tallies = evaluate(tmp_path, Registry())
    text = report(tallies, True, figures_only_parts(tmp_path))
    assert text.count("missed 金玉") == 1  # the dev part's only
    assert "(figures only: misses are not listed)" in text
    assert tallies["dev-b8"].officials.false_neg == 1


def test_figures_cut_by_a_label_join_the_parts_of_each_side(tmp_path):
    # BY=script: the held-out parts taken together, then the development parts, by the
    # label's value; a slice gives figures only, never a miss.
    def case(cid: str, script: str) -> dict:
        return _case(cid, script=script, officials=[_official("金玉", "区长", ["chair"])])

    (tmp_path / "cases-dev.json").write_text(json.dumps([case("d1", "hans")]), "utf-8")
    (tmp_path / "cases-heldout.json").write_text(json.dumps([case("h1", "hant")]), "utf-8")
    (tmp_path / "cases-heldout-b2.json").write_text(
        json.dumps([case("h2", "hant"), case("h3", "hans")]), "utf-8"
    )
    (tmp_path / "pages").mkdir()
    for cid in ("d1", "h1", "h3"):
        (tmp_path / "pages" / f"{cid}.txt").write_text("区长金玉主持会议。", encoding="utf-8")
    (tmp_path / "pages" / "h2.txt").write_text("会议听取了汇报。", encoding="utf-8")
    slices: dict = {}
    tallies = evaluate(tmp_path, Registry(), slices=slices, by="script")
    assert sorted(slices) == ["dev script=hans", "held-out script=hans", "held-out script=hant"]
    hant = slices["held-out script=hant"].officials
    assert (hant.true_pos, hant.false_neg) == (1, 1)  # h1 found, h2 missed: two parts joined
    assert slices["held-out script=hans"].officials.true_pos == 1
    # The parts' own figures are the same as without slices.
    assert tallies["held-out-b2"].officials.false_neg == 1
    text = report_slices(slices)
    assert "held-out script=hant" in text and "(1 0 1)" in text
    assert "missed" not in text
    assert evaluate(tmp_path, Registry()).keys() == tallies.keys()
