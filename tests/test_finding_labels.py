"""A record's findings are shown in Chinese: each code and severity has a Chinese label
(data/finding_labels.tsv) that the record page and the build report show in the page's
script, with the code and the message after it as evidence for curators."""

from __future__ import annotations

import re
from pathlib import Path

from public_records.data import pairs
from public_records.script import ui_to_traditional
from public_records.site.render import finding_label
from sitebuild import build_site

PLUGIN = Path(__file__).resolve().parent.parent / "plugins" / "public_records"
# Finding("code", …) on one line or over several: the code is its first argument.
_FINDING_CODE = re.compile(r'Finding\(\s*"([a-z_]+)"')
SEVERITIES = ("error", "warning", "info")


def codes_in_code() -> set[str]:
    return {
        code
        for path in PLUGIN.rglob("*.py")
        for code in _FINDING_CODE.findall(path.read_text(encoding="utf-8"))
    }


def test_every_finding_code_and_severity_has_one_chinese_label():
    codes = codes_in_code()
    assert {"undated", "traditional_original", "lost_character"} <= codes
    keys = [key for key, _ in pairs("finding_labels.tsv")]
    assert len(keys) == len(set(keys)), "one label per key"
    for key in [*sorted(codes), *SEVERITIES]:
        label = finding_label(key)
        assert re.fullmatch(r"[\u4e00-\u9fff，]+", label), (key, label)


def test_a_taiwan_report_shows_its_findings_in_chinese_in_both_scripts(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "tw_001.txt").write_text(
        "縣長甲乙視察道路工程\n"
        "縣長甲乙今(8)日前往某鄉視察道路改善工程，要求縣府團隊加快進度，"
        "儘速完成，讓鄉親出入更加安全。\n",
        encoding="utf-8",
    )
    output = build_site(seeds, tmp_path / "work")
    hans = (output / "records" / "tw_001" / "index.html").read_text(encoding="utf-8")
    hant = (output / "zh-hant" / "records" / "tw_001" / "index.html").read_text(encoding="utf-8")
    assert "<code>traditional_original</code>" in hans
    for page, convert in ((hans, str), (hant, ui_to_traditional)):
        assert convert(finding_label("traditional_original")) in page
        assert f'<span class="badge">{convert(finding_label("warning"))}</span>' in page
        assert '<span class="badge">warning</span>' not in page
