"""Officials on real pages (issue 11, precision round 1: false names): the heads of
farmers', fishermen's, irrigation and industry associations hold no public office, and an
association head named once by his civic body stays no official where a bare 会长 names him
again, each with sentences and names written here."""

from tests.officials_checks import names as _names


def test_the_head_of_a_farmers_or_industry_association_is_no_official():
    # a farmers' association's chair beside a county head: only the county head is named
    assert _names("大会由东港镇农会理事长周文山主持，县长林志明到场致词。") == ["林志明"]
    # an irrigation association's head among the guests of an oath
    assert _names("南屏农田水利会长郑国雄及立委黄启明都来观礼。") == ["黄启明"]
    # an industry association and a fishermen's association
    assert _names("邀请县工业会理事长吴家宏、区渔会总干事许永福及市长陈光华出席。") == ["陈光华"]


def test_an_office_held_beside_an_association_post_keeps_its_holder():
    # the first post is an office: the holder stays
    assert _names("副县长、县农会理事长周文山出席。") == ["周文山"]
    # the council of agriculture (农委会) is a ministry, not a farmers' association
    assert _names("农委会主委陈建国到场视察。") == ["陈建国"]
    # a water campaign's command (水利会战) is an office, not an irrigation association
    assert _names("县冬春水利会战指挥部指挥长刘明强调，要抓好进度。") == ["刘明"]


def test_an_association_head_named_again_by_a_bare_post_is_still_no_official():
    # 总商会副主席 titles him once; 会长 alone, later, names the same association head
    text = (
        "市政协主席陈立新会见郑华强会长。"
        "新加坡中华总商会副主席、青年商会会长郑华强应邀列席会议。"
        "郑华强会长还出席了座谈会。"
    )
    assert _names(text) == ["陈立新"]


def test_an_association_head_who_also_holds_an_office_is_kept():
    # the same man is a CPPCC vice-chair: an office, so he is named
    text = "县总商会会长郑华强出席。县政协副主席郑华强讲话。"
    assert _names(text) == ["郑华强"]
    # a bare 会长 with no civic body anywhere in the report says nothing either way
    assert _names("市政协主席陈立新会见郑华强会长。") == ["陈立新", "郑华强"]
