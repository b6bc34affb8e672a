"""Titles round 34 (issue 18): invented sentences, each failing before its rule, with
guards that pass before and after."""

from public_records.extract.title import derive_title, lead_title

# Rule 1: a lead whose aim ends with a full stop (为深化…，推动…再上台阶。) says its news in
# the next sentence, which opens with its day (7月2日，某镇组织…): that sentence is the
# title's, not the aim's last clause, nor a later paragraph (`_is_undated_aim`).


def test_aim_sentence_gives_way_to_the_dated_news():
    lead = (
        "为贯彻落实全县观摩会精神，学习先进经验，拓宽工作思路，推动全镇工作再上台阶。"
        "5月8日，某镇组织班子成员赴邻县开展交流学习。\n"
        "考察组先后来到某村、某社区参观。"
    )
    assert lead_title(lead) == "某镇组织班子成员赴邻县开展交流学习"


def test_aim_naming_a_crowd_gives_way_to_the_dated_news():
    lead = (
        "为落实上级要求，进一步谋划发展思路，动员全乡上下团结拼搏、攻坚克难，全面推进产业发展。"
        "9月3日，某乡召开产业发展推进会。"
    )
    assert lead_title(lead) == "某乡召开产业发展推进会"


def test_aim_with_its_own_doer_stays():
    # guard: the aim's clause names who acted: that sentence is the news
    lead = "为抓好秋收工作，县长甲乙到某镇调研。6月2日，他又来到某村察看。"
    assert lead_title(lead).startswith("县长甲乙到某镇调研")


def test_dated_aim_stays():
    # guard: a sentence with its day is the news, whatever follows
    lead = "为深化改革，6月1日，某区召开改革推进会。6月2日，各街道分组讨论。"
    assert lead_title(lead) == "某区召开改革推进会"


# With it, a site's and a paper's names before a dash and the paper's 讯, glued to the
# lead's purpose once the reporter's bracket was cut (`某某网-某市日报讯为…`), are the
# dateline, not the doer (`_OUTLET_BEFORE_PURPOSE`): the aim is then seen as one.


def test_site_and_paper_dateline_before_the_aim():
    text = (
        "某某网-某市日报讯为全面检验民兵队伍组织建设情况，进一步提高民兵队伍素质。"
        "6月11日，某市民兵集中点验大会在某军分区举行。\n"
        "市委副书记甲乙出席大会。"
    )
    assert derive_title(text) == "某市民兵集中点验大会举行"


def test_dateline_before_a_dated_aim():
    # guard: the news after the aim's day, as before
    lead = "某某网-某市日报讯为做好防汛工作，7月2日，市长甲乙到某镇检查。"
    assert lead_title(lead) == "市长甲乙到某镇检查"
