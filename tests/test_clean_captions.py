"""N12 image noise: captions move to meta["captions"], images to meta["images"]."""

from __future__ import annotations

import pytest
from public_records.clean.captions import move_captions

from tests.cleaning_checks import assert_logged


def test_caption_lines_and_images_leave_the_body():
    raw = "\n".join(
        [
            "8月2日下午,区委召开常委会扩大会议。",
            "图为会议现场。",
            "![](http://www.example.gov.cn/upload/a.jpg)",
            "▲ 潘功发在十里铺乡调研。",
            "20230713095512.jpg",
            "![会议现场](b.png)",
            "会议强调,要狠抓落实。",
        ]
    )
    result = move_captions(raw)
    assert result.text == "8月2日下午,区委召开常委会扩大会议。\n会议强调,要狠抓落实。"
    assert result.meta["captions"] == ["图为会议现场。", "▲ 潘功发在十里铺乡调研。", "会议现场"]
    assert result.meta["images"] == [
        "http://www.example.gov.cn/upload/a.jpg",
        "20230713095512.jpg",
        "b.png",
    ]
    assert_logged(raw, result)


def test_inline_photo_credit_and_caption_sentence():
    raw = "区领导金玉出席会议(7月13日 摄)。图为会议现场(记者 张三 摄)\n要加强监测。"
    result = move_captions(raw)
    assert result.text == "区领导金玉出席会议。\n要加强监测。"
    assert result.meta["captions"] == ["(7月13日 摄)", "图为会议现场(记者 张三 摄)"]
    assert_logged(raw, result)


def test_traditional_caption_is_kept_as_written():
    raw = "區(qū)委召開會議。\n圖為會議現場（記者 張三 攝）"
    result = move_captions(raw)
    assert result.text == "區(qū)委召開會議。\n"
    assert result.meta["captions"] == ["圖為會議現場（記者 張三 攝）"]


@pytest.mark.parametrize(
    "raw",
    [
        "要把蓝图为民所用,试图为企业减负,意图为何?",
        "区委常委会(扩大)会议召开,区领导(前右二)出席。",
        "组织无人机(航拍)和视频(拍摄),摄影爱好者参加。",
        "新建图书馆一座,藏书3万册。",
    ],
)
def test_text_that_mentions_pictures_stays(raw):
    result = move_captions(raw)
    assert result.text == raw and result.edits == () and result.meta == {}
