"""Round titles49 (issue 18): a first clause that only counts what a place or a body holds
(某县议会本届有12位无党籍议员, 全县现有规模以上企业120家) is a side fact said before the news,
not the event: with no deed of its own and a later clause naming its doer and deed, the title
is that later clause. Invented sentences."""

from public_records.extract.title import derive_title


def test_a_count_of_members_before_a_purpose_and_the_news_is_passed_over():
    text = (
        "某县议会本届有12位无党籍议员，为发挥集体监督县政力量，某县议会无党团结联盟今（9）日"
        "举办成立大会，由某县议员甲乙担任会长。\n"
    )
    assert derive_title(text) == "某县议会无党团结联盟举办成立大会"


def test_a_count_of_members_right_before_the_news_is_passed_over():
    text = (
        "某县议会本届有12位无党籍议员，某县议会无党团结联盟今（9）日举办成立大会，"
        "由某县议员甲乙担任会长。\n"
    )
    assert derive_title(text) == "某县议会无党团结联盟举办成立大会"


# guards


def test_a_count_before_a_purpose_and_a_day_was_already_passed_over():
    text = "全县现有规模以上企业120家，为帮助企业纾困解难，3月5日，县长甲乙主持召开政企座谈会。\n"
    assert derive_title(text) == "县长甲乙主持召开政企座谈会"


def test_a_count_after_the_deed_stays_out_of_the_title():
    text = "3月5日，县长甲乙到某镇调研，该镇现有企业12家，副县长丙丁陪同。\n"
    assert derive_title(text) == "县长甲乙到某镇调研"


def test_a_count_with_nothing_done_after_it_stays_the_title():
    text = "某县议会本届有12位无党籍议员，占议员总数的三成。\n"
    assert derive_title(text) == "某县议会本届有12位无党籍议员，占议员总数的三成"
