"""Officials on real pages (issue 11, twenty-fourth round, names: people the extractor
missed or invented), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_day_word_ends_a_name_after_a_place_and_its_level_title():
    # 某某县长A昨进行… (Taiwan's press: the county's name glued to 县长, then 昨 and the act)
    text = "甲乙县长王立文昨进行施政报告。"
    assert _titles(text) == {"王立文": "甲乙县长"}
    assert _names("丙丁市长何国平昨到议会答询。") == ["何国平"]
    # a name that runs on past such a word is still refused (no day word there)
    assert _names("恭喜县长成功连任。") == []


def test_a_list_goes_on_past_a_paragraph_break_before_its_mark():
    # the copy broke the roster into a new paragraph that opens with 、
    text = "县议员王立文、何国平\n\n、李德华、张明远等人出席典礼。"
    assert _names(text) == ["王立文", "何国平", "李德华", "张明远"]
    assert _titles(text)["张明远"] == "县议员"
    # or a line that ends with the list's 、
    text = "县议员王立文、\n何国平、李德华等人出席典礼。"
    assert _titles(text) == {n: "县议员" for n in ("王立文", "何国平", "李德华")}
    # a paragraph that opens with its own sentence is no part of the list
    text = "县议员王立文、何国平出席典礼。\n\n李德华表示，感谢乡亲。"
    assert _names(text) == ["王立文", "何国平"]


def test_the_district_organ_after_a_count_or_an_ordinal_is_no_surname():
    # 区 is a surname too (区议员区某某), but not in 各区, 18区 or 区第一领导
    assert _names("各区民政专员在门前列队迎接。") == []
    assert _names("全港18区民政专员则在门前列队。") == []
    assert _names("进入主汛期，区第一领导高度重视防洪工作。") == []
    assert _names("区议员区立文出席会议。") == ["区立文"]
    # 第 may still end a given name
    assert _names("某某镇长陈国第出席典礼。") == ["陈国第"]


def test_a_place_before_its_head_s_title_is_no_name():
    # a headline names the head by the place alone (甲乙镇长率团…), and the text writes
    # that place as a place elsewhere (甲乙镇公所)
    text = "鹿乙镇长率团拜会某某市公所\n某某县鹿乙镇公所镇长许立文今日率领访问团前往。"
    assert _names(text) == ["许立文"]
    # without the place written elsewhere, a name before a title still reads as one
    assert _names("王立文县长出席会议。") == ["王立文"]


def test_rare_surnames_after_a_title():
    # 希 (a Mongolian given name written as two characters) and 春
    text = "旗委书记王立文，旗委副书记、政府旗长希尼，旗人大常委会主任李国平出席会议。"
    assert _names(text) == ["王立文", "希尼", "李国平"]
    text = "县人民法院院长王立文、县人民检察院代理检察长春国平列席会议。"
    assert _titles(text)["春国平"] == "县人民检察院代理检察长"
    # the words they open are no names
    assert _names("春节前，县长春节期间看望困难群众。") == []
    assert _names("县委书记希望各级干部担当作为。") == []


def test_an_election_ends_the_name_after_a_title():
    text = "大会选举产生新一届委员会，集团董事长何立文当选县工商联主席。"
    assert _names(text) == ["何立文"]
    assert _names("副县长王国平当选县总工会主席。") == ["王国平"]
    # the one elected to a post keeps the suffix (市长当选人)
    assert _titles("市长当选人李立文出席典礼。") == {"李立文": "市长当选人"}


def test_a_councillor_s_form_of_address_after_a_titled_name():
    # Hong Kong's press: a post, the name, then 议员 as the form of address
    assert _names("区议会主席李立文议员主持会议。") == ["李立文"]
    text = "关爱队队长何国平、副队长陈立文议员、队长黄明远一同探访长者。"
    assert "陈立文" in _names(text)
    # another title after a name is no form of address (为组长, 任指挥长)
    assert _names("以省督导组副巡视员周勇为组长的督导组到县督导。") == ["周勇"]


def test_a_count_of_times_ends_a_name():
    text = "新任县长与卸任县长王立文第二次于台上进行交接。"
    assert _names(text) == ["王立文"]
    assert _names("县长何国平第一次来到村里调研。") == ["何国平"]


def test_a_greeting_before_a_name_first_title():
    text = "卸任的林市长恭喜王立文市长与新的市府团队上任。"
    assert _titles(text) == {"王立文": "市长"}
    assert _names("他祝贺何国平县长当选。") == ["何国平"]


def test_a_given_name_ending_in_he_before_chairing():
    # 和 joins no act: 康某和主持 is one name
    text = "市人大常委会副主任王立和主持会议，副主任刘国平出席。"
    assert _names(text) == ["王立和", "刘国平"]
    # between two names it still joins them
    assert _names("县长王立和李国平出席会议。") == ["王立", "李国平"]


def test_a_four_character_mongolian_name_after_a_title():
    assert _names("当晚，省委书记巴音图门在某地会见了考察团。") == ["巴音图门"]
    assert _names("旗长乌兰图雅主持会议。") == ["乌兰图雅"]
    # a place of that shape is no name
    assert _names("州委书记巴音郭楞考察。") == []


def test_heads_of_chambers_and_associations_are_no_officials():
    text = "某某中华总商会永远荣誉会长许立文、县长王国平出席开幕式。"
    assert _names(text) == ["王国平"]
    assert _names("某某同乡社团总会主席何立文致辞。") == []
    # a federation's post first, the chamber's after it: the holder stays
    assert _names("县工商联主席、总商会会长李国平主持会议。") == ["李国平"]
