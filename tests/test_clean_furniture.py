"""Site furniture: banners, widgets, badges, share and comment bars, date stamps, lists of
other stories; each cut line logged, credits kept, no article line cut. The lines are
invented in the shapes real pages have."""

from __future__ import annotations

from public_records.clean import clean
from public_records.clean.edits import kind_note
from public_records.clean.furniture import strip_furniture

from tests.cleaning_checks import assert_logged

LEAD = "5月6日上午，某某县政协召开九届二十次常委会议，县政协主席王五主持会议并讲话。"
BODY = LEAD + "\n会议强调，要围绕中心工作建言献策。\n王五要求，各专委会要抓好落实。"


def test_banners_widgets_and_badges_above_the_lead_are_cut():
    raw = "\n".join(
        [
            "欢迎进入某某县人民政府网站！",
            "某某新闻网 字号：[",
            "•  今天是",
            "本篇文章200字，读完约1分钟",
            "政府动态",
            "-",
            BODY,
        ]
    )
    result = strip_furniture(raw)
    assert result.text == BODY
    assert [e.note for e in result.edits] == [
        kind_note(kind)
        for kind in [
            "welcome",
            "font size",
            "date widget",
            "reading time",
            "column name",
            "no text",
        ]
    ]
    assert_logged(raw, result)


def test_a_headline_above_the_lead_stays_a_banner_that_the_lead_does_not_repeat_goes():
    raw = "融媒看点\n县政协召开九届二十次常委会议\n" + BODY
    result = strip_furniture(raw)
    assert result.text == "县政协召开九届二十次常委会议\n" + BODY
    assert [e.note for e in result.edits] == [kind_note("banner")]


def test_comment_box_share_bar_and_related_list_below_the_body_are_cut():
    raw = "\n".join(
        [
            BODY,
            "分享",
            "某乡召开春耕生产推进会",
            "某镇开展防汛演练",
            "评论 0人参与,0条评论",
            "还没有评论,快来抢沙发吧!",
        ]
    )
    result = strip_furniture(raw)
    assert result.text == BODY + "\n"
    assert len(result.edits) == 5
    assert_logged(raw, result)


def test_credit_on_a_cut_line_goes_to_credits():
    raw = BODY + "\n(某某在线编辑:张三)\n(新闻来源:某某融媒体中心 编辑:李四) |"
    result = strip_furniture(raw)
    assert result.text == BODY + "\n"
    # the same (role, name) pairs the credits step gives; 来源 is one of its roles
    assert result.meta["credits"] == [
        ("编辑", "张三"),
        ("来源", "某某融媒体中心"),
        ("编辑", "李四"),
    ]


def test_date_stamps_and_lone_menu_characters_are_cut_publication_time_kept():
    raw = "某某日报客户端 2024-11-08 08:47:42\n" + BODY + "\n- 2024-11-08\n往\n期\n推\n荐"
    result = strip_furniture(raw)
    assert result.text == BODY + "\n"
    assert result.meta["published"] == "2024-11-08 08:47"


def test_article_lines_are_never_cut():
    raw = "\n".join(
        [
            BODY,
            "会议强调",  # a short line inside the body
            "分享会上，代表们交流了经验。",  # opens like a share bar, but a sentence
            "县政协副主席赵六、钱七出席会议。",
        ]
    )
    assert strip_furniture(raw).edits == ()


def test_furniture_is_its_own_logged_step_and_credits_reach_the_record():
    raw = "欢迎访问某某县政府网站！\n" + BODY + "\n责编：张三"
    result = clean(raw)
    assert [e.rule for e in result.edits if e.before.startswith("欢迎")] == ["furniture"]
    assert ("责编", "张三") in result.meta["credits"]
    assert "欢迎" not in result.text and "张三" not in result.text


def test_page_tail_of_columns_comment_boxes_forum_bars_and_footers_is_cut():
    raw = "\n".join(
        [
            "上一篇文章: 某某乡召开春耕会 下一篇文章: 某某镇开展防汛演练",
            BODY,
            "1/2 下一页 上一页 首页 尾页",
            "某某新闻网 www.example.com",
            "按此閱讀「完整報導」",
            "文章回應",
            "目前尚無回應,成為第一個回應的人吧!",
            "發佈留言",
            "以上文章僅代表作者個人觀點,本網只是轉載,如有問題請聯系我們。",
            "某某医院专业治疗转载请注明:http://www.example.com/a/1.html",
            "发表于 2021-9-7 07:32:08 | 显示全部楼层 |阅读模式",
            "使用道具 举报",
            "手机版|小黑屋|某某论坛 |浙ICP备00000000号",
            "栏目更新",
            "智能推荐",
            "图像",
            "友情链接:",
        ]
    )
    result = strip_furniture(raw)
    assert result.text == BODY + "\n"
    assert len(result.edits) == 16
    assert_logged(raw, result)


