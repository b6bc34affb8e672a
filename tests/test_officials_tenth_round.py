"""Officials on real pages (issue 11, tenth round: recall and roles, the classes of the
development parts' misses and wrong roles), each with sentences written here."""

from public_records.extract.officials import find_officials
from public_records.registry import Official, Registry


def _found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in find_officials(text)}


def test_people_named_to_a_post_wait_for_no_later_verb():
    # 选举A为…，选举B为…；会议通过…工作报告的决议: the people elected have their own
    # predicate (the naming); a verb in a later sentence of the list (工作报告, read as a
    # report made) is not theirs.
    found = _found(
        "全会表决通过选举办法；选举高立东同志为镇人大主席，选举王立群、李东海两位同志为镇人大"
        "副主席；全会通过了镇人大主席团工作报告的决议。"
    )
    assert found["高立东"][1] == ("mentioned",)
    assert found["王立群"][1] == ("mentioned",)
    assert found["李东海"][1] == ("mentioned",)
    # A roster with no verb of its own still takes the verb after a semicolon.
    found = _found("县领导高立东、王立群；李东海等出席会议。")
    assert found["高立东"][1] == ("attendee",)


def test_people_named_by_their_unit_in_a_counted_roster():
    # 听取了某镇A、某局B…N名负责人的述职报告: each item is a unit and a name, the count
    # closing the list says they are people; the unit is the title as written. Without 等
    # the count must be the list's length.
    found = _found(
        "全会听取了东山镇高立东、西河乡王立群、南街街道李东、水利局赵海峰4名单位负责人的述职报告。"
    )
    assert found["高立东"] == ("东山镇", ("speaker",))
    assert found["李东"] == ("南街街道", ("speaker",))
    assert found["赵海峰"] == ("水利局", ("speaker",))
    found = _found("会议听取了东山镇高立东、西河乡王立群等5名负责人的述职报告。")
    assert set(found) == {"高立东", "王立群"}
    assert _found("会议听取了东山镇高立东、西河乡王立群3名负责人的述职报告。") == {}


def test_a_counted_roster_reads_its_count_as_dates_do():
    # The count is read by dates.chinese_number: 两 and numbers past ten were no count.
    found = _found("会议听取了东山镇高立东、西河乡王立群两名负责人的述职报告。")
    assert set(found) == {"高立东", "王立群"}
    units = ["东山镇", "西河乡", "南街街道", "北关镇", "水利局", "林业局", "交通局", "民政局"]
    names = ["高立东", "王立群", "李东", "赵海峰", "钱丰", "孙卫红", "周海", "吴立新"]
    names += ["郑国强", "冯晓", "陈立平", "褚红梅"]
    units += ["教育局", "商务局", "财政局", "审计局"]
    roster = "、".join(u + n for u, n in zip(units, names, strict=True))
    found = _found(f"全会听取了{roster}十二名负责人的述职报告。")
    assert set(found) == set(names)


def test_a_counted_roster_walks_back_no_further_than_the_last_count():
    # Items that each hold a count (乙镇王立三名负责人甲镇王立、…) chained the walk of
    # every count back over all the list before it: quadratic in a long clause. Each
    # character is now walked once: the items looked at grow with the list, not its square.
    from public_records.extract import officials

    calls = []
    real = officials._unit_and_name

    def counting(piece, v):
        calls.append(piece)
        return real(piece, v)

    def looked_at(n: int) -> int:
        calls.clear()
        s = "听取了" + "乙镇王立三名负责人甲镇王立、" * n + "乙镇王立2名负责人述职"
        officials._unit_roster(s, 0, len(s), officials.vocab(), officials._Taken())
        return len(calls)

    officials._unit_and_name = counting
    try:
        small, large = looked_at(50), looked_at(200)
    finally:
        officials._unit_and_name = real
    assert large <= 5 * small


def test_two_names_closed_by_deng_before_a_verb_of_presence():
    # A、B等列席会议: 等 after the last of the title-less names says they are people, so
    # two make a roster (three are needed without it); a verb of no presence makes none.
    found = _found("县委书记高立东主持会议。王立群、李东海等列席会议。")
    assert found["王立群"][1] == ("nonvoting",)
    assert found["李东海"][1] == ("nonvoting",)
    assert "王立群" not in _found("王立群、李东海研究工作。")
    assert "王立群" not in _found("王立群、李东海等研究工作。")


