"""Issue 18, round 24: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title


def test_weather_braved_after_leading_a_party_gives_way_to_the_deed():
    # 带队冒酷暑、顶烈日，: the weather braved closes the clause; the deed after it is the title
    text = "7月5日上午，县长甲乙带队冒酷暑、顶烈日，深入某某镇检查防汛工作。"
    assert derive_title(text) == "县长甲乙带队深入某某镇检查防汛工作"


def test_weather_braved_in_a_clause_of_its_own():
    text = "1月8日，镇长甲乙带领包村干部，冒着零下十度严寒，走访慰问某某村困难群众。"
    assert derive_title(text) == "镇长甲乙带领包村干部走访慰问某某村困难群众"


def test_weather_braved_after_the_subject_alone():
    text = "7月5日，县长甲乙冒雨，到某某乡察看灾情。"
    assert derive_title(text) == "县长甲乙到某某乡察看灾情"


def test_weather_braved_inside_its_clause_stays():
    text = "7月5日，县长甲乙冒雨深入某某镇检查防汛工作。"
    assert derive_title(text) == "县长甲乙冒雨深入某某镇检查防汛工作"
