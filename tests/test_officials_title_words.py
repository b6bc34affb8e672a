"""Officials: title words seen on real pages outside the vocabulary (issue 11, fifth
development batch): heads of a command post (防控指挥部指挥长) and township
representatives of Taiwan's township councils (乡代表, 镇民代表会代表).

Each sentence is written here in the shape of a class seen on real pages (never copied
from them); the expected people, titles and roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in extract_officials(text)}


def test_the_head_of_a_command_post():
    got = found("县委书记、县防汛指挥部指挥长王一明检查防汛工作。")
    assert got["王一明"][0] == "县委书记、县防汛指挥部指挥长"
    got = found("副县长、指挥部副指挥长李建华，指挥部常务副指挥长周小红参加检查。")
    assert set(got) == {"李建华", "周小红"}


def test_township_representatives_in_a_list():
    got = found("乡代会主席王一明、乡代表李建华、周小红、陈志刚前往工地会勘。")
    assert set(got) == {"王一明", "李建华", "周小红", "陈志刚"}
    assert got["周小红"][0] == "乡代表"
    got = found("镇民代表会代表李建华、周小红等皆到场参与。")
    assert set(got) == {"李建华", "周小红"}


def test_representing_is_no_title():
    assert found("县长王一明代表县政府作工作报告。") == {"王一明": ("县长", ("speaker",))}
    assert "代表团" not in "".join(found("乡代表团团长王一明出席。"))


def test_a_person_elected_to_a_post():
    got = found("会议进行了补选。王一明当选县政协副主席，李建华当选县政协常务委员。")
    assert set(got) == {"王一明", "李建华"}
    assert got["王一明"] == ("县政协副主席", ("mentioned",))


def test_a_list_opener_is_no_part_of_the_title_after_it():
    got = found("考察成员包括乡代会主席王一明、乡代表李建华、周小红。")
    assert got["王一明"][0] == "乡代会主席"
