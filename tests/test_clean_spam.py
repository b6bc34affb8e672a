"""N14 injected spam: spliced gambling terms, banners, jammer lines, escaped HTML and
place names said twice; real reduplication must survive."""

from __future__ import annotations

import pytest
from public_records.clean.spam import remove_spam

from tests.cleaning_checks import assert_logged


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("區委書記澳門新葡京潘功發主持會議。", "區委書記潘功發主持會議。"),  # Traditional
        ("区委书记潘功发bet365主持会议。", "区委书记潘功发主持会议。"),
        ("新葡京 太阳城集团 百家乐平台 最新网址\n会议召开。", "会议召开。"),  # a banner
        ("会议召开。\n#$%^&*@!~#$%\n要狠抓落实。", "会议召开。\n要狠抓落实。"),  # a jammer
        ('会议召开\\u003cdiv class="c"\\u003e。', "会议召开。"),  # escaped HTML
        ("会议召开&lt;p&gt;。", "会议召开。"),
        ("区政协主席出席。澳门新葡京", "区政协主席出席。"),  # a short sentence keeps its words
        ("汶上汶上召开会议。", "汶上召开会议。"),  # a listed place
        ("大观区大观区召开会议。", "大观区召开会议。"),  # a suffixed place
        ("汶上縣汶上縣召开会议。", "汶上縣召开会议。"),
        ("深入菱湖街道菱湖街道调研。", "深入菱湖街道调研。"),
        ("深入高头乡高头乡调研。", "深入高头乡调研。"),
    ],
)
def test_spam_is_cut_and_logged(raw, clean):
    result = remove_spam(raw)
    assert result.text == clean
    assert result.edits
    assert_logged(raw, result)


@pytest.mark.parametrize(
    "raw",
    [
        "大家看看,常常来,天天练,人人讲安全,家家户户,高高兴兴。",
        "要研究研究,讨论讨论,区区小事也要办好。",
        "开展打击赌博违法犯罪专项行动,查处赌场2个,收缴彩票机3台。",
        "------\n2024-08-03 10:21\nhttp://www.example.gov.cn/a?b=1&c=2",
        "区委常委会(扩大)会议,增长3.5%,名单(草案)。",
        "研究部署重点工作。<b>区委书记</b>主持会议。",  # literal tags: the renderer escapes
        "8月2日下午,大觀區(qū)召開區(qū)委常委會擴(kuò)大會議。",
    ],
)
def test_genuine_text_is_left_alone(raw):
    result = remove_spam(raw)
    assert result.text == raw and result.edits == ()


def test_spliced_terms_in_a_long_sentence_do_not_drop_the_sentence():
    raw = "会议强调,新葡京要狠抓项目建设,加快推进三大片区开发,太阳城集团确保完成全年目标。"
    result = remove_spam(raw)
    assert result.text == "会议强调,要狠抓项目建设,加快推进三大片区开发,确保完成全年目标。"
    assert [e.before for e in result.edits] == ["新葡京", "太阳城集团"]
