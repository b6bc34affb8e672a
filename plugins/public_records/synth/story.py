"""Clean synthetic reports for the synthetic corpus: the ground truth that noise is added to.

A story is a short local-government news report in Simplified Chinese with full-width
punctuation (a meeting, an inspection, a study session, a visit …), made of original
sentences filled from the word lists in data/synth/. Every official is drawn from a
district roster that changes a little every year (people come and go; the head can
become the secretary), so the same person recurs across reports with titles that depend
on the year, as in a real archive. The story records, for each official, the title as
written and the roles that its sentences give them: that is the ground truth of
extraction.

Everything is a pure function of a `random.Random` handed in, so a corpus is
reproducible from its seed. Nothing here adds noise; see synth_noise.py.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..model import ROLES

DATA_DIR = Path(__file__).parents[1] / "data" / "synth"
FIRST_YEAR = 2018
LAST_YEAR = 2025
ROSTER_SIZE_TURNOVER = 0.18  # share of offices that change hands from one year to the next
PROMOTION_RATE = 0.12  # chance a year that the head becomes the secretary


@functools.cache
def vocabulary() -> dict[str, Any]:
    """All word lists of data/synth/, loaded once per process."""
    merged: dict[str, Any] = {}
    for name in ("people", "places", "topics", "titles", "noise"):
        with open(DATA_DIR / f"{name}.yml", encoding="utf-8") as handle:
            merged.update(yaml.safe_load(handle))
    merged["topic_names"] = list(merged["topics"])
    return merged


@dataclass(frozen=True)
class Person:
    name: str
    surname: str


@dataclass(frozen=True)
class Office:
    key: str
    chain: str  # full title as written at a first mention, level filled in
    short: str  # after the surname at a later mention (潘书记)
    group: str
    city_chain: str = ""


@dataclass
class Story:
    """A clean report under construction and its ground truth."""

    district: dict[str, Any]
    date: dt.date
    paragraphs: list[str] = field(default_factory=list)
    title: str = ""
    event: str = ""
    officials: dict[str, dict[str, Any]] = field(default_factory=dict)
    towns: list[str] = field(default_factory=list)

    def cite(self, person: Person, office: Office, roles: tuple[str, ...], title: str) -> None:
        """Record that `person` is named with `title` (as written) and gets `roles`."""
        entry = self.officials.get(person.name)
        if entry is None:
            entry = {
                "name": person.name,
                "surname": person.surname,
                "title": title,
                "office": office.key,
                "roster_title": office.chain,
                "roles": set(),
            }
            self.officials[person.name] = entry
        elif not entry["title"] and title:
            entry["title"] = title
        entry["roles"].update(roles)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    def officials_truth(self) -> list[dict[str, Any]]:
        """Officials in order of first appearance, roles in ROLES order."""
        text = self.text
        rows = []
        for entry in self.officials.values():
            roles = entry["roles"] or {"mentioned"}
            rows.append(
                {
                    **{k: v for k, v in entry.items() if k != "roles"},
                    "roles": [r for r in ROLES if r in roles],
                    "first_at": text.find(entry["name"]),
                }
            )
        rows.sort(key=lambda row: row["first_at"])
        return rows


# ---------------------------------------------------------------------------- names


def make_name(rng: random.Random, taken: set[str]) -> Person:
    """A new person's name: 28% two characters, some compound or rare surnames, some
    names that are also words (金玉, 程亮). Unique within `taken`."""
    vocab = vocabulary()
    for _ in range(50):
        roll = rng.random()
        if roll < 0.04:
            name = rng.choice(vocab["word_names"])
            surname = name[0]
        else:
            if roll < 0.07:
                surname = rng.choice(vocab["compound_surnames"])
            elif roll < 0.11:
                surname = rng.choice(vocab["rare_surnames"])
            else:
                surnames = vocab["surnames"]
                # A falling weight: common surnames come first in the list.
                surname = surnames[min(int(rng.expovariate(1 / 25)), len(surnames) - 1)]
            chars = vocab["given_chars"]
            given = (
                rng.choice(chars) if rng.random() < 0.28 else rng.choice(chars) + rng.choice(chars)
            )
            name = surname + given
        if name not in taken:
            taken.add(name)
            return Person(name, surname)
    raise RuntimeError("name space exhausted")  # pragma: no cover - 100 surnames x 10,000 names


# --------------------------------------------------------------------------- rosters


@functools.cache
def offices_for(district_index: int) -> tuple[Office, ...]:
    level = vocabulary()["districts"][district_index]["level"]
    return tuple(
        Office(
            key=row["key"],
            chain=row["chain"].replace("{L}", level),
            short=row["short"].replace("{L}", level),
            group=row["group"],
            city_chain=row.get("city_chain", "").replace("{L}", level),
        )
        for row in vocabulary()["offices"]
    )


@functools.cache
def rosters(seed: int, district_index: int) -> dict[int, dict[str, Person]]:
    """Who holds which office in each year, for one district. Built year after year from
    FIRST_YEAR so that it depends on the seed alone, not on which reports asked first."""
    rng = random.Random(f"roster:{seed}:{district_index}")
    offices = offices_for(district_index)
    taken: set[str] = set()
    current = {office.key: make_name(rng, taken) for office in offices}
    by_year: dict[int, dict[str, Person]] = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        if year > FIRST_YEAR:
            current = dict(current)
            if rng.random() < PROMOTION_RATE:
                current["secretary"] = current["head"]
                current["head"] = make_name(rng, taken)
            for office in offices:
                if office.key not in ("secretary", "head") and rng.random() < ROSTER_SIZE_TURNOVER:
                    current[office.key] = make_name(rng, taken)
        by_year[year] = current
    return by_year


# ----------------------------------------------------------------------------- dates

DATE_VARIANTS = ("no_year", "relative", "day_only", "glued", "range", "chinese_year")
CHINESE_DIGITS = "0一二三四五六七八九"  # NOISE.md N16: 二0二五年 keeps an ASCII zero


def write_date(date: dt.date, variant: str, rng: random.Random) -> tuple[str, str]:
    """The date as written in the lead sentence, and the variant actually used.

    >>> write_date(dt.date(2024, 8, 2), "full", random.Random(1))
    ('2024年8月2日', 'full')
    >>> write_date(dt.date(2024, 8, 2), "no_year", random.Random(1))
    ('8月2日', 'no_year')
    >>> write_date(dt.date(2025, 3, 3), "glued", random.Random(3))[0] in ("33日", "20250303日")
    True
    >>> write_date(dt.date(2025, 3, 3), "chinese_year", random.Random(1))
    ('二0二五年3月3日', 'chinese_year')
    """
    y, m, d = date.year, date.month, date.day
    if variant == "no_year":
        return f"{m}月{d}日", variant
    if variant == "relative":
        return rng.choice(("近日", "日前", "昨天")), variant
    if variant == "day_only":
        return f"{d}日", variant
    if variant == "glued":
        return (f"{m}{d}日" if rng.random() < 0.5 else f"{y}{m:02d}{d:02d}日"), variant
    if variant == "range":
        following = date + dt.timedelta(days=1)
        if following.month == m:
            return f"{m}月{d}日至{following.day}日", variant
        return f"{m}月{d}日", "no_year"
    if variant == "chinese_year":
        return "".join(CHINESE_DIGITS[int(c)] for c in str(y)) + f"年{m}月{d}日", variant
    return f"{y}年{m}月{d}日", "full"


def random_date(rng: random.Random) -> dt.date:
    start = dt.date(FIRST_YEAR + 1, 1, 1)
    days = (dt.date(LAST_YEAR, 12, 30) - start).days
    return start + dt.timedelta(days=rng.randrange(days))


# ----------------------------------------------------------------------------- events


class Cast:
    """The offices and people of one district in one year, for the event builders."""

    def __init__(self, seed: int, district_index: int, year: int) -> None:
        self.district = vocabulary()["districts"][district_index]
        self.offices = {office.key: office for office in offices_for(district_index)}
        self.holders = rosters(seed, district_index)[year]

    def get(self, key: str) -> tuple[Person, Office]:
        return self.holders[key], self.offices[key]

    def group(
        self, rng: random.Random, groups: tuple[str, ...], k: int
    ) -> list[tuple[Person, Office]]:
        keys = [o.key for o in self.offices.values() if o.group in groups]
        picked = sorted(rng.sample(keys, min(k, len(keys))), key=keys.index)
        return [self.get(key) for key in picked]


def _speech(rng: random.Random, topics: list[str], n: int = 3) -> str:
    """Clauses a speaker says: "要A，B；要C。" from the topics' and generic phrases."""
    vocab = vocabulary()
    pool = [p for t in topics for p in vocab["topics"][t]]
    chosen = rng.sample(pool, min(n, len(pool)))
    chosen.insert(rng.randrange(len(chosen) + 1), rng.choice(vocab["generic_phrases"]))
    clauses = [f"要{chosen[0]}，{chosen[1]}"] + [f"要{p}" for p in chosen[2:]]
    return "；".join(clauses) + "。"


