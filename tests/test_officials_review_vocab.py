"""The words the officials extractor's rules read live in data/officials_vocab.yml
(review mend: _NAMING, SPLIT_NAME_AFTER, GROUP_OPENERS, the counters 位/名, 陪同下 and the
other word lists moved out of extract/officials.py). Each list is loaded from the yml,
and one invented sentence per list reads as it did; each sentence reads otherwise when
its list is emptied."""

import pytest
import yaml
from public_records.extract.officials import find_officials
from public_records.extract.vocab import DATA_DIR, vocab

# (the yml's list, a sentence that needs it, what find_officials reads: name -> (title, roles))
CASES = (
    (
        "level_openers",
        "副镇长韩立新镇人大主席周海波出席会议。",
        {"韩立新": ("副镇长", ("attendee",)), "周海波": ("镇人大主席", ("attendee",))},
    ),
    (
        "group_openers",
        "县议员林东海、各乡镇市长、县党部主委许立新到场祝贺。",
        {"林东海": ("县议员", ("attendee",)), "许立新": ("县党部主委", ("attendee",))},
    ),
    (
        "split_name_after",
        "某南市陈副市长一新出席活动。",
        {"陈一新": ("某南市副市长", ("attendee",))},
    ),
    (
        "person_counters",
        "韩立新、周海波等2位代表发言。",
        {"韩立新": ("代表", ("speaker",)), "周海波": ("代表", ("speaker",))},
    ),
    (
        "other_counters",
        "张大同、李明华等3个代表团团长出席会议。",
        {"张大同": ("代表团团长", ("attendee",)), "李明华": ("代表团团长", ("attendee",))},
    ),
    (
        "naming_verbs",
        "会议推选大会执行主席由韩立新、周海波担任。",
        {"韩立新": ("大会执行主席", ("mentioned",)), "周海波": ("大会执行主席", ("mentioned",))},
    ),
    (
        "together_words",
        "县长周海波会同乡长韩立新至果园视察。",
        # the one joined by 会同 goes along on the visit (escort_joiners, roles round 3)
        {"周海波": ("县长", ("leader",)), "韩立新": ("乡长", ("accompanying",))},
    ),
    ("escort_frames", "县长周海波在工作人员陪同下察看工地。", {"周海波": ("县长", ("leader",))}),
    (
        "led_frames",
        "在副县长周海波的带领下，出席镇人代会的代表们对几处水利工程开展视察。",
        {"周海波": ("副县长", ("leader",))},
    ),
    (
        "escort_joined_acts",
        "镇党委书记周海波，镇长韩立新陪同调研并参加会议。",
        {
            "周海波": ("镇党委书记", ("attendee", "accompanying")),
            "韩立新": ("镇长", ("attendee", "accompanying")),
        },
    ),
    (
        "take_along_verbs",
        "市长周海波率领市府团队出席升旗典礼。",
        {"周海波": ("市长", ("attendee",))},
    ),
    (
        "visit_verbs",
        "县政协领导周海波、韩立新前往驻地看望参加县政协会议的委员。",
        {"周海波": ("县政协领导", ("leader",)), "韩立新": ("县政协领导", ("leader",))},
    ),
    (
        "governed_fillers",
        "会议认真学习了县委书记周海波在全县大会上的讲话，副县长韩立新主持。",
        {"周海波": ("县委书记", ("mentioned",)), "韩立新": ("副县长", ("chair",))},
    ),
    (
        "attend_gap_words",
        "副县长周海波、韩立新参加此次调研活动。",
        {"周海波": ("副县长", ("attendee",)), "韩立新": ("副县长", ("attendee",))},
    ),
    (
        "leaving_words",
        "周海波、韩立新因年龄原因，辞去县人大常委会副主任职务。",
        {
            "周海波": ("县人大常委会副主任", ("mentioned",)),
            "韩立新": ("县人大常委会副主任", ("mentioned",)),
        },
    ),
    (
        "colon_linkers",
        "出席会议的县领导分别是：周海波、韩立新、许立东。",
        {
            "周海波": ("县领导", ("attendee",)),
            "韩立新": ("县领导", ("attendee",)),
            "许立东": ("县领导", ("attendee",)),
        },
    ),
    (
        "group_joiners",
        "出席会议的县领导有：周海波、韩立新、许立东以及其他县级领导。",
        {
            "周海波": ("县领导", ("attendee",)),
            "韩立新": ("县领导", ("attendee",)),
            "许立东": ("县领导", ("attendee",)),
        },
    ),
)


def test_every_moved_list_is_read_from_the_yml():
    data = yaml.safe_load((DATA_DIR / "officials_vocab.yml").read_text(encoding="utf-8"))
    v = vocab()
    for key, _, _ in CASES:
        assert data[key], key
        got = getattr(v, key)
        # a list read in its order keeps the yml's order
        assert (list(got) if isinstance(got, tuple) else sorted(got)) == (
            data[key] if isinstance(got, tuple) else sorted(data[key])
        ), key


@pytest.mark.parametrize(("key", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_a_sentence_that_needs_the_list(key, text, want):
    got = {m.name: (m.title, m.roles) for m in find_officials(text)}
    assert got == want, key
