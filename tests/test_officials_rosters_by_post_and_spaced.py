"""Round roster43 (issue 11, stop 43): officials in rosters of a body's members. Sentences
and names invented.

Rule 1: a roster line under the report that names one post of a body and its holders
(`某村村委会主任：王某某`, `委员：甲某某、乙某某`, a village committee's members after an election)
is the report's own, not a list of other stories' headlines nor a shape the model cuts,
so its people are read; a masthead's or a site's post (值班主任, 编委会主任) is not such a line.
Rule 2: a roster whose names a page sets apart by single spaces (县人大常委会组成人员王某某
李某某 张某某出席会议) is read as a 、-list where its heading says who they are (a title core,
成员, 人员, 领导, 有, right before the first name or on the line above with a colon); two
names whose last runs on into the sentence are no roster (镇长王某某 高兴地说)."""

import pytest
from public_records.clean.furniture import _is_post_roster
from public_records.extract.officials import find_officials
from public_records.ingest.process import process
from public_records.model import Record

_LEAD = (
    "5月8日，东山镇各村分别召开村民委员会换届选举大会，全体选民以无记名投票的方式，"
    "选举产生了新一届村民委员会成员，换届选举大会按预期圆满完成。"
)
_ROSTER = [
    "北坪村村委会主任：蒋立群",
    "委员：韩振宇、袁丽娜",
    "南坪村村委会主任：宋德海",
    "委员：邹 红、潘志刚",
    "西坪村村委会主任：谢文斌",
    "委员：彭晓燕、罗建新",
]


def _processed(raw: str):
    return process(Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw))


def _names(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, tuple(m.roles)) for m in find_officials(text)}


# Rule 1


@pytest.mark.parametrize(
    "line",
    [
        "北坪村村委会主任：蒋立群",
        "委员：韩振宇、袁丽娜",
        "委员:邹 红、潘志刚",
        "村党支部书记：蒋立群",
    ],
)
def test_a_posts_roster_line_is_known(line):
    assert _is_post_roster(line)


@pytest.mark.parametrize(
    "line",
    [
        "值班主任：蒋立群",
        "编委会主任：蒋立群",
        "网站主任：蒋立群",
        "委员：欢迎您",
        "主任信箱：点击进入",
        "委员：韩振宇、袁丽娜等",
        "责任编辑：蒋立群",
    ],
)
def test_a_mastheads_post_or_no_names_is_no_roster_line(line):
    assert not _is_post_roster(line)


def test_the_roster_lines_under_the_report_are_kept():
    record = _processed(
        "\n".join([_LEAD, *_ROSTER, "——东山镇第十届村民委员会换届选举大会胜利召开"])
    )
    for line in _ROSTER:
        assert line in record.text_hans
    found = {m.name for m in record.mentions}
    assert {
        "蒋立群",
        "韩振宇",
        "袁丽娜",
        "宋德海",
        "邹红",
        "潘志刚",
        "谢文斌",
        "彭晓燕",
        "罗建新",
    } <= found


def test_a_list_of_other_stories_under_the_report_is_still_cut():
    stories = [
        "东山镇开展春季植树活动",
        "东山镇召开安全生产工作会议",
        "东山镇举办农民丰收节庆祝活动",
    ]
    record = _processed("\n".join([_LEAD, *stories]))
    for line in stories:
        assert line not in record.text_hans


def test_a_masthead_line_under_the_report_is_not_read_as_a_roster():
    record = _processed("\n".join([_LEAD, "值班主任：蒋立群", "责任编辑：韩振宇"]))
    assert not {"蒋立群", "韩振宇"} & {m.name for m in record.mentions}


# Rule 2


def test_a_spaced_roster_after_its_title_is_read():
    got = _names("5月6日，县人大常委会组成人员蒋立群 韩振宇 袁丽娜出席会议。")
    assert got == {
        n: ("县人大常委会组成人员", ("attendee",)) for n in ("蒋立群", "韩振宇", "袁丽娜")
    }


def test_a_spaced_roster_after_an_opener_is_read():
    got = _names("出席会议的有：蒋立群 韩振宇 袁丽娜 宋德海")
    assert set(got) == {"蒋立群", "韩振宇", "袁丽娜", "宋德海"}
    assert all(roles == ("attendee",) for _title, roles in got.values())


def test_a_spaced_roster_under_its_heading_line_is_read():
    got = _names("大会主席团成员：\n蒋立群 韩振宇 袁丽娜 宋德海 谢文斌")
    assert set(got) == {"蒋立群", "韩振宇", "袁丽娜", "宋德海", "谢文斌"}
    assert {title for title, _roles in got.values()} == {"大会主席团成员"}


def test_a_spaced_roster_of_deputies_after_one_title():
    got = _names("县人大常委会副主任蒋立群 韩振宇 袁丽娜出席会议。")
    assert got == {n: ("县人大常委会副主任", ("attendee",)) for n in ("蒋立群", "韩振宇", "袁丽娜")}


# Guards: what must not change


def test_a_name_written_with_a_space_stays_one_name():
    assert _names("副区长冯 艳出席会议。") == {"冯艳": ("副区长", ("attendee",))}


@pytest.mark.parametrize(
    "text",
    ["镇长蒋立群 高兴地说，今年收成好。", "记者蒋立群 韩振宇报道", "市长蒋立群 今天上午出席活动。"],
)
def test_a_name_and_the_words_after_a_space_are_no_roster(text):
    got = _names(text)
    assert set(got) <= {"蒋立群"}