def _names(people: list[tuple[Person, Office]]) -> str:
    return "、".join(p.name for p, _ in people)


def _full(
    story: Story, rng: random.Random, person: Person, office: Office, roles: tuple[str, ...]
) -> str:
    """Title chain + name at a first mention (市委常委、区委书记潘功发)."""
    title = office.city_chain if office.city_chain and rng.random() < 0.3 else office.chain
    story.cite(person, office, roles, title)
    return title + person.name


def _later(
    story: Story, rng: random.Random, person: Person, office: Office, roles: tuple[str, ...]
) -> str:
    """A later mention: bare name, surname + short title (潘书记) or name + 同志."""
    story.cite(person, office, roles, "")
    roll = rng.random()
    if roll < 0.2:
        return person.surname + office.short
    if roll < 0.3:
        return person.name + "同志"
    return person.name


def _lead(story: Story, written: str, rng: random.Random) -> str:
    """Date and time of day opening the lead sentence (no time of day after 近日)."""
    if written in ("近日", "日前"):
        return written
    return written + rng.choice(("上午", "下午", ""))


def event_standing_committee(
    story: Story, cast: Cast, rng: random.Random, topics: list[str], when: str, parens: bool
) -> None:
    d, lv = cast.district["name"], cast.district["level"]
    conveyed = rng.choice(vocabulary()["conveyed"])
    meeting = f"{lv}委常委会（扩大）会议" if parens else f"{lv}委常委会会议"
    story.title = f"{d}召开{lv}委常委会会议"
    story.event = "standing_committee"
    sec = cast.get("secretary")
    head = cast.get("head")
    p1 = f"{when}，{d}召开{meeting}，{conveyed}，研究部署{topics[0]}、{topics[1]}等工作。"
    p1 += f"{_full(story, rng, *sec, ('chair', 'speaker'))}主持会议并讲话。"
    attendees = [head, *cast.group(rng, ("standing",), rng.randint(3, 6))]
    for person, office in attendees:
        story.cite(person, office, ("attendee",), f"{lv}领导")
    p1 += f"{lv}领导{_names(attendees)}等出席会议"
    if rng.random() < 0.6:
        npc, cppcc = cast.get("npc_head"), cast.get("cppcc_head")
        npc_text = _full(story, rng, *npc, ("nonvoting",))
        cppcc_text = _full(story, rng, *cppcc, ("nonvoting",))
        p1 += f"，{npc_text}、{cppcc_text}列席会议"
    p1 += "。"
    if parens:
        p1 += f"各乡镇（街道）、{lv}直有关单位主要负责人参加会议。"
    story.paragraphs.append(p1)
    if rng.random() < 0.4:
        mention = rng.choice(vocabulary()["national_mentions"])
        phrase = mention["phrase"].replace("{topic}", topics[0])
        story.officials.setdefault(
            mention["name"],
            {
                "name": mention["name"],
                "surname": mention["name"][0],
                "title": mention["title"],
                "office": "national",
                "roster_title": mention["title"],
                "roles": {"mentioned"},
            },
        )
        story.paragraphs.append(f"会议强调，要{phrase}，切实把思想和行动统一到上级决策部署上来。")
    story.paragraphs.append(
        f"{_later(story, rng, *sec, ('speaker',))}在讲话中指出，{_speech(rng, topics)}"
    )
    if rng.random() < 0.7:
        story.paragraphs.append(
            f"{_later(story, rng, *head, ('speaker',))}就做好{topics[1]}工作作了具体部署。"
            f"他强调，{_speech(rng, topics[1:], 2)}"
        )
    if rng.random() < 0.5:
        towns = rng.sample(cast.district["townships"], 2)
        story.towns.extend(towns)
        story.paragraphs.append(
            f"会前，{_later(story, rng, *sec, ('leader',))}、"
            f"{_later(story, rng, *head, ('leader',))}"
            f"率队赴{towns[0]}、{towns[1]}等地现场考察观摩了{rng.randint(3, 12)}个产业项目。"
        )


