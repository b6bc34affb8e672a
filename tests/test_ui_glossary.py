"""The Traditional interface speaks Taiwan usage (搜尋, 資料下載, 建置報告, 永久連結,
原始檔案, 報導) from a checked glossary (data/hant_ui_glossary.tsv) applied before OpenCC
in the `ui` filter, while report text stays s2tw; every cleaning rule has a Chinese label;
and the OpenCC config (ARCHIVE_OPENCC_HANT) is part of every cache key."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from public_records.data import pairs
from public_records.script import to_simplified_text, to_traditional, ui_to_traditional

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "theme" / "templates"
GLOSSARY = pairs("hant_ui_glossary.tsv")
# A UI string in a template: a literal piped through `ui`.
_LITERAL = re.compile(r"""(?:"([^"]+)"|'([^']+)')\s*\|\s*ui\b""")


def ui_literals() -> set[str]:
    found = set()
    for path in TEMPLATES.rglob("*.html"):
        for m in _LITERAL.finditer(path.read_text(encoding="utf-8")):
            found.add(m.group(1) or m.group(2))
    return found


def mainland_forms() -> list[str]:
    """What OpenCC alone writes for each glossary entry (搜索, 數據下載, 構建報告 …)."""
    return [to_traditional(simplified) for simplified, _taiwan in GLOSSARY]


def test_the_glossary_is_checked():
    literals = ui_literals()
    assert GLOSSARY, "empty glossary"
    for simplified, taiwan in GLOSSARY:
        assert to_simplified_text(simplified) == simplified, simplified  # Simplified key
        assert to_traditional(simplified) != taiwan, f"{simplified}: OpenCC already right"
        assert ui_to_traditional(simplified) == taiwan
        assert any(simplified in s for s in literals), f"{simplified}: used by no template"


@pytest.mark.parametrize(
    ("simplified", "taiwan"),
    [
        ("搜索", "搜尋"),
        ("数据下载", "資料下載"),
        ("构建报告", "建置報告"),
        ("永久链接", "永久連結"),
        ("原始文件", "原始檔案"),
        ("报道", "報導"),
    ],
)
def test_the_issue_words(simplified, taiwan):
    assert ui_to_traditional(simplified) == taiwan


def test_report_text_stays_s2tw():
    assert to_traditional("新闻报道了数据下载量。") == "新聞報道了數據下載量。"


def test_no_ui_string_on_a_traditional_page_is_a_mainland_form():
    from tests.search_site import render_search_page

    mainland = mainland_forms()
    for literal in ui_literals():
        shown = ui_to_traditional(literal)
        assert not [m for m in mainland if m in shown], (literal, shown)
    page = render_search_page("hant", "..")  # the whole search page, nav and footer too
    assert not [m for m in mainland if m in page]


def test_the_ui_filter_uses_the_glossary():
    conf = (ROOT / "pelican.conf.py").read_text(encoding="utf-8")
    assert '"ui": lru_cache(maxsize=8192)(ui_to_traditional)' in conf


def edit_rules_in_code() -> set[str]:
    """The rule names written as literals in the plugin's edits, `Edit("rule", ...)`,
    outside doctests (whose `>>>` and `...` lines are left out)."""
    package = ROOT / "plugins" / "public_records"
    edit = re.compile(r"""\bEdit\(\s*"([a-z_]+)",""")
    found = set()
    for path in package.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        code = "\n".join(x for x in lines if not x.lstrip().startswith((">>>", "... ")))
        found |= {m.group(1) for m in edit.finditer(code)}
    return found


def test_every_cleaning_rule_has_one_chinese_label():
    from public_records.clean.pipeline import STEPS
    from public_records.ingest.process import TITLE_RULE
    from public_records.site.render import rule_label

    # the cleaning steps' rules, the one the import logs when it moves the title's line
    # out of the text (ingest.process.title_line_moved), and any other rule a step writes
    # in its edits (mojibake's `lost_character`: shown with its code twice, unlabelled)
    rules = sorted({step.name for step in STEPS} | {TITLE_RULE} | edit_rules_in_code())
    labels = pairs("rule_labels.tsv")
    assert sorted(rule for rule, _ in labels) == sorted(rules)
    for rule in rules:
        label = rule_label(rule)
        assert re.fullmatch(r"[\u4e00-\u9fff]+", label), (rule, label)
        assert ui_to_traditional(label) != label or to_traditional(label) == label


def _conf_caches(tmp_path: Path, hant_config: str) -> dict[str, str]:
    code = (
        "import json, runpy; s = runpy.run_path('pelican.conf.py'); "
        "print(json.dumps({'jinja': str(s['_JINJA_CACHE']), 'reader': s['CACHE_PATH']}))"
    )
    env = {
        **os.environ,
        "ARCHIVE_SCRIPT": "hant",
        "ARCHIVE_OPENCC_HANT": hant_config,
        "ARCHIVE_CACHE": str(tmp_path / "cache"),
    }
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_opencc_config_is_part_of_every_cache_key(tmp_path, monkeypatch):
    from public_records import script
    from public_records.ingest import importer
    from public_records.model import Record
    from public_records.registry import Registry
    from public_records.site import page_keys, shared

    # the Jinja bytecode folder and Pelican's reader cache
    assert _conf_caches(tmp_path, "s2tw") != _conf_caches(tmp_path, "s2twp")
    # the import cache, the page keys and the shared outputs' (search index) key
    record = Record("x", "x.txt", "", "utf-8", "区委召开会议。")
    registry = Registry() if callable(Registry) else None
    before = (
        importer.cache_key(record, "r"),
        page_keys.env_key(TEMPLATES, {}),
        shared.code_key(registry),
    )
    for module in (script, importer, shared):
        monkeypatch.setattr(module, "DEFAULT_HANT_CONFIG", "s2twp")
    after = (
        importer.cache_key(record, "r"),
        page_keys.env_key(TEMPLATES, {}),
        shared.code_key(registry),
    )
    assert [a != b for a, b in zip(before, after, strict=True)] == [True, True, True]
