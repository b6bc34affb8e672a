"""The chrome step's page title is no headline when it is a line of site furniture by
its own shape (data/furniture_lines.tsv: a skip link, a welcome banner), even when the
text happens to repeat some of its words (issue 18, titles, round 8)."""

from public_records.extract.title import derive_title

TEXT = (
    "某乡代会访某镇进行业务交流 增进两地友谊\n"
    "日前某县某乡民代表会一行33人莅临某镇进行业务参访观摩活动，受到某镇镇长甲乙等人"
    "热忱接待，双方就镇务推动、社区发展等内容进行交流。"
)


def test_a_skip_link_taken_as_the_page_title_is_no_headline():
    assert derive_title(TEXT, page_title="按Enter到主内容区") == (
        "某乡代会访某镇进行业务交流 增进两地友谊"
    )


def test_a_welcome_banner_taken_as_the_page_title_is_no_headline():
    assert derive_title(TEXT, page_title="欢迎访问某镇业务交流网站") == (
        "某乡代会访某镇进行业务交流 增进两地友谊"
    )


def test_a_page_title_that_is_a_headline_still_wins():
    assert derive_title(TEXT, page_title="某乡代会到某镇参访交流") == "某乡代会到某镇参访交流"
