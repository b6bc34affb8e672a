"""N09: credit lines become metadata and leave the body; the body is never cut."""

import pytest
from public_records.clean.credits import harvest_credits


@pytest.mark.parametrize(
    ("raw", "body", "credits"),
    [
        (
            "观摩了7个产业项目。（撰稿人：黄辛成 审稿人：王灿）",
            "观摩了7个产业项目。",
            [("撰稿人", "黄辛成"), ("审稿人", "王灿")],
        ),
        ("（记者 张三）1月14日，召开会议。", "1月14日，召开会议。", [("记者", "张三")]),
        ("召开会议。\n责任编辑：李四", "召开会议。", [("责任编辑", "李四")]),
        ("召开会议。撰稿人：黄辛成", "召开会议。", [("撰稿人", "黄辛成")]),
        (
            "召开会议。\n一审：甲乙 二审：丙丁 三审：戊己",
            "召开会议。",
            [("一审", "甲乙"), ("二审", "丙丁"), ("三审", "戊己")],
        ),
    ],
)
def test_credits_are_harvested(raw, body, credits):
    result = harvest_credits(raw)
    assert result.text.strip() == body
    assert result.meta["credits"] == credits
    assert all(e.rule == "credits" for e in result.edits)


@pytest.mark.parametrize(
    "text",
    [
        "区长（记者出身）主持会议。",
        "记者会上，他介绍了情况。",
        "市委宣传部召开编辑工作会议。",
        "会议审核了名单（草案）。",
    ],
)
def test_body_text_with_credit_words_is_kept(text):
    result = harvest_credits(text)
    assert result.text == text
    assert result.edits == ()
