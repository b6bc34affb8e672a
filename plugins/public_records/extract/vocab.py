"""The officials extractor's vocabulary, read once from data/officials_vocab.yml and
data/surnames.txt (see those files for what each list means and why)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _welcome_family(data: dict) -> dict:
    """The welcome word family derived from its smallest lists (review43 finding 4: seven
    lists kept apart read one fact two ways): hosting_words = welcoming_verbs + its own;
    receiving_verbs = hosting_words + its own; the name ends before a welcoming verb
    (name_followers); a receiving verb ends the guest's title (prefix_stop_words) but those
    of receiving_verbs_in_titles; welcomed_parties gets arrival_nouns but 到来.

    >>> d = _welcome_family({"welcoming_verbs": ["欢迎"], "hosting_words": ["接待"],
    ...     "receiving_verbs": ["会见"], "receiving_verbs_in_titles": ["欢迎"],
    ...     "name_followers": [], "prefix_stop_words": ["在"], "welcomed_parties": ["一行"],
    ...     "arrival_nouns": ["到来", "莅临"]})
    >>> d["receiving_verbs"], d["prefix_stop_words"], d["welcomed_parties"]
    (['欢迎', '接待', '会见'], ['在', '接待', '会见'], ['一行', '莅临'])
    """
    welcoming = data["welcoming_verbs"]
    hosting = [*welcoming, *data["hosting_words"]]
    receiving = [*hosting, *data["receiving_verbs"]]
    in_titles = set(data["receiving_verbs_in_titles"])
    return data | {
        "hosting_words": hosting,
        "receiving_verbs": receiving,
        "name_followers": [*data["name_followers"], *welcoming],
        "prefix_stop_words": [
            *data["prefix_stop_words"],
            *(w for w in receiving if w not in in_titles and w not in data["prefix_stop_words"]),
        ],
        "welcomed_parties": [
            *data["welcomed_parties"],
            *(w for w in data["arrival_nouns"] if w != "到来"),
        ],
    }


def _absent(data: dict) -> list[str]:
    """The mention markers of absence: each absence word, alone and after each excuse
    (未能出席, 因故未能出席): one list of absence words, read by both the verb exclusions
    and the mention markers, so neither misses a word the other has (review43 finding 3).

    >>> _absent({"absence_words": ["未出席"], "absence_excuses": ["因故"]})
    ['未出席', '因故未出席']
    """
    words = [*data["absence_words"], *data.get("death_words", [])]
    return [*words, *(excuse + w for excuse in data["absence_excuses"] for w in words)]


def _longest_first(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Vocab:
    cores: tuple[str, ...]
    level_cores: frozenset[str]
    level_cores_never_after_place: frozenset[str]
    allowed_before_level_core: frozenset[str]
    core_not_followed_by: dict[str, tuple[str, ...]]
    collective_titles: frozenset[str]
    prefix_stop_words: tuple[str, ...]
    protected_org_phrases: tuple[str, ...]
    name_followers: tuple[str, ...]
    holder_offices: tuple[str, ...]
    split_name_followers: tuple[str, ...]
    name_end_splits: tuple[str, ...]
    honorifics: tuple[str, ...]
    role_verbs: tuple[tuple[str, str], ...]  # (verb, role), longest verb first
    predicate_enders: frozenset[str]
    verb_exclusions: tuple[str, ...]
    mention_governors: tuple[str, ...]
    present_governors: tuple[str, ...]
    mention_markers: tuple[str, ...]
    death_words: tuple[str, ...]
    death_prefixes: tuple[str, ...]
    death_day_chars: frozenset[str]
    clause_openers: tuple[str, ...]
    pronouns: frozenset[str]
    not_names: frozenset[str]
    words_over_name_end: tuple[str, ...]
    not_given_names: frozenset[str]
    organ_abbreviations: tuple[str, ...]
    org_endings: frozenset[str]
    list_openers: tuple[str, ...]
    doctrine_markers: tuple[str, ...]
    present_titles: tuple[str, ...]
    appointing_words: tuple[str, ...]
    list_only_surnames: frozenset[str]
    single_surnames: frozenset[str]
    compound_surnames: frozenset[str]
    cores_after_mark: frozenset[str] = frozenset()
    word_surnames: frozenset[str] = frozenset()
    preposition_surnames: frozenset[str] = frozenset()
    governing_prepositions: frozenset[str] = frozenset()
    listening_words: tuple[str, ...] = ()
    weak_presence_words: tuple[str, ...] = ()
    presence_at_clause_end: tuple[str, ...] = ()
    wish_adverbs: tuple[str, ...] = ()
    viewing_for_others: tuple[str, ...] = ()
    heard_governors: tuple[str, ...] = ()
    speaker_openers: tuple[str, ...] = ()
    visit_instruction_verbs: tuple[str, ...] = ()
    verbs_before_title: tuple[str, ...] = ()
    address_forms: tuple[str, ...] = ()
    former_markers: tuple[str, ...] = ()
    former_after: tuple[str, ...] = ()
    interpellation_markers: tuple[str, ...] = ()
    interpellation_openers: tuple[str, ...] = ()
    name_final_followers: tuple[str, ...] = ()
    day_before_act: tuple[str, ...] = ()
    adverbs_before_act: tuple[str, ...] = ()
    transliterated_openers: tuple[str, ...] = ()
    post_taking_words: tuple[str, ...] = ()
    split_given_not: frozenset[str] = frozenset()
    post_change_verbs: tuple[str, ...] = ()
    word_surname_adverbs: frozenset[str] = frozenset()
    title_suffixes: tuple[str, ...] = ()
    roster_linkers: tuple[str, ...] = ()
    behalf_openers: tuple[str, ...] = ()
    # the words the extractor's rules read (see the yml for each); tuples keep the
    # yml's order where the rule reads them in order
    level_openers: frozenset[str] = frozenset()
    group_openers: frozenset[str] = frozenset()
    split_name_after: frozenset[str] = frozenset()
    person_counters: tuple[str, ...] = ()
    other_counters: tuple[str, ...] = ()
    naming_verbs: tuple[str, ...] = ()
    together_words: frozenset[str] = frozenset()
    area_words: frozenset[str] = frozenset()
    escort_frames: tuple[str, ...] = ()
    led_frames: tuple[str, ...] = ()
    escort_joined_acts: tuple[str, ...] = ()
    escort_spoken_acts: tuple[str, ...] = ()
    escort_spoken_kinds: tuple[str, ...] = ()
    take_along_verbs: frozenset[str] = frozenset()
    party_leading_words: tuple[str, ...] = ()
    visit_verbs: frozenset[str] = frozenset()
    governed_fillers: tuple[str, ...] = ()
    attend_gap_words: tuple[str, ...] = ()
    leaving_words: tuple[str, ...] = ()
    colon_linkers: tuple[str, ...] = ()
    heading_posts: tuple[str, ...] = ()
    group_joiners: tuple[str, ...] = ()
    on_a_day_words: tuple[str, ...] = ()
    deputy_councils: tuple[str, ...] = ()
    deputy_acts: tuple[str, ...] = ()
    deputy_congresses: tuple[str, ...] = ()
    party_titles: frozenset[str] = frozenset()
    wish_words: tuple[str, ...] = ()
    encouraging_words: tuple[str, ...] = ()
    spoken_wishes: tuple[str, ...] = ()
    wish_joiners: tuple[str, ...] = ()
    summing_verbs: tuple[str, ...] = ()
    summed_objects: tuple[str, ...] = ()
    elected_collectives: tuple[str, ...] = ()
    planned_words: tuple[str, ...] = ()
    programme_words: tuple[str, ...] = ()
    reporting_verbs: tuple[str, ...] = ()
    reported_objects: tuple[str, ...] = ()
    hosting_words: tuple[str, ...] = ()
    receiving_verbs: tuple[str, ...] = ()
    welcomed_parties: tuple[str, ...] = ()
    welcomed_guests: tuple[str, ...] = ()
    welcoming_verbs: tuple[str, ...] = ()
    arrival_nouns: tuple[str, ...] = ()
    crowd_pronouns: tuple[str, ...] = ()
    inviting_verbs: tuple[str, ...] = ()
    together_before_acts: tuple[str, ...] = ()
    joint_act_words: tuple[str, ...] = ()
    studying_verbs: tuple[str, ...] = ()
    discussing_verbs: tuple[str, ...] = ()
    introducing_verbs: tuple[str, ...] = ()
    meeting_name_ends: tuple[str, ...] = ()
    acts_opened_by_meeting_end: tuple[str, ...] = ()
    retired_groups: tuple[str, ...] = ()
    conveners_before_name: tuple[str, ...] = ()
    org_word_endings: tuple[str, ...] = ()
    kin_before_name: tuple[str, ...] = ()
    escort_joiners: frozenset[str] = frozenset()
    companion_joiners: frozenset[str] = frozenset()
    companion_visit_acts: tuple[str, ...] = ()
    joined_group_ends: tuple[str, ...] = ()
    deep_talk_words: tuple[str, ...] = ()
    guiding_frames: tuple[str, ...] = ()
    visiting_member_groups: tuple[str, ...] = ()
    everyone_led: tuple[str, ...] = ()
    unnamed_escort_ends: tuple[str, ...] = ()
    supporting_frames: tuple[str, ...] = ()
    own_people_escorted: tuple[str, ...] = ()
    greeted_all: tuple[str, ...] = ()
    chained_posts: tuple[str, ...] = ()
    transliteration_characters: frozenset[str] = frozenset()


def _with_deputies(cores: list[str]) -> list[str]:
    """Add 副X and 常务副X for every core X (副校长 from 校长) so the list stays short."""
    out = set(cores)
    for core in cores:
        if not core.startswith(("副", "常务", "总", "代")):
            out.update({"副" + core, "常务副" + core})
    return sorted(out)


# The word lists the extractor's rules read: those only asked whether they hold a word, as
# sets; the others in the yml's order (alternations, the first that matches wins).
_RULE_WORD_SETS = (
    "level_openers",
    "group_openers",
    "split_name_after",
    "together_words",
    "area_words",
    "take_along_verbs",
    "visit_verbs",
    "party_titles",
    "escort_joiners",
    "companion_joiners",
)
_RULE_WORD_TUPLES = (
    "person_counters",
    "other_counters",
    "naming_verbs",
    "escort_frames",
    "led_frames",
    "party_leading_words",
    "companion_visit_acts",
    "escort_joined_acts",
    "escort_spoken_acts",
    "escort_spoken_kinds",
    "governed_fillers",
    "attend_gap_words",
    "leaving_words",
    "colon_linkers",
    "heading_posts",
    "group_joiners",
    "on_a_day_words",
    "deputy_councils",
    "deputy_acts",
    "deputy_congresses",
    "wish_words",
    "encouraging_words",
    "spoken_wishes",
    "wish_joiners",
    "weak_presence_words",
    "presence_at_clause_end",
    "wish_adverbs",
    "viewing_for_others",
    "summing_verbs",
    "summed_objects",
    "elected_collectives",
    "planned_words",
    "programme_words",
    "reporting_verbs",
    "reported_objects",
    "hosting_words",
    "receiving_verbs",
    "welcomed_parties",
    "welcomed_guests",
    "welcoming_verbs",
    "arrival_nouns",
    "crowd_pronouns",
    "inviting_verbs",
    "together_before_acts",
    "joint_act_words",
    "studying_verbs",
    "discussing_verbs",
    "introducing_verbs",
    "meeting_name_ends",
    "acts_opened_by_meeting_end",
    "retired_groups",
    "conveners_before_name",
    "org_word_endings",
    "kin_before_name",
    "joined_group_ends",
    "deep_talk_words",
    "guiding_frames",
    "visiting_member_groups",
    "everyone_led",
    "unnamed_escort_ends",
    "supporting_frames",
    "own_people_escorted",
    "greeted_all",
    "chained_posts",
)


def _rule_words(data: dict) -> dict[str, frozenset[str] | tuple[str, ...]]:
    """The rules' word lists of the yml, by field name."""
    return {key: frozenset(data[key]) for key in _RULE_WORD_SETS} | {
        key: tuple(data[key]) for key in _RULE_WORD_TUPLES
    }


