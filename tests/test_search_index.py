"""The search index is exact: a query returns the records whose folded text contains every
term, no more and no fewer, in either script, and filters browse without the text index.

Expected results are worked out by hand from tests/search_site.sample_docs():
  000 (2024-08-02, 大观区): 区委书记潘功发 ... 金玉 ... 招商引资 ...
      党的二十届三中全会精神 ... 海口镇;
      潘功发 chair+speaker, 金玉 attendee+leader; topic 招商引资
  001 (2024-03-15, 大观区): 招商工作 ... 外商引进和引资 (招商, 商引, 引资 apart) ...
      二十届三次会议 ... 三中全会 (both windows of 二十届三中全会, not adjacent); 金玉 chair
  002 (2023-11-20, 大观区): 潘功发出席5G ... AWS; 潘功发 attendee
  003 (undated, 海口镇): 海口镇冷库建设
"""

from __future__ import annotations

import pytest
from public_records.script import to_traditional
from public_records.search import index as search_index
from public_records.search.fold import fold, fold_map
from public_records.search.index import SearchDoc, write_index
from public_records.search.query import IndexReader

from tests.search_site import many_docs, sample_docs


@pytest.fixture
def reader(tmp_path) -> IndexReader:
    write_index(sample_docs(), tmp_path / "idx")
    return IndexReader(tmp_path / "idx")


def ids(reader: IndexReader, query: str = "", sort: str = "date", **filters: str) -> list[str]:
    result = reader.search(query, filters, sort)
    return [p.split("/")[1] for p in reader.paths(result.records)]


S000, S001, S002, S003 = (
    "000_db5eed02fe66ddea",
    "001_invest_apart",
    "002_5g",
    "003_undated",
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("潘功发", [S000, S002]),  # newest first
        ("潘功發", [S000, S002]),  # Traditional query, Simplified records
        ("区委书记", [S000]),
        ("區委書記", [S000]),
        ("招商引资", [S000]),  # 001 has 招商, 商引 and 引资, but not together
        ("招商引資", [S000]),
        ("招商", [S000, S001]),
        ("二十届三中全会", [S000]),  # 001 has both four-character windows, apart
        ("金玉", [S000, S001]),  # a two-character name
        ("海口", [S000, S003]),  # the undated record comes last
        ("冷", [S003]),  # one character
        ("冷链物流", []),
        ("aws", [S002]),
        ("AWS", [S002]),
        ("ＡＷＳ", [S002]),  # full-width Latin
        ("5g", [S002]),
        ("5", [S002]),
        ("潘功发 招商引资", [S000]),  # AND of terms
        ("潘功发   金玉", [S000]),
        ("潘功发 冷", []),
        ("大观区", [S000, S001, S002]),  # found through the place name too
        ("区召开区委", [S000]),  # five characters: two windows, chained by position
    ],
)
def test_query_returns_exactly_the_records_containing_every_term(reader, query, expected):
    assert ids(reader, query) == expected


def test_index_matches_brute_force_substring_search_for_every_substring(reader):
    docs = sample_docs()

    def fields(d: SearchDoc) -> list[str]:
        names = [n for _p, n, _t, _r in d.officials] + [n for _i, n, _t in d.topics]
        return [fold(f) for f in [d.title_hans, d.place_hans, *names, d.text_hans]]

    by_id = {d.id: fields(d) for d in docs}
    for d in docs:
        text = fold(d.text_hans)
        for start in range(len(text)):
            for length in range(1, 10):
                term = text[start : start + length]
                if len(term) < length or any(ch.isspace() for ch in term):
                    continue
                expected = sorted(i for i, fs in by_id.items() if any(term in f for f in fs))
                assert sorted(ids(reader, term)) == expected, term


def test_relevance_puts_more_occurrences_first(reader):
    # 海口镇: 003 has it three times (title, place, text), the newer 000 once
    assert ids(reader, "海口镇") == [S000, S003]
    assert ids(reader, "海口镇", sort="relevance") == [S003, S000]
    # 金玉 is two characters: counts are not known, so relevance falls back to date
    assert ids(reader, "金玉", sort="relevance") == [S000, S001]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"official": "pan-gongfa", "role": "chair", "year": "2024"}, [S000]),
        ({"official": "pan-gongfa", "role": "chair"}, [S000]),
        ({"official": "pan-gongfa"}, [S000, S002]),
        ({"official": "pan-gongfa", "role": "attendee"}, [S002]),
        ({"official": "jin-yu", "role": "chair"}, [S001]),
        ({"role": "chair"}, [S000, S001]),
        ({"year": "2023"}, [S002]),
        ({"month": "2024-08"}, [S000]),
        ({"place": "haikou"}, [S003]),
        ({"topic": "t-invest"}, [S000]),
        ({"official": "nobody"}, []),
        ({"year": "1999"}, []),
    ],
)
def test_filter_only_browsing(reader, filters, expected):
    assert ids(reader, **filters) == expected


