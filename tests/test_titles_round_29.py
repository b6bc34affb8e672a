"""Titles round 29 (issue 18): invented sentences, each failing before its rule."""

from public_records.extract.title import derive_title, lead_title


def test_slogan_before_dash_gives_way_to_the_news_after_it():
    # a theme's short phrases glued before the news with a dash: the news is the title
    lead = "4月2日，山海相依·携手共进——某县举办首届乡村振兴擂台赛。县领导甲乙出席。"
    assert lead_title(lead) == "某县举办首届乡村振兴擂台赛"


def test_slogan_split_by_a_comma_before_dash_gives_way_too():
    # a slogan of two clauses, the dash after a space, at the lead's opening
    lead = "5月6日，众志成城筑堤坝，同心协力保安澜 ——某镇召开防汛工作推进会，部署汛期工作。"
    assert lead_title(lead) == "某镇召开防汛工作推进会"


def test_page_headline_keeps_its_slogan():
    # a headline line printed above the lead keeps its theme, as the page prints it
    text = (
        "风雨同舟 共护家园——某镇召开防汛工作推进会\n5月6日，某镇召开防汛工作推进会，部署汛期工作。"
    )
    assert derive_title(text) == "风雨同舟 共护家园——某镇召开防汛工作推进会"


def test_deed_before_dash_is_the_news_and_stays():
    # the words before the dash say the deed: the dash opens a subtitle, kept as it was
    lead = "6月1日，某街道举办邻里节开幕式——邻里和活动，居民二百余人参加。"
    assert lead_title(lead).startswith("某街道举办邻里节开幕式")


def test_day_with_its_year_leaves_no_year_before_the_verb():
    # the day between the subject and its verb goes with its year, 于 and all
    assert lead_title("某社区于2031年3月8日举办了邻里联谊会。") == "某社区举办邻里联谊会"
    assert lead_title("某镇2031年5月6日上午召开防汛会议。") == "某镇召开防汛会议"


def test_year_of_a_meeting_name_stays():
    # a year that names the meeting (2031年工作会议), with no day after it, stays
    assert lead_title("5月6日，某镇召开2031年防汛工作会议。") == "某镇召开2031年防汛工作会议"
