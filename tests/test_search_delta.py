"""A search index updated with a delta answers exactly as one built from scratch.

Records A (tests/search_site: sample_docs() and twelve survey records) are indexed from
scratch; then a change set (change_set() below: records added, changed and removed) is
applied with search_delta.update_index, which writes a delta beside the main index. For
many queries (one to nine characters, both scripts, Latin and digits, several terms,
filters, both orders) the Python reference reads both indexes; results, their order,
their occurrence counts, the per-year and per-month counts and the facet catalogue must
be those of a full build on the final records.
"""

from __future__ import annotations

import gzip
import hashlib
import json

import pytest
from public_records.search import delta as search_delta
from public_records.search.delta import IndexState, update_index
from public_records.search.fold import fold
from public_records.search.index import SearchDoc, write_index
from public_records.search.query import IndexReader, Result

from tests.search_site import INVEST, JIN, LINHU, PAN, doc, many_docs, sample_docs

LI = ("li-si", "李四", "李四")
SHUANGGANG = ("shuanggang", "双港镇", "雙港鎮")
VILLAGE = ("t-village", "乡村振兴", "鄉村振興")


def records_a() -> list[SearchDoc]:
    """sample_docs(), twelve survey records (2022-01-01 to 12), and one that repeats
    专题调研 36 times: with the delta's record that repeats it 40 times, both counts are
    capped at 35, so the newer of the two comes first by relevance."""
    repeat = doc(
        "099_repeat",
        "调研汇总",
        "专题调研" * 36,
        date="2022-01-06",
        place=LINHU,
        officials=((*JIN, ("leader",)),),
    )
    return sample_docs() + many_docs(12) + [repeat]


def change_set() -> tuple[list[SearchDoc], list[SearchDoc], set[str]]:
    """(added, changed, removed ids). Chosen so that every kind of change shows: a new
    year (2025, and 2021 with a year-only date), a year that disappears (2023: its only
    record is removed), a place that disappears (haikou) and one that appears, a new
    official and topic, a record that moves in date order, one whose roles change, and
    a term repeated beyond the count cap (relevance)."""
    added = [
        doc(
            "004_new_2025",
            "双港镇召开乡村振兴推进会",
            "李四主持会议。潘功发出席。要狠抓招商引资，学习二十届三中全会精神，"
            "二十届三中全会精神要落实。AWS与5G项目签约。",
            date="2025-02-03",
            place=SHUANGGANG,
            officials=((*LI, ("chair",)), (*PAN, ("attendee",))),
            topics=(VILLAGE, INVEST),
        ),
        doc(
            "005_between",
            "专题调研汇报会",
            "专题调研" * 40 + "，金玉听取汇报。",
            date="2022-01-05",
            place=LINHU,
            officials=((*JIN, ("chair", "leader")),),
            topics=(VILLAGE,),  # 乡村振兴 now has more records than 招商引资
        ),
        doc("006_undated", "冷库验收", "双港镇冷库验收。", place=SHUANGGANG),
        doc(
            "007_year_only",
            "年度工作总结",
            "区长金玉作年度工作总结。",
            date="2021",
            place=SHUANGGANG,  # 双港镇 (three) now has more records than 大观区 (two)
            officials=((*JIN, ("speaker",)),),
        ),
    ]
    before = {d.id: d for d in records_a()}
    old = before["000_db5eed02fe66ddea"]
    changed = [
        SearchDoc(  # the text loses 招商引资; 潘功发 only attends now
            **{
                **old.__dict__,
                "text_hans": old.text_hans.replace("要狠抓招商引资。", "要优化营商环境。"),
                "text_hant": old.text_hant.replace("要狠抓招商引資。", "要優化營商環境。"),
                "officials": ((*PAN, ("attendee",)), (*JIN, ("attendee", "leader"))),
                "topics": (),
            }
        ),
        SearchDoc(**{**before["101_survey"].__dict__, "date": "2024-12-01"}),  # moves
        SearchDoc(**{**before["106_survey"].__dict__, "title_hans": "第7次专题调研（补记）"}),
    ]
    return added, changed, {"002_5g", "003_undated", "111_survey"}


def final_records() -> list[SearchDoc]:
    added, changed, removed = change_set()
    by_id = {d.id: d for d in records_a() if d.id not in removed}
    by_id.update({d.id: d for d in changed + added})
    return list(by_id.values())


@pytest.fixture(scope="module")
def readers(tmp_path_factory) -> tuple[IndexReader, IndexReader]:
    """(index updated with a delta, index built from scratch), on the final records."""
    root = tmp_path_factory.mktemp("delta")
    first = update_index(records_a(), root / "idx", root / "state.json", code="c1")
    assert first.mode == "full"
    second = update_index(final_records(), root / "idx", root / "state.json", code="c1")
    assert (second.mode, second.delta_records, second.dead) == ("delta", 7, 6), second
    write_index(final_records(), root / "full")
    return IndexReader(root / "idx"), IndexReader(root / "full")


def answer(reader: IndexReader, result: Result) -> tuple:
    """What a reader sees of a result: paths in order with their counts, per-year and
    per-month counts."""
    return (
        [(reader.record(n)["p"], result.counts[n]) for n in result.records],
        result.years,
        result.months,
    )


