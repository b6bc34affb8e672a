"""Issue 18, furniture round 19: kinds the new development part dev-b10 showed left in the
clean text (a copyright line opening with its sign, a pager's short labels, a blog's comment
box, a Taiwan photo's source in brackets), each checked on invented lines (no real page's
line), with sentences holding the same words that must stay."""

from public_records.clean.furniture import furniture_rows, line_kind, strip_furniture
from public_records.clean.pipeline import clean


def kind(line: str) -> str | None:
    """The kind of a line as the furniture step judges it (folded, edges stripped)."""
    return line_kind(furniture_rows(line)[0][2])


REPORT = (
    "6月3日，某区人大常委会组织部分代表视察全区重点项目建设情况，区人大常委会主任甲乙参加。\n"
    "视察组一行先后察看了某某路改造工程和某某公园二期项目，听取了有关单位的汇报。\n"
)


# A copyright line that opens with its sign (the footer step may have cut its 版权所有).


def test_a_line_opening_with_the_copyright_sign_is_cut():
    assert kind("©2019某某网络科技有限公司") == "footer"
    assert kind("© 2008-2020 某某县融媒体中心") == "footer"
    assert kind("(c)2015 某某在线") == "footer"
    text = REPORT + "©2019某某新闻网版权所有\n"
    assert clean(text).text.rstrip("\n") == clean(REPORT).text.rstrip("\n")


def test_a_sentence_naming_copyright_stays():
    assert kind("会议审议了某某条例(草案)关于著作权保护的条款。") is None


# A pager's short labels: 上篇: and 下篇:, with or without a headline after them.


def test_a_pagers_short_labels_are_cut():
    assert kind("上篇:") == "prev next"
    assert kind("下篇：某镇召开安全生产工作会议") == "prev next"
    text = REPORT + "\n上篇:\n\n下篇:\n"
    assert strip_furniture(text).text.strip("\n") == REPORT.strip("\n")


def test_a_line_about_a_books_volumes_stays():
    assert kind("上篇讲述了某某县的建县历史,下篇记录了改革开放以来的变化。") is None
    assert kind("上篇") is None


# A blog's comment box under the report: its empty state and its post button.


def test_a_comment_boxs_empty_state_and_post_button_are_cut():
    assert kind("没有留言:") == "comment box"
    assert kind("暂无评论") == "comment box"
    assert kind("张贴留言") == "comment box"
    text = REPORT + "\n没有留言:\n\n张贴留言\n"
    assert strip_furniture(text).text.strip("\n") == REPORT.strip("\n")


def test_a_sentence_about_messages_stays():
    assert kind("县长信箱没有留言未回复的情况。") is None
    assert kind("村委会在公告栏张贴留言簿,收集群众意见。") is None


# A Taiwan photo's source in brackets (圖/某某提供), between paragraphs or cut short.


def test_a_photos_source_in_brackets_is_cut_between_paragraphs():
    assert kind("(图/某某县政府提供)") == "picture source"
    assert kind("(图/某某乡公所提供.2023.5.6.)") == "picture source"
    assert kind("（图/某某县政府提供") == "picture source"
    lines = REPORT.split("\n")
    text = lines[0] + "\n(图/某某县政府提供.2023.5.6.)\n" + lines[1] + "\n"
    assert strip_furniture(text).text == REPORT


def test_a_sentence_with_a_slash_and_provided_stays():
    assert kind("(图/文由某某县政府提供的资料整理,县长甲乙表示将持续推动。)") is None
    assert kind("县府提供图/表说明预算执行情况。") is None


# Below a blog's comment box under the report (its empty state, its post button), the lines
# are the box's and the site's: another post's headline and teaser, however long.

OTHER_POST = (
    "某某快报/某某局呼吁:5月1日至6月30日禁止在某某湾采捕未达规定尺寸的贝类 请民众配合\n"
    "( 快报 ) 今年贝类开放采捕期间为 5 月 1 日至 6 月 30 日,仅限采捕壳长 5 公分以上个体。"
    "但开放以来市面上并未见有大量合乎标准的贝类上市...\n"
)


def test_another_post_below_a_comment_box_is_cut():
    assert kind("没有留言:") == "comment box"
    text = REPORT + "\n没有留言:\n\n张贴留言\n\n" + OTHER_POST
    assert strip_furniture(text).text.strip("\n") == REPORT.strip("\n")


def test_a_comment_word_inside_the_report_opens_no_gate():
    # a box's empty state or post button opens the gate only below the report's first line;
    # a line of the report about a message board is the report's
    text = REPORT + "村委会在公告栏张贴留言簿,收集群众意见。\n" + REPORT
    assert strip_furniture(text).text == text


# The shape model is asked about a short line of Han characters and Chinese punctuation
# only, too (from a stricter threshold): a label left with nothing after its colon under the
# report. A name alone, a list's opener, a 、-list, a clause of eight Han characters or more
# and a short word ending a copy cut short stay (the report's).


def test_a_short_prose_only_label_under_the_report_is_cut_by_its_shape():
    for label in ("延伸阅读：", "上一页："):
        assert kind(label) is None  # no rule names it
        result = strip_furniture(REPORT + label + "\n")
        assert result.text == REPORT, label
        assert [e.note for e in result.edits] == ["形似网页附件的行（按行的形状判断）"]


def test_names_lists_and_clauses_of_the_report_under_it_stay():
    for tail in (
        "名单如下：\n张三\n李四",
        "出席会议的还有：\n甲乙、丙丁",
        "出席会议的领导有：\n王五\n赵六",
        "张三、李四",
        "会议号召全体干部再接再厉",
        "会议强调",
        "会后",
        "此外",
    ):
        text = REPORT + tail + "\n"
        assert strip_furniture(text).edits == (), tail
