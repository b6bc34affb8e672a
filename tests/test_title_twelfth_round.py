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


def test_an_escort_list_with_commas_is_left_out():
    # the people escorting hold a title chain (、) and are parted by a comma
    for text in (
        "1月5日，某厅副厅长戊己在县委书记甲乙，县委副书记、县长丙丁的陪同下，"
        "到某镇看望慰问困难群众。\n",
        "1月5日，在县委书记甲乙，县委副书记、县长丙丁的陪同下，"
        "某厅副厅长戊己到某镇看望慰问困难群众。\n",
    ):
        assert derive_title(text) == "某厅副厅长戊己到某镇看望慰问困难群众", text


def test_a_clause_before_an_escort_stays():
    text = "1月5日，某厅副厅长戊己到某镇看望慰问困难群众，在县长甲乙陪同下，察看了敬老院。\n"
    assert derive_title(text) == "某厅副厅长戊己到某镇看望慰问困难群众"


def test_a_party_led_somewhere_goes_on_to_what_it_did_there():
    # 带队/率队 and a movement in one clause, the deed in the next: the deed is the news
    assert (
        derive_title("1月5日，副县长甲乙带队到某镇，检查安全生产工作。\n")
        == "副县长甲乙带队到某镇检查安全生产工作"
    )
    assert (
        derive_title("1月5日下午，县委书记甲乙率队深入某园区，督导项目建设。\n")
        == "县委书记甲乙率队深入某园区督导项目建设"
    )


def test_a_party_led_somewhere_with_its_deed_in_the_clause_stays():
    text = "1月5日，副县长甲乙带队到某镇检查安全生产工作，并召开座谈会。\n"
    assert derive_title(text) == "副县长甲乙带队到某镇检查安全生产工作"


def test_a_city_is_named_without_its_province():
    assert (
        derive_title("6月3日，江苏省某某市政协副主席甲乙一行来某县调研。\n")
        == "某某市政协副主席甲乙一行来某县调研"
    )
    assert (
        derive_title("6月3日，广东某某市副市长甲乙到某区调研。\n") == "某某市副市长甲乙到某区调研"
    )


def test_a_province_before_a_county_or_its_own_organ_stays():
    assert (
        derive_title("6月3日，河南省某某县县委常委甲乙一行来某镇调研。\n")
        == "河南省某某县县委常委甲乙一行来某镇调研"
    )
    assert (
        derive_title("6月3日，甘肃省市场监管局副局长甲乙到某县调研。\n")
        == "甘肃省市场监管局副局长甲乙到某县调研"
    )
