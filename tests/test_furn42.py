"""Furniture round 42 (issue 18): disclaimers, statements and a page's last stamps left in
the clean text. Lines and names invented.

Rule 1: a disclaimer's heading with the variant 申明 (某某频道版权和免责申明) and its body
opening 凡注有 (凡注有"某某网"…的稿件,均为某某网独家版权所有,未经许可不得转载…) are cut.
Rule 2: a site's first-run and permission stamp alone on its line (某某首发原创作者授权发布)
is cut.
Rule 3: a date alone on the page's last line, right under a source line (某某处供稿), is
the source's date: cut; a date under a unit signing the report, or alone, stays.
Rule 4: a web program's error message printed into the page (Notice: … in /var/www/…
on line 12), translated or not, is cut, however long."""

import pytest
from public_records.clean.furniture import line_kind, strip_furniture
from public_records.ingest.process import process
from public_records.model import Record


def _processed(raw: str):
    return process(Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw))


_LEAD = "5月6日,甲县副县长乙丙丁到东山镇检查防汛工作,镇负责人陪同。"
_BODY = "乙丙丁要求,各村要排查隐患点位,落实值班值守,确保安全度汛。"


def _notes(raw: str) -> list[tuple[str, str]]:
    return [(e.before.strip(), e.note) for e in strip_furniture(raw).edits]


# Rule 1


@pytest.mark.parametrize(
    "heading", ["甲乙在线丙丁频道版权和免责申明", "甲乙网免责申明", "甲乙网版权申明:"]
)
def test_a_disclaimer_heading_with_shenming_is_cut(heading):
    raw = f"{_LEAD}\n{_BODY}\n{heading}\n"
    result = strip_furniture(raw)
    assert heading not in result.text.split("\n")
    assert (heading, "免责声明") in _notes(raw)
    assert _LEAD in result.text and _BODY in result.text


def test_a_disclaimer_body_opening_fanzhuyou_is_cut_from_the_page():
    body = (
        '凡注有 "甲乙在线" 或电头为 "甲乙在线" 的稿件,均为 甲乙在线独家 版权所有,'
        '未经许可不得转载或镜像;授权转载必须注明来源为 "甲乙在线" 。投稿邮箱:jiayi@example.com'
    )
    out = _processed(f"{_LEAD}\n{_BODY}\n甲乙在线版权和免责申明\n{body}\n")
    assert "凡注有" not in out.text_hans and "免责申明" not in out.text_hans
    assert "检查防汛工作" in out.text_hans and "排查隐患点位" in out.text_hans


def test_the_disclaimer_body_as_the_footer_step_leaves_it_is_cut():
    cut = '凡注明 "甲乙网" 的所有作品,均为 甲乙网独家'
    assert line_kind(cut) == "site notice"


@pytest.mark.parametrize(
    "line",
    [
        "凡注有“绿色食品”标志的产品,均须通过检测。",
        "县政府就此发布免责申明,提醒群众注意。",
        "凡注明来源的材料均已核实",
    ],
)
def test_sentences_about_marks_or_statements_stay(line):
    assert line_kind(line) is None
    assert line in strip_furniture(f"{_LEAD}\n{line}\n{_BODY}\n").text.split("\n")


# Rule 2


@pytest.mark.parametrize(
    "stamp",
    ["甲乙首发原创作者授权发布", "甲乙首发 原创作品授权转载", "甲乙丙丁首发原创作者授权刊发"],
)
def test_a_first_run_permission_stamp_is_cut(stamp):
    raw = f"甲县召开防汛工作会议\n{stamp}\n{_LEAD}\n{_BODY}\n"
    assert stamp not in strip_furniture(raw).text.split("\n")
    assert (stamp, "转载声明") in _notes(raw)


@pytest.mark.parametrize(
    "line", ["经作者授权发布的报告显示,全县粮食增产。", "甲乙丙首发原创歌曲获得授权发布许可"]
)
def test_a_sentence_on_a_permission_stays(line):
    assert line in strip_furniture(f"{_LEAD}\n{line}\n{_BODY}\n").text.split("\n")


# Rule 3


def test_the_source_date_closing_the_page_is_cut():
    raw = f"{_LEAD}\n{_BODY}\n服务业处供稿\n2017年9月7日\n"
    result = strip_furniture(raw)
    assert "2017年9月7日" not in result.text
    assert ("2017年9月7日", "日期行") in _notes(raw)
    assert _LEAD in result.text and _BODY in result.text


@pytest.mark.parametrize(
    "tail",
    [
        "甲县人民政府办公室\n2017年9月7日\n",  # a notice's signing unit and its date
        "2017年9月7日\n",  # a date alone under the report
        "服务业处供稿\n2017年9月7日\n会议要求各村落实责任。\n",  # not the page's last line
    ],
)
def test_a_date_not_under_a_closing_source_line_stays(tail):
    assert "2017年9月7日" in strip_furniture(f"{_LEAD}\n{_BODY}\n{tail}").text


# Rule 4


@pytest.mark.parametrize(
    "message",
    [
        "Notice: Function foo_bar was called incorrectly."
        " in /var/www/site/wp-includes/functions.php on line 12",
        "Notice: 呼叫 foo_bar 函式的方式不正确。这通常是由于外挂过早执行所造成。" * 4
        + " in /var/www/vhosts/example.org/httpdocs/wp-includes/functions.php on line 6114",
        "Warning: 参数无效 in /home/site/public_html/index.php on line 7",
        "PHP Deprecated: 动态属性已弃用 in /srv/app/plugin.php on line 11",
    ],
)
def test_a_program_error_message_is_cut(message):
    raw = f"{message}\n甲县召开防汛工作会议\n{_LEAD}\n{_BODY}\n"
    result = strip_furniture(raw)
    assert "on line" not in result.text
    assert _LEAD in result.text and _BODY in result.text


def test_the_translated_message_is_not_taken_for_the_title():
    message = (
        "Notice: 呼叫 foo_bar 函式的方式不正确。这通常是由于外挂或布景主题某些程式码过早执行所造成,"
        "而语言套件应该在 init 动作之后才载入。请参阅相关资讯以进一步了解。"
        " in /var/www/vhosts/example.org/httpdocs/wp-includes/functions.php on line 6114"
    )
    out = _processed(f"{message}\n甲县召开防汛工作会议\n{_LEAD}\n{_BODY}\n")
    assert "Notice" not in out.title_hans and "函式" not in out.text_hans
    assert "检查防汛工作" in out.text_hans


@pytest.mark.parametrize(
    "line",
    ["Warning: 请注意防汛安全,各村要落实值班值守。", "Notice: 本周六上午在县政府举行听证会。"],
)
def test_a_line_opening_with_the_word_but_naming_no_path_stays(line):
    assert line_kind(line) != "program message"
    assert line in strip_furniture(f"{_LEAD}\n{line}\n{_BODY}\n").text.split("\n")
