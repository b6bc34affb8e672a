"""Site furniture seen on dev-t5 (issue 18, seventh round): short lines with a colon, a
date or a counter, mostly below a report, from site families the earlier parts did not
show (forum reposts, Hong Kong and Taiwan portals, city 融媒 sites, mirrors). Each cut
line is logged, its credits kept, and the article's own lines stay. The lines are
invented in the shapes real pages have."""

from __future__ import annotations

from public_records.clean.captions import move_captions
from public_records.clean.furniture import strip_furniture

from tests.cleaning_checks import (
    FURNITURE_BODY,
    FURNITURE_LEAD,
    assert_cut_below,
    assert_kept_between,
    assert_logged,
)


def test_a_forum_s_reply_controls_and_counters_are_cut():
    assert_cut_below(
        ["回帖成功", "经验值 +10", "全部回复(7 )", "只看楼主 我来说两句回复 举报", "回复 举报"]
    )


def test_an_anti_infringement_notice_and_its_copyright_clause_are_cut():
    assert_cut_below(
        [
            "反侵权公告:",
            "根据《中华人民共和国著作权法》、《信息网络传播权保护条例》等法律法规，未经书面授权",
        ]
    )


def test_a_date_with_a_bar_and_a_source_field_and_a_crumb_of_double_arrows_are_cut():
    assert_cut_below(["2021年12月26日15:36 | 来源:某某网-某某频道", "某某网>>某某频道>>本网原创"])


def test_a_time_stamp_followed_by_the_media_centre_s_name_is_cut():
    assert_cut_below(["2026-01-15 08:22    某某市融媒体中心", "2024-3-5 某某日报"])


def test_an_unclosed_source_bracket_and_lone_ranking_and_gallery_links_are_cut():
    assert_cut_below(["(來源:香港某某辦", "新聞排行", "圖集"])


def test_a_browser_notice_and_published_and_updated_stamps_are_cut():
    assert_cut_below(
        [
            "請更新您的瀏覽器",
            "您使用的瀏覽器版本較舊,已不再受支援。建議您更新瀏覽器版本,以獲得最佳使用體驗。",
            "更新於 01月01日07:40 • 發布於 01月01日07:40 • 某傳媒",
        ]
    )


def test_a_media_name_alone_between_headline_and_lead_is_cut():
    raw = "某某县政协召开常委会议\n某某傳媒\n" + FURNITURE_BODY
    result = strip_furniture(raw)
    assert result.text == "某某县政协召开常委会议\n" + FURNITURE_BODY
    assert_logged(raw, result)


def test_a_summary_field_that_the_lead_repeats_is_cut():
    summary = "核心提示:" + FURNITURE_LEAD[:60] + "..."
    raw = "某某县政协召开常委会议\n" + summary + "\n" + FURNITURE_BODY
    result = strip_furniture(raw)
    assert result.text == "某某县政协召开常委会议\n" + FURNITURE_BODY
    assert_logged(raw, result)


def test_the_article_s_own_lines_of_these_shapes_stay():
    kept = [
        "会议指出：要根据《中华人民共和国著作权法》加强版权保护，推进正版化工作。",
        "某某乡召开回复群众诉求专题会",
        "2024年5月6日，县长李四主持召开常务会议，来源各部门负责人参加。",
        "摘要：今年全县新建道路12公里",
    ]
    assert_kept_between(kept)


def test_a_headline_shaped_line_above_the_lead_is_no_banner():
    # The headline shares few words with the lead (the lead says 第十三届人民代表大会),
    # but it holds a predicate: it is the page's headline, not a column's banner.
    raw = (
        "广州30日将正式选出市长副市长\n"
        "昨日上午，某市第十三届人民代表大会第一次会议举行第二次全体会议，执行主席王五主持。\n"
        "会议听取了各项报告。"
    )
    result = strip_furniture(raw)
    assert result.text.startswith("广州30日将正式选出市长副市长\n")
    # a column name above it is still a banner
    raw = "政务要闻\n" + raw
    assert strip_furniture(raw).text.startswith("广州30日")


