"""The name of a doctrine is no mention of its leader (labelling rule of stop 36, see
tests/real/README.md "How roles were read"); the leader named outside it still is.
Sentences invented."""

import pytest
from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in extract_officials(text)}


@pytest.mark.parametrize(
    "text",
    [
        "会议要求，要坚持以习近平新时代中国特色社会主义思想为指导，县长王建国出席会议。",
        "全镇干部要更加紧密地团结在以习近平同志为核心的党中央周围。县长王建国出席会议。",
    ],
)
def test_a_doctrine_alone_names_no_one(text):
    assert set(found(text)) == {"王建国"}


def test_the_leader_named_outside_the_doctrine_is_mentioned_once():
    text = (
        "会议以习近平新时代中国特色社会主义思想为指导。"
        "会议要求，全体干部要坚决贯彻习近平总书记系列重要讲话精神。县长王建国出席会议。"
    )
    got = found(text)
    assert got["习近平"][1] == ("mentioned",)
    assert got["王建国"] == ("县长", ("attendee",))


def test_a_name_known_from_the_report_ends_at_a_title_after_it():
    # 系列 after 总书记 ends no title on its own; the name, known from the doctrine, is
    # ended by the title written after it
    text = "会议以习近平新时代中国特色社会主义思想为指导，贯彻习近平总书记系列重要讲话精神。"
    (xi,) = [m for m in extract_officials(text) if m.name == "习近平"]
    assert text[xi.start : xi.end + 3] == "习近平总书记"  # the evidence, not the doctrine