def event_inspection(
    story: Story, cast: Cast, rng: random.Random, topics: list[str], when: str, parens: bool
) -> None:
    lv = cast.district["level"]
    leader = cast.get(rng.choice(("secretary", "head", "head", "vice_head_1", "executive_deputy")))
    town = rng.choice(cast.district["townships"])
    story.towns.append(town)
    story.event = "inspection"
    story.title = f"{leader[0].name}赴{town}调研{topics[0]}工作"
    companions = [c for c in cast.group(rng, ("standing", "government"), 2) if c[0] != leader[0]]
    if rng.random() < 0.5:
        p1 = f"{when}，{_full(story, rng, *leader, ('leader',))}率队赴{town}调研{topics[0]}工作。"
    else:
        p1 = f"{when}，{_full(story, rng, *leader, ('leader',))}深入{town}，"
        p1 += f"就{topics[0]}工作开展调研。"
    if companions:
        if rng.random() < 0.5:
            for person, office in companions:
                story.cite(person, office, ("accompanying",), f"{lv}领导")
            p1 += f"{lv}领导{_names(companions)}陪同调研。"
        else:
            parts = [_full(story, rng, p, o, ("accompanying",)) for p, o in companions]
            p1 += f"{'、'.join(parts)}陪同。"
    if parens:
        p1 += f"{town}及{lv}直有关部门（单位）负责人参加调研。"
    story.paragraphs.append(p1)
    sites = rng.sample(vocabulary()["sites"], 2)
    sites = [s.replace("{town}", town) for s in sites]
    story.paragraphs.append(
        f"{_later(story, rng, *leader, ('leader',))}一行先后来到{sites[0]}、{sites[1]}，"
        f"实地察看{topics[0]}推进情况，"
        "详细了解存在的困难和问题，现场研究解决办法。"
    )
    story.paragraphs.append(
        f"{_later(story, rng, *leader, ('speaker',))}强调，{_speech(rng, topics)}"
    )


