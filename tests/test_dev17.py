"""Round dev17 (issue 18, what the dev part dev-b17 shows for titles and furniture):
invented lines, each failing before its rule, with guards that pass before and after.

1. A Taiwan news agency's page chrome around the headline: a banner offering the page's
   Japanese edition (a line in Japanese script), the agency's app badge and its lone
   下载 button, a consent note that the site's privacy rules must be agreed to before the
   read-aloud works (隐私权规范), and a reprint notice in Taiwan's wording (非经授权，不得
   转载). Once they go, the headline under them is the page's headline again.
2. A Taiwan byline alone on its line with no place (记者甲乙丙/报导), or a desk's byline
   with the county after the slash (综合报导 / 某某县): furniture (the reporter goes to the
   credits), not a second line of the headline above it.
"""

from __future__ import annotations

from public_records.clean.furniture import line_kind
from public_records.ingest.process import process
from public_records.model import Record
from public_records.registry import Registry


def _record(text: str) -> Record:
    return process(Record("r1", "r1.txt", "", "utf-8", text), Registry())


# 1. A news agency's chrome.


def test_a_banner_in_japanese_script_is_furniture():
    assert line_kind("このページは中国語版です。英語版のページに移動しますか。") is not None


def test_an_app_badge_and_a_lone_download_button_are_furniture():
    assert line_kind("某某社快讯APP Icon某某社快讯APP") is not None
    assert line_kind("某某社「快讯」 app") is not None
    assert line_kind("下载") is not None


def test_a_privacy_consent_for_the_read_aloud_is_furniture():
    assert line_kind("请同意我们的隐私权规范，才能启用听新闻的功能。") is not None


def test_a_reprint_notice_in_taiwan_wording_is_furniture():
    line = "本网站之文字、图片及影音,非经授权,不得转载、公开播送或公开传输及利用。"
    assert line_kind(line) == "reprint"
    assert line_kind("本站图文,非经授权,不得转载。") == "reprint"


def test_a_report_about_privacy_rules_or_downloads_stays():
    for line in (
        "县府表示，民众下载APP后须同意隐私权规范，才能使用线上申办服务，相关规范已送议会备查。",
        "议员指出，部分网站非经授权转载县府影音，县府应依法追究，并要求各局处加强宣导。",
        "会中通过提案，请公所协助里民下载防灾资讯。",
    ):
        assert line_kind(line) is None, line


def test_the_headline_under_an_agencys_chrome_is_the_title():
    text = (
        "このページは繁体字版です。日本語版に移動しますか。\n"
        "某某社快讯APP Icon某某社快讯APP\n"
        "下载\n"
        "\n"
        "某县议会召开定期会 议长甲乙丙促县府加速建设\n"
        "\n"
        "请同意我们的隐私权规范，才能启用听新闻的功能。\n"
        "\n"
        "（某某社记者丁戊己某县5日电）某县议会今天召开第5次定期会，议长甲乙丙致词表示，"
        "县府应加速推动各项地方建设，回应乡亲期待。\n"
    )
    record = _record(text)
    assert record.title_hans == "某县议会召开定期会 议长甲乙丙促县府加速建设"
    assert "隐私权规范" not in record.text_hans
    assert "下载" not in record.text_hans


# 2. A byline alone on its line.


def test_a_byline_with_no_place_is_furniture():
    assert line_kind("记者甲乙丙/报导") == "byline"
    assert line_kind("记者甲乙 / 报导") == "byline"


def test_a_desks_byline_with_a_county_is_furniture():
    assert line_kind("综合报导  / 某某县") == "byline"
    assert line_kind("综合报导／某市") == "byline"


def test_a_headline_naming_a_report_stays():
    assert line_kind("县长甲乙丙听取综合报导") is None
    assert line_kind("综合报导显示本县观光人数成长") is None


def test_a_desks_byline_is_no_part_of_the_headline():
    text = (
        "某县运动会开幕！新球场启用 甲乙丙：迎接全运会\n"
        "\n"
        "综合报导  / 云林县\n"
        "\n"
        "云林县全县运动会今天开幕，县长甲乙丙致词表示，新完工的田径场将迎接10月的全国运动会，"
        "这次也是一次压力测试。\n"
    )
    record = _record(text)
    assert record.title_hans == "某县运动会开幕！新球场启用 甲乙丙：迎接全运会"


def test_a_placeless_byline_gives_its_reporter():
    text = (
        "记者甲乙丙/报导\n"
        "某乡代会今天召开第3次临时会，主席丁戊己主持，代表们审查乡公所提出的十项提案，"
        "全数照案通过。\n"
    )
    record = _record(text)
    assert ("记者", "甲乙丙") in {(c.role, c.name) for c in record.credits}
    assert "报导" not in record.text_hans
