"""Titles round 28: the headline a reader expects (issue 18)."""

from public_records.extract.title import derive_title


def test_a_place_and_site_line_is_no_headline():
    # A section's line (a town and the news site) above the page's own headline.
    text = (
        "青石镇 某川新闻网\n"
        "您当前的位置: 某川新闻网 > 乡镇风采 > 青石镇\n"
        "青石镇：志愿者上街清理小广告\n"
        "2019-05-02 09:10\n"
        "5月1日，青石镇二十余名志愿者走上街头，清理集镇主街的小广告和乱贴乱画。\n"
    )
    assert derive_title(text) == "青石镇：志愿者上街清理小广告"


def test_a_site_then_street_line_is_no_headline():
    text = (
        "某江融媒｜东湖街道\n"
        "东湖街道召开老旧小区改造推进会\n"
        "6月3日，东湖街道召开老旧小区改造推进会，部署下阶段改造工作。\n"
    )
    assert derive_title(text) == "东湖街道召开老旧小区改造推进会"
