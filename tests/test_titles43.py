"""Round titles43 (issue 18): a derived title opening with a roster of two whose second
person is a government head with the party post of the same level before it says the head
by the office alone, joined with 、, as readers write it (县委书记甲，县委副书记、县长乙 ->
县委书记甲、县长乙). Invented sentences."""

from public_records.extract.title import derive_title


def test_a_secretary_and_a_head_are_joined_and_the_head_said_by_office():
    text = "3月4日，某区委书记甲乙，区委副书记、区长丙丁到某街道检查防汛工作。\n"
    assert derive_title(text) == "某区委书记甲乙、区长丙丁到某街道检查防汛工作"


def test_a_township_party_post_and_an_acting_head():
    text = "9月30日，镇党委书记甲乙，党委副书记、镇长丙丁开展节前安全督导。\n"
    assert derive_title(text) == "镇党委书记甲乙、镇长丙丁开展节前安全督导"
    text = "2月1日，县委书记甲乙，县委副书记、代县长丙丁走访慰问困难群众。\n"
    assert derive_title(text) == "县委书记甲乙、代县长丙丁走访慰问困难群众"


def test_a_government_office_after_the_party_post():
    text = "5月6日，区委书记甲乙，区委副书记、区政府区长丙丁调研某园区建设。\n"
    assert derive_title(text) == "区委书记甲乙、区长丙丁调研某园区建设"


def test_guards_a_head_alone_another_level_more_posts_and_longer_rosters():
    # a head said alone keeps the chain (readers of the earlier parts kept it)
    text = "4月2日，县委副书记、县长甲乙到某镇调研春耕生产。\n"
    assert derive_title(text) == "县委副书记、县长甲乙到某镇调研春耕生产"
    # a party post of another level is a second office, not the head's own party post
    text = "4月2日，县委书记甲乙，市委副书记、县长丙丁到某镇调研春耕生产。\n"
    assert derive_title(text) == "县委书记甲乙，市委副书记、县长丙丁到某镇调研春耕生产"
    # a head with more posts after it (兼) keeps them
    text = "4月2日，县委书记甲乙，县委副书记、县长兼某区党工委书记丙丁到某镇调研。\n"
    assert "县委副书记、县长兼" in derive_title(text)
