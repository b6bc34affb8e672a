"""Names round 45 (stop 40, issue 11): people listed under a label at a line's start that
gives their post, as a council's papers name a proposal's mover and cosigners (附署人：A、B)
and a notice its deputies (1.各级代表(12名), the names as the next line). The sentences
are invented."""

from public_records.extract.officials import find_officials


def _names(text: str) -> set[str]:
    return {m.name for m in find_officials(text)}


def test_cosigners_after_a_post_label_and_colon_are_read():
    text = "案号:7\n类别:民政\n提案人:郭秀梅\n附署人:孔德明、韦建国\n案由:请乡公所修缮村内步道。"
    assert {"郭秀梅", "孔德明", "韦建国"} <= _names(text)


def test_deputies_listed_as_the_line_under_a_counted_heading_are_read():
    text = (
        "关于组织代表开展视察活动的通知\n"
        "三、参加人员\n"
        "1.各级代表(4名)\n"
        "孔德明、韦建国、郭秀梅、邵立新\n"
        "四、视察路线\n"
        "镇政府→产业园→镇政府。"
    )
    assert {"孔德明", "韦建国", "郭秀梅", "邵立新"} <= _names(text)


def test_a_label_that_is_no_post_heads_no_officials():
    # staff and reporters under their label are no officials; a line of prose that only
    # ends with a title, without a count or a colon, heads nothing either.
    text = (
        "2.工作人员(2名)\n孔德明、韦建国\n记者:郭秀梅、邵立新\n本次会议由县长\n韦建国、邵立新参加。"
    )
    names = _names(text)
    assert not {"孔德明", "郭秀梅"} & names


def test_a_colon_after_a_sentence_is_no_heading():
    # the label must be the whole of its line: a sentence before a colon names no post.
    text = "会议听取了各乡镇代表的意见，形成如下共识：孔德明、韦建国两村合并。"
    assert "孔德明" not in _names(text)


# ---- deputies of a people's congress counted after their names (甲、乙、丙3名区人大代表,
# 甲、乙等3名县、镇人大代表): 人大代表 is no title core, so the count and the post after
# the list say the names are the deputies'.


def test_deputies_named_before_their_count_and_post_are_read():
    text = "街道工委主任郭秀梅走访了孔德明、韦建国、邵立新3名区人大代表，听取意见。"
    assert {"孔德明", "韦建国", "邵立新"} <= _names(text)


def test_deputies_before_deng_a_count_and_several_levels_are_read():
    text = "座谈会上，孔德明、韦建国、邵立新等3名县、镇人大代表作了交流发言。"
    assert {"孔德明", "韦建国", "邵立新"} <= _names(text)


def test_a_count_that_is_not_the_lists_items_reads_no_deputies():
    # without 等 the count must say how many names the list holds (the list may be of
    # places or of something else).
    text = "会议表彰了孔德明、韦建国5名区人大代表所在的村。"
    assert not {"孔德明", "韦建国"} & _names(text)


def test_retirees_visited_are_not_read_as_deputies():
    text = "县委书记郭秀梅看望了孔德明、韦建国等退休老干部。"
    assert not {"孔德明", "韦建国"} & _names(text)