def query_terms() -> list[str]:
    """Terms from every record's folded text (before and after the change): each start
    in steps of three, lengths one to nine, plus Traditional, Latin and digit terms."""
    terms: set[str] = set()
    for d in records_a() + final_records():
        text = fold(d.title_hans + "\n" + d.text_hans)
        for start in range(0, len(text), 3):
            for length in range(1, 10):
                term = text[start : start + length]
                if len(term) == length and not any(ch.isspace() for ch in term):
                    terms.add(term)
    terms |= {"潘功發", "招商引資", "區委書記", "雙港鎮", "AWS", "ａｗｓ", "5G", "2", "调研调研"}
    return sorted(terms)


FILTERS = [
    {},
    {"year": "2024"},
    {"year": "2025"},  # only in the delta
    {"year": "2023"},  # its only record removed
    {"month": "2022-01"},
    {"official": "jin-yu"},
    {"official": "pan-gongfa", "role": "chair"},
    {"official": "pan-gongfa", "role": "attendee"},
    {"official": "li-si"},  # a new official
    {"role": "leader"},
    {"topic": "t-invest"},
    {"topic": "t-village"},
    {"place": "haikou"},  # gone
    {"place": "shuanggang", "year": "2025"},
    {"place": "linhu", "year": "2022"},
]


def test_delta_gives_the_results_of_a_full_build(readers):
    delta, full = readers
    assert delta.meta["delta"] and not full.meta["delta"]
    checked = 0
    terms = query_terms()
    for term in terms:
        for sort in ("date", "relevance"):
            got, want = delta.search(term, {}, sort), full.search(term, {}, sort)
            assert answer(delta, got) == answer(full, want), (term, sort)
            checked += 1
    assert checked > 2000


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f.values()) or "none")
def test_delta_gives_the_results_of_a_full_build_with_filters(readers, filters):
    delta, full = readers
    queries = ["", "金玉", "专题调研", "调研", "潘功發", "招商引资", "二十届三中全会", "会议 金玉"]
    queries += ["双港", "冷库", "年度", "第7次专题调研", "5g", "大观区", "区委书记", "全区 招商"]
    for query in queries:
        for sort in ("date", "relevance"):
            got, want = delta.search(query, filters, sort), full.search(query, filters, sort)
            assert answer(delta, got) == answer(full, want), (query, sort)


def test_terms_anded_across_delta_and_main_records(readers):
    delta, full = readers
    terms = ["金玉", "潘功发", "会议", "专题", "调研", "招商", "双港镇", "二十届三中全会", "5g"]
    for a in terms:
        for b in terms:
            for sort in ("date", "relevance"):
                query = f"{a} {b}"
                got, want = delta.search(query, {}, sort), full.search(query, {}, sort)
                assert answer(delta, got) == answer(full, want), (query, sort)


def test_pages_of_results_are_those_of_a_full_build(readers):
    delta, full = readers
    got, want = delta.search("调研", {}, "date"), full.search("调研", {}, "date")
    assert len(got.records) > 10
    for page in range(0, len(got.records), 10):
        assert [delta.record(n)["p"] for n in got.records[page : page + 10]] == [
            full.record(n)["p"] for n in want.records[page : page + 10]
        ]


def test_delta_record_found_and_removed_record_gone(readers):
    delta, _full = readers
    found = delta.search("双港镇", {}, "date")
    assert [delta.record(n)["p"] for n in found.records] == [
        "records/004_new_2025/",
        "records/007_year_only/",
        "records/006_undated/",
    ]
    assert all(n >= delta.meta["docs"] for n in found.records)  # all from the delta
    assert delta.search("冷库建设", {}, "date").records == []  # 003 removed
    assert delta.search("5G基站", {}, "date").records == []  # 002 removed
    # 000 lost 招商引资 and is in the delta now; its main-index copy is dead
    hits = delta.search("招商引资", {}, "date")
    assert [delta.record(n)["p"] for n in hits.records] == ["records/004_new_2025/"]


def test_relevance_counts_are_capped_as_in_the_main_index(readers):
    delta, full = readers
    for term in ("专题调研", "专题调", "题调研专题"):
        got, want = delta.search(term, {}, "relevance"), full.search(term, {}, "relevance")
        top = [(delta.record(n)["p"], got.counts[n]) for n in got.records[:2]]
        # 36 (main) and 40 (delta) occurrences, both capped: the newer first
        assert top == [("records/099_repeat/", 35), ("records/005_between/", 35)]
        assert top == [(full.record(n)["p"], want.counts[n]) for n in want.records[:2]]


