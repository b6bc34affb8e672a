"""Officials: round dev22r (issue 11, stop 42): leader against speaker and attendee on
visits. 深入 as the manner of talk (进行了深入探讨, 深入介绍) makes no visit; a guide's frame
(在厨师指导下) is the guide's act; a forum a visit's leader holds in a later sentence
(X先后召开座谈会) is the visit's, not chaired; members who make the visit as a group
(委员们先后到…视察) lead it with their leader when named by that title (杨某委员建议).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


# Rule 1: 深入 before talk (探讨, 研讨, 讨论, 介绍) is its manner, no visit made.


def test_attendee_who_discussed_thoroughly_leads_nothing():
    got = roles("部委在厦门召开座谈会。部委副主任许文涛出席并和与会代表就有关问题进行了深入探讨。")
    assert got["许文涛"] == {"attendee"}


def test_host_who_introduced_thoroughly_speaks_and_leads_nothing():
    got = roles(
        "报社社长马文杰带队来我区调研。区委书记周立新陪同调研并参加座谈。"
        "周立新向采访团一行深入介绍了我区的做法。"
    )
    assert got["周立新"] == {"accompanying", "attendee", "speaker"}


def test_thorough_discussion_written_with_de_leads_nothing():
    # Guard (read so before the rule too): 深入地 before the talk.
    got = roles("副市长许文涛出席会议，并与企业代表深入地讨论了发展思路。")
    assert got["许文涛"] == {"attendee"}


def test_going_deep_into_a_place_still_leads_the_visit():
    # Guard: 深入 before a place or a visit's verb is a visit made.
    assert roles("县长许文涛深入企业调研生产情况。")["许文涛"] == {"leader"}
    assert roles("县长许文涛深入一线了解情况。")["许文涛"] == {"leader"}


# Rule 2: a guide's frame (在厨师指导下) is the guide's, not a visit of the subject's.


def test_guided_by_a_chef_leads_nothing():
    got = roles(
        "县长钟明锦出席客家日活动。钟明锦与来宾另在厨师指导下，与亲子一起体验传统习俗。"
        "钟明锦表示，感谢大家。"
    )
    assert got["钟明锦"] == {"attendee", "speaker"}


def test_guided_by_teachers_with_de_leads_nothing():
    # Guard (read so before the rule too): the frame closed by 的指导下.
    got = roles("县长钟明锦出席活动，并在老师的指导下体验剪纸。")
    assert got["钟明锦"] == {"attendee"}


def test_own_guidance_still_leads():
    # Guard: 指导 of the subject's own (到企业指导工作) is a visit made.
    assert roles("副县长钟明锦到企业指导安全生产工作。")["钟明锦"] == {"leader"}


# Rule 3: the forum the visit's leader holds, in a later sentence, is the visit's.


def test_forum_held_on_the_visit_is_not_chaired():
    got = roles(
        "省局局长李文民到东山市、西山州调研检查安全生产工作。"
        "在东山县，李文民先后召开座谈会，听取各地情况介绍。李文民强调，要压实责任。"
    )
    assert got["李文民"] == {"leader", "speaker"}


def test_forum_presided_on_the_visit_is_still_chaired():
    # Guard: 主持召开 is chairing, whoever leads the visit.
    got = roles("省局局长李文民到东山市调研。李文民主持召开座谈会，听取情况介绍。")
    assert got["李文民"] == {"leader", "chair"}


def test_forum_of_one_who_leads_no_visit_is_chaired():
    # Guard: no visit led in the report, so the forum is his to chair.
    got = roles("省局局长李文民召开座谈会，听取各地情况介绍。")
    assert got["李文民"] == {"chair"}


# Rule 4: members who, as a group, make the visit lead it with their leader.


def test_members_named_after_their_group_visited_lead_and_speak():
    got = roles(
        "州政协主席朱文斌率参会的州政协委员视察交通建设情况。"
        "委员们先后到东山隧道、西山车站视察工作推进情况，并听取了汇报。"
        "杨志明委员建议：要加快解决用地问题。李建中委员说：要注重景观打造。"
    )
    assert got["朱文斌"] == {"leader"}
    assert got["杨志明"] == {"leader", "speaker"}
    assert got["李建中"] == {"leader", "speaker"}


def test_members_whose_group_only_attended_do_not_lead():
    # Guard: the group attends a forum, no visit made: its members only speak.
    got = roles("州政协召开座谈会。委员们参加了座谈。杨志明委员建议：要加快解决用地问题。")
    assert got["杨志明"] == {"speaker"}


def test_other_titles_do_not_join_the_members_visit():
    # Guard: a deputy governor who joins it (参加视察) attends, whatever the members do.
    got = roles(
        "州政协主席朱文斌率州政协委员视察交通建设情况。委员们先后到东山隧道视察。"
        "副州长许文涛参加视察并表示，将认真研究。"
    )
    assert got["许文涛"] == {"attendee", "speaker"}


# Rule 5: everyone as the object of 带领 (带领大家, 团结带领广大干部群众) is no party taken
# on a visit.


def test_leading_everyone_at_large_leads_no_visit():
    got = roles(
        "区委书记张文兆出席会议。大家相信张文兆同志会团结带领大家，当好班长。"
        "他强调，要坚定举旗铸魂。"
    )
    assert got["张文兆"] == {"attendee", "speaker"}


def test_leading_everyone_in_an_act_at_a_meeting_leads_no_visit():
    # Guard (read so before the rule too): after the attendance and speech of his clause.
    got = roles("局长彭文强出席座谈会并讲话，随后带领大家共同缅怀军旅岁月。")
    assert got["彭文强"] == {"attendee", "speaker"}


def test_everyone_taken_along_on_a_tour_is_still_led():
    # Guard: 带领大家一同参观 takes a party along on a tour.
    got = roles("乡党委副书记刘文林带领大家一同参观了山庄。")
    assert got["刘文林"] == {"leader"}


def test_everyone_taken_on_a_visit_still_leads_it():
    # Guard: the visit's own verb after 带领大家 leads it.
    assert roles("县长王文明带领大家深入村组调研。")["王文明"] == {"leader"}


# Rule 6: escort frames: a clause of escorts no name names inside a frame cut by commas,
# and the frame written with 由 (由A及B的陪同下).


def test_frame_cut_by_commas_goes_on_across_unnamed_escorts():
    got = roles(
        "司长王文高一行，在省局委员仲文勤，省湿地站等相关负责同志，副市长陆文军的陪同下"
        "到湿地公园开展调研工作。"
    )
    assert got["王文高"] == {"leader"}
    assert got["仲文勤"] == {"accompanying"}
    assert got["陆文军"] == {"accompanying"}


def test_frame_opened_by_you_and_closed_by_xia_escorts():
    got = roles("协会一行人分别由议员许文甘及黄文学的陪同下，先后来到议政大楼参观。")
    assert got["许文甘"] == {"accompanying"}
    assert got["黄文学"] == {"accompanying"}


def test_escorts_after_you_without_xia_keep_their_predicate():
    # Guard: 由A陪同出席 (no 下) is A's own predicate; the one escorted attends.
    got = roles(
        "县长钟文锦由立委邱文军、局长林文甫陪同出席，共同揭牌。钟文锦表示，感谢。钟文锦说，好。"
    )
    assert got["钟文锦"] == {"attendee", "speaker"}
    assert got["邱文军"] == {"accompanying"}


def test_a_clause_that_acts_does_not_join_the_frame():
    # Guard: a clause with a verb of its own between is no escorts' list.
    got = roles("司长王文高一行，在委员仲文勤，有关同志介绍情况后，由副市长陆文军陪同调研。")
    assert got["陆文军"] == {"accompanying"}


# Rule 7: a frame of support closed by 下 (在乡长X极力争取下) names X; the clause's acts
# after it are its subject's, not X's.


def test_support_frame_names_its_giver_only():
    got = roles(
        "某港乡在乡长邱明辉极力争取下，成立旅游服务中心，于27日举行落成揭牌。"
        "邱明辉表示，很高兴。邱明辉说，要用好中心。"
    )
    assert got["邱明辉"] == {"speaker"}


def test_chaired_frame_still_chairs():
    # Guard: 在X的主持下 is chairing, no support frame.
    assert roles("在县长王文明的主持下，会议通过了决议。")["王文明"] == {"chair"}


def test_escort_frame_still_escorts():
    # Guard: 在X陪同下 is an escort's frame.
    got = roles("市长许文涛在县长王文明陪同下调研。")
    assert got["王文明"] == {"accompanying"}


# Rule 8: going with people who are no visitors (清洁队员, 学生) to attend is attending.


def test_heads_who_went_with_their_staff_to_the_event_attend():
    got = roles("草屯镇长简文贤、仁爱乡长张文孝等人都陪同清洁队员出席这场盛会。")
    assert got["简文贤"] == {"attendee"}
    assert got["张文孝"] == {"attendee"}


def test_escort_of_a_visiting_party_still_escorts():
    # Guard: a visiting party (考察团) is escorted, whatever it attends.
    got = roles("副县长张文孝陪同考察团参加座谈。")
    assert got["张文孝"] == {"accompanying"}


# Rule 9: a led frame (在X的带领下) leads only a visit; before no visit X leads nothing.


def test_frame_before_an_oath_leads_nothing():
    got = roles(
        "选举结束后，在镇长刘文凌同志的带领下，新当选同志进行了宪法宣誓。镇长刘文凌作了表态发言。"
    )
    assert got["刘文凌"] == {"speaker"}


def test_frame_before_a_visit_still_leads_it():
    # Guard: the led people's visit is the frame's.
    assert roles("在镇长刘文凌的带领下，全体干部深入村组调研。")["刘文凌"] == {"leader"}


# Rule 10: 拜年 said to everyone (向大家拜年) is a greeting, speech, no call paid.


def test_new_year_greeting_to_all_present_is_speech():
    got = roles("副市长郑立群代表市长卢慧敏向大家拜年，并宣布了新的一年的安排。")
    assert got["郑立群"] == {"speaker"}


def test_new_year_call_on_old_members_is_still_a_visit():
    # Guard: 给老党员拜年 is a call paid.
    assert roles("县长王文明到村里给老党员拜年。")["王文明"] == {"leader"}


# Rule 11: a visiting group named by its tasks, and what an inspection found, are nouns.


def test_findings_of_the_inspection_group_make_no_visit():
    got = roles(
        "随后，组长张文林主持召开座谈会，市长李文军汇报了我市安全生产工作，"
        "督导检查组专家现场反馈检查出的隐患问题。"
    )
    assert got["李文军"] == {"speaker"}
