"""Furniture round furn45 (issue 18, stop 42): photo captions under a report, each a
headline-shaped line (`某镇镇委书记某某在开幕式上致辞`), are the report's, not a list of
other stories (文末列表): most of them share a run of five Han characters with the report's
own lines. A list of other stories' headlines under a report tells of other events and
is still cut. Lines and names invented."""

from public_records.clean.furniture import closing_list, furniture_rows, strip_furniture

_LEAD = "9月8日，甲县乙镇举办秋季农副产品集市，县政协副主席丙丁戊出席并在开幕式上致辞。"
_BODY = "丙丁戊在致辞中指出，要以集市为契机，加强交流合作，推动乡村产业发展。"
_CAPTIONS = (
    "县政协副主席丙丁戊在开幕式上致辞",
    "乙镇党委书记己庚在开幕式上致辞",
    "乙镇镇长辛壬主持开幕式",
    "丁镇党委书记癸甲在开幕式上致辞",
)
_OTHER_STORIES = (
    "县政协召开十届常委会第五次会议",
    "副县长调研春季森林防火工作",
    "县人大常委会视察城区道路建设",
    "县委书记看望慰问困难老党员",
)


def _page(tail: tuple[str, ...]) -> str:
    return "\n".join((_LEAD, _BODY, *tail)) + "\n"


def test_captions_under_the_report_stay():
    out = strip_furniture(_page(_CAPTIONS)).text
    for caption in _CAPTIONS:
        assert caption in out


def test_captions_under_the_report_are_no_closing_list():
    text = _page(_CAPTIONS)
    rows = furniture_rows(text)
    kinds: list[str | None] = [None] * len(rows)
    assert closing_list(rows, kinds, 1) == []


def test_captions_when_one_names_an_event_the_report_does_not():
    # three of four share the report's words (在开幕式上 is the lead's), the fourth tells
    # of a moment the report does not: more than half make the run captions
    tail = (*_CAPTIONS[:2], _CAPTIONS[3], "嘉宾参观集市展位")
    out = strip_furniture(_page(tail)).text
    assert "嘉宾参观集市展位" in out and _CAPTIONS[1] in out


# Guards


def test_guard_a_list_of_other_stories_is_still_cut():
    out = strip_furniture(_page(_OTHER_STORIES)).text
    for headline in _OTHER_STORIES:
        assert headline not in out
    assert _LEAD in out and _BODY in out


def test_guard_one_headline_sharing_the_reports_words_does_not_keep_the_list():
    # another story about the same official: one line of four shares 县政协副主席丙丁戊
    tail = ("县政协副主席丙丁戊调研农村饮水工作", *_OTHER_STORIES[1:])
    out = strip_furniture(_page(tail)).text
    for headline in tail:
        assert headline not in out


def test_guard_half_the_lines_sharing_is_not_more_than_half():
    tail = (_CAPTIONS[0], _CAPTIONS[1], *_OTHER_STORIES[:2])
    rows = furniture_rows(_page(tail))
    assert len(closing_list(rows, [None] * len(rows), 1)) == 4
