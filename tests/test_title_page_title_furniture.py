"""The chrome step's page title is no headline when it is a line of site furniture by
its own shape (data/furniture_lines.tsv: a skip link, a welcome banner), even when the
text happens to repeat some of its words (issue 18, titles, round 8). The sentences are
invented."""

from public_records.extract.title import derive_title

TEXT = (
    "某区议员团赴某乡观摩社区营造 分享治理经验\n"
    "近日某市某区议员一行25人前往某乡开展社区营造观摩交流，获某乡乡长甲乙等人"
    "热情接待，双方围绕乡政建设、长者照护等议题交换意见。"
)


def test_a_skip_link_taken_as_the_page_title_is_no_headline():
    assert derive_title(TEXT, page_title="按Enter到主内容区") == (
        "某区议员团赴某乡观摩社区营造 分享治理经验"
    )


def test_a_welcome_banner_taken_as_the_page_title_is_no_headline():
    assert derive_title(TEXT, page_title="欢迎访问某乡社区营造网站") == (
        "某区议员团赴某乡观摩社区营造 分享治理经验"
    )


def test_a_page_title_that_is_a_headline_still_wins():
    assert derive_title(TEXT, page_title="某区议员团到某乡观摩交流") == "某区议员团到某乡观摩交流"
