"""Round "furniture 32" (issue 18). Invented sentences.

1. A lone `?` right before an ASCII trail letter (`?h`) is read as that character's own
   lost lead byte (縣 BF 68) only when the character is settled together with its left
   neighbour; settled by the characters after it alone (縣人大), the same two marks are as
   well the [A3 BF] pair of a character before it ending in A3 (。 A1 A3, 海 BA A3) whose
   lead byte vanished, so that character keeps its place as 〓 with a finding instead of
   being dropped (promise: nothing is lost).
2. A site's help for readers without a script or a mouse is furniture (see below).
"""

from __future__ import annotations

from public_records.clean.furniture import line_kind, strip_furniture
from public_records.clean.mojibake import repair_mojibake


def _codes(result) -> list[str]:
    return [f.code for f in result.findings]


def test_a_sentence_end_lost_with_the_lead_byte_keeps_its_place():
    # 。縣 A1 A3 BF 68 lost A1: [A3 BF] is ？ (`?`), then `h`.
    result = repair_mojibake("座談會在三樓舉行?h人大常委會主任李華出席。縣人大常委會副主任出席。")
    assert result.text.startswith("座談會在三樓舉行〓縣人大常委會主任李華出席")
    assert _codes(result) == ["mojibake_unrecovered"]
    result = repair_mojibake("會議在禮堂召開?h政協主席王明主持。縣政協副主席出席。")
    assert result.text.startswith("會議在禮堂召開〓縣政協主席王明主持")
    # Other trail bytes alike: 區 85 5E.
    result = repair_mojibake("大會舉行?^人大常委會主任陳光主持。區人大常委會副主任出席。")
    assert result.text.startswith("大會舉行〓區人大常委會主任陳光主持")
    assert _codes(result) == ["mojibake_unrecovered"]


def test_a_place_name_character_lost_with_the_lead_byte_keeps_its_place():
    # 寧海縣: 海 BA A3 lost BA, [A3 BF] then `h`; the text writes 縣委員 elsewhere only.
    result = repair_mojibake("代表第九屆寧?h委員會發言。該縣委員會成員列席。")
    assert result.text.startswith("代表第九屆寧〓縣委員會發言")
    (edit,) = [e for e in result.edits if e.rule == "mojibake"]
    assert edit.before == "?h" and edit.after == "〓縣"


def test_settled_with_its_left_neighbour_the_character_follows_it_directly():
    # 寧縣委 written elsewhere: the left neighbour is part of the evidence.
    result = repair_mojibake("調研組來到寧?h委員會。寧縣委員會主任接待。")
    assert result.text == "調研組來到寧縣委員會。寧縣委員會主任接待。"
    assert not result.findings
    # A clause opening after a comma: no character is missing before it.
    result = repair_mojibake("晚會上,?h委常委李明講話。縣委常委王強出席。")
    assert result.text == "晚會上,縣委常委李明講話。縣委常委王強出席。"
    # Nothing settles it: one placeholder, as before.
    assert repair_mojibake("全?h上下一心。").text == "全〓上下一心。"


# 2. A site's help for readers without a script or a mouse is furniture: the notice that
#    the browser runs no JavaScript (the browser row had only the order 不支持…浏览器),
#    keyboard instructions for printing and for the type size (按住 Ctrl + P, ALT 键 + V),
#    and the print button's label with its colon (友善列印 :). Invented lines.


def test_a_browser_without_javascript_notice_is_furniture():
    notice = "您的浏览器不支援JavaScript功能,部分功能将无法使用,请开启JavaScript"
    assert line_kind(notice) == "browser"
    assert line_kind("你的浏览器未启用JavaScript,请启用后再浏览本站") == "browser"


def test_keyboard_instructions_are_furniture():
    assert line_kind("请用键盘按住Ctrl + P打开打印功能") == "browser"
    assert line_kind("旧版用户请利用键盘按住ALT键 + V → X,来选择适合您的文字大小,") == "browser"
    assert line_kind("其他浏览器可利用键盘 Ctrl + (+)放大 (-)缩小来改变字型大小。") == "browser"


def test_the_print_button_label_with_its_colon_is_furniture():
    assert line_kind("友善列印 :") == "share"
    assert line_kind("友善列印") == "share"


def test_a_report_about_keyboards_or_browsers_stays():
    # Sentences of a report that name a keyboard, a browser or printing.
    for line in (
        "县图书馆为视障读者配备了盲文键盘和读屏软件,方便群众上网查询。",
        "会议要求各部门在政务网站上线前,测试主流浏览器的兼容情况。",
        "区长李某到印刷厂调研,了解企业按住成本、稳定就业的做法。",
        "友善列印服务站在各乡镇设立,为老年人提供免费复印。",
    ):
        assert line_kind(line) is None, line


def test_a_page_with_the_help_block_keeps_its_report_and_headline():
    page = (
        "您的瀏覽器不支援JavaScript功能,若部份網頁功能無法正常使用時,請開啟瀏覽器JavaScript狀態\n"
        "友善列印 :\n"
        "請利用鍵盤按住Ctrl + P開啟列印功能\n"
        "某縣府召開防汛整備會議 縣長甲某親自主持\n"
        "某縣政府今(3)日上午召開防汛整備會議,由縣長甲某主持,各局處首長出席。\n"
    )
    result = strip_furniture(page)
    assert result.text.splitlines()[0].startswith("某縣府召開防汛整備會議")
    assert "JavaScript" not in result.text and "Ctrl" not in result.text
    assert "某縣政府今(3)日上午召開防汛整備會議" in result.text
