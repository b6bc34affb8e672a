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


# Credits read by where they stand (eval-real's credits figure): the role glued to the name
# after a dateline, a signature closing a paragraph, a Taiwan byline. Invented lines.


@pytest.mark.parametrize(
    ("text", "clean", "credits"),
    [
        (
            "某县新闻网讯（记者甲某某、乙某）5月3日，县委召开会议。",
            "某县新闻网讯 5月3日，县委召开会议。",
            [("记者", "甲某某"), ("记者", "乙某")],
        ),
        (
            "（记者甲某某通讯员乙某）5月3日，县委召开会议。",
            "5月3日，县委召开会议。",
            [("记者", "甲某某"), ("通讯员", "乙某")],
        ),
        (
            "某网讯（某某日报记者 甲某某 乙某）5月3日，县委召开会议。",
            "某网讯 5月3日，县委召开会议。",
            [("记者", "甲某某"), ("记者", "乙某")],
        ),
        (
            "会议取得圆满成功。（甲某某 乙某）",
            "会议取得圆满成功。",
            [("署名", "甲某某"), ("署名", "乙某")],
        ),
        (
            "会议取得圆满成功。 （某区应急管理局 甲某某）",
            "会议取得圆满成功。",
            [("署名", "甲某某")],
        ),
        ("会议取得圆满成功。（本网记者 甲某某）", "会议取得圆满成功。", [("记者", "甲某某")]),
        ("【记者甲某某报导】某区召开会议。", "某区召开会议。", [("记者", "甲某某")]),
        ("〔记者甲某某／某地报导〕某区召开会议。", "某区召开会议。", [("记者", "甲某某")]),
        (
            "某路改善工程完工视察 【记者甲某某某地报导】某区召开会议。",
            "某路改善工程完工视察\n某区召开会议。",
            [("记者", "甲某某")],
        ),
    ],
)
def test_credits_read_by_where_they_stand(text, clean, credits):
    r = harvest_credits(text)
    assert (r.text, r.meta.get("credits")) == (clean, credits)
    assert r.edits and all(e.rule == "credits" for e in r.edits)


@pytest.mark.parametrize(
    "text",
    [
        "区长（记者出身）主持会议。",  # not at a dateline, not closing a paragraph
        "区长甲某某（右）察看现场。",
        "会议取得圆满成功。（完）",
        "会议取得圆满成功。（待续）",
        "会议取得圆满成功。（办公室）",  # a unit signs for no person
        "代表们在会场合影。（前排左三）",  # a caption's place in the photo
        "会议取得圆满成功。（上接第一版）",
        "甲某某（乙某）当选为主任。",
        "会议取得圆满成功。（甲某某、乙某、丙某、丁某、戊某）",  # five: a list, not a signature
    ],
)
def test_brackets_that_are_no_credit_stay(text):
    r = harvest_credits(text)
    assert r.text == text and not r.edits
