"""Round titles44c (issue 18): leads cut or lost, and lost characters. A wire's photo
captions above its dateline, closed by the agency's credit (`某新社发`, the photographer
moved out by the cleaner), are no lead: one of them may show a single stop of a tour, or a
character the copy lost (〓); the report is the dateline's row. A day range (21日至24日)
leaves the title whole, no 至 left. A wire's flash tag (快讯：) is no part of a headline. A
lead clause that opens with its day or place and names no doer takes the body named by
the clause before it (县府日前已完成…，25日在…举办…). A warm talk with the people met (与村民
亲切交流) is the deed after a clause that only went in (下车走进路边人家). Invented sentences."""

from public_records.extract.title import (
    _is_photo_caption,
    derive_title,
    derive_title_with_evidence,
    lead_title,
)
from public_records.extract.title_wording import as_headline

# a wire's captions above its dateline


def test_captions_closed_by_an_agency_credit_are_no_lead():
    text = (
        "5月21日，甲市市长甲乙在某饭店会见乙市市长丙丁时，丙丁向甲乙赠送工艺品。 某新社发\n"
        "5月23日，丁市市长戊己在某宾馆会见乙市市长丙丁。 某新社发\n"
        "某新网5月24日电 乙市市长丙丁21日至24日参访甲市、丁市。连日来媒体高度关注此行。\n"
        "21日丙丁抵达甲市，随即与甲乙会面，双方交换了意见。\n"
    )
    assert derive_title_with_evidence(text) == ("乙市市长丙丁参访甲市、丁市", "lead sentence")


def test_an_agency_credit_with_its_photographer_closes_a_caption():
    assert _is_photo_caption("5月21日，市长甲乙在某饭店会见某市市长丙丁。 某新社发 庚辛 摄")


def test_a_lead_that_ends_with_an_agency_giving_something_is_no_caption():  # guard
    assert not _is_photo_caption("5月21日，市长甲乙会见丙丁，某社发放慰问金。")
    assert not _is_photo_caption("5月21日，县长甲乙到某合作社发放物资。")


def test_a_caption_alone_still_gives_a_title():  # guard
    text = "5月9日，正率团访问的某省省长甲乙在某市与市民亲切交流。某新社发\n"
    assert derive_title(text) != ""


# a day range


def test_a_day_range_goes_whole():
    assert as_headline("某市市长甲乙21日至24日参访某地") == "某市市长甲乙参访某地"
    assert as_headline("县长甲乙于21日-23日率团到某市考察") == "县长甲乙率团到某市考察"


def test_a_count_of_days_and_a_single_day_are_as_before():  # guard
    assert as_headline("县长甲乙连续3日到某市考察") == "县长甲乙连续3日到某市考察"
    assert as_headline("县长甲乙21日到某市考察") == "县长甲乙到某市考察"


# a wire's flash tag


def test_a_flash_tag_is_no_part_of_the_headline():
    text = (
        "快讯：某省省长甲乙抵达某市 展开7天参访交流\n"
        "6月11日下午，某省省长甲乙率代表团抵达某市机场，展开为期7天的参访交流。\n"
    )
    assert derive_title(text) == "某省省长甲乙抵达某市 展开7天参访交流"


def test_a_headline_that_opens_with_a_word_like_the_tag_is_kept():  # guard
    text = (
        "快讯速递平台上线 县长甲乙出席仪式\n"
        "6月11日下午，某县快讯速递平台上线仪式举行，县长甲乙出席。\n"
    )
    assert derive_title(text) == "快讯速递平台上线 县长甲乙出席仪式"


# a clause that names no doer


def test_a_doerless_clause_takes_the_body_of_the_clause_before():
    lead = (
        "争议多时的某乡运输问题终于获得解决，县府日前已完成某溪北岸的运输便道，"
        "25日在某大桥桥下举办某便道通车典礼，县长甲乙率贵宾祭拜。"
    )
    assert lead_title(lead) == "县府在某大桥桥下举办某便道通车典礼"


def test_a_clause_before_that_names_no_body_gives_nothing():  # guard
    lead = (
        "争议多时的某乡运输问题终于获得解决，记者日前走访某溪北岸的运输便道，"
        "25日在某大桥桥下举办某便道通车典礼。"
    )
    assert lead_title(lead) == "记者日前走访某溪北岸的运输便道"


def test_a_clause_with_its_own_doer_is_kept():  # guard
    lead = "县府日前已完成某溪北岸的运输便道，县长甲乙25日在某大桥桥下出席某便道通车典礼。"
    assert lead_title(lead) == "县长甲乙在某大桥桥下出席某便道通车典礼"


# a talk with the people met, after a clause that only went in


def test_a_warm_talk_after_going_in_is_the_deed():
    lead = "5月9日，省长甲乙下车走进路边人家，与正在劳作的村民亲切交流。"
    assert lead_title(lead) == "省长甲乙下车与正在劳作的村民亲切交流"


def test_a_meeting_then_a_talk_keeps_the_meeting():  # guard
    lead = "5月9日，县长甲乙主持召开座谈会，与企业代表亲切交流。"
    assert lead_title(lead) == "县长甲乙主持召开座谈会"


def test_a_plain_exchange_is_no_deed_of_its_own():  # guard
    assert lead_title("5月9日，县长甲乙来到某村，与村民代表交流发展思路。") == "县长甲乙到某村"
