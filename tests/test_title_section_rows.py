"""A row of a site's sections above a report (its menu or breadcrumb words parted by spaces:
首页 某某县人 某某县乡镇; 某某要闻 某某之声) is no headline, whether the chrome step took it
as the page's title or the furniture step cut it as the text's first line; the site's name
and a column's name glued before a headline's own tag go too (invented sentences)."""

from public_records.extract.title import derive_title, derive_title_with_evidence

LEAD = "5月6日，某某镇组织开展人大代表视察民生实事项目活动，镇人大主席甲乙主持。"


def test_home_row_as_page_title_is_no_headline():
    # the row shares enough words with the lead to pass as its headline by overlap alone
    lead = "5月6日，某某县组织乡镇人大代表视察民生实事项目，县人大常委会主任甲乙带队。"
    title = derive_title(lead, page_title="首页 某某县人 某某县乡镇")
    assert title == derive_title(lead) != "首页 某某县人 某某县乡镇"


def test_column_row_as_cut_banner_is_no_headline():
    lead = "中秋时节，清风送暖。某某区政协副主席甲乙赴某社区看望慰问困难群众。"
    title, _ = derive_title_with_evidence(lead, cut_banner="某某要闻 某某之声")
    assert title == "某某区政协副主席甲乙赴某社区看望慰问困难群众"


TOWN_LEAD = "5月6日，某某镇组织人大代表视察调研民生实事项目，促发展、谱新篇，砥砺前行。"


def test_site_and_column_before_the_headlines_tag():
    text = "某县人民政府 各镇动态 【某某镇】视察调研促发展 砥砺前行谱新篇\n" + TOWN_LEAD
    assert derive_title(text) == "视察调研促发展 砥砺前行谱新篇"


def test_guard_parallel_headline_banner_stays():
    lead = "5月2日，县长甲乙到某乡调研生态修复工作。要守护一江碧水，共建生态家园。"
    title, evidence = derive_title_with_evidence(lead, cut_banner="守护一江碧水 共建生态家园")
    assert (title, evidence) == ("守护一江碧水 共建生态家园", "page headline")


def test_guard_headline_with_a_column_tag_only():
    text = "【某某镇】视察调研促发展 砥砺前行谱新篇\n" + TOWN_LEAD
    assert derive_title(text) == "视察调研促发展 砥砺前行谱新篇"


def test_guard_headline_ending_in_news_word_alone():
    # one phrase ending with a column's word is a headline, not a row of sections
    text = "某县召开新闻发布会 通报防汛动态\n5月6日，某县召开新闻发布会，通报防汛动态。"
    assert derive_title(text) == "某县召开新闻发布会 通报防汛动态"
