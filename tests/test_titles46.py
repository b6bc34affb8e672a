"""Round titles46 (issue 18): which clause a derived title is made from. An escort said with
由…陪同 in a clause of its own, between the subject and its deed, is left out as 在…陪同下 is,
so the deed's clause keeps its subject instead of the title opening with a bare verb, and no
escort is carried into the title. 由…主持 (who held the event) is not an escort and stays.
Invented sentences."""

from public_records.extract.title import derive_title


def test_an_escort_clause_with_you_is_left_out_of_the_title():
    text = "3月5日上午，县长张三由副县长李四陪同，前往某镇看望慰问困难群众。\n"
    assert derive_title(text) == "县长张三前往某镇看望慰问困难群众"


def test_the_subject_before_a_you_escort_clause_reaches_its_deed():
    text = (
        "为祝贺某镇新任村干部上任，区长王五6日下午由区民政局局长赵六陪同，"
        "亲自登门看望新任村干部，送上贺信，勉励他们为民服务。\n"
    )
    title = derive_title(text)
    assert title.startswith("区长王五")
    assert "陪同" not in title


def test_an_escort_clause_naming_several_people_is_left_out():
    text = "区委书记钱七由区委办主任孙八、区农业局局长周九等陪同，深入某街道调研基层治理。\n"
    assert derive_title(text) == "区委书记钱七深入某街道调研基层治理"


def test_who_chairs_an_event_is_not_an_escort():
    text = "4月2日，某区召开安全生产工作会议，由副区长吴十主持，区应急管理局负责人参加会议。\n"
    assert derive_title(text) == derive_title(text.replace("陪同", ""))
    assert "召开安全生产工作会议" in derive_title(text)
