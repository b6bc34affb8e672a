"""Properties of the whole cleaner, checked with hypothesis on generated input.

Inputs are clean reports of the synthetic corpus (synth_story, original sentences in the
style of local-government news) with ONE noise family injected at a time by the
corpus generator itself (synth.generate with every other rate at 0), so the expected
clean text is the generator's ground truth, not a value computed by the code under test.

Properties:
- per reversible family, cleaning gives back the clean text exactly;
- cleaning is idempotent;
- no Han character disappears (or appears) unless the edit log says so: for every step,
  the Han characters of its input, minus those its edits removed, plus those they wrote,
  are exactly the Han characters of its output (script conversion is an edit too);
- arbitrary bytes give a Record or a SourceError, arbitrary Unicode goes through the
  whole per-record pipeline (sources.read_report, then process) without a crash;
- each step leaves already-clean text unchanged.

Families that are not reversible, and why (see also the report of `make eval`):
- N06 GBK mojibake: bytes are lost; what cannot be recovered becomes 〓 (a wrong
  character remains possible, about 1.5% of rewritten runs on simulated damage), so
  only the text outside the damaged run must come back exactly;
- N07 a lost name character: the truth itself keeps 〓;
- N15 synonym spin: a rewriting tool's swaps cannot be undone; the page is flagged
  (quarantined or low trust) instead, when it has four swaps or more (fewer swaps of
  common words can pass for genuine text: 5 of 572 spun pages went unflagged);
- N16 dates: not noise of the text; the date is kept as written (extract/dates.py);
- N17 two-character names padded with a space: the cleaner keeps the space (it cannot
  tell a padded name from two words in general); the extractor squeezes it.

Runs derandomized (the same examples every run, so CI is deterministic) with modest
example counts so that the suite stays fast.
"""

from __future__ import annotations

import random
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from public_records.clean import clean
from public_records.clean.fold import HAN_CHAR
from public_records.clean.pipeline import STEPS
from public_records.ingest.process import process
from public_records.ingest.sources import SourceError, decode, read_report
from public_records.synth import corpus as synth
from public_records.synth.story import compose_story

FAST = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SEED = 11
indexes = st.integers(min_value=0, max_value=100_000)

# The rates that switch every family, encoding trick and sidecar off.
QUIET = {name: 0.0 for name in synth.DEFAULT_RATES} | {"pinyin_density": 0.6}


@cache
def one_family(family: str, index: int) -> tuple[str, dict]:
    """(raw text, truth) of report `index` with only `family` injected (plus what it
    needs: N02 and N06 live on converted pages)."""
    needs = {"N02": ("N03", "N02"), "N06": ("N01", "N06")}.get(family, (family,))
    rates = QUIET | dict.fromkeys(needs, 1.0)
    item = synth.generate(SEED, index, rates)
    text, _ = decode(item.raw)
    return text, item.truth


def han(text: str) -> Counter[str]:
    return Counter(HAN_CHAR.findall(text))


# ------------------------------------------------------------- reversible families

REVERSIBLE = ("N00", "N01", "N02", "N03", "N05", "N08", "N09", "N10", "N11", "N12", "N13", "N14")


@pytest.mark.parametrize("family", REVERSIBLE)
@FAST
@given(index=indexes)
def test_one_reversible_family_is_undone_exactly(family: str, index: int) -> None:
    raw, truth = one_family(family, index)
    if truth["kind"] != "report":
        return
    assert clean(raw).text == truth["text"]


@FAST
@given(index=indexes)
def test_credits_are_kept_as_metadata(index: int) -> None:
    raw, truth = one_family("N09", index)
    wanted = [(c["role"], c["name"]) for c in truth["credits"]]
    assert clean(raw).meta.get("credits", []) == wanted


@FAST
@given(index=indexes)
def test_a_lost_name_character_becomes_the_placeholder(index: int) -> None:
    raw, truth = one_family("N07", index)
    result = clean(raw)
    assert result.text == truth["text"]
    if "n07" in truth:
        assert "〓" in result.text
        assert any(f.code == "lost_character" for f in result.findings)


@FAST
@given(index=indexes)
def test_mojibake_outside_the_damaged_run_comes_back_exactly(index: int) -> None:
    raw, truth = one_family("N06", index)
    result = clean(raw)
    damage = truth.get("n06")
    if not damage:
        assert result.text == truth["text"]
        return
    # Everything outside the damaged run comes back exactly: the output differs from the
    # truth in one place at most, no longer than the damaged run, with no `?` left.
    import difflib

    want = truth["text"]
    matcher = difflib.SequenceMatcher(None, want, result.text, autojunk=False)
    changed = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if changed:
        first, last = changed[0], changed[-1]
        assert last[2] - first[1] <= len(damage["clean"]) + 1, changed
        assert last[4] - first[3] <= len(damage["clean"]) + 1, changed
        middle = result.text[first[3] : last[4]]
        assert "?" not in middle and "？" not in middle
    if "〓" in result.text:
        assert any(f.code in ("mojibake_unrecovered", "lost_character") for f in result.findings)