def test_who_leads_in_a_led_frame_takes_only_the_visit_after_it():
    # 在X的带领下，参加…的全体代表对…进行视察: the verbs after the frame are the led
    # people's; the one who leads them leads the visit, and attends nothing of theirs.
    found = _found("在副县长高立东的带领下，出席镇人代会的代表们对几处水利工程开展视察。")
    assert found["高立东"][1] == ("leader",)
    found = _found("检查组在王立群副局长的带领下，赴各乡镇检查防汛工作。")
    assert found["王立群"][1] == ("leader",)
    # Not framed, the same clauses are the person's own: he visits (leading a visit is
    # being there: no attendee besides, as the real labels read it).
    found = _found("副县长高立东出席镇人代会，并视察几处水利工程。")
    assert set(found["高立东"][1]) == {"leader"}


def test_zhi_and_huitong_end_a_name():
    # 县长X至某地视察 (至 as 到), X市长至…, 县长X会同乡长Y…: the words end the name
    # before them, as 到 and 和 do.
    assert _found("县长高立东至堤防视察汛情。")["高立东"] == ("县长", ("leader",))
    assert _found("高立东县长至各村发放物资。")["高立东"][0] == "县长"
    found = _found("县长高立东会同乡长王立群至渔港视察。")
    assert set(found) == {"高立东", "王立群"}


def test_a_resignation_accepted_names_who_resigns():
    # 关于接受X辞去…职务决定的报告: 接受 opens the list of those resigning, as 选举 and
    # 决定 do; X is named, not present.
    found = _found("常委会表决通过了关于接受高立东辞去某区人民政府副区长职务的决定。")
    assert found["高立东"] == ("某区人民政府副区长", ("mentioned",))
    assert _found("会议决定接受王立群辞去副县长职务。")["王立群"][1] == ("mentioned",)


def test_a_standing_committees_member_is_a_title():
    # 接受X等辞去县人大常委会组成人员职务: 组成人员 (a member of the standing committee)
    # ends the title as 委员 does; no name, no person.
    found = _found("常委会表决通过了关于接受王立群等辞去区人大常委会组成人员职务的决定。")
    assert found["王立群"] == ("区人大常委会组成人员", ("mentioned",))
    assert _found("县人大常委会组成人员列席会议。") == {}


def test_lunliu_ends_a_name():
    # 议员A、B、C轮流上场质询: the last of the list is ended by 轮流 (in turn).
    found = _found("市议会今天质询市政，议员高立东、王立群、赵海峰轮流提出质询。")
    assert found["赵海峰"] == ("议员", ("speaker",))


def test_fu_is_a_surname():
    # 富 is a surname (a two-character name right after a title, ended by a mark).
    found = _found("县委常委、县委办主任富立，副县长赵海峰一同检查。")
    assert found["富立"] == ("县委常委、县委办主任", ("attendee",))


def test_a_title_run_on_after_a_name_ends_it():
    # 副县长A县政协副主席B…: a copy that lost its marks runs the next title on right
    # after a name; the name ends there, and the next title does not swallow it.
    found = _found("县政府副县长高立东县政协副主席王立群县委领导出席会议。")
    assert found["高立东"] == ("县政府副县长", ("attendee",))
    assert found["王立群"] == ("县政协副主席", ("attendee",))
    found = _found("副区长高立东区委书记王立群出席会议。")
    assert found["王立群"][0] == "区委书记"


def test_names_leaving_their_post_for_a_reason_named_before_it():
    # A、B因年龄原因，不再担任…职务: the names open a clause of the reason, the post they
    # leave opens the next one; they are named to it (mentioned), not present.
    found = _found(
        "高立东、王海峰因工作调动原因，不再担任县人大常委会副主任职务，其他职务另行安排。"
    )
    assert found["高立东"] == ("县人大常委会副主任", ("mentioned",))
    assert found["王海峰"] == ("县人大常委会副主任", ("mentioned",))
    # No post left after the reason: no list of people.
    assert _found("高立东、王海峰因工作原因，未能出席。") == {}


def test_feng_and_shi_are_surnames():
    # 奉 is a surname (its words are not names: 奉命, 奉行); 时 opens words (时说, 时刻),
    # so it is a surname only for a three-character name right after a title that a mark
    # ends, as 渠, 问, 后, 代 are.
    assert _found("座谈会由乡长奉立东主持。")["奉立东"] == ("乡长", ("chair",))
    assert _found("副县长奉命前往灾区。") == {}
    assert _found("副区长时立群，区检察院检察长周东列席会议。")["时立群"] == (
        "副区长",
        ("nonvoting",),
    )
    assert _found("他在担任县长时说，要抓落实。") == {}


