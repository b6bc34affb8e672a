"""A page's headline without the site name printed after it with the site's address
(`| 某某镇新闻 SomeTown.com`) and without a compact date before it (`20110315-`; issue 18,
titles, round 8). The sentences are invented."""

from public_records.extract.title import derive_title

LEAD = "\n某镇长甲乙今天把防寒棉被送到镇内独居长者家中，长者连声道谢，也谢谢商家出资。"


def test_a_site_name_with_its_address_after_the_headline_is_dropped():
    text = "冬日送暖 某镇长为独居长者送棉被 | 某某镇新闻 SomeTown.com" + LEAD
    assert derive_title(text) == "冬日送暖 某镇长为独居长者送棉被"


def test_a_compact_date_before_the_headline_is_dropped():
    text = "20110315-某镇长为独居长者送棉被" + LEAD
    assert derive_title(text) == "某镇长为独居长者送棉被"


def test_a_number_opening_a_headline_stays():
    text = "2011年某镇长为独居长者送棉被" + LEAD
    assert derive_title(text) == "2011年某镇长为独居长者送棉被"
