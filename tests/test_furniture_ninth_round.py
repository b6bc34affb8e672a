"""Issue 18, furniture round 9: line shapes made on the development parts' furniture left,
each checked on invented lines (no real page's line)."""

from public_records.clean.furniture import line_kind, strip_furniture


def test_a_column_and_its_section_opening_with_the_same_word_is_a_column_name():
    assert line_kind("本地 本地焦点") == "column name"
    assert line_kind("体育 体育要闻") == "column name"
    text = (
        "本地 本地焦点\n某县议会年度参访 第一站到某市政府\n"
        "某县议会于5月6日至8日办理年度参访，首日前往某市交流。\n"
    )
    assert strip_furniture(text).text.startswith("某县议会年度参访")


def test_two_words_that_do_not_repeat_are_no_column_name():
    assert line_kind("会议 强调") is None
    assert line_kind("甲乙 丙丁戊") is None


def test_lines_under_a_comment_boxs_login_prompt_are_cut_however_long():
    report = (
        "5月12日上午，某区第九届人民代表大会第三次会议在区会展中心开幕。全区各界代表参加会议。\n"
        "会议表决通过了大会议程和选举办法。\n"
    )
    tail = (
        "您需要登录后才可以评论, 登录| 注册\n"
        "某地樱桃进入采摘旺季2026-05-12\n"
        "某某体育直播:的古镇之韵、老街之趣、湖光之秀、小吃之香，让城市往事在街巷改造中焕发新彩\n"
    )
    result = strip_furniture(report + tail)
    assert result.text == report


def test_a_login_prompt_above_the_report_cuts_nothing_below_it():
    text = (
        "登录 | 注册\n"
        "5月12日上午，某区第九届人民代表大会第三次会议在区会展中心开幕。全区各界代表参加会议。\n"
        "会议表决通过了大会议程和选举办法。\n"
    )
    assert strip_furniture(text).text == text.split("\n", 1)[1]