def test_a_spaced_out_or_broken_credit_is_cut_and_kept_as_a_credit():
    raw = BODY + "\n編 ? ?輯:張三\n總策劃:王 ? 五\n[编辑:\n李四\n]"
    cleaned = clean(raw)
    assert cleaned.text.rstrip("\n") == clean(BODY).text.rstrip("\n")
    assert {("编辑", "张三"), ("总策划", "王五"), ("编辑", "李四")} <= set(cleaned.meta["credits"])
    assert {e.rule for e in cleaned.edits if "張三" in e.before or "李四" in e.before} == {
        "furniture"
    }


def test_a_site_label_above_the_headline_is_cut_the_headline_stays():
    raw = (
        "某某镇\n\n某某镇开展春节走访慰问活动\n"
        "日前，某某镇开展春节走访慰问活动，镇党委书记王五带队。\n"
    )
    result = strip_furniture(raw)
    assert result.text.lstrip("\n").startswith("某某镇开展春节走访慰问活动\n")
    assert [e.note for e in result.edits] == [kind_note("banner")]


def test_short_lines_below_a_credit_at_the_end_of_a_report_stay():
    # a signature and a date under the body are the report's, not the site's
    raw = BODY + "\n某某县人民政府办公室\n2024年5月6日"
    assert strip_furniture(raw).edits == ()


def test_login_prompts_browser_advice_and_credit_lists_are_cut_credits_kept():
    raw = "\n".join(
        [
            "为达最佳浏览效果，建议使用 Chrome、Firefox 或 Edge 的浏览器。",
            BODY,
            "编辑 张三 李四? ?二审 王五",
            "您需要登录后才可以评论, 登录| 注册",
            "回页首",
            ">>>02-05版",
        ]
    )
    result = strip_furniture(raw)
    assert result.text == BODY + "\n"
    assert len(result.edits) == 5
    assert result.meta["credits"] == [("编辑", "张三"), ("编辑", "李四"), ("二审", "王五")]
    assert_logged(raw, result)


def test_a_whole_line_reporter_byline_is_cut_and_its_names_kept_as_credits():
    # a byline alone on its line (记者X/综合报导, （记者 X 通讯员 Y）) is the site's
    # furniture, its names the report's credits; a dateline's reporter group inside the
    # lead (本报讯（记者 张三）5月6日，…) is the article's and stays
    raw = "\n".join(
        [
            "記者張三/綜合報導",
            "（记者 李四 通讯员 王五六）",
            "本报讯（记者 赵六）5月6日，县政协召开九届二十次常委会议，县政协主席王五主持会议。",
            "记者钱七/某某报导",
        ]
    )
    result = strip_furniture(raw)
    assert result.text.strip("\n") == raw.split("\n")[2]
    assert [e.note for e in result.edits] == [kind_note("byline")] * 3
    assert result.meta["credits"] == [
        ("记者", "张三"),
        ("记者", "李四"),
        ("通讯员", "王五六"),
        ("记者", "钱七"),
    ]
    assert_logged(raw, result)


def test_site_notices_below_the_body_open_its_tail_and_are_cut():
    # a reprint notice under a 声明 heading, numbered; a readers'-opinion notice that
    # opens a list of the site's other pages; a follow-and-subscribe prompt
    notices = [
        "声明",
        "一、本站转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
        "二、标注《某某新闻网》来源的文章，版权归本站所有，如需转载，请联系我们。",
        "三、本站拥有对此声明的最终解释权。",
        "網友個人意見,不代表本站立場,對於發言內容,由發表者自負責任。",
        "發表者 樹狀展開",
        "某某嘉年華會1",
        "探索更多來自 某某新聞雲 的內容",
        "訂閱即可透過電子郵件收到最新文章。",
    ]
    raw = "\n".join([BODY, *notices])
    result = strip_furniture(raw)
    assert result.text == BODY + "\n"
    assert len(result.edits) == len(notices)
    assert_logged(raw, result)


def test_contact_links_and_a_phone_list_below_the_body_are_cut_a_signature_stays():
    contact = [
        "微信信访",
        "APP信访",
        "区委书记 张三 15500000000",
        "区 长 李四 18200000000",
        "电话咨询",
        "QQ客服",
    ]
    signed = BODY + "\n某某街道办事处\n2021年2月25日"
    raw = "\n".join([signed, *contact])
    result = strip_furniture(raw)
    assert result.text == signed + "\n"
    assert [e.note for e in result.edits] == [kind_note("contact")] * len(contact)


def test_a_photographers_credit_line_is_cut_and_its_names_kept():
    raw = BODY + "\n记者 王五六 通讯员 赵七 摄"
    result = strip_furniture(raw)
    assert result.text == BODY + "\n"
    assert result.meta["credits"] == [("记者", "王五六"), ("通讯员", "赵七")]


def test_a_run_of_headlines_ending_the_page_is_a_list_of_other_stories():
    others = ["县政协召开专题协商会", "市领导调研乡村振兴工作", "我县举行安全生产应急演练"]
    raw = "\n".join([BODY, "", *others])
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == BODY
    assert [e.note for e in result.edits] == [kind_note("tail list")] * 3
    assert_logged(raw, result)


