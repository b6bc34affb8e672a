"""N11 footer boilerplate: cut at the first footer marker after the body, logged whole."""

from __future__ import annotations

import pytest
from public_records.clean.footer import cut_footer

from tests.cleaning_checks import assert_logged

BODY = (
    "8月2日下午,大观区召开区委常委会扩大会议,区委书记潘功发主持会议并讲话。\n"
    "潘功发强调,要狠抓重大项目招引建设,全力以赴推进三大片区开发建设。"
)


@pytest.mark.parametrize(
    "footer",
    [
        "\n声明:本媒体部分图片、文章来源于网络,版权归原作者所有,如有侵权请联系删除。"
        "\n扫一扫在手机打开当前页\n[打印此页] [关闭本页]",
        "\n上一篇:区政协召开主席会议\n下一篇:全区安全生产工作会议召开",
        "\n新闻推荐\n市林业局开展森林防火应急演练。3月5日上午,市林业局在大龙山组织演练。",
        "\n【相關閱讀】\n區(qū)政協(xié)召開主席會議",  # Traditional, with pinyin
    ],
)
def test_footer_after_body_is_cut_as_one_edit(footer):
    raw = BODY + footer
    result = cut_footer(raw)
    assert result.text == BODY
    assert len(result.edits) == 1
    assert result.edits[0].before == footer  # from the line break before the marker
    assert_logged(raw, result)


def test_inline_copyright_after_most_of_the_text():
    raw = BODY + "版权所有©大观区人民政府 皖ICP备05000000号"
    result = cut_footer(raw)
    assert result.text == BODY
    assert result.edits[0].before == "版权所有©大观区人民政府 皖ICP备05000000号"


@pytest.mark.parametrize(
    "raw",
    [
        "上一篇文章讲到了产业。\n" + BODY,  # a marker word before the body
        "相关阅读\n" + BODY,  # a marker line before any body line
        "会议研究了版权所有人权益保护工作,要求加强执法。\n" + BODY,  # inline, early
        BODY + "\n群众扫一扫二维码即可反映问题,区里将及时回复。",  # inline, not a line start
        BODY + "\n声明:" + "区委区政府高度重视安全生产工作" * 8 + "。",  # a long line
    ],
)
def test_body_is_never_cut(raw):
    result = cut_footer(raw)
    assert result.text == raw and result.edits == ()
