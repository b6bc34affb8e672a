"""The furniture shape model (clean/furniture_shape.py): below the report, a line no
rule names is cut when its shape is furniture's, logged as such; lines that belong to
the report are kept whatever their shape; nothing inside the report is asked about.
Sentences invented."""

import math

from hypothesis import given
from hypothesis import strategies as st
from public_records.clean import furniture
from public_records.clean.edits import kind_note
from public_records.clean.furniture import shaped_rows, strip_furniture
from public_records.clean.furniture_shape import (
    FEATURES,
    LineView,
    features,
    line_views,
    model,
    parse_weights,
)

LEAD = "3月5日上午，某县召开全县安全生产工作会议，县委副书记、县长甲乙出席会议并讲话。\n"
FOOTER = "主办单位 某某县融媒体中心  技术支持 ABC Tech 2024"  # no rule's words


def test_the_shipped_weights_load():
    loaded = model()
    assert loaded is not None
    assert len(loaded.weights) == len(FEATURES) and 0 < loaded.threshold < 1


def test_a_line_of_no_known_kind_below_the_report_is_cut_by_its_shape(monkeypatch):
    result = strip_furniture(LEAD + FOOTER + "\n")
    assert result.text == LEAD
    assert [(e.note, e.before) for e in result.edits] == [(kind_note("shape"), FOOTER + "\n")]
    # the rules alone (no weights) keep it: the model is what found it
    monkeypatch.setattr(furniture, "shape_model", lambda: None)
    assert strip_furniture(LEAD + FOOTER + "\n").text == LEAD + FOOTER + "\n"


def test_a_credit_on_a_line_cut_by_its_shape_goes_to_the_credits():
    result = strip_furniture(LEAD + "本文编辑:张三 ID: 2024-0305 | 来源 WeChat\n")
    assert result.text == LEAD
    assert ("编辑", "张三") in result.meta["credits"]


def test_lines_below_the_report_that_belong_to_it_are_kept():
    rows = lambda text: furniture.furniture_rows(text)  # noqa: E731
    page = LEAD + "2024年3月5日\n(甲乙 丙丁)\n某某指出,202"
    assert strip_furniture(page).text == page
    # each has furniture's shape: only the rule that keeps it keeps it
    keys = [key for _s, _e, key in rows(page)]
    views = line_views(keys, [0], [0.0] * len(keys))
    assert all(model().score(views[i]) >= model().threshold for i in (1, 2, 3))


def test_the_model_is_never_asked_about_a_line_inside_the_report():
    page = LEAD + FOOTER + "\n" + LEAD
    assert strip_furniture(page).text == page
    assert shaped_rows(furniture.furniture_rows(page), [0, 2], set()) == set()


def test_a_weights_file_that_does_not_read_leaves_the_rules_alone():
    rows = [f"{name}\t0" for name, _ in FEATURES] + ["intercept\t0", "threshold\t0.9"]
    assert parse_weights(rows) is not None
    assert parse_weights(rows[:-1]) is None  # no threshold
    assert parse_weights([*rows[:-1], "threshold\tnan"]) is None
    assert parse_weights(["han\tmany", *rows[1:]]) is None


@given(
    key=st.text(min_size=1, max_size=80),
    index=st.integers(0, 50),
    lines=st.integers(1, 60),
    first=st.integers(0, 60),
    last=st.integers(-1, 60),
    flags=st.tuples(st.booleans(), st.booleans()),
    overlap=st.floats(0, 1),
)
def test_every_feature_is_a_number_between_0_and_1(key, index, lines, first, last, flags, overlap):
    view = LineView(key, index, lines, first, last, *flags, overlap)
    values = features(view)
    assert all(0.0 <= v <= 1.0 for v in values), values
    assert 0.0 <= model().score(view) <= 1.0 and not math.isnan(model().score(view))


def test_a_line_above_the_report_that_shares_its_words_is_cut_by_its_shape(monkeypatch):
    # the banner rule keeps a line that repeats the lead's words (a headline would);
    # digits, a clock and a counter make this one the page's, not the report's
    top = "安全生产 2024-03-05 10:21:33 阅 1203\n"
    page = top + LEAD
    assert strip_furniture(page).text == LEAD
    assert [e.note for e in strip_furniture(page).edits] == [kind_note("shape")]
    monkeypatch.setattr(furniture, "shape_model", lambda: None)
    assert strip_furniture(page).text == page


def test_a_headline_above_the_report_is_kept_even_with_digits():
    for headline in ("某县召开全县安全生产工作会议", "某县召开2024年安全生产工作会议"):
        assert strip_furniture(headline + "\n" + LEAD).edits == ()


def test_a_missing_weights_file_leaves_the_rules_alone(monkeypatch):
    from public_records.clean import furniture_shape

    def missing(name):
        raise FileNotFoundError(name)

    monkeypatch.setattr(furniture_shape, "lines", missing)
    furniture_shape.model.cache_clear()
    try:
        assert furniture_shape.model() is None
        assert strip_furniture(LEAD + FOOTER + "\n").text == LEAD + FOOTER + "\n"
    finally:
        monkeypatch.undo()
        furniture_shape.model.cache_clear()
    assert furniture_shape.model() is not None
