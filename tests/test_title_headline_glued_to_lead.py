"""Round titles49 (issue 18): a page copied as one row prints its headline, then only
spaces, then the lead (`某市长感谢里长的辛劳 某区公所今天上午…，…。`), perhaps with the
site's column and byline after a spaced dash before the lead. The headline is the page's own
and is the title; a day, a wire's dateline, a photo's caption with its credit or a lead
whose clause the copy parted with a space is not one. Invented sentences."""

from public_records.extract.title import derive_title, derive_title_with_evidence

LEAD = (
    "某区公所今天上午于里长研习会结束后，接着举行联谊餐会，某市长在区长甲乙的陪同下莅临参加。"
    " 某市长感谢里长及议员支持，肯定里长在基层的付出。"
)


def test_a_headline_glued_before_the_lead_is_the_title():
    text = "某市长感谢里长的辛劳 " + LEAD + "\n某市长表示，将持续建设。\n"
    assert derive_title_with_evidence(text) == ("某市长感谢里长的辛劳", "page headline")


def test_the_site_column_and_byline_after_a_spaced_dash_are_no_part_of_it():
    text = (
        "深入某乡山区实地会勘受损农路 丙丁完善农民权益 – 民生头条 某新闻─戊己/某地 "
        "某县长丙丁今日邀请议员庚辛，在农业处长陪同下深入某乡山区，实地会勘受损农路，"
        "听取村长的需求，协请单位办理改善工程，完善农民权益。\n"
    )
    assert derive_title(text) == "深入某乡山区实地会勘受损农路 丙丁完善农民权益"


def test_a_headline_the_lead_repeats_is_still_the_headline():
    text = (
        "某县召开秋收工作动员会 9月21日上午，某县召开秋收工作动员会。县委书记甲乙出席会议，"
        "副县长丙丁主持会议。\n"
    )
    assert derive_title_with_evidence(text) == ("某县召开秋收工作动员会", "page headline")


# guards: what stays a lead


def test_a_day_before_the_lead_is_no_headline():
    text = "5月6日上午 县长甲乙主持召开县政府常务会议，研究部署当前重点工作。副县长丙丁出席。\n"
    title, evidence = derive_title_with_evidence(text)
    assert evidence == "lead sentence" and title.startswith("县长甲乙主持召开县政府常务会议")


def test_a_wire_dateline_before_the_lead_is_no_headline():
    text = "某某社某地5日电 某县长甲乙今日视察某乡道路工程，听取工程简报，要求如期完工。\n"
    assert derive_title_with_evidence(text)[1] == "lead sentence"


def test_a_photo_caption_with_its_credit_before_the_lead_is_no_headline():
    text = (
        "某县长甲乙今天到某乡视察防台措施/某县府提供 台风今明两日最靠近本岛，为减少损失，"
        "某县长甲乙今天到某乡视察农渔民防台措施，呼吁农民做好防范工作。\n"
    )
    title, evidence = derive_title_with_evidence(text)
    assert evidence == "lead sentence" and "提供" not in title