@cache
def vocab() -> Vocab:
    data = yaml.safe_load((DATA_DIR / "officials_vocab.yml").read_text(encoding="utf-8"))
    data = _welcome_family(data)
    surnames = [
        line.strip()
        for line in (DATA_DIR / "surnames.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    verbs = [(verb, role) for role, words in data["role_verbs"].items() for verb in words]
    verbs.sort(key=lambda pair: (-len(pair[0]), pair[0]))
    return Vocab(
        cores=_longest_first(_with_deputies(data["title_cores"])),
        level_cores=frozenset(data["level_cores"]),
        level_cores_never_after_place=frozenset(data["level_cores_never_after_place"]),
        allowed_before_level_core=frozenset(data["allowed_before_level_core"]),
        core_not_followed_by={k: tuple(v) for k, v in data["core_not_followed_by"].items()},
        collective_titles=frozenset(data["collective_titles"]),
        prefix_stop_words=_longest_first(data["prefix_stop_words"]),
        protected_org_phrases=_longest_first(data["protected_org_phrases"]),
        name_followers=_longest_first([*data["name_followers"], *data["listening_words"]]),
        holder_offices=_longest_first(data["holder_offices"]),
        split_name_followers=_longest_first(data["split_name_followers"]),
        name_end_splits=_longest_first(data["name_end_splits"]),
        honorifics=tuple(data["honorifics"]),
        role_verbs=tuple(verbs),
        predicate_enders=frozenset(data["predicate_enders"]),
        verb_exclusions=_longest_first([*data["verb_exclusions"], *data["absence_words"]]),
        mention_governors=_longest_first(data["mention_governors"]),
        present_governors=_longest_first(data["present_governors"]),
        heard_governors=_longest_first(data.get("heard_governors", [])),
        mention_markers=_longest_first([*data["mention_markers"], *_absent(data)]),
        death_words=_longest_first(data["death_words"]),
        death_prefixes=_longest_first(data["death_prefixes"]),
        death_day_chars=frozenset(str(data["death_day_chars"])),
        clause_openers=_longest_first(data["clause_openers"]),
        pronouns=frozenset(data["pronouns"]),
        not_names=frozenset(data["not_names"]),
        words_over_name_end=_longest_first(data["words_over_name_end"]),
        not_given_names=frozenset(data["not_given_names"]),
        organ_abbreviations=_longest_first(data["organ_abbreviations"]),
        org_endings=frozenset(data["org_endings"]),
        list_openers=_longest_first(data["list_openers"]),
        doctrine_markers=_longest_first(data["doctrine_markers"]),
        present_titles=_longest_first(data["present_titles"]),
        appointing_words=_longest_first(data["appointing_words"]),
        list_only_surnames=frozenset(data["list_only_surnames"]),
        single_surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        cores_after_mark=frozenset(data.get("cores_after_mark", ())),
        word_surnames=frozenset(data.get("word_surnames", ())),
        preposition_surnames=frozenset(data.get("preposition_surnames", ())),
        governing_prepositions=frozenset(data.get("governing_prepositions", ())),
        listening_words=tuple(data["listening_words"]),
        speaker_openers=_longest_first(data.get("speaker_openers", [])),
        visit_instruction_verbs=_longest_first(data.get("visit_instruction_verbs", [])),
        verbs_before_title=_longest_first(data.get("verbs_before_title", [])),
        address_forms=_longest_first(data.get("address_forms", [])),
        former_markers=_longest_first(data.get("former_markers", [])),
        former_after=_longest_first(data.get("former_after", [])),
        interpellation_markers=_longest_first(data.get("interpellation_markers", [])),
        interpellation_openers=_longest_first(data.get("interpellation_openers", [])),
        name_final_followers=_longest_first(data.get("name_final_followers", [])),
        day_before_act=_longest_first(data.get("day_before_act", [])),
        adverbs_before_act=_longest_first(data.get("adverbs_before_act", [])),
        transliterated_openers=_longest_first(data.get("transliterated_openers", [])),
        transliteration_characters=frozenset("".join(data.get("transliteration_characters", []))),
        post_taking_words=_longest_first(data.get("post_taking_words", [])),
        split_given_not=frozenset(data.get("split_given_not", [])),
        post_change_verbs=_longest_first(data.get("post_change_verbs", [])),
        word_surname_adverbs=frozenset(data.get("word_surname_adverbs", [])),
        title_suffixes=_longest_first(data.get("title_suffixes", [])),
        roster_linkers=_longest_first(data.get("roster_linkers", [])),
        behalf_openers=_longest_first(data.get("behalf_openers", [])),
        **_rule_words(data),
    )
