"""Titles made from a lead that names its event first as a topic (昨天的尾牙宴，由甲乙主持)
or opens with background that turns (今年停办，不过，…): invented sentences.

- an event named as the first clause's topic, then the clause of who held it (由…主持), is
  one clause: the event and who held it (尾牙宴由甲乙主持), not 由… alone nor 的…;
- a clause of its own deed before 由 (某县召开某会议，由…主持) keeps its reading;
- a bare word of turning (不过, 但是) after background that names no official and no deed
  starts the news; after an official's deed it does not;
- a wire's dateline (某社某地11月20日电) opening a later sentence of the row is no part of
  the title, as one opening the row is not.
"""

from public_records.extract.title import derive_title


def test_banquet_topic_joined_to_its_hosts():
    text = "昨天的尾牙宴，由某乡乡长甲乙及代表会副主席丙丁共同主持，县长戊己等嘉宾到场，现场热闹。"
    assert derive_title(text) == "尾牙宴由某乡乡长甲乙及代表会副主席丙丁共同主持"


def test_meeting_topic_with_its_day_joined_to_its_host():
    text = "今天的全县安全生产工作座谈会，由县长甲乙主持，各乡镇和县直有关部门负责人参加了会议。"
    assert derive_title(text) == "全县安全生产工作座谈会由县长甲乙主持"


def test_tea_party_topic_keeps_both_hosts():
    text = "昨日的新春团拜茶会，由某乡公所乡长甲乙与代表会主席丙丁共同主持，各界嘉宾到场祝贺。"
    assert derive_title(text) == "新春团拜茶会由某乡公所乡长甲乙与代表会主席丙丁共同主持"


def test_dated_meeting_topic_loses_its_comma():
    text = "5月6日，全县工作会议，由县长甲乙主持，副县长丙丁出席。"
    assert derive_title(text) == "全县工作会议由县长甲乙主持"


def test_background_turned_by_buguo_gives_the_news_after_it():
    text = (
        "某县每年的重头戏龙舟锦标赛，今年因为天气原因停办，不过，端午节的其他活动仍照常举办，"
        "热闹非凡。"
    )
    assert derive_title(text) == "端午节的其他活动仍照常举办"


def test_background_turned_by_danshi_gives_the_official_after_it():
    text = "某县今年因为天气原因停办龙舟锦标赛，但是，县长甲乙仍到场慰问参赛选手和工作人员。"
    assert derive_title(text) == "县长甲乙仍到场慰问参赛选手和工作人员"


# Guards: what must not change.


def test_meeting_convened_in_its_own_clause_keeps_its_host_reading():
    text = "某县政府召开第1次县务会议，由县长甲乙主持。"
    assert derive_title(text) == "某县政府召开第1次县务会议 县长甲乙主持"


def test_topic_without_a_host_clause_is_left():
    text = "昨天的尾牙宴上，县长甲乙致词，感谢大家一年来的辛劳。"
    assert derive_title(text) == "县长甲乙致词，感谢大家一年来的辛劳"


def test_official_deed_before_a_turn_is_the_news():
    text = "县长甲乙出席端午节龙舟锦标赛开幕式并致辞，不过，比赛因天气原因推迟到下午举行。"
    assert derive_title(text) == "县长甲乙出席端午节龙舟锦标赛开幕式并致辞"


def test_sponsor_clause_opening_with_you_is_left():
    text = "由某县文旅局主办的端午节龙舟赛今天在某河举行，县长甲乙出席开幕式并致辞。"
    assert derive_title(text) == "由某县文旅局主办的端午节龙舟赛举行"


def test_wire_dateline_opening_a_later_sentence_is_cut():
    text = (
        "某县议员甲乙在县议会质询时递交合作意向书，县长丙丁表示用人唯才。 "
        "某评社某县11月20日电某党某县议员甲乙今天在某县议会质询时，等到地方合作的橄榄枝。"
    )
    assert not derive_title(text).startswith("某评社")


def test_wire_dateline_opening_the_row_is_read_as_before():  # guard
    text = "某某社某地5月6日电 5月6日，县长甲乙到某镇调研安全生产工作，要求压实企业主体责任。"
    assert derive_title(text) == "县长甲乙到某镇调研安全生产工作"
