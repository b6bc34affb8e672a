"""Officials on real pages (issue 11, round names49): appointment and election reports.
People relieved of a post (免去A同志…职务, 免去A的…职务), people elected with their
vote count between the name and 当选 (A以六票全票当选…, A以190票的高票当选…, A以最高票
当选…), a term's number in digits inside a title (第14届…议长), and two election words
(副议长A扶正, 当选正副议长连任成功). Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles

# --- 免去: the people relieved of a post ---------------------------------------------


def test_dismissed_with_de_before_the_post():
    text = "会议决定免去孙志远的东坪市人民政府副市长职务。"
    assert _titles(text) == {"孙志远": "东坪市人民政府副市长"}
    assert _roles(text) == {"孙志远": ("mentioned",)}


def test_dismissed_comrades_listed_each_with_a_post():
    text = "会议同意免去孙志远同志东坪市人民政府市长职务、黄立文同志东坪市人民政府副市长职务。"
    assert _titles(text) == {
        "孙志远": "东坪市人民政府市长",
        "黄立文": "东坪市人民政府副市长",
    }


def test_dismissed_with_le_and_comrade_and_de():
    assert _titles("会议免去了孙志远同志的县政协副主席职务。") == {"孙志远": "县政协副主席"}


def test_dismissal_of_no_named_person_names_no_one():
    # guard: the people dismissed are a group, not named
    assert _names("会议决定免去相关单位负责人职务。") == []
    assert _names("依法免去其职务。") == []


def test_appointment_reading_unchanged():
    # guard: 任命A为… is read as before
    assert _titles("会议决定任命孙志远为东坪县交通运输局局长。") == {
        "孙志远": "东坪县交通运输局局长"
    }


# --- 以N票当选: a vote count between the name and the electing word --------------------


def test_elected_with_a_vote_count_in_chinese_numerals():
    text = "选举结果，许明慧以四票当选主席，罗薇琪以六票全票当选副主席。"
    assert _titles(text) == {"许明慧": "主席", "罗薇琪": "副主席"}
    assert _roles(text) == {"许明慧": ("mentioned",), "罗薇琪": ("mentioned",)}


def test_elected_with_a_vote_count_in_digits_and_its_high_vote():
    text = "经过计票，孙志远以188票的高票当选为县人大常委会主任。"
    assert _titles(text) == {"孙志远": "县人大常委会主任"}


def test_elected_with_the_most_votes():
    assert _titles("民进党黄立文以最高票当选议长。") == {"黄立文": "议长"}


def test_a_pronoun_with_a_vote_count_is_no_name():
    # guard: no name before 以N票
    assert _names("他以四票当选主席。") == []


def test_elected_with_a_full_vote_unchanged():
    # guard: 以全票 was read before
    assert _titles("许明慧以全票当选主席。") == {"许明慧": "主席"}


# --- 第14届: a term's number in digits inside a title ---------------------------------


def test_term_number_in_digits_inside_an_elected_title():
    assert _titles("黄立文当选为第12届县政协主席。") == {"黄立文": "第12届县政协主席"}


def test_term_number_in_chinese_numerals_unchanged():
    # guard: the numerals were read before
    assert _titles("黄立文当选为第十二届县政协主席。") == {"黄立文": "第十二届县政协主席"}


def test_digits_without_di_and_jie_end_a_title():
    # guard: a year before a title is no part of it; 14届 without 第 is no term read here
    assert _titles("2023年县长黄立文出席。").get("黄立文") != "2023年县长"
    assert _names("黄立文当选为12届县政协主席。") == []


# --- 扶正 and 连任成功 ------------------------------------------------------------------


def test_fuzheng_ends_a_name():
    text = "东坪县：副议长孙志远扶正，与黄丽芬搭档当选议长、副议长。"
    assert "孙志远" in _names(text)
    assert "孙志远扶正" not in _names(text)


def test_lianren_chenggong_is_no_name():
    text = "东坪县：议员孙志远和黄立文都拿下30票当选正副议长连任成功。"
    assert "连任成功" not in _names(text)
    assert "孙志远" in _names(text)


# --- CPPCC committees named with 和 ---------------------------------------------------


def test_a_cppcc_committee_named_with_he_keeps_its_whole_name():
    assert _titles("区政协社会和法制委员会主任孙福森出席。") == {
        "孙福森": "区政协社会和法制委员会主任"
    }
    assert _titles("政协港澳台侨和外事委员会主任孙福森出席。") == {
        "孙福森": "政协港澳台侨和外事委员会主任"
    }


def test_committee_heads_named_in_turn():
    text = "会议决定，黄立文为提案委员会主任，孙福森为社会和法制委员会主任。"
    assert _titles(text) == {"黄立文": "提案委员会主任", "孙福森": "社会和法制委员会主任"}


def test_he_between_two_people_still_ends_a_title():
    # guard: 和 joining two people is no part of the later one's title
    assert _titles("县长黄立文和副县长孙福森出席。") == {"黄立文": "县长", "孙福森": "副县长"}


def test_a_dismissed_post_is_read_at_most_its_bound():
    """The post between a dismissed name and 职务 is read up to DISMISSED_POST_MAX
    characters (review of stop 41: a clause without marks let it run to the clause's end)."""
    from public_records.extract.officials import DISMISSED_POST_MAX, _dismissed
    from public_records.extract.vocab import vocab

    short = "免去王一明同志某县交通局局长职务"
    assert [i.name for i in _dismissed(short, 0, len(short), vocab(), frozenset())] == ["王一明"]
    long_post = "某县交通运输局党组书记" * 4 + "局长"
    assert len(long_post) > DISMISSED_POST_MAX
    s = f"免去王一明同志{long_post}职务"
    assert _dismissed(s, 0, len(s), vocab(), frozenset()) == []
