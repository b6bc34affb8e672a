"""A site's greeting after its slogan (监督县政，反映民意某县议会欢迎您) is furniture: the
cleaner cuts it and logs it, and the title step, asking the cleaner's own kind, never takes
it for the headline (it used to keep a pattern of its own for that)."""

from __future__ import annotations

from public_records.clean.furniture import line_kind
from public_records.extract.title import derive_title

LEAD = "3月5日，某县召开县政总质询会议，县长甲乙到会答询。"


def test_a_slogan_then_the_greeting_is_a_welcome_line():
    assert line_kind("监督县政,反映民意某县议会欢迎您") == "welcome"
    assert line_kind("某某县人民政府网欢迎光临!") == "welcome"


def test_a_line_that_says_a_welcome_is_no_furniture():
    assert line_kind("他说,家乡人民欢迎你。") is None
    assert line_kind("热烈欢迎各位领导莅临指导") is None


def test_the_greeting_is_no_headline():
    text = "监督县政，反映民意某县议会欢迎您\n\n某县召开县政总质询会议\n\n" + LEAD
    assert derive_title(text) == "某县召开县政总质询会议"
