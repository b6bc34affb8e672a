"""Round credits45b (issue 18 item 3): a credit's role and name that another step removes
(the chrome step's information lines, the footer's tail) go to the record's credits, not
away; and words that name no one (an agency before its photographer, a widget's label,
the outlet itself) are no credits. Every report, name and line here is invented."""

from public_records.clean.captions import photo_credits
from public_records.clean.chrome import strip_chrome
from public_records.clean.credits import removed_credits, role_over_names
from public_records.clean.footer import cut_footer
from public_records.clean.pipeline import clean
from public_records.ingest.process import _first_line_cut, process
from public_records.ingest.sources import read_report
from public_records.model import Edit

BODY = (
    "1月5日，某镇召开安全生产工作会议，镇党委书记李某某出席会议并讲话。"
    "会议要求各村各单位压实责任，确保全年安全形势稳定。"
)


def _credits(text):
    return clean(text).meta.get("credits", [])


def test_chrome_role_alone_over_its_name_goes_to_credits():
    text = (
        "首页 > 要闻\n某镇召开安全生产工作会议\n来源:某县融媒体中心 发布时间:2024-01-09 12:45\n"
        f"责编:\n王某某\n{BODY}"
    )
    result = clean(text)
    assert ("责编", "王某某") in result.meta["credits"]
    assert BODY.replace("，", "，") in result.text  # the report's lines all stay
    assert "责编" not in result.text and "王某某" not in result.text


def test_chrome_leaves_the_role_line_for_the_credits_step():
    text = f"来源:某县融媒体中心 发布时间:2024-01-09 12:45\n责编:\n王某某\n{BODY}"
    assert "责编:\n王某某" in strip_chrome(text).text


def test_chrome_source_label_over_a_unit_still_cut():
    # guard: 来源: over a unit's name stays the chrome step's source field
    text = f"发布时间:2024-01-09 12:45\n来源:\n某乡党政办\n{BODY}"
    result = strip_chrome(text)
    assert "来源" not in result.text
    assert result.meta["source_name"] == "某乡党政办"


def test_role_over_names_reads_people_only():
    assert role_over_names("审核:\n赵某某\n", 0)
    assert not role_over_names("来源:\n赵某某\n", 0)
    assert not role_over_names("审核:\n某某县人民政府\n", 0)
    assert not role_over_names(BODY, 0)


def test_footer_cut_hands_its_credit_over():
    text = f"{BODY}\n主办单位:某某县委宣传部\n稿件来源:某县妇联\n编辑制作:周某某"
    result = cut_footer(text)
    assert result.text == BODY
    assert result.meta["credits"] == [("编辑制作", "周某某")]
    assert ("编辑制作", "周某某") in _credits(text)


def test_footer_cut_without_credit_adds_none():
    text = f"{BODY}\n上一篇:某县召开会议\n下一篇:某县长调研"
    assert cut_footer(text).meta == {}


def test_removed_credits_is_people_only():
    assert removed_credits("版权所有:某县人民政府\n责任编辑:钱某 审核:孙某某") == [
        ("责任编辑", "钱某"),
        ("审核", "孙某某"),
    ]
    assert removed_credits("稿件来源:某县妇联") == []


def test_agency_before_photographer_is_no_credit():
    assert photo_credits("(中評社 吴某某攝)") == [("摄影", "吴某某")]
    assert photo_credits("(某某社 吴某某 摄)") == [("摄影", "吴某某")]
    assert ("摄影", "中评社") not in _credits(f"{BODY}\n(中評社 吴某某攝)\n")


def test_two_photographers_stay_two():
    # guard: two names, neither an outlet
    assert photo_credits("(吴某 郑某某 摄)") == [("摄影", "吴某"), ("摄影", "郑某某")]


def test_widget_label_after_an_empty_author_field_is_no_credit():
    found = _credits(f"{BODY}\n作者: 语音阅读: 来源:某某网 发布时间:2021-01-01\n")
    assert not [c for c in found if c[1].startswith("语音")]
    assert not [c for c in _credits(f"{BODY}\n作者: 语音阅读:\n") if c[1].startswith("语音")]


def test_name_glued_to_the_next_label_still_read():
    # guard: a name glued to the next field's label (credits45's rule 10) is kept
    found = _credits(f"{BODY}\n日期: 2023-05-10 来源:某某宣传 责任编辑:冯某文字大小:大中小\n")
    assert ("责任编辑", "冯某") in found


def test_the_outlet_itself_is_no_credit():
    assert not [c for c in _credits(f"{BODY}\n作者:本刊\n") if c[1] == "本刊"]
    assert ("作者", "陈某某") in _credits(f"{BODY}\n作者:陈某某\n")


def test_first_line_cut_compares_folded_lines():
    # the furniture step cut the line after its brackets were made full-width and its
    # script Simplified: the title step is still told of it
    cut = Edit("furniture", 0, 14, "守护一江碧水（共建生态家园）\n", "")
    body = "守護一江碧水(共建生態家園)\n3月2日，县长甲乙调研。"
    assert _first_line_cut(body, (cut,)) == "守护一江碧水（共建生态家园）"
    assert _first_line_cut("县长甲乙调研\n守护一江碧水", (cut,)) == ""


def test_traditional_banner_headline_cut_first_is_still_the_title(tmp_path):
    # round titles45c's finding: a Traditional page's first line, a headline of two
    # parallel phrases the furniture step cuts, was compared unfolded with the cut
    # (Simplified) line, and the title step never heard of it
    page = tmp_path / "report.txt"
    page.write_text(
        "守護一江碧水 共建生態家園\n5月2日，县长李某某到某乡调研生态修复工作，"
        "察看了河道整治和植被恢复情况。要建设美丽家园。\n",
        encoding="utf-8",
    )
    record = process(read_report(page))
    assert record.title_hans == "守护一江碧水 共建生态家园"
    assert record.title_evidence == "page headline"
