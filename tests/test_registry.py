"""The registries load, and every malformed entry is reported with its file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from public_records.registry import (
    Registry,
    RegistryError,
    load_default_registry,
    load_registry,
    load_registry_text,
)

PLACES = """\
- id: prov
  name: 安徽省
  kind: province
- id: city
  name: 安庆市
  kind: city
  parent: prov
- id: dist
  name: 大观区
  kind: district
  parent: city
- id: other
  name: 宿松县
  kind: county
  parent: city
"""


def error_of(**texts: str) -> str:
    with pytest.raises(RegistryError) as info:
        load_registry_text(**texts)
    return str(info.value)


def test_the_project_registry_loads_and_holds_the_seed_officials():
    registry = load_default_registry()
    names = {o.name for o in registry.officials}
    seed = "潘功发 金玉 洪源源 汪俊启 余祥 余红松 程亮 江俊杰 刘小平 陈慧 邱金生 彭凯".split()
    assert set(seed) <= names
    assert registry.find_official("潘功发", "daguan").id == "pan-gongfa-daguan"
    assert registry.place("daguan").parent == "anqing"
    assert len(registry.topics) >= 25


def test_empty_or_missing_registry_is_empty(tmp_path: Path):
    assert load_registry(None) == Registry()
    empty = load_registry(tmp_path)
    assert (empty.officials, empty.topics, empty.places) == ((), (), ())
    assert empty.find_official("潘功发") is None


def test_duplicate_id_names_the_line_of_the_second_entry():
    officials = "- id: zhang-wei\n  name: 张伟\n- id: zhang-wei\n  name: 章伟\n"
    message = error_of(officials=officials)
    assert message.startswith("officials.yml:3:")
    assert "duplicate id 'zhang-wei' (first at line 1)" in message


def test_unknown_parent_place_names_file_and_line():
    places = PLACES + "- id: town\n  name: 海口镇\n  kind: township\n  parent: nowhere\n"
    message = error_of(places=places)
    assert message.startswith("places.yml:16:")
    assert "unknown parent 'nowhere'" in message


def test_parent_loop_is_an_error():
    places = (
        "- id: a\n  name: 甲\n  kind: city\n  parent: b\n"
        "- id: b\n  name: 乙\n  kind: city\n  parent: a\n"
    )
    assert "loops" in error_of(places=places)


@pytest.mark.parametrize(
    ("officials", "line", "reason"),
    [
        ("- id: Pan Gongfa\n  name: 潘功发\n", 1, "lowercase ASCII slug"),
        ("- id: ok\n  name: 潘功发\n- name: 金玉\n", 3, "missing 'id'"),
        ("- id: ok\n  name: Pan\n", 1, "not Chinese"),
        ("- id: ok\n  name: 潘功发\n  aliases: 潘书记\n", 1, "'aliases' must be a list"),
        ("- id: ok\n  name: 潘功发\n  rank: high\n", 1, "unknown field(s) rank"),
        ("- id: ok\n  name: 潘功发\n  place: mars\n", 1, "unknown place 'mars'"),
        (
            "- id: a\n  name: 张伟\n  place: dist\n- id: b\n  name: 张伟\n  place: dist\n",
            4,
            "already listed at line 1",
        ),
        ("id: x\n", 1, "expected a list"),
        ("- id: x\n  name: [unclosed\n", 2, "not valid YAML"),
    ],
)
def test_malformed_officials_are_reported_with_line_and_reason(officials, line, reason):
    message = error_of(officials=officials, places=PLACES)
    assert message.startswith(f"officials.yml:{line}:")
    assert reason in message


def test_errors_name_the_real_file_when_loading_a_folder(tmp_path: Path):
    (tmp_path / "places.yml").write_text(PLACES + "- id: dist\n  name: 重复\n  kind: district\n")
    with pytest.raises(RegistryError) as info:
        load_registry(tmp_path)
    assert str(info.value).startswith(f"{tmp_path / 'places.yml'}:16:")


def test_topic_rules_are_validated():
    assert "needs keywords or anchors" in error_of(topics="- id: t\n  name: 空\n")
    assert "min_hits" in error_of(topics="- id: t\n  name: 空\n  keywords: [a]\n  min_hits: 0\n")


def test_homophones_and_namesakes_keep_their_own_ids():
    officials = (
        "- id: zhang-wei-dist\n  name: 张伟\n  place: dist\n"
        "- id: zhang-wei-other\n  name: 张伟\n  place: other\n"
        "- id: zhang-wei-zhang-dist\n  name: 章伟\n  place: dist\n"
    )
    registry = load_registry_text(officials=officials, places=PLACES)
    assert registry.find_official("张伟", "dist").id == "zhang-wei-dist"
    assert registry.find_official("张伟", "other").id == "zhang-wei-other"
    assert registry.find_official("章伟", "dist").id == "zhang-wei-zhang-dist"
    # Two namesakes and no place: ambiguous, so no registry id is guessed.
    assert registry.find_official("张伟") is None
    # The province contains both districts: still ambiguous.
    assert registry.find_official("张伟", "prov") is None


def test_protected_phrases_hold_registered_names_and_places():
    registry = load_default_registry()
    phrases = registry.protected_phrases()
    assert "余红松" in phrases and "大观区" in phrases
    assert "安庆" not in {p for p in phrases if len(p) < 2}


# Hostile and broken registries (issue 16) ---------------------------------------------


def test_an_alias_equal_to_another_officials_name_is_an_error():
    # Before: 张伟's own entry became ambiguous, so the person got a provisional id.
    officials = (
        "- id: zhang-wei-dist\n  name: 张伟\n  place: dist\n"
        "- id: li-si-dist\n  name: 李四\n  place: dist\n  aliases: [李思, 张伟]\n"
    )
    message = error_of(officials=officials, places=PLACES)
    assert message.startswith("officials.yml:4:")
    assert "alias '张伟'" in message and "zhang-wei-dist" in message and "line 1" in message


def test_an_alias_of_two_officials_is_an_error():
    officials = (
        "- id: a\n  name: 张伟\n  aliases: [张三]\n- id: b\n  name: 李四\n  aliases: [张三]\n"
    )
    message = error_of(officials=officials)
    assert message.startswith("officials.yml:4:")
    assert "alias '张三'" in message and "'a'" in message


@pytest.mark.parametrize(
    "name_hant",
    [
        "<b>潘功發</b>",
        "潘功發<script>alert(1)</script>",
        "潘功",  # shorter than the name
        "潘功發發",  # longer
        "Pan Gongfa",
        "潘功\n發",
        "潘·功",  # a middle dot where the name has none
    ],
)
def test_name_hant_must_be_the_traditional_form_of_the_name(name_hant):
    # A JSON string is a YAML double-quoted scalar.
    officials = f"- id: pan\n  name: 潘功发\n  name_hant: {json.dumps(name_hant)}\n"
    message = error_of(officials=officials)
    assert message.startswith("officials.yml:1:")
    assert "name_hant" in message


def test_a_valid_name_hant_loads():
    officials = (
        "- id: a\n  name: 潘功发\n  name_hant: 潘功發\n"
        "- id: b\n  name: 阿·买提\n  name_hant: 阿·買提\n"
    )
    registry = load_registry_text(officials=officials)
    assert [o.name_hant for o in registry.officials] == ["潘功發", "阿·買提"]


@pytest.mark.parametrize(
    ("officials", "line", "key"),
    [
        # The second `id` used to win, so the error named official 'b' at line 1.
        ("- id: a\n  name: 张伟\n  id: b\n- id: b\n  name: 李四\n", 3, "id"),
        ("- id: a\n  name: 张伟\n- id: b\n  name: 李四\n  notes: x\n  name: 王五\n", 6, "name"),
    ],
)
def test_a_duplicate_key_names_its_own_entry_and_line(officials, line, key):
    message = error_of(officials=officials)
    assert message.startswith(f"officials.yml:{line}:")
    assert f"'{key}' given twice" in message


def test_yaml_aliases_are_refused_in_a_registry():
    officials = (
        "- id: a\n  name: 张伟\n  aliases: &x [张三]\n- id: b\n  name: 李四\n  aliases: *x\n"
    )
    message = error_of(officials=officials)
    assert message.startswith("officials.yml:6:") and "YAML alias" in message


def seed_registry(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("officials.yml", "topics.yml", "places.yml"):
        (folder / name).write_bytes((REGISTRY_DIR / name).read_bytes())


REGISTRY_DIR = Path(__file__).resolve().parent.parent / "seeds" / "registry"


@pytest.mark.parametrize("target", ["/etc/passwd", "/dev/zero", "real.yml"])
def test_a_registry_file_that_is_a_symlink_is_refused(tmp_path: Path, target: str):
    folder = tmp_path / "registry"
    seed_registry(folder)
    (folder / "real.yml").write_bytes((folder / "officials.yml").read_bytes())
    (folder / "officials.yml").unlink()
    (folder / "officials.yml").symlink_to(target)
    with pytest.raises(RegistryError, match=r"officials\.yml: is a symbolic link"):
        load_registry(folder)


def test_a_registry_file_that_is_a_directory_or_fifo_is_refused(tmp_path: Path):
    import os

    folder = tmp_path / "registry"
    seed_registry(folder)
    (folder / "topics.yml").unlink()
    (folder / "topics.yml").mkdir()
    with pytest.raises(RegistryError, match=r"topics\.yml: is a directory"):
        load_registry(folder)
    (folder / "topics.yml").rmdir()
    os.mkfifo(folder / "topics.yml")
    with pytest.raises(RegistryError, match=r"topics\.yml: is (a FIFO|not a regular file)"):
        load_registry(folder)


def test_a_registry_folder_that_is_a_symlink_is_refused(tmp_path: Path):
    seed_registry(tmp_path / "real")
    (tmp_path / "registry").symlink_to(tmp_path / "real")
    with pytest.raises(RegistryError, match="symbolic link"):
        load_registry(tmp_path / "registry")


def test_a_registry_file_not_in_utf8_is_named(tmp_path: Path):
    folder = tmp_path / "registry"
    seed_registry(folder)
    (folder / "places.yml").write_bytes("- id: a\n  name: 大观区\n".encode("gb18030"))
    with pytest.raises(RegistryError, match=r"places\.yml: not UTF-8"):
        load_registry(folder)


# A broken registry keeps the last good one, or stops the import -----------------------

SEED_TXT = REGISTRY_DIR.parent / "000_db5eed02fe66ddea.txt"
# Two ways to break officials.yml: malformed YAML, and a file that is a symlink.
BREAKS = {
    "malformed": lambda path: path.write_text("- id: x\n  name: [unclosed\n", encoding="utf-8"),
    "symlink": lambda path: (path.unlink(), path.symlink_to("/dev/zero")),
}


def person_ids(content: Path) -> set[str]:
    import json as json_module

    ids = set()
    for line in (content / "records" / "records.jsonl").read_text(encoding="utf-8").splitlines():
        ids |= {m["person_id"] for m in json_module.loads(line)["mentions"]}
    return ids


def seed_tree(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seed_registry(seeds / "registry")
    (seeds / SEED_TXT.name).write_bytes(SEED_TXT.read_bytes())
    return seeds


@pytest.mark.parametrize("break_it", list(BREAKS))
def test_a_broken_registry_is_replaced_by_the_last_good_one(tmp_path: Path, break_it: str):
    from public_records.ingest.importer import run_import

    seeds, content, cache = seed_tree(tmp_path), tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    good = person_ids(content)
    assert "pan-gongfa-daguan" in good
    BREAKS[break_it](seeds / "registry" / "officials.yml")
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    # The officials keep their ids (and page URLs), and the broken file is named.
    assert person_ids(content) == good
    messages = [str(e) for e in report.errors]
    assert any("officials.yml" in m and "last registry that loaded" in m for m in messages)


@pytest.mark.parametrize("cached", [False, True])
def test_a_broken_registry_with_none_kept_stops_the_import(tmp_path: Path, cached: bool):
    from public_records.ingest.importer import run_import

    seeds, content = seed_tree(tmp_path), tmp_path / "content"
    BREAKS["malformed"](seeds / "registry" / "officials.yml")
    with pytest.raises(RegistryError, match=r"(?s)officials\.yml:2: not valid YAML.*import stops"):
        run_import(seeds, content, cache_dir=tmp_path / "cache" if cached else None, jobs=1)
    assert not (content / "records" / "records.jsonl").exists()


def test_a_damaged_kept_registry_is_no_registry(tmp_path: Path):
    from public_records.registry import LAST_GOOD_FILE, keep_last_good, last_good_registry

    files = {name: (REGISTRY_DIR / name).read_bytes() for name in ("officials.yml", "places.yml")}
    keep_last_good(files, tmp_path)
    registry, _ = last_good_registry(tmp_path)
    assert registry.official("pan-gongfa-daguan") is not None
    for damage in ("{", '{"officials.yml": 3}', '{"other.yml": ""}', "[]"):
        (tmp_path / LAST_GOOD_FILE).write_text(damage, encoding="utf-8")
        assert last_good_registry(tmp_path) is None, damage
    # Valid JSON of files that no longer load (rules changed) is no registry either.
    (tmp_path / LAST_GOOD_FILE).write_text('{"officials.yml": "id: x"}', encoding="utf-8")
    assert last_good_registry(tmp_path) is None