def test_filter_only_browsing_reads_no_text_index(reader):
    result = reader.search("", {"official": "pan-gongfa", "role": "chair", "year": "2024"})
    assert result.requests
    assert all(r == "facets.json.gz" or r.startswith("f/") for r in result.requests)


def test_query_and_filters_combine(reader):
    assert ids(reader, "金玉", official="jin-yu", role="chair") == [S001]
    assert ids(reader, "招商", year="2024", place="daguan") == [S000, S001]
    assert ids(reader, "潘功发", year="2023") == [S002]


def test_empty_query_without_filters_returns_nothing(reader):
    assert ids(reader, "   ") == []


def test_facet_catalogue_counts(reader):
    cat = reader.facets
    officials = {row[0]: row for row in cat["official"]}
    assert officials["pan-gongfa"][1:4] == ["潘功发", "潘功發", 2]
    assert {role: c for role, (c, _f) in officials["pan-gongfa"][5].items()} == {
        "chair": 1,
        "speaker": 1,
        "attendee": 1,
    }
    assert officials["jin-yu"][3] == 2
    assert {r[0]: r[1] for r in cat["role"]} == {
        "chair": 2,
        "speaker": 1,
        "attendee": 2,
        "leader": 1,
    }
    assert {r[0]: r[3] for r in cat["place"]} == {"daguan": 3, "haikou": 1}
    assert [[y, hi - lo] for y, lo, hi in cat["year"]] == [["2023", 1], ["2024", 2]]
    assert cat["docs"] == 4


def test_every_gram_in_its_own_file_gives_the_same_answers(tmp_path, monkeypatch):
    monkeypatch.setattr(search_index, "BIG_POSTING_BYTES", 0)
    stats = write_index(sample_docs(), tmp_path / "idx")
    reader = IndexReader(tmp_path / "idx")
    assert stats.big_files > 0
    assert (tmp_path / "idx" / "g" / "x").is_dir()
    assert ids(reader, "潘功發") == [S000, S002]
    assert ids(reader, "招商引资") == [S000]
    assert ids(reader, "二十届三中全会") == [S000]
    assert ids(reader, "冷") == [S003]


def test_record_files_hold_both_scripts_for_excerpts(reader):
    result = reader.search("潘功發")
    first = reader.record(result.records[0])
    assert first["p"] == f"records/{S000}/"
    assert first["d"] == "2024-08-02"
    assert first["l"] == ["大观区", "大觀區"]
    assert "区委书记潘功发" in first["b"][0]
    assert "區委書記潘功發" in reader.body(first, 1)


def test_record_files_hold_one_body_and_make_the_traditional_one_exactly(tmp_path):
    """A record file holds the Simplified body only; the Traditional one is made from it
    with meta's "hant" map and the file's exceptions, and equals the site's, also where
    the site's conversion is no character map (a protected name, a phrase)."""
    docs = [
        *sample_docs(),
        SearchDoc(
            "900_exceptions",
            "records/900_exceptions/",
            "于红到会",
            "于紅到會",
            "于是干部于红到会，发言后干杯。",
            date="2024-09-01",
            text_hant="於是幹部于紅到會，發言後乾杯。",
        ),
    ]
    write_index(docs, tmp_path / "idx")
    reader = IndexReader(tmp_path / "idx")
    assert "区區" in reader.meta["hant"]
    for num in range(reader.meta["docs"]):
        rec = reader.record(num)
        doc = next(d for d in docs if f"records/{d.id}/" == rec["p"])
        assert rec["b"] == [doc.text_hans]
        assert reader.body(rec, 1) == (doc.text_hant or to_traditional(doc.text_hans))
    rec = reader.record(reader.search("于红").records[0])
    assert rec["x"] and len(rec["x"]) < 2 * len(rec["b"][0]) / 3


def test_fold_map_is_one_to_one_and_settled():
    m = fold_map()
    assert all(len(a) == 1 and len(b) == 1 for a, b in m.items())
    assert all(b not in m for b in m.values())  # folding twice changes nothing
    assert fold("後臺裡發") == "后台里发"
    assert fold("发展 abc 123") == "发展 abc 123"  # left alone


def test_index_is_reproducible(tmp_path):
    write_index(sample_docs(), tmp_path / "a")
    write_index(list(reversed(sample_docs())), tmp_path / "b")
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.gz"))
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*.gz"))
    assert files_a == files_b
    for rel in files_a:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def test_duplicate_ids_are_refused(tmp_path):
    one = sample_docs()[0]
    with pytest.raises(ValueError, match="duplicate"):
        write_index([one, one], tmp_path / "idx")