def test_guanyu_opens_a_list_of_people():
    # 关于A、B两位同志辞去…的辞呈: the first name after 关于 is the list's, as after 选举.
    found = _found("常委会同意了关于高立东、王立群两位同志辞去区人大常委会委员的请求。")
    assert found["高立东"] == ("区人大常委会委员", ("mentioned",))


def test_people_proposed_for_appointment_or_removal_are_named():
    # 关于提请任免A等同志职务的汇报: 任免 opens the list (inside the clause, closed by
    # 等同志) and governs it: A is named, not there, and the 汇报 is the court's.
    found = _found(
        "主任会议审议了县法院关于提请任免高立东等同志职务的汇报和县检察院关于提请任免王立群"
        "等同志职务的汇报。"
    )
    assert found == {"高立东": ("", ("mentioned",)), "王立群": ("", ("mentioned",))}


def test_a_known_name_opening_a_clause_is_its_subject():
    # 高立东发表讲话, 高立东重点介绍了…: a name the report titled before, at a clause's
    # start, is the subject whatever word follows it, when the clause holds a role verb;
    # not a two-character name the next character could lengthen, nor before no role verb.
    found = _found("县政府副县长高立东出席会议。高立东发表讲话并对换届工作作出部署。")
    assert set(found["高立东"][1]) == {"attendee", "speaker"}
    found = _found("市委常委王立群出席会议。会上，王立群重点介绍了招商引资情况。")
    assert set(found["王立群"][1]) == {"attendee", "speaker"}
    found = _found("镇党委书记高立东主持仪式。高立东转达县委的嘱托，希望新任镇长王立群能深入基层。")
    assert found["高立东"][1] == ("chair",)


def test_a_report_named_by_guanyu_after_zuo_is_speech():
    # 向大会作关于…情况报告, 代表常委会作…常委会关于…的报告: 作 alone is the verb when a
    # report named 关于… follows it; not inside a word (合作社关于…的报告 is heard).
    found = _found("大会执行主席高立东出席。高立东向大会作关于县人大代表建议办理情况的报告。")
    assert "speaker" in found["高立东"][1]
    found = _found("王立群副主任作县人大常委会关于代表建议督办工作的报告。")
    assert found["王立群"][1] == ("speaker",)
    found = _found("县长王立群听取了合作社关于生产情况的报告。")
    # The report heard is no speech of his; hearing it, he is there (roles round 21:
    # 听取 opening the predicate is presence; it was `mentioned` before).
    assert found["王立群"][1] == ("attendee",)


def test_zuo_opening_a_word_is_no_report_made():
    # 作为 (as), 作出 (made a decision): 作 is a word's first character, no report made,
    # so the verbs between it and a report named 关于… stay the person's.
    found = _found("县长高立东作为组长主持会议并审议关于防汛工作的报告。")
    assert "chair" in found["高立东"][1]


def test_haozhao_is_speech_and_ends_the_predicate():
    # X号召，…组织和带领…参与: a call on others is speech, and the verbs after it are
    # what is called for (带领 leads no visit of X's).
    found = _found("镇长高立东主持会议。高立东号召，各村干部要带领群众参与整治。")
    assert set(found["高立东"][1]) == {"chair", "speaker"}


def test_a_registered_name_yields_to_a_longer_one_a_mark_ends():
    # The registry knows 高立 (of some place); 副局长高立琛一行 is not him: a known name
    # with nothing ending it yields to the longer name that 一行 ends. A known name still
    # needs no boundary word when no longer name is ended (区长高立冒雨检查).
    registry = Registry(officials=(Official(id="gao-li", name="高立", place="somewhere"),))
    found = find_officials("县水利局副局长高立琛一行到镇里检查。", registry)
    assert [(m.name, m.title) for m in found] == [("高立琛", "县水利局副局长")]
    found = find_officials("区长高立冒雨检查防汛工作。", registry)
    assert [m.name for m in found] == ["高立"]


def test_no_split_name_where_the_core_ends_a_word():
    # 万里长江，…: 里长 is no title here, 长江 a word; the Taiwan split name (林副市长
    # 瑞彦) is still read.
    assert _found("万里长江，处处风景。") == {}
    assert _found("嘉义市林副市长瑞彦出席活动。")["林瑞彦"][0] == "嘉义市副市长"


