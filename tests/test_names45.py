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
