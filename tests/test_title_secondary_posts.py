"""A title made from the lead names a person by the post a headline gives: the posts
written after the main one, a party group's secretary (、党组书记) and an ad hoc
command (、某领导小组组长, 、某指挥部指挥长, 、某安委会主任), are left out; a party group's
secretary written first (党组书记、主任甲乙) stays (issue 18, titles, round 8;
data/title_rewrites.tsv)."""

from public_records.extract.title import derive_title


def test_a_party_groups_secretary_after_the_main_post_is_left_out():
    text = "5月6日，某市人大常委会第一副主任、党组书记甲乙一行到某镇调研乡村振兴工作。"
    assert derive_title(text) == "某市人大常委会第一副主任甲乙一行到某镇调研乡村振兴工作"


def test_a_command_post_after_the_main_post_is_left_out():
    text = "6月3日，副省长、省防指常务副指挥长甲乙到某市检查防汛备汛工作，要求压实责任。"
    assert derive_title(text) == "副省长甲乙到某市检查防汛备汛工作"


def test_a_leading_groups_head_after_the_main_post_is_left_out():
    text = "4月2日，省委书记、省疫情防控工作领导小组组长甲乙主持召开专题会议，研究部署工作。"
    assert derive_title(text) == "省委书记甲乙主持召开专题会议"


def test_a_party_groups_secretary_written_first_stays():
    text = "11月23日，市人大常委会党组书记、主任甲乙主持召开党组扩大会议，传达学习会议精神。"
    assert derive_title(text) == "市人大常委会党组书记、主任甲乙主持召开党组扩大会议"
