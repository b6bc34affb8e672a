"""Officials on real pages (issue 11, round names53): a manner adverb before a report
(党委副书记A着重介绍了…) and the building of a place (景区是政协委员B建设的) written right
after a titled name end it, as names51's deeds do; a given name made of the word stays
whole (副县长王建设). Sentences and names written here."""

from tests.officials_checks import names as _names


def test_an_emphasis_before_the_report():
    assert _names("座谈会上，新桥镇党委副书记陶明军着重介绍了该镇的做法。") == ["陶明军"]
    assert _names("副县长王建设着重强调了安全生产。") == ["王建设"]


def test_the_builder_of_a_place():
    assert _names("这座农庄是县政协委员韩立清建设的。") == ["韩立清"]


def test_guards_a_given_name_made_of_the_word():
    assert _names("副县长王建设主持会议。") == ["王建设"]
    assert _names("县委书记着重强调了三点。") == []
