"""Issue 18, round 12: titles derived from the lead of visit and inspection reports
(invented leads, no real page's line)."""

from public_records.extract.title import derive_title


def test_a_topic_opened_by_jiu_across_clauses_gives_way_to_its_deed():
    # 就 opens a topic that runs past a comma; the deed (进行学习考察) comes after it
    text = (
        "6月3日，某市政协副主席甲乙一行来某县就如何提升履职质量，"
        "推动基层协商创新等方面进行学习考察。座谈会上，双方交流了经验。\n"
    )
    assert derive_title(text) == "某市政协副主席甲乙一行来某县学习考察"


def test_a_topic_with_its_deed_in_one_clause_stays():
    text = "6月3日，某市政协副主席甲乙一行来某县就基层协商工作进行调研，并召开座谈会。\n"
    assert derive_title(text) == "某市政协副主席甲乙一行来某县调研基层协商工作"