def event_executive_meeting(
    story: Story, cast: Cast, rng: random.Random, topics: list[str], when: str, parens: bool
) -> None:
    d, lv = cast.district["name"], cast.district["level"]
    head = cast.get("head")
    number = rng.randint(2, 60)
    story.event = "executive_meeting"
    story.title = f"{lv}政府召开第{number}次常务会议"
    p1 = f"{when}，{_full(story, rng, *head, ('chair',))}主持召开{lv}政府第{number}次常务会议，"
    p1 += f"研究{topics[0]}、{topics[1]}等工作。"
    vices = cast.group(rng, ("government",), rng.randint(2, 4))
    for person, office in vices:
        story.cite(person, office, ("attendee",), f"副{lv}长")
    p1 += f"副{lv}长{_names(vices)}出席会议，{lv}政府办、{lv}发展改革委等部门主要负责人列席会议。"
    story.paragraphs.append(p1)
    draft = "（草案）" if parens else ""
    story.paragraphs.append(
        f"会议听取了{topics[0]}工作情况汇报，审议并原则通过了《{d}{topics[1]}工作实施方案{draft}》。"
    )
    story.paragraphs.append(
        f"{_later(story, rng, *head, ('speaker',))}强调，{_speech(rng, topics)}"
    )


def event_symposium(
    story: Story, cast: Cast, rng: random.Random, topics: list[str], when: str, parens: bool
) -> None:
    d, lv = cast.district["name"], cast.district["level"]
    kind = rng.choice(("座谈会", "调度会", "推进会"))
    story.event = "symposium"
    story.title = f"{d}召开{topics[0]}工作{kind}"
    sec = cast.get(rng.choice(("secretary", "head")))
    chair = cast.get(rng.choice(("vice_head_1", "vice_head_2", "executive_deputy")))
    p1 = f"{when}，{d}召开{topics[0]}工作{kind}。"
    p1 += f"{_full(story, rng, *sec, ('attendee', 'speaker'))}出席并讲话，"
    p1 += f"{_full(story, rng, *chair, ('chair',))}主持会议。"
    story.paragraphs.append(p1)
    others = [
        c
        for c in cast.group(rng, ("standing", "npc", "cppcc"), 2)
        if c[0] not in (sec[0], chair[0])
    ]
    if others:
        for person, office in others:
            story.cite(person, office, ("attendee",), f"{lv}领导")
        p2 = f"{_names(others)}等{lv}领导参加会议。"
        if parens:
            p2 += "各乡镇（街道）主要负责人参加会议。"
        story.paragraphs.append(p2)
    towns = rng.sample(cast.district["townships"], 2)
    story.towns.extend(towns)
    story.paragraphs.append(f"会上，{towns[0]}、{towns[1]}等单位作了交流发言。")
    story.paragraphs.append(f"{_later(story, rng, *sec, ('speaker',))}指出，{_speech(rng, topics)}")


