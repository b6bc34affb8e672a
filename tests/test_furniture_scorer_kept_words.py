"""The scorer's furniture test (evaluate.real.furniture_left) against words that a kept
line holds itself: a furniture line the cleaner cut is not counted as left because an
article line or a caption of the page holds the same words (an outlet's name opening the
lead, a bracketed unit that a sentence names, a breadcrumb item that is the headline, a
photo's file name or a title field that is a caption's words). Stop 42, round furn44;
every line here is invented."""

from public_records.evaluate.real import furniture_left

LEAD = "某某新闻-某某晨报记者获悉，1月5日，某区第三届人民代表大会第二次会议胜利闭幕。"
HEADLINE = "某市第9届市长宣誓就职 王某某：迈向新城"
BODY = "座谈会上，某县退役军人事务局局长李某某向退役军人致以节日问候。"


# What the scorer counted as left before: the furniture's words inside a kept line.


def test_an_outlet_that_opens_the_lead_is_the_leads_words():
    assert furniture_left(["某某新闻-某某晨报"], [LEAD], LEAD) == []


def test_a_bracketed_unit_named_in_a_sentence_is_the_sentences_words():
    article = [BODY.replace("县", "縣"), "會議強調要做好服務保障工作。"]
    clean = BODY + "\n会议强调要做好服务保障工作。"
    assert furniture_left(["(某縣退役軍人事務局)"], article, clean) == []


def test_a_breadcrumb_item_that_is_the_headline_is_the_headlines_words():
    assert furniture_left(["  • " + HEADLINE], [HEADLINE, "会议指出…"], HEADLINE) == []


def test_a_file_name_that_is_a_captions_words_is_the_captions():
    captions = ["会场一角。"]
    article = ["区委召开全体会议。"]
    clean = "区委召开全体会议。\n会场一角。"
    assert furniture_left(["会场一角 (2).jpg"], article, clean, captions) == []


def test_a_title_field_that_is_a_captions_words_is_the_captions():
    title = "某省人大常委会领导来某区考察交流"
    clean = f"{title}\n某省人大常委会副主任张某某一行来某区考察。"
    article = ["某省人大常委会副主任张某某一行来某区考察。"]
    assert furniture_left([f"标题:{title}"], article, clean, [title]) == []


def test_a_kept_line_that_the_cleaner_cut_still_holds_the_words():
    # The clean line is the lead with its byline cut: still the lead's words.
    raw = "（记者 赵某）" + LEAD
    assert furniture_left(["某某新闻-某某晨报"], [raw], LEAD) == []


# Guards: furniture left stays counted.


def test_guard_a_furniture_line_kept_whole_is_left():
    clean = "区委召开会议。\n编辑:张三"
    assert furniture_left(["编辑：张三"], ["区委召开会议。"], clean) == ["编辑：张三"]


def test_guard_a_breadcrumb_kept_beside_the_headline_is_left():
    crumb = "  • " + HEADLINE
    clean = f"{HEADLINE}\n{HEADLINE}\n会议指出…"
    assert furniture_left([crumb], [HEADLINE, "会议指出…"], clean) == [crumb]


def test_guard_a_cut_repeat_of_the_lead_kept_on_its_line_is_left():
    # The repeat is a piece of the lead, but no article line is that piece alone.
    repeat = "1月5日，某区第三届人民代表大会第"
    clean = LEAD + "\n" + repeat
    assert furniture_left([repeat], [LEAD, LEAD], clean) == [repeat]


def test_guard_a_column_name_the_body_also_says_is_left_on_its_own_line():
    column = "婚姻管理工作:"
    article = ["实地调研婚姻管理工作。", "推动婚姻管理工作取得新成绩。"]
    clean = "婚姻管理工作：\n实地调研婚姻管理工作。\n推动婚姻管理工作取得新成绩。"
    assert furniture_left([column], article, clean) == [column]


def test_guard_furniture_glued_to_an_article_line_is_left():
    # The source line joined to a paragraph that does not hold it.
    clean = "区委召开全体会议。来源：某某区融合传媒中心"
    got = furniture_left(["来源：某某区融合传媒中心"], ["区委召开全体会议。"], clean)
    assert got == ["来源：某某区融合传媒中心"]


def test_guard_furniture_glued_to_a_line_that_holds_it_once_is_left():
    # The lead holds the outlet once; the clean line holds it twice.
    clean = LEAD + "某某新闻-某某晨报"
    assert furniture_left(["某某新闻-某某晨报"], [LEAD], clean) == ["某某新闻-某某晨报"]


def test_guard_a_piece_of_furniture_that_no_kept_line_holds_is_left():
    notice = "本站部分信息由相应主体自行提供，其真实性由提供者负责"
    clean = "区委召开全体会议。\n本站部分信息由相应主体自行提供"
    assert furniture_left([notice], ["区委召开全体会议。"], clean) == [notice]
