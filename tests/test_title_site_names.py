"""A page's headline without the site name printed after it with the site's address
(`| 某某好新闻 SomeNews.net`) and without a compact date before it (`20100907-`; issue 18,
titles, round 8)."""

from public_records.extract.title import derive_title

LEAD = "\n某区长甲乙昨日分送饮用水给区内弱势家庭，获得区民肯定，也感谢企业热心捐助。"


def test_a_site_name_with_its_address_after_the_headline_is_dropped():
    text = "关心弱势家庭 某区长分送饮用水获区民肯定 | 某某好新闻 SomeNews.net" + LEAD
    assert derive_title(text) == "关心弱势家庭 某区长分送饮用水获区民肯定"


def test_a_compact_date_before_the_headline_is_dropped():
    text = "20100907-某区长分送饮用水获区民肯定" + LEAD
    assert derive_title(text) == "某区长分送饮用水获区民肯定"


def test_a_number_opening_a_headline_stays():
    text = "2010年某区长分送饮用水获区民肯定" + LEAD
    assert derive_title(text) == "2010年某区长分送饮用水获区民肯定"
