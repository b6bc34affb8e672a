"""Officials (roles45, issue 11): weak words of presence. Who tours an exhibition or a
site (参观) or is said to be on the spot (也在场) is there, an attendee, when the predicate
gives no other role (a visit's leader who 参观s stays its leader; 陪同参观 is the escort's);
a tour given to others (供游客参观, 组织干部参观) is none of the subject's, and 在场 is read
only at a clause's end (在场议员, 在场的嘉宾 are the others there). Who comes to the site to
congratulate (率…至现场祝贺) is there, as who comes to a meeting to do so (到会祝贺).
Invented sentences, Traditional ones converted as a page is."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.script import to_simplified_text


def roles(text: str, name: str = "王建国") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(to_simplified_text(text))}
    return found.get(name, set())


def test_a_list_touring_an_exhibition_attends():
    text = "市委书记王建国，市长李明德，市人大常委会主任张志华等市领导和干部群众参观了成就展。"
    for name in ("王建国", "李明德", "张志华"):
        assert roles(text, name) == {"attendee"}, name


def test_touring_with_a_manner_word_before_it():
    text = "省委副书记王建国等领导饶有兴致地参观了本市展馆。"
    assert roles(text) == {"attendee"}


def test_touring_traditional():
    text = "縣長王建國、議長李明德參觀農特產品展售會。"
    assert roles(text) == {"attendee"}
    assert roles(text, "李明德") == {"attendee"}


def test_on_the_spot_at_the_clause_end_attends():
    text = "县委书记王建国出席活动，县领导李明德、张志华也在场。"
    assert roles(text, "李明德") == {"attendee"}
    assert roles(text, "张志华") == {"attendee"}


def test_coming_to_the_site_to_congratulate_attends():
    assert roles("市长王建国率市府各局处首长至现场祝贺。") == {"attendee"}
    assert roles("縣長王建國率縣府團隊到現場致賀。") == {"attendee"}


# Guards: what must not change.


def test_a_visits_leader_who_tours_stays_its_leader():
    assert roles("市委书记王建国一行参观了产业园区。") == {"leader"}
    assert roles("区长王建国带领大家一同参观了社区服务中心。") == {"leader"}


def test_the_escort_of_a_tour_goes_along():
    text = "代表团参观了示范园区，县长王建国、副县长李明德陪同参观。"
    assert roles(text) == {"accompanying"}
    assert roles(text, "李明德") == {"accompanying"}


def test_a_tour_given_to_others_is_none_of_the_subjects():
    text = "该景区由镇长王建国主持修建，改造成森林公园供游客参观。"
    assert "attendee" not in roles(text)
    assert "attendee" not in roles("县长王建国组织机关干部参观廉政教育基地，接受警示教育。")


def test_those_on_the_spot_named_as_others_are_not_the_subjects():
    text = "议员王建国提议提前散会，这项意见获在场议员的认同。"
    assert "attendee" not in roles(text)


def test_on_the_spot_going_along_stays_an_escort():
    text = "县长王建国接待访问团，社会处长李明德等在场陪同。"
    assert roles(text, "李明德") == {"accompanying"}


def test_a_speaker_who_tours_stays_a_speaker():
    text = "区长王建国到博物馆参观主题展。他表示，要用好红色资源。"
    assert roles(text) == {"speaker"}