def test_short_article_lines_ending_the_page_stay():
    # names listed after a colon, a signature and its date, two closing lines: the
    # article's, not a list of other stories
    names = BODY + "\n出席会议的有：\n张三\n李四\n王五"
    signed = BODY + "\n某某县人民政府办公室\n2024年5月6日"
    two = BODY + "\n县政协召开专题协商会\n市领导调研乡村振兴工作"
    for raw in (names, signed, two):
        assert strip_furniture(raw).edits == ()


def test_a_sites_publishing_notice_below_the_body_is_cut():
    notices = [
        "本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。",
        "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。",
    ]
    raw = "\n".join([BODY, *notices])
    result = strip_furniture(raw)
    assert result.text == BODY + "\n"
    assert_logged(raw, result)


def test_a_byline_after_the_sites_name_is_cut_and_its_name_kept():
    raw = "墨新聞|記者宋其佳/嘉義報導\n" + BODY
    result = strip_furniture(raw)
    assert result.text.strip("\n") == BODY
    assert [e.note for e in result.edits] == [kind_note("byline")]
    assert result.meta["credits"] == [("记者", "宋其佳")]


def test_an_age_gate_download_links_an_update_stamp_and_a_dated_byline_are_cut():
    header = [
        "關閉此視窗 請至Edge官網下載 請至FireFox官網下載 請至Google官網下載",
        "    限制級",
        "    您即將進入之新聞內容 需滿18歲 方可瀏覽。",
        "    未滿18歲",
        "    或不同意本條款離開離開",
        "    我同意",
        "    我已年滿18歲進入進入",
        "    根據「電腦網路內容分級處理辦法」修正條文第六條第三款規定，"
        "已於網站首頁或各該限制級網頁，依台灣網站分級推廣基金會規定作標示。",
        "Last updated: 2025 年 10 月 16 日 下午 5:04",
        "    2026/02/23 16:58 記者劉禹慶／澎湖報導",
    ]
    raw = "\n".join([*header, BODY])
    result = strip_furniture(raw)
    assert result.text.strip("\n") == BODY
    assert len(result.edits) == len(header)
    assert result.meta["credits"] == [("记者", "刘禹庆")]


def test_a_long_menu_of_short_words_above_the_lead_is_a_banner():
    menu = "財富自由 財經 娛樂 藝文 汽車 時尚 體育 3 C 評論 玩咖 食譜 地產 專區 服務"
    raw = menu + "\n" + BODY
    result = strip_furniture(raw)
    assert result.text.strip("\n") == BODY
    # below the lead, the same shape (a list of names) is the article's
    names = BODY + "\n张三 李四 王五 赵六 钱七 孙八 周九 吴十"
    assert strip_furniture(names).edits == ()


def test_a_credit_in_brackets_with_its_role_after_the_name_is_cut_and_kept():
    raw = BODY + "\n(卢义耀 供稿)\n（王五六 摄）"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == BODY
    assert result.meta["credits"] == [("供稿", "卢义耀"), ("摄影", "王五六")]


def test_a_view_counter_with_its_count_in_brackets_is_cut():
    raw = BODY + "\n瀏覽 (223) | | | |"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == BODY
    assert [e.note for e in result.edits] == [kind_note("counter")]


class _CountingRows(list):
    """Rows that count how many items each read touches (a slice touches all it copies)."""

    touched = 0

    def __getitem__(self, index):
        got = super().__getitem__(index)
        _CountingRows.touched += len(got) if isinstance(index, slice) else 1
        return got


def test_the_row_before_a_credit_name_is_found_without_copying_the_rows_before_it():
    # `[编辑:` / name, many times over: each name looks back for its role's line. Linear
    # means a few rows touched per line, however far down the page the line is.
    from public_records.clean.furniture import _key_before

    for n in (1000, 4000):
        rows = _CountingRows(
            (0, 0, "[编辑:" if i % 3 == 0 else ("" if i % 3 == 1 else "芮传荣")) for i in range(n)
        )
        _CountingRows.touched = 0
        keys = [_key_before(rows, i) for i in range(2, n, 3)]
        assert set(keys) == {"[编辑:"}
        assert _CountingRows.touched <= 3 * n, (n, _CountingRows.touched)


def test_labels_above_a_headline_are_decided_in_one_pass(monkeypatch):
    # Many short place labels above the headline, each repeated in the lead: whether a
    # headline follows was searched for from every label (183 CPU s at 20,000 lines).
    # Count the lines measured: linear is about 3 per line, whatever the page's length.
    import public_records.clean.furniture as furniture

    calls = 0
    real = furniture.han_count

    def counting(text: str) -> int:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(furniture, "han_count", counting)
    per_line = []
    for n in (500, 2000):
        calls = 0
        page = (
            "某某镇\n" * n
            + "某某镇开展走访慰问活动\n某某镇召开会议，镇党委书记张三主持会议并讲话。\n"
        )
        result = strip_furniture(page)
        # the article stays, and its headline too (a headline that holds a verb is no
        # banner)
        assert result.text.startswith("某某镇开展走访慰问活动\n某某镇召开会议")
        assert sum(e.rule == "furniture" for e in result.edits) == n  # each label logged
        per_line.append(calls / n)
    assert per_line[1] < 1.2 * per_line[0] + 1, per_line