def test_facet_catalogue_and_period_totals_are_those_of_a_full_build(readers):
    delta, full = readers
    merged, whole = delta.catalogue(), full.catalogue()
    for kind in ("official", "topic", "place"):
        assert [r[:4] for r in merged[kind]] == [r[:4] for r in whole[kind]], kind
    assert [(r[0], {role: c for role, (c, _f) in r[5].items()}) for r in merged["official"]] == [
        (r[0], {role: c for role, (c, _f) in r[5].items()}) for r in whole["official"]
    ]
    assert [r[:2] for r in merged["role"]] == [r[:2] for r in whole["role"]]
    for facet in ("year", "month"):
        assert delta.period_totals(facet) == full.period_totals(facet)
    assert "haikou" not in {r[0] for r in merged["place"]}
    assert [r[0] for r in merged["place"]] == ["linhu", "shuanggang", "daguan"]
    assert [r[0] for r in merged["topic"]] == ["t-village", "t-invest"]
    assert "2025" in delta.period_totals("year") and "2023" not in delta.period_totals("year")


def test_filter_only_browsing_reads_no_text_index_with_a_delta(readers):
    delta, _full = readers
    delta.cache.clear()
    result = delta.search("", {"official": "jin-yu", "year": "2024"})
    assert result.requests
    assert all(
        r in ("facets.json.gz", delta.meta["delta"]) or r.startswith("f/") for r in result.requests
    )


def test_delta_is_named_by_its_content_and_lists_what_it_replaces(readers):
    delta, _full = readers
    name = delta.meta["delta"]
    data = (delta.root / name).read_bytes()
    assert name == f"delta-{hashlib.sha256(data).hexdigest()[:16]}.json.gz"
    value = json.loads(gzip.decompress(data))
    assert value["main"] == delta.meta["main"]
    assert sorted(r["p"] for r in value["recs"]) == sorted(
        f"records/{i}/"
        for i in (
            "000_db5eed02fe66ddea",
            "004_new_2025",
            "005_between",
            "006_undated",
            "007_year_only",
            "101_survey",
            "106_survey",
        )
    )


# ---------- when the main index is rebuilt ----------


def test_unchanged_records_leave_the_main_index_without_a_delta(tmp_path):
    update_index(records_a(), tmp_path / "idx", tmp_path / "state.json", code="c")
    again = update_index(records_a(), tmp_path / "idx", tmp_path / "state.json", code="c")
    assert (again.mode, again.delta_records, again.files) == ("delta", 0, 0)
    assert IndexReader(tmp_path / "idx").meta["delta"] is None


def test_a_delta_over_the_record_bound_rebuilds_the_main_index(tmp_path, monkeypatch):
    monkeypatch.setattr(search_delta, "DELTA_MIN_RECORDS", 5)
    monkeypatch.setattr(search_delta, "DELTA_MAX_FRACTION", 0.0)
    state = tmp_path / "state.json"
    update_index(records_a(), tmp_path / "idx", state, code="c")
    small = records_a()[:-3]  # three removed: within the bound of five
    assert update_index(small, tmp_path / "idx", state, code="c").mode == "delta"
    assert len(list((tmp_path / "idx").glob("delta-*.json.gz"))) == 1
    # the change set touches ten records: over the bound
    rebuilt = update_index(final_records(), tmp_path / "idx", state, code="c")
    assert rebuilt.mode == "full" and "bound" in rebuilt.reason
    reader = IndexReader(tmp_path / "idx")
    assert reader.meta["delta"] is None
    assert not list((tmp_path / "idx").glob("delta-*.json.gz"))
    loaded = IndexState.load(state)
    assert loaded.main == reader.meta["main"] and len(loaded.records) == len(final_records())
    # the next small change is a delta on the new main index
    after = update_index(final_records()[:-1], tmp_path / "idx", state, code="c")
    assert (after.mode, after.dead) == ("delta", 1)


def test_a_delta_over_the_byte_bound_rebuilds_the_main_index(tmp_path, monkeypatch):
    state = tmp_path / "state.json"
    update_index(records_a(), tmp_path / "idx", state, code="c")
    monkeypatch.setattr(search_delta, "DELTA_MAX_BYTES", 200)
    rebuilt = update_index(final_records(), tmp_path / "idx", state, code="c")
    assert rebuilt.mode == "full" and "bytes" in rebuilt.reason


def test_new_code_or_a_foreign_index_rebuilds_the_main_index(tmp_path):
    state = tmp_path / "state.json"
    update_index(records_a(), tmp_path / "idx", state, code="c")
    assert update_index(final_records(), tmp_path / "idx", state, code="c2").mode == "full"
    # the index folder replaced by another build: the state does not describe it
    write_index(records_a(), tmp_path / "idx")
    assert update_index(final_records(), tmp_path / "idx", state, code="c2").mode == "full"
    # no state at all
    assert update_index(records_a(), tmp_path / "idx", None, code="c2").mode == "full"


def test_older_deltas_are_deleted_but_the_previous_one_is_kept(tmp_path):
    state = tmp_path / "state.json"
    update_index(records_a(), tmp_path / "idx", state, code="c")
    names = []
    for cut in (1, 2, 3):
        update_index(records_a()[:-cut], tmp_path / "idx", state, code="c")
        names.append(IndexReader(tmp_path / "idx").meta["delta"])
    assert len(set(names)) == 3
    on_disk = {p.name for p in (tmp_path / "idx").glob("delta-*.json.gz")}
    assert on_disk == set(names[1:])  # a browser may still hold the previous meta