def test_an_inline_caption_ends_at_its_photographer_s_credit():
    line = (
        "县长到乡里参加说明会。▲县长亲自参加道路改善施工说明会/记者某某某摄"
        "来到林道的入口，就可以看到坎坷的路面，村长特别向县府陈情希望可以得到改善。"
    )
    result = move_captions(line)
    assert result.meta["captions"] == ["▲县长亲自参加道路改善施工说明会/记者某某某摄"]
    assert "来到林道的入口，就可以看到坎坷的路面" in result.text


def test_a_government_page_s_information_block_and_contact_lines_are_cut():
    # a Taiwan county council's page: unit, last-changed date, views, address, phones
    assert_cut_below(
        [
            "- 單位:某某縣議會",
            "- 最後異動日期:108-04-10",
            "- 點閱次數:1247",
            "  • 89348某某縣某某鎮某某路17號",
            "  • 免付費電話:0800-301-301",
            "  • 電話:(082)327371",
            "  • 傳真:(082)327373",
        ]
    )


def test_bylines_with_the_paper_first_or_in_brackets_are_cut_and_credited():
    # the names go to credits, folded to Simplified as every credit is
    for line, name in [
        ("[某某新聞雲報]記者王某欽/花蓮報導", "王某钦"),
        ("( 記者廖某學報導 )", "廖某学"),
        ("某合報／ 記者張某珍／桃園即時報導", "张某珍"),
    ]:
        raw = FURNITURE_BODY + "\n" + line
        result = strip_furniture(raw)
        assert result.text.rstrip("\n") == FURNITURE_BODY, line
        assert ("记者", name) in result.meta["credits"], (line, result.meta)
        assert_logged(raw, result)


def test_a_site_and_its_time_and_lone_community_links_are_cut():
    assert_cut_below(
        [
            "某聞社/ 2017.06.03 14:49",
            "全站熱搜",
            "留言列表",
            "社群留言",
            "分享:",
            "觀傳媒",
            "某湖日報提供某湖每日在地新聞、時事專欄評論、縣政新聞、專題報導、旅遊動態報導、印刷服務等!",
        ]
    )


def test_report_lines_near_these_shapes_stay():
    kept = [
        "单位：万元",
        "会议地点：县政府三楼会议室，电话会议同步召开。",
        "2023年8月16日，县长张三带队检查防汛工作。",
        "2021年2月25日",  # a notice's own date under its signature
        "留言板收到群众反映的问题12条，均已办结。",
    ]
    for line in kept:
        raw = FURNITURE_BODY + "\n" + line + "\n王五要求，各专委会要抓好落实。"
        assert strip_furniture(raw).edits == (), line


def test_ad_keywords_pushed_into_a_sentence_are_cut_and_the_sentence_stays():
    parts = [
        "某县议会昨日进行县长施政总质询，议长张某要县府秘书长李某上报告台,",
        ",全程坐在县长旁边帮忙答覆议员的质询，议员认为这样不合体制的规定,",
        ",挨轰不合体制。",
    ]
    raw = "\n".join([parts[0], "关键字优化价格", parts[1], "高雄 清洁打扫", parts[2]])
    result = strip_furniture(raw)
    assert result.text == "\n".join(parts)
    assert [e.before.strip() for e in result.edits] == ["关键字优化价格", "高雄 清洁打扫"]
    assert_logged(raw, result)
    # a short line between two sentences, or after a clause that the next line does not
    # continue with a comma, stays
    for raw in ["会议强调,\n要抓落实\n各部门要配合。", "会议指出:\n一是加强领导\n,二是压实责任。"]:
        assert strip_furniture(FURNITURE_BODY + "\n" + raw).edits == (), raw


def test_neighbour_rows_are_found_in_one_pass_each_way():
    from public_records.clean.furniture import neighbour_rows

    for n in (1000, 10000):
        rows = [(0, 0, "甲" if i % 3 == 0 else "") for i in range(n)]
        before, after = neighbour_rows(rows)
        assert before[2] == 0 and after[1] == 3
