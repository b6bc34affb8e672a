"""Issue 18, furniture round 10: line shapes made on the development parts' furniture left,
each checked on invented lines (no real page's line)."""

from public_records.clean.furniture import line_kind, strip_furniture
from public_records.extract.title import derive_title


def test_a_skip_link_said_as_a_sentence_is_a_skip_link():
    assert line_kind("点此,跳到主要内容。") == "skip link"
    assert line_kind("请按此,跳过主要内容") == "skip link"


def test_a_toolbar_row_with_a_font_size_choice_and_a_script_switch_is_furniture():
    assert line_kind("字体大小 小 中 大 网站导航 无障碍 English 简体") == "font size"
    assert line_kind("标准字体 放大字体 站内搜索 订阅RSS 繁体") == "font size"


def test_a_sentence_on_fonts_and_scripts_is_no_toolbar():
    assert line_kind("会议要求统一字体大小 使用简体字") is None
    assert line_kind("县政府推行公文字体规范，繁体 简体一并说明") is None


def test_a_page_under_a_skip_link_and_a_toolbar_opens_with_its_headline():
    text = (
        "点此,跳到主要内容。\n"
        "字体大小 较大字体 最大字体 站内搜索 网站导航 无障碍浏览 English 繁体 简体\n"
        "\n"
        "某区长:重视与社区合作\n"
        "\n"
        "2019年03月05日\n"
        "\n"
        "某区区长甲乙说，区政府非常重视与各社区的合作，官员会继续出席社区会议，解决地区问题。\n"
        "甲乙今日出席区务会议后对传媒说，会继续走访各社区。\n"
    )
    clean = strip_furniture(text).text
    assert clean.lstrip("\n").startswith("某区长:重视与社区合作")
    assert "2019年03月05日" not in clean
    assert derive_title(clean) == "某区长:重视与社区合作"


REPORT = (
    "5月6日，某镇第九届人民代表大会第三次会议在镇会议中心开幕，镇人大主席甲乙主持会议。\n"
    "大会听取并审议了镇政府工作报告和镇人大主席团工作报告。\n"
)


def test_a_spam_line_repeating_one_word_between_ascii_strings_is_cut():
    line = "好消息88好消息88好消息 好消息x好消息q看| 好消息w来:好消息 |"
    assert line_kind(line) == "no text"
    assert strip_furniture(REPORT + line + "\n").text == REPORT


def test_a_line_saying_a_word_four_times_in_a_sentence_stays():
    line = "会议强调，要抓落实、抓落实、抓落实、抓落实，务求实效。"
    assert line_kind(line) is None


def test_a_name_in_brackets_closing_the_report_is_its_signature():
    result = strip_furniture(REPORT + "(钱七)\n")
    assert "(钱七)" not in result.text
    assert ("作者", "钱七") in result.meta["credits"]


def test_a_place_in_brackets_closing_the_report_is_no_signature():
    result = strip_furniture(REPORT + "(某镇)\n")
    assert "(某镇)" in result.text


def test_a_chief_reporters_bracketed_byline_is_a_byline():
    assert line_kind("(首席记者 甲乙)") == "byline"


def test_a_sites_official_account_label_is_furniture():
    assert line_kind("某某网官方微信") == "follow"
    assert line_kind("某某新闻官方微博") == "follow"


def test_a_reprint_disclaimer_is_furniture():
    line = (
        "宣告:转载此文是出于传递更多资讯之目的。若有来源标注错误或侵犯了您的合法权益，"
        "请作者与本网联系，我们将及时更正、删除。"
    )
    assert line_kind(line) == "disclaimer"


def test_a_table_row_of_one_verdict_is_no_spam_line():
    assert line_kind("合格 合格 合格 合格 合格") is None
    assert line_kind("达标 95 达标 96 达标 97 达标 98") is None
