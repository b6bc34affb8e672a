"""Names round 50 (stop 42, issue 11): Taiwan's rosters of councillors and village
heads. A romanized name (an indigenous councillor's, Sakur Nawi) is an item of a list of
names; a title right after 等 closes the list before it and starts no chain of the next
holder's titles (A、B等议员、民政局长C); a list closed by 等 and a title keeps an item
whose given name ends in 和 or holds an organ's character (陈昆和, 李镇国); 应 and 全 are
surnames right after a title where a mark or a speech verb ends the name; 常常 and 时常
follow a name; 诸事 and 常会 are no names; a roster of village heads names each after
its village (特优里长有东文里A、光明里B). The sentences and names are invented."""

from public_records.extract.officials import find_officials


def _found(text: str) -> dict[str, str]:
    return {m.name: m.title for m in find_officials(text)}


def test_a_romanized_name_inside_a_titled_list_keeps_the_list_going():
    names = _found("议员林小祝、李大翰、Sakur Nawi、李小维、陈大萍出席。")
    assert {"林小祝", "李大翰", "Sakur Nawi", "李小维", "陈大萍"} <= set(names)
    assert names["Sakur Nawi"] == "议员"


def test_a_romanized_name_inside_a_list_closed_by_deng_and_a_title():
    names = _found("包括副议长林大展及林小祝、Sakur Nawi、李小维等多位议员都出席。")
    assert {"林大展", "林小祝", "Sakur Nawi", "李小维"} <= set(names)


def test_a_title_after_deng_closes_the_list_before_it():
    names = _found("秘书长颜大同及余小青、李大翰、陈小宏等议员、民政局长姜大煌都到场。")
    assert {"余小青", "李大翰", "陈小宏", "姜大煌"} <= set(names)
    assert names["姜大煌"] == "民政局长"


def test_a_deng_list_keeps_items_ending_in_he_or_holding_an_organ_character():
    names = _found("陈小萍、黄大招、陈昆和、李镇国等现任议员，以及卢大福议员代表出席与会。")
    assert {"陈小萍", "黄大招", "陈昆和", "李镇国", "卢大福"} <= set(names)


def test_ying_and_quan_open_a_name_right_after_a_title():
    assert "应小薇" in _found("台北市议员应小薇也说，工作量很大。")
    assert "全子明" in _found("指挥官全子明、主委林大菊上香。")


def test_how_often_follows_a_name():
    assert "李婉华" in _found("新北市议员李婉华常常跑行程。")
    assert "王大同" in _found("县长王大同时常下乡。")


def test_a_wish_and_a_habit_after_a_title_are_no_names():
    assert not _found("祝官员和议员诸事顺利。")
    assert not _found("里长常会在选举时遇到请托。")


def test_a_roster_of_village_heads_names_each_after_the_village():
    names = _found("特优里长有东文里李美华、光明里陈黄淑华、湖西乡尖山村王大兴、小门村章娥。")
    assert {"李美华", "陈黄淑华", "王大兴", "章娥"} <= set(names)
    assert names["李美华"] == "特优里长"


# Guards: what must not change.


def test_a_chain_of_one_holders_titles_stays_whole():
    assert _found("县委常委、副县长李大明出席。") == {"李大明": "县委常委、副县长"}
    assert "李大明" in _found("高等学校校长、副市长李大明出席。")


def test_a_list_of_places_before_deng_gives_no_names():
    assert not _found("顶番、草中、郭厝等5位里长出席。")


def test_words_opening_with_ying_or_quan_stay_no_names():
    assert not _found("市长应邀出席。")
    assert not _found("书记全力抓，落实到位。")
    assert not _found("县长全程陪同。")


def test_romanized_words_outside_a_list_of_names_are_no_names():
    assert set(_found("县长王大明与Apple Store代表座谈。")) == {"王大明"}


def test_a_roster_of_village_heads_by_name_alone_reads_as_before():
    names = _found("特优里长有李美华、陈大德。")
    assert names == {"李美华": "特优里长", "陈大德": "特优里长"}
