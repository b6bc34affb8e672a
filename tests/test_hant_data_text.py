"""Input text shown on a Traditional page is in Traditional: a sidecar's source name,
registry notes, topic tooltips and evidence (the edit log, with its notes, is on the
Simplified page only: Simplified is canonical). It is
converted as report text is (OpenCC with the registry's names protected, the `text`
filter), not with the interface glossary, so a name such as 余祥 stays 余祥."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from public_records.clean import clean
from public_records.script import to_traditional
from sitebuild import ROOT, SEED, build_site

SOURCE = "大观区人民政府网"
NOTE = "区领导余祥，分管发展和改革工作，资料来自区政府网站。"
# English in a note: two Latin words in a row (a quoted pinyin such as zhèn is one).
ENGLISH = re.compile(r"[A-Za-z]{2,}[ -][A-Za-z]{2,}")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("hant-text")
    seeds = work / "seeds"
    shutil.copytree(ROOT / "seeds" / "registry", seeds / "registry")
    officials = seeds / "registry" / "officials.yml"
    text = officials.read_text(encoding="utf-8")
    old = "notes: 区领导 in the seed report. 余 must stay 余 in Traditional (not 餘)."
    assert old in text
    officials.write_text(text.replace(old, f"notes: {NOTE}", 1), encoding="utf-8")
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / f"{SEED.stem}.yml").write_text(f"source: {SOURCE}\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARCHIVE_SEEDS", str(seeds))  # the runs read this registry
        return build_site(seeds, work)


def page(site: Path, script: str, path: str) -> str:
    folder = site / "zh-hant" if script == "hant" else site
    return (folder / path / "index.html").read_text(encoding="utf-8")


def record_page(site: Path, script: str) -> str:
    return page(site, script, f"records/{SEED.stem}")


def test_the_source_name_is_traditional(site):
    hant, hans = record_page(site, "hant"), record_page(site, "hans")
    assert "大觀區人民政府網" == to_traditional(SOURCE)
    assert '<meta name="citation_publisher" content="大觀區人民政府網">' in hant
    assert "<dd>大觀區人民政府網</dd>" in hant
    assert 'id="cite-text">大觀區人民政府網. ' in hant
    assert SOURCE not in hant
    assert f"<dd>{SOURCE}</dd>" in hans  # Simplified: as given


def test_a_registry_note_is_traditional_with_names_kept(site):
    hant = page(site, "hant", "officials/yu-xiang-daguan")
    assert "區領導余祥，分管發展和改革工作，資料來自區政府網站。" in hant
    assert "餘祥" not in hant and NOTE not in hant
    assert NOTE in page(site, "hans", "officials/yu-xiang-daguan")


def tooltips(page_html: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r'class="tag"[^>]*title="([^"]*)"', page_html)]


def test_topic_tooltips_and_evidence_are_traditional(site):
    hant, hans = tooltips(record_page(site, "hant")), tooltips(record_page(site, "hans"))
    assert hans and len(hans) == len(hant)
    assert any(t != s for t, s in zip(hant, hans, strict=True))  # the seed's differ
    for t, s in zip(hant, hans, strict=True):
        assert t.startswith("依據：") and s.startswith("依据：")
        assert t == to_traditional(t), t  # nothing left in Simplified
        assert t.removeprefix("依據：") == to_traditional(s.removeprefix("依据："))
    topic = page(site, "hant", "topics/zhaoshang-yinzi")
    assert "招商引資（" in topic and "招商引资" not in topic


def edit_notes(page_html: str) -> list[str]:
    """The edit log's notes: a group's one note (its table's caption) and the notes of a
    group whose changes have different notes (a row's third cell)."""
    # rows without their optional end tags (render.edit_rows_by_rule): the third cell
    # runs to the line's end
    rows = re.findall(r"<tr><td><del>.*?</del>[^<]*<td>[^<]*<td>([^<\n]*)$", page_html, re.M)
    shared = re.findall(r"<caption>[^：<]*：([^<]*)</caption>", page_html)
    return [html.unescape(n) for n in shared + rows]


def test_the_edit_log_is_published_once_in_chinese_one_click_from_each_page(site):
    """Simplified is canonical: the raw text and the edit log (how the cleaner made the
    Simplified text) are on the Simplified record page only; the Traditional page links
    to them there and to the raw file, instead of a second copy."""
    hans, hant = record_page(site, "hans"), record_page(site, "hant")
    notes = edit_notes(hans)
    assert [n for n in notes if n], "the seed's edit log has notes"
    for note in notes:
        assert not ENGLISH.search(note), note
    # the raw text (as received: 區(qū)委) in the Simplified page's raw-text box, which
    # shows the published raw file (the seed is UTF-8: record.js reads the file there)
    box = re.search(r'<pre class="raw-text" tabindex="0" data-raw="([^"]+)">', hans)
    here_hans = site / "records" / SEED.stem
    assert box and "區(qū)委" in (here_hans / box.group(1)).resolve().read_text(encoding="utf-8")
    assert 'class="edit-table"' in hans
    assert "區(qū)委" not in hant and not edit_notes(hant) and "edit-table" not in hant
    here = site / "zh-hant" / "records" / SEED.stem
    links = re.findall(r'<a href="([^"]*)"', hant)
    audit = [h for h in links if h.endswith("#audit-h")]
    assert len(audit) == 1
    target = (here / audit[0].removesuffix("#audit-h")).resolve() / "index.html"
    assert target == (site / "records" / SEED.stem / "index.html").resolve()
    assert 'id="audit-h"' in hans
    raw = [h for h in links if h.endswith(f"{SEED.stem}.txt")]
    assert raw and all((here / h).resolve().read_bytes() == SEED.read_bytes() for h in raw)


@pytest.mark.parametrize(
    "raw",
    [
        "县委书记李明出席会议并讲话。\r\n会议要求 \u200b抓好落实 。\n",
        "记者(ji zhe)张三报道。\n（图为会议现场）\n区**主席出席会议。\n",
        "本文来源：大观区人民政府网\n责任编辑：王五\n会议召开。会议召开。\n",
        "<b>会议</b>在大观区召开,书记讲话!\n\n会议在大观区召开,书记讲话!\n",
    ],
)
def test_cleaning_notes_are_chinese(raw):
    """Each cleaning step writes its note in Chinese (Simplified, converted on the
    Traditional pages as report text is)."""
    result = clean(raw)
    notes = {e.note for e in result.edits if e.note}
    assert notes, "these inputs make the cleaner note something"
    for note in notes:
        assert not ENGLISH.search(note), note
