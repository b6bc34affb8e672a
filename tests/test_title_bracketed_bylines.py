"""A reporter's byline in brackets that names the paper before 记者 (【某报记者甲乙报导】,
（某某日报记者甲乙）) opens the lead's row without being its subject (issue 18, titles,
round 8)."""

from public_records.extract.title import derive_title


def test_a_bracketed_byline_with_the_paper_and_reported_is_not_the_subject():
    text = (
        "【新某某记者甲乙丙报导】某市议会召开第4次定期会，议程为市政总质询，市议会表示，"
        "为方便民众即时掌握议员问政内容，议会进行同步直播。"
    )
    assert derive_title(text) == "某市议会召开第4次定期会"


def test_a_bracketed_byline_naming_the_paper_is_not_the_subject():
    text = "（某某日报记者甲乙丙）县委书记丁戊到某镇调研乡村振兴工作，县长己庚陪同。"
    assert derive_title(text) == "县委书记丁戊到某镇调研乡村振兴工作"


def test_a_bracketed_note_without_a_reporter_stays():
    text = "（某某县）县委书记丁戊到某镇调研乡村振兴工作，县长己庚陪同。"
    assert derive_title(text).startswith("（某某县）县委书记丁戊")
