"""Dates a copied page prints before its lead or inside it are not the title's words
(issue 18, titles, round 8): a date field that opens the lead's row (`date 2026-02-23 `,
`日期：2024-05-06 `) and a day written the way Taiwan papers write it (今（6）日, 23日)."""

from public_records.extract.title import derive_title


def test_a_date_field_opening_the_leads_row_is_not_the_subject():
    text = (
        " date 2026-02-23 某市长甲乙到某市议会新春团拜，议长丙丁致词时祝福市府团队新年顺利。\n"
        "某市议会举行新春团拜，甲乙率领市府各局处首长到场拜年。"
    )
    assert derive_title(text) == "某市长甲乙到某市议会新春团拜"


def test_a_labelled_date_field_opening_the_leads_row_is_not_the_subject():
    text = "日期：2024-05-06 县委书记甲乙到某镇调研乡村振兴工作，县长丙丁陪同。"
    assert derive_title(text) == "县委书记甲乙到某镇调研乡村振兴工作"