def test_worker_processes_write_the_same_files(tmp_path, monkeypatch):
    # ranges of 5 records and spills every 2 records, so that 3 processes each scan
    # several ranges and every bucket is merged from many pieces
    monkeypatch.setattr(search_index, "RANGE_DOCS", 5)
    monkeypatch.setattr(search_index, "CHUNK_DOCS", 2)
    docs = sample_docs() + many_docs(30)
    one = write_index(docs, tmp_path / "one", workers=1)
    three = write_index(docs, tmp_path / "three", workers=3)
    assert (one.workers, three.workers) == (1, 3)
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.gz"))
    assert files == sorted(
        p.relative_to(tmp_path / "three") for p in (tmp_path / "three").rglob("*.gz")
    )
    for rel in files:
        assert (tmp_path / "one" / rel).read_bytes() == (tmp_path / "three" / rel).read_bytes()
    reader = IndexReader(tmp_path / "three")
    assert len(ids(reader, "金玉")) == 32  # 000, 001 and the 30 survey records
    assert len(ids(reader, "专题调研，第")) == 30  # six characters: windows and positions
    assert ids(reader, "第3次专题调研") == ["102_survey"]
    # a small index is not worth forking for
    assert write_index(sample_docs(), tmp_path / "small").workers == 1


# The Traditional pages show the site's s2tw forms: 了解 as 瞭解 (a phrase), 着力 as 著力,
# 麻痹 as 麻痺, 冒着 as 冒著 (characters t2s keeps). Each must find what it shows.
PHRASE_DOCS = [
    ("201_understand", "深入了解企业需求", "区领导深入企业，了解生产经营情况。"),
    ("202_focus", "着力优化营商环境", "要着力解决企业难题，冒着风险也要推进。"),
    ("203_numb", "切勿麻痹大意", "防汛工作不能有麻痹思想。"),
    ("204_other", "显著提升服务", "服务质量显著提升。"),
]


@pytest.fixture
def phrase_reader(tmp_path) -> IndexReader:
    from tests.search_site import doc

    docs = [
        doc(i, title, text, date=f"2024-05-{k + 1:02d}")
        for k, (i, title, text) in enumerate(PHRASE_DOCS)
    ]
    write_index(docs, tmp_path / "idx")
    return IndexReader(tmp_path / "idx")


@pytest.mark.parametrize(
    ("shown", "simplified", "expected"),
    [
        ("瞭解", "了解", ["201_understand"]),
        ("著力", "着力", ["202_focus"]),
        ("麻痺", "麻痹", ["203_numb"]),
        ("冒著", "冒着", ["202_focus"]),
        ("顯著", "显著", ["204_other"]),
    ],
)
def test_every_form_the_site_shows_finds_what_it_shows(phrase_reader, shown, simplified, expected):
    from public_records.script import to_traditional

    assert ids(phrase_reader, shown) == ids(phrase_reader, simplified) == expected
    for num in phrase_reader.search(shown).records:
        rec = phrase_reader.record(num)
        hans, hant = rec["b"][0], phrase_reader.body(rec, 1)
        assert hant == to_traditional(hans)
        assert shown in hant  # the Traditional page shows this form ...
        for query in (shown, simplified):  # ... and both queries mark it in both scripts
            for text, form in ((hant, shown), (hans, simplified)):
                spans = phrase_reader.highlights(text, query)
                assert [text[a:b] for a, b in spans] == [form] * text.count(form), (query, text)


def test_fold_is_derived_from_the_site_conversion_and_shipped():
    from public_records.script import to_traditional
    from public_records.search.fold import phrase_folds

    m, phrases = fold_map(), phrase_folds()
    # every character the conversion writes for a Simplified one folds back to it
    for simplified in "着痹了解发区":
        assert fold(to_traditional(simplified)) == fold(simplified)
    assert phrases["瞭解"] == "了解"
    assert all(len(a) == len(b) > 1 and a != b for a, b in phrases.items())
    assert all(fold(a) == a and fold(b) == b for a, b in phrases.items())
    assert m["著"] == "着"


def test_phrase_folds_do_not_change_what_a_simplified_query_finds(phrase_reader):
    assert ids(phrase_reader, "显著") == ["204_other"]
    assert ids(phrase_reader, "了") == ["201_understand"]


def test_a_record_found_through_a_topic_label_says_why(tmp_path):
    from tests.search_site import doc

    topic = ("t-industry", "产业发展", "產業發展")
    docs = [
        doc(
            "301_topic", "区委召开专题会议", "会议研究部署重点工作。", "2024-06-01", topics=(topic,)
        ),
        doc("302_text", "推动经济发展", "全力推动高质量发展。", "2024-06-02"),
    ]
    write_index(docs, tmp_path / "idx")
    reader = IndexReader(tmp_path / "idx")
    found = {reader.record(n)["p"].split("/")[1]: n for n in reader.search("发展").records}
    assert set(found) == {"301_topic", "302_text"}
    assert reader.reasons(found["301_topic"], "发展") == [("topic", "产业发展")]
    assert reader.reasons(found["301_topic"], "發展", script=1) == [("topic", "產業發展")]
    assert reader.highlights("產業發展", "發展") == [(2, 4)]
    assert reader.reasons(found["302_text"], "发展") == []  # the text shows it
