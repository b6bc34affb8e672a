"""`make eval`'s cleaning figures: the evaluation runs and its residue checks can fail."""

from public_records.evaluate.cleaning import evaluate, report, residues


def test_residue_checks_see_what_is_left_and_only_that():
    truth = {
        "families": ["N01", "N05", "N10", "N14"],
        "text": "",
        "title": "区委召开会议",
        "n10": {"lines": ["当前位置：首页 > 要闻", "区委召开会议"]},
        "n14": {"spliced": "开户送彩金"},
    }
    dirty = "当前位置：首页 > 要闻\n区(qū)委开户送彩金召开会议,研究工作。"
    assert residues(truth, dirty) == {"N01": True, "N05": True, "N10": True, "N14": True}
    assert residues(truth, "区委召开会议，研究工作。") == {
        "N01": False,
        "N05": False,
        "N10": False,
        "N14": False,
    }


def test_a_small_corpus_gives_every_figure():
    tally = evaluate(12, 3)
    assert tally.reports == 12
    assert 0 <= tally.exact <= tally.published_expected <= 12
    assert sum(tally.quarantine.values()) == 12
    text = report(tally)
    for label in ("exact match", "quarantine precision", "date resolved right", "residue"):
        assert label in text
