"""Page types to quarantine, Traditional originals (N04) and the Traditional share (N03)."""

from __future__ import annotations

from pathlib import Path

import pytest
from public_records.clean.pagetype import classify_page, traditional_share

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_db5eed02fe66ddea.txt"


def codes(result):
    return {(f.code, f.severity) for f in result.findings}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "第十二章 初入官场\n李明是市.委办公室的科员,副.書記找他谈话。\n"
            "本章未完,请点击下一页继续阅读",
            "page_web_novel",
        ),
        ("在20**年XX县经济工作会议上的讲话\n同志们:今年以来,X委认真落实……", "page_template"),
        ("The district committee held an enlarged meeting on 2 August.", "page_not_chinese"),
        ("大観区で会議が開かれました。区長が出席しました。", "page_not_chinese"),
        ("8月2日下战书,区委文书掌管会议并侧重指出,要狠抓落实。", "page_synonym_spun"),
    ],
)
def test_non_reports_are_quarantined(text, code):
    result = classify_page(text)
    assert (code, "error") in codes(result)
    assert result.meta["page_type"] == code.removeprefix("page_")
    assert result.text == text and result.edits == ()


@pytest.mark.parametrize(
    "text",
    [
        "会议学习了党章第三章的内容。",  # a chapter of a document, not of a novel
        "区人民医院新购X光机一台。",  # X-ray, not a placeholder
        "区委召开常委会(扩大)会议,AWS 云平台项目签约。",  # some Latin letters
        "全区上下要向贫困下战书。",  # one spun-looking word is only a warning
        "散会了。市.委",  # one dotted word is not enough
    ],
)
def test_reports_are_not_quarantined(text):
    result = classify_page(text)
    assert not [f for f in result.findings if f.severity == "error"]
    assert result.meta["page_type"] == "report"


def test_weak_spin_evidence_marks_low_trust():
    result = classify_page("全区上下要向贫困下战书。")
    assert ("low_trust_synonym_spun", "warning") in codes(result)
    assert result.meta["low_trust"] is True


def test_taiwan_original_is_flagged_not_quarantined():
    result = classify_page("縣府今(8)日召開記者會,議員表示「支持」。")
    assert codes(result) == {("traditional_original", "warning")}
    assert result.meta["traditional_original"] is True


def test_mainland_mirror_is_not_a_traditional_original():
    result = classify_page(SEED.read_text(encoding="utf-8"))
    assert "traditional_original" not in result.meta
    assert result.findings == ()


def test_traditional_share_counts_characters_t2s_changes():
    # 區, 書, 記 change under t2s; 委, 主, 持, 会, 议 do not: 3 of 8.
    assert traditional_share("區委書記主持会议") == 0.375
    assert traditional_share("区委书记主持会议") == 0.0
    assert traditional_share("AWS") == 0.0


def test_seed_reads_as_traditional():
    share = classify_page(SEED.read_text(encoding="utf-8")).meta["traditional_share"]
    assert share > 0.05  # NOISE.md N03: a few percent is enough


# A county site's 政务动态 column as an extractor gives it: headlines with their dates,
# the column's name and the pager; no paragraph of report. Invented, as are all below.
HEADLINES = (
    ("县政府召开第十二次常务会议", "2024-08-02"),
    ("县委理论学习中心组开展专题学习", "2024-08-01"),
    ("副县长王强调研秋粮收购工作", "2024-07-31"),
    ("我县举行防汛应急演练", "2024-07-30"),
    ("县人大常委会召开第二十次会议", "2024-07-29"),
    ("全县安全生产工作会议召开", "2024-07-28"),
    ("县领导督导检查重点项目建设", "2024-07-26"),
    ("县政协开展民主监督视察活动", "2024-07-25"),
)
LIST_PAGE = "\n".join(
    [
        "政务动态",
        *(f"{title}　[{date}]" for title, date in HEADLINES),
        "共12页 首页 上一页 下一页 尾页",
    ]
)
LIST_PAGE_HANT = (
    "\n".join(
        ["政務動態", *(f"· {t} {d[5:]}" for t, d in HEADLINES[:4]), "共3頁 首頁 上一頁 下一頁 尾頁"]
    )
    .replace("县", "縣")
    .replace("会", "會")
)
LOGIN_PAGE = (
    "用户登录\n用户名：\n密码：\n验证码： 看不清？换一张\n记住我 忘记密码？\n登录 注册新用户\n"
    "温馨提示：为保障您的账号安全，请勿在公共电脑上保存密码，使用完毕后请及时退出登录。"
)
SEARCH_PAGE = "搜索结果\n关键词：防汛\n共找到 0 条相关结果\n没有找到相关结果，请更换关键词再试。"
ERROR_PAGE = "404\n抱歉，您访问的页面不存在或已被删除！\n返回首页"


@pytest.mark.parametrize(
    ("text", "code", "named"),
    [
        (LIST_PAGE, "page_list", "8 of 10 lines are headlines with a date"),
        (LIST_PAGE_HANT, "page_list", "pager 共3页"),
        (LOGIN_PAGE, "page_form", "login page"),
        (SEARCH_PAGE, "page_form", "search page"),
        (ERROR_PAGE, "page_form", "error page"),
    ],
)
def test_list_login_search_and_error_pages_are_quarantined_with_the_reason(text, code, named):
    result = classify_page(text)
    (finding,) = [f for f in result.findings if f.severity == "error"]
    assert finding.code == code and named in finding.message
    assert result.meta["page_type"] == code.removeprefix("page_")


REPORT_WITH_RELATED = "\n".join(
    [
        "8月2日上午，县长李明主持召开县政府第十二次常务会议，研究部署秋粮收购和防汛工作。",
        "会议强调，要压实责任，确保颗粒归仓；副县长王强就有关工作作了具体安排。",
        "相关新闻：",
        *(f"{title} {date}" for title, date in HEADLINES),
    ]
)
REPORT_ABOUT_A_LOGIN = (
    "8月2日，县政务服务中心上线“一网通办”平台。群众用手机号注册账号、设置密码后即可登录，"
    "输入短信验证码办理社保、医保等二十余项业务，副县长王强出席上线仪式并讲话。"
)


@pytest.mark.parametrize("text", [REPORT_WITH_RELATED, REPORT_ABOUT_A_LOGIN])
def test_reports_with_a_headline_list_or_form_words_are_not_quarantined(text):
    result = classify_page(text)
    assert result.meta["page_type"] == "report"
    assert not [f for f in result.findings if f.severity == "error"]


def test_no_seed_eval_or_real_report_is_a_list_or_form_page():
    """The reports the project holds (seeds, tests/eval, the real-world texts that are
    present) stay reports."""
    root = Path(__file__).resolve().parents[1]
    files = [*root.glob("seeds/*.txt"), *root.glob("tests/eval/*.txt")]
    files += root.glob("tests/real/pages/*.txt")
    assert len(files) >= 2
    for path in files:
        types = classify_page(path.read_text(encoding="utf-8", errors="replace")).meta
        assert types["page_type"] not in ("list", "form"), path.name
