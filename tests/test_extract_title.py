"""Titles from the lead sentence when none is given."""

from public_records.clean import clean
from public_records.extract.title import MAX_CHARS, derive_title


def test_seed_title_is_the_meeting_name(seed_text):
    assert derive_title(clean(seed_text).text) == (
        "大观区召开区委常委会扩大会议暨重点工作“比晒拼创”总结点评会"
    )


def test_long_lead_is_cut_with_ellipsis():
    title = derive_title("近日，" + "很长的会议名称" * 20 + "。")
    assert len(title) == MAX_CHARS and title.endswith("…")


def test_lead_without_time_clause_is_kept():
    assert derive_title("区委书记潘功发主持会议，强调安全。") == "区委书记潘功发主持会议"
