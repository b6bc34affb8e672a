"""Officials on real pages (issue 11, thirty-second round, names: Hong Kong, Macau and
Taiwan reports, where a list of people closed by 等 holds a married name or a count that
says no number, and where an official is said to show up), each with sentences and names
written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_married_name_is_an_item_of_a_list_closed_by_deng():
    # 孙某、邓某及杨何某某等局长: her husband's surname, then her own name
    assert _titles("王志明、高建华及林周秀芬等局长出席典礼。") == {
        "王志明": "局长",
        "高建华": "局长",
        "林周秀芬": "局长",
    }
    assert _names("许文雄、陈黄丽华等议员到场关心。") == ["许文雄", "陈黄丽华"]
    assert _names("吴思远、郭李淑贞等5名委员随行。") == ["吴思远", "郭李淑贞"]


def test_a_list_of_places_closed_by_deng_is_still_no_list_of_people():
    # four characters that are not two surnames and a name leave the list one of places
    assert _names("交通项目、工业项目等县领导出席。") == []
    # a doubled character is a word, not two surnames
    assert _names("刘德明、常常出席等局长到场。") == []


def test_a_count_that_says_no_number_is_no_part_of_the_title():
    # 等多名局长, 等数位委员: the count before the measure word stays out of the title
    assert _titles("王志明、高建华等多名局长一同出席。") == {"王志明": "局长", "高建华": "局长"}
    assert _titles("许文雄、陈国强等数位市议员到场。") == {"许文雄": "市议员", "陈国强": "市议员"}
    assert _titles("吴思远、郭文辉等若干名县领导参加。") == {"吴思远": "县领导", "郭文辉": "县领导"}
    # with no names before 等, the count names nobody
    assert _names("多名局长出席活动。") == []


def test_an_official_shown_up_is_named():
    # 副司长X现身, 局长X亮相, 局长A及副司长B齐齐现身: the act right after the name
    assert _titles("财务司副司长周文康现身会场。") == {"周文康": "财务司副司长"}
    assert _titles("保安局局长郑志伟亮相启动礼。") == {"郑志伟": "保安局局长"}
    assert _titles("劳工局局长何文达及房屋局局长邱明华齐齐出席。") == {
        "何文达": "劳工局局长",
        "邱明华": "房屋局局长",
    }
