"""Titles round 31 (issue 18): invented sentences, each failing before its rule."""

from public_records.extract.title import lead_title


def test_team_formed_goes_on_with_what_the_team_does():
    # 组成调研组 only sets the work up: the clause after it (对…进行调研) is the news
    lead = "6月3日，市政协组成调研组，对全市老旧小区改造情况进行专题调研。"
    title = lead_title(lead)
    assert "老旧小区改造" in title
    assert title.startswith("市政协组成调研组")


def test_team_sent_out_goes_on_with_where_it_went():
    lead = "9月2日，某区政府组建三个督查组，分赴各街道督查秋季消防安全工作。"
    assert lead_title(lead).endswith("分赴各街道督查秋季消防安全工作")


def test_team_of_many_members_says_the_team_and_its_work_shorter():
    # the people the organiser took along and the units listed before 等 do not fit a
    # headline with the deed: the team and the work it looked at stay
    lead = (
        "7月8日至9日，在区人大常委会副主任甲乙丙的带领下，区人大财经委组织部分常委会"
        "委员、财经委委员、相关代表及区审计局、区统计局负责人组成检查组，对区发改局、"
        "区财政局、区商务局等预算执行大户所执行的12个项目、30项资金使用情况进行了检查。"
    )
    title = lead_title(lead)
    assert title.startswith("区人大财经委组成检查组")
    assert "资金使用情况" in title


def test_team_formed_with_no_deed_after_it_stays():
    # a team whose next clause says no work of its own: nothing is added
    lead = "4月1日，某镇组建志愿服务队，队员共有三十人。"
    assert lead_title(lead) == "某镇组建志愿服务队"