def test_a_later_title_in_the_clause_does_not_end_a_list_whose_item_a_verb_ends():
    # 副书记A、B上门看望了原副书记C: B, ended by 上门, is the list's; the title later in the
    # clause is C's own. (A、县长B still gives B his own title.)
    found = _found("镇党委副书记高立东、林海上门看望了原镇党委副书记王立群。")
    assert found["林海"][0] == "镇党委副书记"
    assert found["王立群"][0] == "原镇党委副书记"
    found = _found("区委副主委高立东、县长王立群出席会议。")
    assert found["王立群"][0] == "县长"


def test_names_before_a_working_group_and_tongzhi_after_deng():
    # A、B等市委某工作组同志到会指导: the group's body and 同志 are the title of the
    # names before 等 (no title core in it).
    found = _found("由王立群、李东海等县委巡察工作第二小组同志到会指导。")
    assert found["王立群"] == ("县委巡察工作第二小组同志", ("attendee",))
    assert found["李东海"][0] == "县委巡察工作第二小组同志"


def test_zhidaozu_is_a_body_not_a_visit():
    # 指导组 names a working group (as 督导组, 检查组 do): its 指导 leads no visit of the
    # people waiting for a verb (副主席A，以及B等某指导组同志到会指导: A attends).
    found = _found("县人大副主任高立东，以及王立群、李东海等县委换届工作指导组同志到会指导。")
    assert found["高立东"][1] == ("attendee",)


def test_a_title_less_name_heading_a_party_is_a_person():
    # 3月2日，X一行先后来到…: a name of a known surname right before 一行 at a clause's
    # start heads a visiting party; not a body (调研组一行) nor a surname and a title
    # (周书记一行).
    found = _found("3月2日，高立东一行先后来到东山村和西河村。")
    assert found["高立东"][0] == ""
    assert _found("调研组一行先后来到东山村。") == {}
    assert _found("周书记一行先后来到东山村。") == {}


def test_a_report_noun_after_a_name_ends_it():
    # 听取所长X工作汇报后: 工作汇报 (情况汇报) ends the name as 汇报 does; the one
    # heard speaks.
    found = _found("听取所长高立东工作汇报后，副县长王立群作了讲话。")
    assert found["高立东"] == ("所长", ("speaker",))


def test_de_between_a_title_and_its_holder():
    # 党委委员、副镇长的X在会上讲话: 的 between a title and its holder, the name ended by
    # something certain; the title is written without 的. No name after 的: no person.
    found = _found("会议由镇长王立群主持，分管农业的党委委员、副镇长的高立东在会上讲话。")
    assert found["高立东"] == ("党委委员、副镇长", ("speaker",))
    assert _found("县长的讲话很精彩。") == {}


def test_titles_of_taiwan_and_hong_kong_reports():
    # 立委, 特首, 某署署长, 海关关长 are titles; not inside words (成立委员会, 机关长期,
    # 部署长远).
    assert _found("立委王立群、县议员高立东出席活动。")["王立群"] == ("立委", ("attendee",))
    assert _found("特首李东海出席典礼。")["李东海"][0] == "特首"
    assert _found("卫生署署长高立东表示，疫情受控。")["高立东"][0] == "卫生署署长"
    assert _found("海关关长高立东出席。")["高立东"][0] == "海关关长"
    assert _found("会议决定成立委员会。机关长期坚持学习，周密部署长远规划。") == {}


def test_a_clause_of_many_titles_looks_for_a_group_tail_near_each_title_only():
    # _appointed looks for 等…同志 before the word naming people to a post: searched from
    # the clause's start for every title core, a long clause of titles was quadratic.
    from public_records.extract import officials

    spans = []
    real = officials._GROUP_TAIL

    class Counting:
        def search(self, s, pos, endpos):
            spans.append(endpos - pos)
            return real.search(s, pos, endpos)

    officials._GROUP_TAIL = Counting()
    try:
        officials.find_officials("县长高立东" + "为组长" * 400 + "报告。")
    finally:
        officials._GROUP_TAIL = real
    assert spans and max(spans) <= officials.GROUP_TAIL_MAX
    # Still found: the people before 等2位同志 named to the post after it.
    found = _found("会议选举高立东、王立群等2位同志为县人大常委会副主任。")
    assert found["高立东"][0] == "县人大常委会副主任"
