"""Titles round 30 (issue 18): invented sentences, each failing before its rule."""

from public_records.clean.chrome import strip_chrome
from public_records.extract.title import lead_title
from public_records.ingest.process import process
from public_records.model import Record


def chrome_headline(line: str) -> str:
    """The page title the chrome step keeps from a header line, "" when none."""
    return str(
        strip_chrome(line + "\n7月20日，某街道召开防汛工作部署会，安排值守。").meta.get(
            "page_title", ""
        )
    )


def test_own_place_at_a_spot_says_the_deed_not_the_roster_after_it():
    # 我县在某会议室召开…: the report's own place and the spot where it met are the news;
    # the next sentence, only who attended, is no title
    lead = (
        "3月9日，我县在县行政中心二楼会议室召开防汛工作联席会。"
        "县领导甲乙、丙丁、戊己出席，县直各单位负责人参加。"
    )
    assert lead_title(lead) == "我县召开防汛工作联席会"


def test_own_place_at_a_square_holds_its_event():
    lead = "5月20日，我区在人民广场举办科技活动周启动仪式。区领导甲乙、丙丁等出席。"
    assert lead_title(lead).endswith("举办科技活动周启动仪式")


def test_own_place_under_a_frame_still_leads_into_the_deed():
    # 在…统一部署下 is a setting, not a spot: the own place stays the deed's subject
    lead = "近日，我县在县委的统一部署下，全面开展节前安全生产大检查。"
    assert lead_title(lead) == "我县全面开展节前安全生产大检查"


def _title_of(text: str) -> str:
    return process(Record("x", "x.txt", "", "utf-8", text)).title_hans


def test_headline_glued_before_the_fields_line_is_the_title():
    # the page's headline with its empty author, source and date fields glued after it:
    # the fields go, the headline is the title, not the lead's first sentence
    text = (
        "某街道织密防汛网络守护居民安全作者:来源:添加时间:2031-07-20\n"
        "7月20日上午，某街道党工委书记甲乙主持召开防汛工作部署会，对防汛值守进行安排。"
        "会后，甲乙带队查看低洼小区，街道织密防汛网络，守护居民安全。\n"
    )
    assert _title_of(text) == "某街道织密防汛网络守护居民安全"


def test_fields_line_that_opens_with_a_field_names_no_headline():
    # a fields line whose first words are a label, or a widget's words, gives no title
    assert chrome_headline("来源:某某日报 发布时间:2031-08-08") == ""
    assert chrome_headline("设置字体大小:【 】 【打印】 发布时间:2031-08-08") == ""
    assert chrome_headline("信息提供日期:2031-08-06 来源:某街道办事处") == ""


def test_two_damage_marks_that_took_the_organ_end_the_sentence():
    # `。县长` decoded as 〓〓长: the lost sentence end took the county's character, and a
    # long roster of holders comes before the sentence's verb; the title ends at the marks
    lead = (
        "4月2日，副市长、县委书记甲乙主持召开全县重点项目建设专题会〓〓长丙丁，"
        "县政协主席戊己，县委常委、常务副县长庚辛，县人大常委会副主任壬癸，"
        "副县长子丑、寅卯，县工业园区管委会主任辰巳出席会议。"
    )
    assert lead_title(lead).endswith("主持召开全县重点项目建设专题会")


def test_one_damage_mark_before_a_bare_title_word_stays():
    # one mark is no room for both the sentence's end and the organ's character: the lead
    # is left as it was, the mark inside it
    lead = "4月2日，县委书记甲乙到某镇〓长河村调研，副县长丙丁陪同。"
    assert lead_title(lead) == "县委书记甲乙到某镇〓长河村调研"
