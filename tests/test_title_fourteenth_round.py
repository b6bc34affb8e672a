"""Issue 18, round 14: titles derived from the lead, shapes found on a survey of new
pages (tests/real/survey-titles2, git-ignored; invented leads, no real page's line)."""

from public_records.extract.title import derive_title


def test_places_closed_by_deng_di_leave_no_stray_di():
    # 深入甲、乙、丙等地，实地调研…: 等地 is "and other places", no group named after 等;
    # the manner word before the deed (实地) stays with it
    text = "3月4日，县长甲乙率队深入某园区、某企业、某市场等地，实地督导安全生产工作。\n"
    assert derive_title(text) == "县长甲乙率队实地督导安全生产工作"
