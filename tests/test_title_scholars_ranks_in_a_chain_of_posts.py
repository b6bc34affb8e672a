"""Round titles49 (issue 18): a chain of posts that holds a scholar's rank (首席教授, 某某学者,
院士, 研究员) is still one person's chain, so a title too long for a headline says the person
by the post and keeps the deed and its place, rather than being cut with … inside the chain or
right after it. Invented sentences."""

from public_records.extract.title import derive_title


def test_a_chain_with_scholars_ranks_is_said_by_its_post_and_the_deed_kept():
    text = (
        "7月20日，某某中医药大学高等研究院院长、某某中医药大学原党委书记、首席教授、某某学者"
        "甲乙丙率调研组在某区调研中医药综合改革先行区建设工作，区领导丁戊等陪同。\n"
    )
    assert derive_title(text) == (
        "某某中医药大学高等研究院院长甲乙丙率调研组在某区调研中医药综合改革先行区建设工作"
    )


def test_a_chain_ending_with_a_researchers_rank_is_said_by_its_post():
    text = (
        "5月8日，某省农业科学院党委书记、某省农业科学院副院长、二级研究员甲乙带领专家组"
        "到某县某镇开展特色产业科技服务调研活动，副县长丙丁陪同。\n"
    )
    title = derive_title(text)
    assert "…" not in title and title.startswith("某省农业科学院") and "甲乙" in title
    assert title.endswith("开展特色产业科技服务调研活动")


# guards: short titles with a scholar's rank stay as they were


def test_an_academician_leading_a_visit_stays_whole():
    text = "3月5日，中国工程院院士甲乙一行到某县调研特色农业发展，县长丙丁陪同。\n"
    assert derive_title(text) == "中国工程院院士甲乙一行到某县调研特色农业发展"


def test_a_professors_short_chain_stays_whole():
    text = "3月5日，某大学教授、博士生导师甲乙到某镇调研，镇长丙丁陪同。\n"
    assert derive_title(text) == "某大学教授、博士生导师甲乙到某镇调研"
