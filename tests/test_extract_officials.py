"""Officials: names, titles as written, roles and ids, following NOISE.md's naming rules.

Expected values are worked out by hand from each input sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from public_records.extract.identify import extract_officials
from public_records.extract.officials import provisional_id
from public_records.model import ROLES, Credit
from public_records.registry import Registry, load_default_registry, load_registry_text

SEED = (Path(__file__).parent / "eval" / "seed_000_clean.txt").read_text(encoding="utf-8")
SEED_CREDITS = (Credit("撰稿人", "黄辛成"), Credit("审稿人", "王灿"))
ATTENDEES = "洪源源 汪俊启 余祥 余红松 程亮 江俊杰 刘小平 陈慧 邱金生 彭凯".split()


def found(text: str, registry: Registry | None = None, credits=()):
    return {m.name: (m.title, m.roles) for m in extract_officials(text, registry, credits)}


# The seed ----------------------------------------------------------------------------


def test_seed_officials_titles_and_roles():
    got = found(SEED, load_default_registry(), SEED_CREDITS)
    assert got["潘功发"] == ("区委书记", ("chair", "speaker", "leader"))
    # a visit led besides the meeting attended: leader, no attendee (the real labels)
    assert got["金玉"] == ("区领导", ("speaker", "leader"))
    for name in ATTENDEES:
        assert got[name] == ("区领导", ("attendee",)), name
    assert set(got) == {"潘功发", "金玉", *ATTENDEES}


def test_seed_ids_come_from_the_registry_and_spans_point_at_names():
    mentions = extract_officials(SEED, load_default_registry(), SEED_CREDITS)
    by_name = {m.name: m for m in mentions}
    assert by_name["潘功发"].person_id == "pan-gongfa-daguan"
    assert by_name["彭凯"].person_id == "peng-kai-daguan"
    for m in mentions:
        assert SEED[m.start : m.end] == m.name
        assert m.name in m.evidence
        assert m.roles == tuple(r for r in ROLES if r in m.roles)


def test_seed_works_without_registry_with_provisional_ids():
    mentions = extract_officials(SEED)
    names = {m.name for m in mentions}
    assert names == {"潘功发", "金玉", *ATTENDEES}
    assert all(m.person_id.startswith("p-") for m in mentions)
    again = extract_officials(SEED)
    assert [m.person_id for m in mentions] == [m.person_id for m in again]


def test_credits_are_not_officials_unless_the_body_gives_a_title():
    text = "区委宣传部副部长王灿参加活动。黄辛成介绍了活动情况。"
    registry = load_registry_text(officials="- id: huang-xincheng\n  name: 黄辛成\n")
    got = found(text, registry, SEED_CREDITS)
    assert got == {"王灿": ("区委宣传部副部长", ("attendee",))}


# Patterns ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title + name + verb; the two-character name does not swallow 主
        ("区长金玉主持会议。", {"金玉": ("区长", ("chair",))}),
        # title chain joined by 、 is kept whole
        (
            "区委副书记、区长金玉出席会议并讲话。",
            {"金玉": ("区委副书记、区长", ("speaker", "attendee"))},
        ),
        # a list shares one title; 等 + verb gives every member the role
        (
            "区领导程亮、陈慧等出席。",
            {"程亮": ("区领导", ("attendee",)), "陈慧": ("区领导", ("attendee",))},
        ),
        # a new title after a comma starts a new group with its own verb
        (
            "副区长丁宁主持会议，区政协副主席孙丽萍列席会议。",
            {"丁宁": ("副区长", ("chair",)), "孙丽萍": ("区政协副主席", ("nonvoting",))},
        ),
        # a comma group without a verb shares the next group's verb
        (
            "区委书记潘功发，区长金玉出席。",
            {"潘功发": ("区委书记", ("attendee",)), "金玉": ("区长", ("attendee",))},
        ),
        # name before title
        ("胡广杰区长通报了有关情况。", {"胡广杰": ("区长", ("speaker",))}),
        ("市委李强书记作重要讲话。", {"李强": ("市委书记", ("speaker",))}),
        (
            "郭秋香、汪旭霞等区领导参加。",
            {"郭秋香": ("区领导", ("attendee",)), "汪旭霞": ("区领导", ("attendee",))},
        ),
        # false splits across a title
        ("常务副区长江俊杰带队督导。", {"江俊杰": ("常务副区长", ("leader",))}),
        ("区长安文哲调研。", {"安文哲": ("区长", ("leader",))}),
        # compound and rare surnames
        ("副市长欧阳明辉一行调研。", {"欧阳明辉": ("副市长", ("leader",))}),
        ("副区长宿海波检查。", {"宿海波": ("副区长", ("leader",))}),
        ("九三学社区委会主委谈立新讲话。", {"谈立新": ("九三学社区委会主委", ("speaker",))}),
        # accompanying: 陪同 ends the predicate, the visitor keeps 调研
        (
            "区委书记潘功发陪同副省长孔令华调研。",
            {"潘功发": ("区委书记", ("accompanying",)), "孔令华": ("副省长", ("leader",))},
        ),
        (
            "副市长陶立群在区长金玉的陪同下调研。",
            {"陶立群": ("副市长", ("leader",)), "金玉": ("区长", ("accompanying",))},
        ),
    ],
)
def test_naming_patterns(text, expected):
    assert found(text) == expected


def test_later_mentions_link_back_and_add_roles():
    text = "区委书记潘功发主持会议。潘书记强调，要抓好落实。潘功发同志还参加了分组讨论。"
    assert found(text) == {"潘功发": ("区委书记", ("chair", "speaker", "attendee"))}


def test_people_who_were_not_there_are_mentioned():
    text = "会议传达学习了习近平总书记重要讲话精神。受区长金玉委托，副区长丁宁出席会议并讲话。"
    assert found(text) == {
        "习近平": ("总书记", ("mentioned",)),
        "金玉": ("区长", ("mentioned",)),
        "丁宁": ("副区长", ("speaker", "attendee")),
    }


@pytest.mark.parametrize(
    "text",
    [
        "大观区长江岸线生态修复工程完工。",  # the Yangtze, not a 区长
        "区长办公会议研究了有关事项。",  # a meeting, not a person
        "全区领导干部要严守纪律。",  # cadres, not a title
        "九三学社区委会召开全会。",  # an organ, no person
        "金玉良言，常安心态。",  # words that look like names
        "要狠抓重大项目招引建设，书记项目要加快推进。",
    ],
)
def test_words_that_are_not_people(text):
    assert found(text) == {}


def test_padded_two_character_name_is_joined_and_span_kept():
    text = "副区长冯 艳出席会议。"
    (mention,) = extract_officials(text)
    assert (mention.name, mention.title) == ("冯艳", "副区长")
    assert text[mention.start : mention.end] == "冯 艳"


def test_homophones_and_namesakes_get_different_ids():
    a = extract_officials("县长张伟调研。")[0]
    b = extract_officials("县长章伟调研。")[0]
    assert a.person_id != b.person_id
    assert provisional_id("张伟", "susong") != provisional_id("张伟", "daguan")
    assert provisional_id("张伟", "daguan") == provisional_id("张伟", "daguan")


def test_registry_id_only_for_the_registered_place():
    registry = load_default_registry()
    here = extract_officials("大观区召开会议，区长金玉讲话。", registry)[0]
    elsewhere = extract_officials("宿松县召开会议，县长金玉讲话。", registry)[0]
    assert here.person_id == "jin-yu-daguan"
    assert elsewhere.person_id.startswith("p-jin-yu-")


# Shapes seen on real pages (issue 11); the sentences are invented -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 一同 + an inspection verb: present with the visitor, not leading
        (
            "副县长丁宁、孙丽萍等一同调研。",
            {"丁宁": ("副县长", ("attendee",)), "孙丽萍": ("副县长", ("attendee",))},
        ),
        # seated on the platform is present
        (
            "县政协副主席丁宁、孙丽萍在主席台前排就座。",
            {"丁宁": ("县政协副主席", ("attendee",)), "孙丽萍": ("县政协副主席", ("attendee",))},
        ),
        ("副县长丁宁应邀在主席台就坐。", {"丁宁": ("副县长", ("attendee",))}),
        # 列席参加 is one act: sitting in without a vote
        ("副县长丁宁列席参加。", {"丁宁": ("副县长", ("nonvoting",))}),
        # accompanying and attending verbs after a name
        ("县长孙丽萍全程陪同。", {"孙丽萍": ("县长", ("accompanying",))}),
        ("副县长丁宁到场观看演出。", {"丁宁": ("副县长", ("attendee",))}),
    ],
)
def test_roles_of_accompanying_and_attending_verbs(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 区 is a surname, 区人大 and 区政协 are organs
        ("区委书记赵锋及区人大、政府各领导列席会议。", {"赵锋": ("区委书记", ("nonvoting",))}),
        ("区政协调研员、各街道负责人参加会议。", {}),
        ("县委党校常务副校长丁宁讲课。", {"丁宁": ("县委党校常务副校长", ("speaker",))}),
    ],
)
def test_organ_abbreviations_are_never_people(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name right before a joiner is a list item, even when a titled item follows
        (
            "副县长丁宁、孙丽萍、王小明和县政府办主任李安出席会议。",
            {
                "丁宁": ("副县长", ("attendee",)),
                "孙丽萍": ("副县长", ("attendee",)),
                "王小明": ("副县长", ("attendee",)),
                "李安": ("县政府办主任", ("attendee",)),
            },
        ),
        # a mirror's stray comma before 、 does not end the list
        (
            "市领导丁宁，、孙丽萍，、王小明等分别陪同。",
            {
                "丁宁": ("市领导", ("accompanying",)),
                "孙丽萍": ("市领导", ("accompanying",)),
                "王小明": ("市领导", ("accompanying",)),
            },
        ),
        # a three-character name may end in 和 when a list boundary follows it
        (
            "主席团成员丁宁、张东和等出席会议。",
            {"丁宁": ("主席团成员", ("attendee",)), "张东和": ("主席团成员", ("attendee",))},
        ),
        # the list goes on through a name of a rare surname and past a damaged item
        (
            "县政协副主席丁宁、寻峻峰、郭宗林出席会议。",
            {
                "丁宁": ("县政协副主席", ("attendee",)),
                "寻峻峰": ("县政协副主席", ("attendee",)),
                "郭宗林": ("县政协副主席", ("attendee",)),
            },
        ),
        (
            "主席团常务主席丁宁、曹〓〓良、汤云良出席会议。",
            {
                "丁宁": ("主席团常务主席", ("attendee",)),
                "汤云良": ("主席团常务主席", ("attendee",)),
            },
        ),
    ],
)
def test_a_list_after_one_title_goes_on_to_its_verb(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delegation's head, a working group's leader, a unit's director
        (
            "市委书记、东城代表团团长丁宁主持会议。",
            {"丁宁": ("市委书记、东城代表团团长", ("chair",))},
        ),
        ("省督导组组长孙丽萍讲话。", {"孙丽萍": ("省督导组组长", ("speaker",))}),
        ("县教育局局长王小明汇报工作。", {"王小明": ("县教育局局长", ("speaker",))}),
        # titles of county councils and governments written in Traditional sources
        ("县议会议长丁宁出席。", {"丁宁": ("县议会议长", ("attendee",))}),
        (
            "主任秘书丁宁、参议孙丽萍出席。",
            {"丁宁": ("主任秘书", ("attendee",)), "孙丽萍": ("参议", ("attendee",))},
        ),
        (
            "县政顾问丁宁、孙丽萍出席。",
            {"丁宁": ("县政顾问", ("attendee",)), "孙丽萍": ("县政顾问", ("attendee",))},
        ),
        # the government's head after its organ (县人民政府县长)
        (
            "县委副书记、县人民政府县长丁宁出席。",
            {"丁宁": ("县委副书记、县人民政府县长", ("attendee",))},
        ),
    ],
)
def test_titles_with_their_units(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what follows decides where a name ends: 来到, 先后, 就, 即 are not its last character
        ("县长丁宁来到县政协委员驻地看望委员。", {"丁宁": ("县长", ("leader",))}),
        ("区委书记孙丽先后看望老同志。", {"孙丽": ("区委书记", ("leader",))}),
        ("市长王伟就政府工作报告征求意见。", {"王伟": ("市长", ())}),
        ("市长王伟即主持召开会议。", {"王伟": ("市长", ("chair",))}),
        # a name-first list: each name before its own title
        (
            "丁宁厅长、孙丽萍副巡视员出席会议。",
            {"丁宁": ("厅长", ("attendee",)), "孙丽萍": ("副巡视员", ("attendee",))},
        ),
        # rare surnames after a title
        ("县长刀正强走访慰问。", {"刀正强": ("县长", ("leader",))}),
        ("副县长明靖奇汇报工作。", {"明靖奇": ("副县长", ("speaker",))}),
        ("区委书记元方致辞。", {"元方": ("区委书记", ("speaker",))}),
        # 拜会 ends the organ prefix of the title after it
        ("监委拜会县长丁宁。", {"丁宁": ("县长", ("mentioned",))}),
    ],
)
def test_name_boundaries_by_what_follows(text, expected):
    got = found(text)
    assert {k: v[0] for k, v in got.items()} == {k: v[0] for k, v in expected.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb inside a meeting's or a group's name is no act of the person
        ("副县长丁宁出席汇报会。", {"丁宁": ("副县长", ("attendee",))}),
        # joining a visit is being present, not leading it
        ("副县长丁宁也一同参加了督查活动。", {"丁宁": ("副县长", ("attendee",))}),
        (
            "副县长丁宁、孙丽萍参加部分慰问。",
            {"丁宁": ("副县长", ("attendee",)), "孙丽萍": ("副县长", ("attendee",))},
        ),
        # a list cut by a semicolon shares the verb at its end
        (
            "市工商联副主席丁宁；区委书记孙丽萍等出席。",
            {"丁宁": ("市工商联副主席", ("attendee",)), "孙丽萍": ("区委书记", ("attendee",))},
        ),
        # greeting the delegates on a visit is leading it, as 慰问 is
        (
            "区委书记丁宁，区长孙丽萍等向委员们致以亲切问候。",
            {"丁宁": ("区委书记", ("leader",)), "孙丽萍": ("区长", ("leader",))},
        ),
        # the people one calls on are present
        ("监委拜会县长丁宁并听取简报。", {"丁宁": ("县长", ("attendee",))}),
        # a verb before a colon is the list's after it
        (
            "会议由县长丁宁主持，出席包括：秘书长孙丽萍、顾问王小明。",
            {
                "丁宁": ("县长", ("chair",)),
                "孙丽萍": ("秘书长", ("attendee",)),
                "王小明": ("顾问", ("attendee",)),
            },
        ),
    ],
)
def test_roles_carried_to_the_people_they_belong_to(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names before one title, joined by 、
        (
            "丁宁、孙丽萍副市长出席会议。",
            {"丁宁": ("副市长", ("attendee",)), "孙丽萍": ("副市长", ("attendee",))},
        ),
        # more titles with their units
        (
            "县法院庭长丁宁、县文化馆馆长孙丽萍出席。",
            {"丁宁": ("县法院庭长", ("attendee",)), "孙丽萍": ("县文化馆馆长", ("attendee",))},
        ),
        ("市消防救援支队支队长丁宁汇报工作。", {"丁宁": ("市消防救援支队支队长", ("speaker",))}),
    ],
)
def test_more_title_shapes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adverbs and verbs that follow a name end it
        ("县长孙丽萍冒雨检查防汛工作。", {"孙丽萍": ("县长", ("leader",))}),
        ("县委书记丁宁亲切慰问老党员。", {"丁宁": ("县委书记", ("leader",))}),
        ("市长王小明充分肯定了成绩。", {"王小明": ("市长", ())}),
        ("区委书记丁宁专题研究招商工作。", {"丁宁": ("区委书记", ())}),
        # 作 before the act is not a name's last character
        ("区委党校副校长丁宁作专题宣讲。", {"丁宁": ("区委党校副校长", ("speaker",))}),
    ],
)
def test_a_name_ends_before_an_adverb(text, expected):
    got = found(text)
    assert {k: v[0] for k, v in got.items()} == {k: v[0] for k, v in expected.items()}


def test_a_list_goes_on_through_names_with_organ_characters():
    # 镇, 党, 市 … are organ words, and given names too; between 、 they are names
    text = "县委常委丁宁、李镇江、刘党生、孙丽萍出席会议。"
    got = found(text)
    assert got == {
        name: ("县委常委", ("attendee",)) for name in ("丁宁", "李镇江", "刘党生", "孙丽萍")
    }