def event_study_session(
    story: Story, cast: Cast, rng: random.Random, topics: list[str], when: str, parens: bool
) -> None:
    d, lv = cast.district["name"], cast.district["level"]
    sec = cast.get("secretary")
    story.event = "study_session"
    story.title = f"{lv}委理论学习中心组举行集体学习"
    mention = rng.choice(vocabulary()["national_mentions"])
    story.officials[mention["name"]] = {
        "name": mention["name"],
        "surname": mention["name"][0],
        "title": mention["title"],
        "office": "national",
        "roster_title": mention["title"],
        "roles": {"mentioned"},
    }
    phrase = mention["phrase"].replace("{topic}", topics[0])
    p1 = f"{when}，{lv}委理论学习中心组举行第{rng.randint(2, 12)}次集体学习，{phrase}。"
    p1 += f"{_full(story, rng, *sec, ('chair', 'speaker'))}主持并讲话。"
    story.paragraphs.append(p1)
    speakers = cast.group(rng, ("standing",), 2)
    parts = [_full(story, rng, p, o, ("speaker",)) for p, o in speakers]
    story.paragraphs.append(f"{'、'.join(parts)}结合分管工作作交流发言。")
    story.paragraphs.append(f"{_later(story, rng, *sec, ('speaker',))}强调，{_speech(rng, topics)}")
    npc, cppcc = cast.get("npc_head"), cast.get("cppcc_head")
    tail = f"{lv}委理论学习中心组成员参加学习，{_full(story, rng, *npc, ('nonvoting',))}、"
    tail += f"{_full(story, rng, *cppcc, ('nonvoting',))}列席会议。"
    if parens:
        tail += f"{d}各乡镇（街道）党（工）委书记列席会议。"
    story.paragraphs.append(tail)


