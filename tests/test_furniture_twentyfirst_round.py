"""Issue 18, furniture round 21: article lines the shape model cut below the report
because a numeral made them look like a widget (a prose line holding a digit is no longer
prose-only, so no guard kept it). A list's opener that counts its items (会议共有3项议程：)
and, as the copy's last line, a numbered heading of the report's own list (the copy cut
under it: 2.强化督导检查) now stay; the widget-shaped lines around them still go. Every
line is invented (no real page's line)."""

from public_records.clean.footer import cut_footer
from public_records.clean.furniture import strip_furniture
from public_records.clean.pipeline import clean

from tests.cleaning_checks import SAFETY_REPORT, cut_lines

REPORT = SAFETY_REPORT


def test_a_counted_list_opener_below_the_report_stays():
    openers = ("会议共有3项议程：", "会议议程共4项:", "主要有以下5点：", "本次检查共发现12个问题：")
    for line in openers:
        assert cut_lines(REPORT + line + "\n") == [], line


def test_a_counted_list_opener_above_its_items_stays():
    text = REPORT + "会议共有3项议程：\n一、传达上级会议精神\n二、部署下一步工作\n"
    assert "会议共有3项议程：" in strip_furniture(text).text


def test_a_numbered_heading_as_the_copys_last_line_stays():
    for line in ("1.加强组织领导", "2、强化督导检查", "(3)抓好宣传引导", "（4）狠抓工作落实"):
        assert cut_lines(REPORT + line) == [], line


def test_widget_lines_with_numerals_below_the_report_still_go():
    # not a counted opener (no colon at its end, or no count), not a heading (a field)
    for line in ("附件:1.工作方案", "时间:5月6日", "共3页 第1页", "浏览次数：126"):
        assert cut_lines(REPORT + line + "\n") == [line], line


# A speaker's demands opened on a line of their own under the report (王五要求：, the copy
# cut under it) scored as a widget's label with nothing after its colon; a site's terms of
# the same shape (投稿要求：) still go.


def test_a_speakers_demands_opened_below_the_report_stay():
    for line in ("王五要求：", "他要求:", "欧阳明要求："):
        assert cut_lines(REPORT + line + "\n") == [], line


def test_a_sites_terms_opened_below_the_report_still_go():
    for line in ("投稿要求：", "转载要求:"):
        assert cut_lines(REPORT + line + "\n") == [line], line


# A headline under a kicker that ends in a verb of saying (甲乙在全县安全生产工作会议上强调 /
# 压紧压实责任 确保安全稳定) was cut as a banner when the lead's first lines do not repeat
# its words; a banner under a line that says nothing of the kind still goes.


def test_a_headline_under_a_saying_kicker_stays():
    for kicker in ("甲乙在全县安全生产工作会议上强调", "丙丁在某镇调研时要求："):
        text = f"{kicker}\n压紧压实责任 确保安全稳定\n{REPORT}"
        assert cut_lines(text) == [], kicker


def test_a_banner_under_another_line_still_goes():
    text = f"某某县人民政府门户网站\n筑牢安全防线 守护万家平安\n{REPORT}"
    assert "筑牢安全防线 守护万家平安" in cut_lines(text)


# The footer step cut from a navigation word opening a line to the end of the text, even
# when the line was a sentence of the report (上一篇报道中提到的问题…。, 扫一扫二维码…。):
# a line holding a full stop is no footer's, but for a disclaimer (声明:…。); a footer's
# navigation line (上一篇:…, no full stop) still opens the footer.

STORY = (
    "5月6日上午，某县市场监管局局长甲乙带队开展知识产权保护专项检查，副局长丙丁陪同。\n"
    "检查组先后来到县城多家书店和印刷企业，详细了解出版物经营和印刷业务登记情况。\n"
)
LAST = "甲乙要求，各部门要加强协作，形成监管合力。\n"


def test_a_sentence_opening_with_a_navigation_word_stays():
    for line in (
        "上一篇报道中提到的问题，目前已全部整改到位。",
        "扫一扫二维码，即可在线查询企业信用信息，方便快捷。",
        "技术支持：县大数据中心提供全程数据比对服务，保障检查精准高效。",
    ):
        text = f"{STORY}{line}\n{LAST}"
        assert cut_footer(text).text == text, line


def test_a_footers_navigation_line_and_a_disclaimer_still_go():
    for line in (
        "上一篇：某县召开安全生产工作会议",
        "声明：本站部分文章来源于网络，如有不妥请联系。",
    ):
        assert cut_footer(f"{STORY}{line}\n下一篇：某镇开展防汛演练\n").text == STORY.rstrip("\n")


# A copyright word inside a sentence of the report (保护版权所有者的合法权益, 盗用Copyright
# 标识): the footer step cut from it to the end of the text, and the furniture step's footer
# pattern took the whole line. Now a strong marker inside a line with a sentence of the
# report below it is the report's word, and 版权所有者 / Copyright glued to Han characters
# is no footer; a copyright line under the report still goes.


def test_a_copyright_word_inside_the_reports_sentence_stays():
    for line in (
        "甲乙强调，要严厉打击盗版侵权行为，切实保护版权所有者的合法权益，营造良好环境。",
        "检查组还查处了一批盗用Copyright标识的出版物，依法予以没收。",
        "甲乙提醒商户，经营中如有侵权疑问，可向县市场监管局咨询。",
    ):
        text = f"{STORY}{line}\n{LAST}"
        assert cut_footer(text).text == text, line
        assert strip_furniture(text).edits == (), line
        assert "合力" in clean(text).text, line


def test_a_copyright_line_under_the_report_still_goes():
    for line in ("Copyright © 2024 某某县人民政府 版权所有", "本网版权所有，未经许可不得转载"):
        text = clean(f"{STORY}{LAST}{line}\n").text
        assert "某某县人民政府" not in text and "不得转载" not in text, line


# The date widget's 今天是… took a sentence of the report opening with 今天是 (今天是全国第
# 35个安全生产月的第一天。): a widget's date holds no full stop; the widget still goes.


def test_a_sentence_opening_with_today_is_stays():
    text = f"{STORY}今天是全国第35个安全生产月的第一天。\n{LAST}"
    assert strip_furniture(text).edits == ()


def test_the_date_widget_still_goes():
    for line in ("今天是2024年5月6日 星期一", "您好!今天是2024年5月6日"):
        assert cut_lines(f"{line}\n{STORY}") == [line], line


# The items of a list the report closes with, under its opener (会议议定以下事项： / 1.成立督查组
# …; 会议要求做到“三个到位”： / 思想认识到位 …): the shape model or the closing list cut
# them though their opener stayed. Under a line of the report's prose that ends in a colon,
# the short lines are its items; under a related-stories heading they still go.


def test_the_items_under_the_reports_list_opener_stay():
    for opener, items in (
        ("会议议定以下事项：", ("1.成立安全生产督查组", "2.开展隐患排查整治", "3.建立工作台账")),
        ("会议要求做到“三个到位”：", ("思想认识到位", "责任落实到位", "隐患整改到位")),
        ("本次检查重点包括：", ("■ 危化品企业", "■ 建筑施工工地", "■ 人员密集场所")),
    ):
        text = REPORT + opener + "\n" + "\n".join(items) + "\n"
        assert cut_lines(text) == [], opener


def test_the_items_under_a_related_heading_still_go():
    items = ("某镇开展防汛演练", "某县召开安全生产工作会议")
    text = REPORT + "相关新闻：\n" + "\n".join(items) + "\n"
    assert set(items) <= set(cut_lines(text))