@FAST
@given(index=indexes)
def test_synonym_spin_is_flagged_not_repaired(index: int) -> None:
    raw, truth = one_family("N15", index)
    if len(truth.get("n15", {}).get("swaps", ())) < 4:
        # A limitation, not a property: detection is by a list of spun forms, and one to
        # three swaps of common words (工作→作业, 情况→状况) can read as genuine text.
        # Measured: 5 of 572 spun pages go unflagged, all with three swaps or fewer.
        return
    codes = {f.code for f in clean(raw).findings}
    assert codes & {"page_synonym_spun", "low_trust_synonym_spun"}


# ------------------------------------------------------------------- idempotence


def noisy_report(index: int) -> str:
    """A report with every family at the default rates (NOISE.md frequencies)."""
    item = synth.generate(SEED, index, synth.DEFAULT_RATES)
    return decode(item.raw)[0]


@FAST
@given(index=indexes)
def test_cleaning_a_noisy_report_twice_changes_nothing(index: int) -> None:
    once = clean(noisy_report(index)).text
    assert clean(once).text == once


# Text made of the pieces the steps react to: Han, pinyin-looking notes, ASCII and
# full-width marks, question marks, line ends, spaces, digits and Latin letters.
PIECES = st.sampled_from(
    [
        *"区委书记潘功发主持会议讲话區會議發並干于余海口镇",
        *"，。、；：？！“”（）(),;:!?? \n\u3000",
        *"0123456789abcXY*",
        "(qū)",
        "(fā)",
        "(zhèn)",
        "(huì )",
        "(AWS)",
        "(扩大)",
        "撰稿人:",
        "审稿人:",
        "图为",
        "相关阅读",
        "来源:",
        "发布时间:2024-08-03",
        "澳门新葡京",
        "汶上县",
        "XX",
        "下战书",
        "区*协",
    ]
)
snippets = st.lists(PIECES, max_size=40).map("".join)


@settings(FAST, max_examples=200)
@given(text=snippets)
def test_cleaning_arbitrary_snippets_twice_changes_nothing(text: str) -> None:
    once = clean(text).text
    assert clean(once).text == once


# ------------------------------------------------------------ nothing lost silently


def assert_han_accounted(text: str) -> None:
    """For every step: Han(in) - Han(removed by edits) + Han(written) == Han(out)."""
    for step in STEPS:
        result = step.run(text)
        expected = han(text)
        for edit in result.edits:
            expected.subtract(han(edit.before))
            expected.update(han(edit.after))
        expected = +expected  # drop zero counts
        assert expected == han(result.text), (step.name, text[:80])
        text = result.text


@FAST
@given(index=indexes)
def test_no_han_character_disappears_from_a_noisy_report_unlogged(index: int) -> None:
    assert_han_accounted(noisy_report(index))


@settings(FAST, max_examples=200)
@given(text=snippets)
def test_no_han_character_disappears_from_a_snippet_unlogged(text: str) -> None:
    assert_han_accounted(text)


@settings(FAST, max_examples=100)
@given(text=st.text(max_size=200))
def test_no_han_character_disappears_from_arbitrary_text_unlogged(text: str) -> None:
    assert_han_accounted(text)


# ------------------------------------------------------------- arbitrary input


@settings(FAST, max_examples=150)
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_give_a_text_or_a_source_error(data: bytes) -> None:
    try:
        text, encoding = decode(data, "x.txt")
    except SourceError as error:
        assert str(error).startswith("x.txt: ")
        return
    assert isinstance(text, str) and encoding


@settings(FAST, max_examples=60)
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_in_a_file_give_a_record_or_a_source_error(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    try:
        record = read_report(path)
    except SourceError as error:
        assert str(path) in str(error) and error.reason
        return
    process(record)


@settings(FAST, max_examples=60)
@given(text=st.one_of(st.text(max_size=300), snippets))
def test_arbitrary_unicode_goes_through_the_whole_pipeline(tmp_path: Path, text: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        record = read_report(path)
    except SourceError:
        return  # empty, binary-looking or undecodable: rejected with the reason
    done = process(record)
    assert isinstance(done.text_hans, str) and isinstance(done.text_hant, str)


# ----------------------------------------------------------- clean text stays clean


def clean_story(index: int) -> str:
    story, _, _ = compose_story(SEED, random.Random(f"clean:{index}"), "full", index % 2 == 0)
    return story.text


@pytest.mark.parametrize("step", STEPS, ids=lambda step: step.name)
@settings(FAST, max_examples=15)
@given(index=indexes)
def test_each_step_leaves_clean_text_unchanged(step, index: int) -> None:
    text = clean_story(index)
    result = step.run(text)
    assert result.text == text
    assert result.edits == ()
    assert not [f for f in result.findings if f.severity != "info"]


def test_a_caption_moved_out_after_a_sentence_leaves_no_space_at_the_line_end() -> None:
    # the captions step cuts `图为…` after the sentence and its space stays: tidy drops
    # it, or the second cleaning would (normalize's 行尾空白) and cleaning changes twice
    raw = (
        "5月6日,县政协召开九届常委会议,主席王五主持会议并讲话。 图为会议现场。\n会议强调要抓落实。"
    )
    once = clean(raw).text
    assert "讲话。\n" in once
    assert clean(once).text == once