def event_visit(
    story: Story, cast: Cast, rng: random.Random, topics: list[str], when: str, parens: bool
) -> None:
    lv = cast.district["level"]
    sec, head = cast.get("secretary"), cast.get("head")
    towns = rng.sample(cast.district["townships"], 2)
    story.towns.extend(towns)
    story.event = "visit"
    story.title = f"{lv}领导走访慰问困难群众"
    p1 = (
        f"{when}，{_full(story, rng, *sec, ('leader',))}、{_full(story, rng, *head, ('leader',))}"
        f"分别带队走访慰问{towns[0]}、{towns[1]}困难群众和老党员，送去党和政府的关怀与温暖，"
        f"并就{topics[0]}工作听取基层意见。"
    )
    story.paragraphs.append(p1)
    companion = cast.group(rng, ("standing",), 1)
    p2 = f"在{towns[0]}，{_later(story, rng, *sec, ('leader',))}详细询问群众的身体状况和生活情况，"
    p2 += "叮嘱他们保重身体。"
    if companion:
        person, office = companion[0]
        story.cite(person, office, ("accompanying",), f"{lv}领导")
        p2 += f"{lv}领导{person.name}陪同。"
    story.paragraphs.append(p2)
    if parens:
        story.paragraphs.append("此次共走访慰问困难群众（含老党员）二十余户。")
    story.paragraphs.append(
        f"{_later(story, rng, *sec, ('speaker',))}要求，{_speech(rng, topics, 2)}"
    )


def event_npc_session(
    story: Story, cast: Cast, rng: random.Random, topics: list[str], when: str, parens: bool
) -> None:
    d, lv = cast.district["name"], cast.district["level"]
    npc, head = cast.get("npc_head"), cast.get("head")
    vice = cast.get(rng.choice(("vice_head_1", "vice_head_2", "vice_head_3")))
    number = rng.randint(3, 40)
    story.event = "npc_session"
    story.title = f"{lv}人大常委会召开第{number}次会议"
    p1 = f"{when}，{lv}人大常委会召开第{number}次会议。"
    p1 += f"{_full(story, rng, *npc, ('chair',))}主持会议。"
    vices = cast.group(rng, ("npc",), 3)
    vices = [v for v in vices if v[0] != npc[0]]
    for person, office in vices:
        story.cite(person, office, ("attendee",), f"{lv}人大常委会副主任")
    p1 += f"{lv}人大常委会副主任{_names(vices)}出席会议，"
    p1 += f"{_full(story, rng, *vice, ('nonvoting',))}列席会议。"
    story.paragraphs.append(p1)
    delegate_title = head[1].chain
    story.cite(head[0], head[1], ("mentioned",), delegate_title)
    p2 = f"受{delegate_title}{head[0].name}委托，{_later(story, rng, *vice, ('speaker',))}"
    p2 += f"向会议作关于{d}{topics[0]}工作情况的报告"
    p2 += "（书面）。" if parens else "。"
    story.paragraphs.append(p2)
    story.paragraphs.append(
        f"{_later(story, rng, *npc, ('speaker',))}强调，{_speech(rng, topics, 2)}"
    )


EVENTS = (
    (event_standing_committee, 3),
    (event_inspection, 4),
    (event_executive_meeting, 2),
    (event_symposium, 2),
    (event_study_session, 1),
    (event_visit, 1),
    (event_npc_session, 1),
)


def compose_story(
    seed: int,
    rng: random.Random,
    date_variant: str = "full",
    parens: bool = False,
    date: dt.date | None = None,
    district_index: int | None = None,
) -> tuple[Story, str, str]:
    """A clean report, the date as written and the date variant actually used."""
    vocab = vocabulary()
    date = date or random_date(rng)
    if district_index is None:
        district_index = rng.randrange(len(vocab["districts"]))
    cast = Cast(seed, district_index, date.year)
    story = Story(district=cast.district, date=date)
    written, variant = write_date(date, date_variant, rng)
    topics = rng.sample(vocab["topic_names"], 2)
    builders, weights = zip(*EVENTS, strict=True)
    builder = rng.choices(builders, weights)[0]
    builder(story, cast, rng, topics, _lead(story, written, rng), parens)
    # Ordered, unique (a town can be drawn twice by two sentences).
    story.towns = list(dict.fromkeys(story.towns))
    return story, written, variant
