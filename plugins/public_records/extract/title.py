"""A record's title: given in the metadata, else the page's own headline, else one
derived from the lead sentence.

The page's headline, when the copied text has one, is a short line (or a few adjacent
short lines) above the lead, without a final full stop, that repeats the lead's words;
bylines, datelines and dates are not headlines (banners, widgets and column names have
been cut by the furniture step; a page title the chrome step kept that is furniture by
its own shape, a skip link, is none either). A line that prints the headline again, or
that names its own titled subject doing something else under a complete headline (a
sub-headline, a photo's caption), ends it, as does a reporter's bracketed byline after
it on the lead's row (`…完工视察 【记者甲乙报导】某区公所…`), or the page's publishing
stamp and source field on that row (`… 2031-04-01 17:10 来源：某某网 编辑：甲乙 近日，…`).
A site name glued to it (`…--马祖日报`, with its address), a column prefix (`影音/`), a
picture mark (`（图）`), a date before it and trailing jammer characters are dropped. A
page copied from its body down may print its headline under the report instead
(`closing_headline`), and a reprint may give it in a title field (`原标题：…`) that the
furniture step cut (its meta["title_field"]).

Without one, the title comes from the lead: news leads open with when, then who did
what: `8月2日下午，大观区召开…总结点评会，传达…`. The dateline (`本报讯（记者 …）`)
and the leading clauses (the time, 为…, 受…, 在…之际, 连日来, a clause with neither a
predicate nor a person; an aim said over several clauses runs to the day after it:
为…，充分发挥…，5月6日，…) are skipped, and none ends a title (…，受台风影响); a clause with
no predicate (`县委书记张三`) is the
subject and is kept whole with the clauses that follow it up to the predicate; an
inserted `在…的带领下` is dropped. A title longer than MAX_CHARS first says its deed without
the topic said before the deed's light verb (…来我市，就某条例实施情况开展监督检查 -> …来我市
开展监督检查), then ends at its last clause end within it (when 12 Han characters or more
come before), else says its people without the session they attend (出席某会议的代表 ->
代表) and its deed without its object (…来我市调研; 检查甲等工作 after 检查, 督查), and only
else is cut at MAX_CHARS with an ellipsis. A clause that only brings the subject to a place
(来到某地，) gives way
to the purpose that follows (看望…), and the title is said the way headlines say it
(extract/title_wording.py, data/title_rewrites.tsv: a session's short name, no date or
venue before the verb, the verb before its object). Word lists: data/title_predicates.txt,
data/title_leading_clauses.txt, data/title_leading_clause_ends.txt,
data/title_movement_verbs.txt, data/title_escort_verbs.txt; a clause ending with its verb of
announcing (某会宣布，) gives its subject to what is announced
(data/title_announcing_verbs.txt). Three people or more
in one 、-chain before the verb give the first and 等 (data/title_subject_adverbs.txt);
a secretary and the government head after him (县委书记甲，县委副书记、县长乙) are
joined with 、, the head said by the office alone (县委书记甲、县长乙); one person and 等
keeps the person, title chain and name (区委书记甲等…, …等四大班子领导: the whole
subject), a roster before 等 its first, and a list of three or more after the verb keeps its
first two and 等, the names of people visited left out
(data/title_object_list_closers.txt).

Real pages' shapes besides (tests/test_title_lead.py): a row opening with a full stop
(a broken caption) is no lead and no headline, nor a short clause the copy damaged (〓), and a
damage mark between a clause with its verb's object and a sentence opening with an organ's
title (…会议〓县政协副主席甲出席) ends the first sentence there; a
photo's caption is neither (one ending with its photographer or the picture's credit,
图：某某提供, or one sentence placing its people: 甲乙（左）与丙丁（右）…,
tests/test_title_photo_captions.py), and a title made from one leaves the places out; a
first paragraph that names no day, or a first sentence that says what is to come
(将于…举行), gives way to the dated news after it (a first paragraph that only says
what is to come, to the first of the next paragraphs that opens with its day or hour:
上午11时许，…); the staff an official takes along (带领有关部门负责人) are left out
(data/title_escorted_staff.txt), a delegation an official leads (…考察团) is the subject, a
group's roster keeps two names and 等, a roster sharing one title gives it once with the
names, a roster of holders named by their units (市委某办甲乙、市某局某科丙丁、…一行)
that a cut would leave without its deed keeps its first holder and 等, and a visit's
list of three tasks or more is left out
(data/title_task_verbs.txt, title_task_list_ends.txt); a clause that ends leading a
party with no object (某镇党委书记和镇长带队，) goes on past the people along to what the
party did (data/title_leader_verbs.txt).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import islice

from ..clean.captions import closed_by_photographer
from ..clean.credits import (
    BRACKETED_BYLINE,
    BYLINE_IN_ROW,
    BYLINE_LEAD,
    REPORTER_GROUP,
    SPACED_REPORTERS,
)
from ..clean.fold import fold
from ..clean.furniture import HEADLINE_MAX_HAN, HEADLINE_MIN_HAN, line_kind
from ..clean.punctuation import fix_punctuation
from ..data import lines
from ..script import HAN, SPACES
from .title_wording import as_headline

MAX_CHARS = 48
HEADLINE_OVERLAP = 0.2  # share of a headline's bigrams that the text below repeats (a
# headline may say it in other words: 露天燃烧秸秆危害大 over a lead on 焚烧秸秆, 0.25)
_BODY_HAN = 30
_HAN_RUN = re.compile(f"[{HAN}]+")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE = re.compile(r"[，,；;：:]")
# A dateline before the lead: `本报讯`, `人民网成都2月2日电`, `天津北方网讯:`, a paper
# named by its place alone (`某州讯（某局）`, `某某风讯 为…`: a run of Han and 讯, then a
# space, a bracket or a colon, as the tail below asks), with the reporters' group after it.
_DATELINE = re.compile(
    r"^\s*(?:<正>)?\s*[【\[（(]?(?:[^，,。]{0,24}?(?:报|网|台|社|客户端|中心|新闻|媒体)[^，,。]{0,12}?讯"
    rf"|[{HAN}]{{2,6}}讯"
    r"|[^，,。（(]{0,24}?日电)[】\]）)]?(?:(?=[\s:：（(]|$)|(?<=日讯)|(?<=日电)|(?<=[）)])"
    # a paper's 报讯 glued to the lead once the credit step took the reporters in brackets
    # after it (香港某报讯（记者 甲乙）某中学… -> 某报讯某中学…); 报讯息 is a word
    r"|(?<=报讯)(?!息))[\s:：]*"
    r"(?:[（(][^（）()]{0,40}[）)]\s*)?"
)
_TIME_ONLY = re.compile(
    r"[\d\s年月日号至到\-—~～、和及上下中午晚凌晨早时许分点:：初旬前后夜间零一二三四五六七八九十]+"
)
# An inserted 在…陪同下 (带领, 率领…): the people in it may hold title chains and be parted
# by commas (在县委书记甲，县委副书记、县长乙的陪同下), so a longer span may hold commas, but
# no other 在 and no sentence's end (a clause before it stays).
_INSERTED_BY = r"(?:的)?(?:带领|陪同|率领|主持|见证|组织)下[，,]?"
# The same escort said with 由 and no 下, in a clause of its own between the subject and its
# deed (县长甲5日上午由民政处长乙陪同，亲自前往…): left out, so the deed's clause keeps the
# subject before it instead of opening the title with no subject. Only 陪同: 由…主持 and 由…组织
# name who held an event, which the title may need.
_ESCORTED_BY = r"由[^，,。；;！？!?由在\n]{2,24}?陪同[，,]"
_INSERTED = re.compile(
    rf"在[^，,。]{{1,30}}?{_INSERTED_BY}|在[^。！？!?；;在\n]{{1,60}}?{_INSERTED_BY}|{_ESCORTED_BY}"
)
# A span of days said after the subject with 于…期间 and a comma (某指挥部于3月1日至5日期间，
# 在全县开展…): a date, as 于3月1日 is; left out, so the subject is not lost with a
# leading clause (…期间 ends one).
_SUBJECTS_SPAN = re.compile(r"(?<=[^\s，,。；;：:])于[^，,。；;于]{2,20}?期间[，,]")
# How a group split up to do it, in a clause of its own or after the people (组织全体干部，
# 分为两组，到某村开展…; 分成四个检查组，分别深入…): headlines say who organised whom and
# what they did, so the split and the 分别 after it go, and the people meet their deed
# (部分20个村民小组 is some of the groups: no split).
_SPLIT_UP = re.compile(
    r"(?:[，,]|(?<!部))分(?:成|为)?[\d一二三四五六七八九十两]{1,3}个?[^\s，,。、\d组队]{0,4}?[组队]"
    r"(?:[，,]?分别)?(?=[，,]|[^，,。]{0,3}[到赴去深对前开进视调检督走看慰])"
)
# A title or an organ's word; 会 of 社会 (社会事业, a purpose's topic) is neither, 政府 is one;
# a court's and a procuratorate's (法院, 检察院, 法官, 检察官, 审判员, 人民陪审员), not 医院's
# or 学院's, nor 器官 or 官网; 成员 of a body (党组成员, 班子成员), so that its two characters
# are not read as a name after 组 (某办党组成员、副主任甲乙 is one person); a scholar's rank
# in a chain of posts (首席教授、某某学者甲乙, 院士, 二级研究员), so that the chain is one
# person's and a title too long says the person by the post, not cut inside the chain.
_TITLE_WORD = re.compile(
    r"(?:书记|[^家]长|主席|主任|委员|常委|代表|领导|干部|组|团|(?<!社)会|局|委|办|政府|成员"
    r"|法院|检察院|(?:法|检察|警)官|(?:审判|陪审|检察|执行|巡视|调研)员"
    r"|教授|学者|院士|研究员)"
)
# No leading `\s*`: tried from every space of a long run it was quadratic; the spaces
# before the suffix go with rstrip (`_tidy_headline`).
_SITE_SUFFIX = re.compile(
    # Round cna43: a news agency's name ends in 社 (… | 政治 | 中央社 CNA): only the agencies'
    # names, as the furniture's `source line` lists them, so that a headline ending in another
    # 社 (合作社, 旅行社) after a spaced bar keeps it.
    r"(?:(?:--|_|\s[-|｜]\s)\s*[^，,。]{0,16}(?:报|网|台|新闻|在线|客户端|网站|频道|政府|发布|融媒"
    r"|(?:中央|新华|中新|中评|美联|路透|法新|共同|韩联)社)"
    # glued to the headline by a bare bar, only a news site's or paper's name (…｜某某新闻网)
    r"|[|｜丨][^，,。|｜丨\s]{1,12}(?:网|新闻|日报|晚报|时报|电视台|融媒)"
    # glued by one hyphen, only a news column's name (…会议-焦点速讯)
    rf"|(?<=[{HAN}”」』》）)])-[{HAN}]{{0,6}}(?:速讯|快讯|资讯|要闻|头条|热点|速递|看点))"
    r"(?:\s+[A-Za-z0-9.\-]{2,40})?\s*$"  # the site's address after its name (TaiwanHot.net)
)
_SECTION_PREFIX = re.compile(rf"^[{HAN}]{{2,4}}/(?=[{HAN}])")
# A site's or programme's name before a headline, a bar after it (`某某新闻丨…`, `某某网|…`).
_SITE_PREFIX = re.compile(
    rf"^[{HAN}]{{1,10}}(?:新闻|网|日报|晚报|报|电视台|融媒|发布|视线|之声)\s*[丨|｜]\s*(?=\S)"
)
# A column tag before a headline (`【时政速览】`), a tag after it (`-【新闻】`) and a date
# before it (`111-07-27 `, a Taiwan print page's list line; `20100907-`; a copied page's field,
# `date 2026-02-23 `, `日期：2024-05-06 `, before a headline or the lead).
_BRACKET_PREFIX = re.compile(r"^[【\[][^】\]]{1,16}[】\]]\s*(?=\S)")
# A picture mark before a headline (`[图]`, `图]` with its opening bracket lost) and a
# column tag whose opening bracket the copy lost (`要闻速递】…`: no bracket opens before it).
_PICTURE_PREFIX = re.compile(r"^[【\[]?(?:图|组图|多图|图文|视频)[】\]]\s*(?=\S)")
_CUT_TAG = re.compile(r"^[^【\[\]】\s，,。：:“”]{2,10}[】\]]\s*(?=\S)")
# A picture mark after a headline (`（图）`, `（组图）`).
_PICTURE_MARK = re.compile(r"[（(]附?(?:图|组图|多图|图片|视频|图文|音频)[)）]$")
# A date after a headline, in brackets or after a space (`…会议（2031-05-06）`, `…会议
# 2031年05月06日`); a date inside the headline's sentence (将于2031年5月6日召开) stays.
_DATE_SUFFIX = re.compile(
    r"(?:(?<=\s)|[（(\[【])\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[)）\]】]?$"
)
# A media label before a headline (`图文：…`, `视频｜…`), and a wire's flash tag (`快讯：…`,
# `简讯：`, `突发：`): how fast the news came, not what it is.
_MEDIA_PREFIX = re.compile(
    r"^(?:图文|视频|组图|图片|音频|直播|快讯|简讯|速讯|突发)\s*[:：|｜丨]\s*(?=\S)"
)
# No leading `\s*` in these (quadratic from every space of a long run): the spaces go with
# rstrip.
_BRACKET_SUFFIX = re.compile(r"[-_|｜]?[【\[][^】\]]{1,10}[】\]]?$")
_DATE_PREFIX = re.compile(
    r"^\s*(?:(?:date|Date|发布日期|发布时间|日期|时间)\s*[:：]?\s*)?"
    r"(?:\d{2,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+|(?:19|20)\d{6}\s*[-－—_]\s*)(?=\D)"
)
# A time stamp after a headline on the same line, with the site name before it
# (`… 上游新闻  2022-05-31 21:10`): the line is the page's header, not the body's.
_STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?$")
_SITE_WORD = re.compile(r"[^\s，,。！!？?]{2,12}")
# Breadcrumb separators: a line with one between words is a path, not a headline.
_CRUMB = re.compile(r"\S\s*(?:>|›|»|>>)\s*\S")
_TRAILING_JUNK = re.compile(rf"(?<=[{HAN}”」』》）)])[^{HAN}“”「」『』《》（）()]*$")
_CAPTION = re.compile(r"^[（(]?\s*(?:图为|图片为|图:|▲|△)")
# A photo's caption line ends with its photographer (`…调研。记者赵六摄`:
# captions.closed_by_photographer) or with the picture's credit (`…努力。图：市府提供`):
# not the lead.
_PICTURE_CREDIT = re.compile(
    r"(?:^|[。！？\s])(?:图|图片|照片)\s*[：:/／|｜]\s*[^\s。，,：:]{2,16}$"
)
# A caption places its people in the picture: 甲乙（左）与丙丁（右）…, 甲乙（中）率…, （前排左二）.
_PLACED_IN_PICTURE = re.compile(
    rf"[{HAN}][（(](?:前排|后排|中排|第[一二三四]排)?"
    r"(?:[左右](?:起第?)?[一二三四五六七八九\d]?|中|居中|中间)[)）]"
)
# A headline printed wholly in brackets (`【区政协年中工作会议】`).
_BRACKETED = re.compile(r"[【\[]([^】\]]{2,60})[】\]]")
# Bullets and bars around a line, stripped with str.strip (a `[...]+$` pattern is
# quadratic in a long run of spaces inside a line: tests/test_linear_time.py).
_EDGE_LEFT = SPACES + "|｜•·●◎■>-–—*▶►◆◇★☆"
_EDGE_RIGHT = SPACES + "|｜•·●◎■<-–—◀◄◆◇★☆"


def _strip_edges(line: str) -> str:
    return line.lstrip(_EDGE_LEFT).rstrip(_EDGE_RIGHT)


@cache
def _predicates() -> re.Pattern[str]:
    words = sorted(lines("title_predicates.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


# Title words holding a predicate's characters: 组织部长 is a title and 四大组织领导 a group,
# not 组织 (组织部分代表 organises some deputies; 组织部分别… is the department); and who
# attends, said of people (出席某会议的代表们 are deputies, the subject,
# not someone attending); a group described by who makes it up (由代表组成的督导组) names
# who was led, its 组成 and its name (督导组) no deed.
_TITLE_NOT_PREDICATE = re.compile(
    r"组织部(?!分(?!别))|组织委员|组织领导|宣传部|统战部|由[^，,。由]{2,30}组成的(?:[^，,。]{0,8}?[组团队])?"
    r"|(?:出席|参加|列席)[^，,。的]{2,30}的(?=[^，,。]{0,3}(?:代表|委员|人员|嘉宾))"
    r"|到处|[得受感看听达做遇想收找提]到|到位"
    # less than (人口不到5千人, 不到一年): a figure, no going anywhere
    r"|不到"
    # 对 in a word of aim or regard (针对沿海乡镇, 对于, 面对, 相对) is no 对…进行
    r"|(?:针|面|相)对|对于"
    # a police station (派出所) sends no one out
    r"|派出所"
    # a copula is no deed (汛情就是命令，防汛就是责任: a mood said before the news)
    r"|就是(?!否)"
    # a task group's head is a title (督导组组长甲乙一行到…), its task no verb
    r"|(?:督导|督查|检查|调研|考察|巡察|巡查|视察|慰问|指导|验收)(?=[组团]副?[组团]长)"
    # a team formed or sent out is named by its task (组建慰问组, 派出督查组): no deed yet
    # and so is one an official leads there (率检查组来我区，就…进行执法检查)
    r"|(?:(?<=组建|派出|率领|带领)|(?<=率))"
    r"(?:督导|督查|检查|调研|考察|巡察|巡查|视察|慰问|指导|验收)(?=[组团队])"
    # a unit named by its task (县政府督查室, 市督查局, 执法大队, 检查站) is taken along, it
    # does nothing yet: 带领督查局、某局负责人，对…进行检查 goes on to the deed (检查室内… is
    # checking a room's inside)
    r"|(?:督导|督查|检查|调研|考察|巡察|巡查|视察|执法|监察)(?=局|室(?![内外])|站|大队|支队)"
    # a post, a place or the people a task names (二级调研员, 进出京检查点, 优抚对象) does
    # nothing: 带领某某深入某检查点，开展… goes on to the deed (检查点位, 调研员工 are a
    # task and what it is done to)
    r"|(?:督导|督查|检查|调研|巡查|监察)(?=员(?!工)|点(?!位))|(?<=优抚)对象"
    # a party an official leads, said by its task (由甲带队的调研组): who, not what was done
    r"|由[^，,。由]{2,30}(?:带队|带领|率领|率)的(?:[^，,。]{0,10}?[组团队])?"
    # the same party said after its head (甲乙带领的某某督导组，对…进行督查): who went, the
    # deed after the comma
    r"|(?:带队|带领|率领)的[^，,。；;]{0,40}?[组团队](?=[，,]|$)"
    # 开工 across two words (召开工作会议, 公开工作): no works started; nor 开工 said of a
    # day (新春开工首日, 开工当天) or of the year's first gathering (开工团拜): a time, a name
    r"|(?<![召展])开(?=工作)|开工(?=首日|第一天|日|当天|之际|伊始|以来|团拜)"
)


def _predicate_mask(text: str) -> str:
    """`text` with the words that hold a predicate but are none (组织部, 由…组成的组,
    出席…的代表) blanked, at the same length, so that a predicate found in it stands
    where it stands in `text`.

    >>> _predicate_mask("由甲乙组成的督导组到某镇检查")
    '_________到某镇检查'
    """
    masked = _TITLE_NOT_PREDICATE.sub(lambda m: "_" * len(m.group(0)), text)
    return _GROUP_TAKEN_ALONG.sub(
        lambda m: m.group(0)[: m.start(1) - m.start()] + "_" * len(m.group(1)), masked
    )


# A group taken or led along named with its organ before its task (带领省某委调研组, 率省
# 人大执法检查组): who went, its task no deed (the task right after 带领 is masked above);
# not a verb before 组织, 组建, 组成, 团结 or 团委 (调研组织工作, 检查团委工作).
_GROUP_TAKEN_ALONG = re.compile(
    r"(?:带领|率领|率)[^，,。；;带率]{1,12}?"
    r"(督导|督查|检查|调研|考察|巡察|巡查|视察|慰问|指导|验收)(?=[组团](?![织建成结委]))"
)


def _predicate_in(clause: str) -> re.Match[str] | None:
    """The first predicate verb of a clause, title words masked (same offsets)."""
    masked = _predicate_mask(clause)
    return _predicates().search(masked)


def _has_predicate(clause: str) -> bool:
    return _predicate_in(clause) is not None


@cache
def _openers() -> tuple[str, ...]:
    return tuple(lines("title_leading_clauses.txt"))


@cache
def _leading_ends() -> tuple[str, ...]:
    return tuple(lines("title_leading_clause_ends.txt"))


def derive_title(text: str, page_title: str = "") -> str:
    """The page's own headline when the text has one, else a title from the lead.
    `page_title` is the headline the chrome step cut from above the body (its
    meta["page_title"]), when it did: it wins over the text.

    >>> derive_title("8月2日下午，大观区召开区委常委会扩大会议暨重点工作“比晒拼创”总结点评会，"
    ...              "传达全市精神。")
    '大观区召开区委常委会扩大会议暨重点工作“比晒拼创”总结点评会'
    >>> derive_title("区委书记潘功发主持会议。")
    '区委书记潘功发主持会议'
    >>> derive_title("县政协召开常委会议\\n5月6日，县政协召开九届常委会议，主席王五主持。")
    '县政协召开常委会议'
    >>> derive_title("5月6日，县政协召开常委会议。", page_title="县政协常委会议召开--某某网")
    '县政协常委会议召开'
    >>> derive_title("")
    ''
    """
    return derive_title_with_evidence(text, page_title)[0]


def derive_title_with_evidence(
    text: str,
    page_title: str = "",
    title_field: str = "",
    tail_headline: str = "",
    captions: tuple[str, ...] | list[str] = (),
    credited: tuple[str, ...] | list[str] = (),
    cut_banner: str = "",
) -> tuple[str, str]:
    """The derived title and where it came from: "page headline" (the page's own,
    above the lead, or the value of a title field the furniture step cut, `原标题：…`,
    its meta["title_field"], when no line above the lead is one, or the headline printed
    again in the list under the report that the furniture step cut, meta["tail_headline"],
    or the text's first line the furniture step cut as a banner, `cut_banner`, when it is
    a headline of two parallel phrases: `_parallel_headline`)
    or "lead sentence" (made from the lead: a guess, worth a curator's look;
    model.TITLE_EVIDENCE_TO_CURATE). `captions` are the photo captions the cleaner moved
    out of the text (meta["captions"]): one that states the event stands in for a lead the
    page lost (`lead_title`). `credited` are the names of the report's credits (its
    reporters, editors): one glued after the headline is no part of it.

    >>> lead = "5月6日，县政协召开常委会议，主席王五主持。"
    >>> derive_title_with_evidence("县政协召开常委会议\\n" + lead)
    ('县政协召开常委会议', 'page headline')
    >>> derive_title_with_evidence(lead)
    ('县政协召开常委会议', 'lead sentence')
    >>> derive_title_with_evidence(lead, title_field="县政协常委会议召开")
    ('县政协常委会议召开', 'page headline')
    """
    headline = _named_only(_checked_page_title(page_title, text), page_headline(text))
    headline = headline or _checked_page_title(title_field, text) or closing_headline(text)
    headline = headline or _checked_page_title(tail_headline, text)
    headline = headline or _parallel_headline(cut_banner, text)
    headline = headline or _headline_closing_a_list(text)
    if headline:
        headline = _without_source_tail(_without_reporter(headline, credited))
        return _without_lost_year(_ended_at_damage(headline)), "page headline"
    return _without_lost_year(lead_title(text, captions)), "lead sentence"


# A year whose digits the page lost, 年 alone after the verb and before the event's quoted
# name or its ordinal (举行年“三八”表彰大会, 召开年第三季度…): the page's own gap, which a
# title does not show. A word of 年 (举办年货节, 召开年度会议, 举行年会) has no quote or 第 after.
_LOST_YEAR = re.compile(
    r"(?<=举行|召开|举办|开展|启动|组织)年(?=[“「《『]|第[一二三四五六七八九十\d])"
)


def _without_lost_year(title: str) -> str:
    """A title without the 年 left of a year the page lost (`_LOST_YEAR`).

    >>> _without_lost_year("某区举行年“三八”表彰大会")
    '某区举行“三八”表彰大会'
    >>> _without_lost_year("某县举行2024年“政网直通车”活动")
    '某县举行2024年“政网直通车”活动'
    >>> _without_lost_year("某局召开年度工作会议")
    '某局召开年度工作会议'
    """
    return _LOST_YEAR.sub("", title)


_LIST_ROWS_READ = 24  # rows of the text's start read for a list of headlines
_LIST_MIN_OTHERS = 2  # other headlines above the report's own that make the rows a list
_OTHER_STORY_OVERLAP = 0.2  # at most this share of an other story's bigrams is the lead's
# marks of prose: a headline may hold ！ ？ 、 ： but none of these
_IN_PROSE = re.compile(r"[。，,；;]")


def _headline_closing_a_list(text: str) -> str:
    """The report's own headline when the page opens with a list of headlines (a site's
    latest news, a paper's page of contents) and the report's headline is the row right
    above its lead, or "": the rows above it are other stories, the lead repeats none of
    them, and the row above the lead is a headline the lead repeats.

    >>> _headline_closing_a_list(
    ...     "某市长赴某国访问 深化产业合作\\n某县举办手球锦标赛 三月开赛\\n"
    ...     "某部公告禁止饲养危险动物\\n提升洽公环境 某乡公所新建大楼动土\\n"
    ...     "某乡公所12日上午举办新建大楼动土典礼，由县长甲乙主持。")
    '提升洽公环境 某乡公所新建大楼动土'
    >>> _headline_closing_a_list(
    ...     "某乡公所新建大楼动土\\n某乡公所12日上午举办新建大楼动土典礼，由县长甲乙主持。")
    ''
    """
    rows = [_strip_edges(row) for row in text.split("\n", _LIST_ROWS_READ)[:_LIST_ROWS_READ]]
    rows = [row for row in rows if row]
    lead_at = next(
        (i for i, row in enumerate(rows) if _is_body(row) and _IN_PROSE.search(row)), None
    )
    if lead_at is None or lead_at < _LIST_MIN_OTHERS + 1:
        return ""
    lead, headline = rows[lead_at], rows[lead_at - 1]
    if _IN_PROSE.search(headline) or not _could_be_headline(headline):
        return ""
    said = _bigrams(lead[:_GLUED_LEAD_READ])
    grams = _bigrams(headline)
    if not grams or len(grams & said) < GLUED_OVERLAP * len(grams):
        return ""
    others = rows[: lead_at - 1]
    if len(others) < _LIST_MIN_OTHERS:
        return ""
    for other in others:
        if _IN_PROSE.search(other) or _han(other) < HEADLINE_MIN_HAN:
            return ""  # a sentence or a short word (a menu's) above: no list of headlines
        their = _bigrams(other)
        if len(their & said) > _OTHER_STORY_OVERLAP * len(their):
            return ""  # the lead repeats it: the report's own headline, not another story
    return _tidy_headline(headline)


def _ended_at_damage(headline: str) -> str:
    """A headline that runs on past a damage mark into the page's next sentence (the copy
    lost the line's end with the next line's first character: `…调研春耕〓某局等部门负责人
    陪同`) ends at the mark, as a lead's sentence does (`_damage_between_sentences`).

    >>> _ended_at_damage("副县长甲乙调研春耕备耕工作〓农业农村局等部门负责人陪同")
    '副县长甲乙调研春耕备耕工作'
    >>> _ended_at_damage("全县种植实验〓摩会与会领导来某镇观摩")
    '全县种植实验〓摩会与会领导来某镇观摩'
    """
    if not any(mark in headline for mark in _DAMAGE_MARKS):
        return headline
    split = _damage_between_sentences(headline)
    if split == headline:
        return headline
    # the first run that ends a sentence is where the two first differ
    cut = next(i for i, (a, b) in enumerate(zip(headline, split, strict=False)) if a != b)
    return headline[:cut].rstrip()


# A picture's note of who stands where, closing a caption (…博物馆（左一甲乙馆长）,
# （右二为县长甲乙）): a page title that ends so is the picture's caption, not the headline.
_PLACING_NOTE = re.compile(
    rf"[（(](?:前排|后排)?[左右](?:起第?)?[一二三四五六七八九\d]\s*[为是]?[{HAN}]{{2,10}}[)）]$"
)


def _named_only(page_title: str, own: str) -> str:
    """The chrome's page title, or the text's own headline above the lead when the page
    title only names a place or unit (the site's name, 某县博物馆) that the own headline
    names and says what was done there (某乡走进某县博物馆参观调研).

    >>> _named_only("某县博物馆", "某乡走进某县博物馆参观调研")
    '某乡走进某县博物馆参观调研'
    >>> _named_only("某县召开全县工作会议", "某县召开会议")
    '某县召开全县工作会议'
    >>> _named_only("", "某县召开会议")
    '某县召开会议'
    """
    if not page_title:
        return own
    if own and page_title in own and own != page_title and not _has_predicate(page_title):
        return own if _has_predicate(own) else page_title
    return page_title


def _checked_page_title(page_title: str, text: str) -> str:
    """The chrome step's page title, when it passes as a headline of `text` (the first
    short line of a header may be a site or column name instead, or a line of furniture
    by its own shape, data/furniture_lines.tsv: a skip link, 按Enter到主内容区). The
    chrome step keeps it folded (ASCII marks): its marks between Han characters are made
    full-width again, as the text's are (`某县召开会议,部署工作` -> `某县召开会议，部署工作`).

    >>> _checked_page_title("某县召开森林防火会议,部署防火工作", "某县召开森林防火会议。")
    '某县召开森林防火会议，部署防火工作'
    """
    if line_kind(fold(_strip_edges(page_title)).text.strip()) is not None:
        return ""
    page_title = fix_punctuation(page_title).text
    headline = _tidy_headline(_strip_edges(page_title))
    if not headline or not _could_be_headline(headline) or _is_person_caption(headline, text):
        return ""
    grams = _bigrams(headline)
    return headline if len(grams & _bigrams(text)) >= HEADLINE_OVERLAP * len(grams) else ""


# A headline of two or three parallel phrases with spaces between (提升生态品质 共建美丽家园):
# each phrase as long as a headline's half, so a column's name (生态保护) or a spaced
# office's name (立 法 会) is not one.
_PARALLEL_PHRASES = re.compile(rf"[{HAN}]{{4,10}}(?:[ \u3000]+[{HAN}]{{4,10}}){{1,2}}")


def _parallel_headline(banner: str, text: str) -> str:
    """The text's first line that the furniture step cut as a banner (the lead repeats few
    of its words), when it is a headline of parallel phrases that the text below repeats
    as much as it must repeat a chrome step's title (`_checked_page_title`); else "".

    >>> text = "5月2日，县长甲乙到某乡调研生态修复工作。要建设美丽家园。"
    >>> _parallel_headline("守护一江碧水 共建生态家园", text)
    '守护一江碧水 共建生态家园'
    >>> _parallel_headline("生态家园", text), _parallel_headline("不忘初心 牢记使命", text)
    ('', '')
    """
    if not _PARALLEL_PHRASES.fullmatch(banner.strip()):
        return ""
    return _checked_page_title(banner, text)


def _bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _HAN_RUN.findall(text):
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def _han(text: str) -> int:
    return sum(len(run) for run in _HAN_RUN.findall(text))


def _is_body(line: str) -> bool:
    return _han(line) >= _BODY_HAN or "。" in line


# A day after spaces at a line's end (`某县政府新闻参考资料   109.08.21`, a Taiwan page's
# year of the Republic, or 2020.08.21): the line under a headline is the source's, not the
# headline's second line.
_SPACED_DATE_END = re.compile(r"[ \u3000]\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")


def page_headline(text: str) -> str:
    """The headline above the lead, or "" when the text opens with its lead.

    Adjacent short lines are one headline broken over lines:

    >>> page_headline("中国人民政治协商会议\\n第十届某某县委员会\\n第一次会议闭幕\\n"
    ...               "12月17日，中国人民政治协商会议第十届某某县委员会第一次会议闭幕。")
    '中国人民政治协商会议 第十届某某县委员会 第一次会议闭幕'

    A line that ends with a day after spaces is the source's, not the headline's:

    >>> page_headline("县长甲乙率队参访某县\\n某县政府新闻参考资料   109.08.21\\n"
    ...               "今日县长甲乙率队参访某县，交流县政。")
    '县长甲乙率队参访某县'

    A byline, a dateline or a line the lead does not repeat is not one:

    >>> page_headline("记者张三/综合报道\\n1月5日，县政府召开常务会议，县长李四主持。")
    ''
    """
    rows = text.split("\n")
    pieces: list[str] = []
    first = 0  # the row of the headline's first line
    caption_words = None  # the words of a caption placing people (…（左一甲乙馆长）) above
    for index, raw in enumerate(rows):
        line = _drop_stamp(_strip_edges(raw))
        if not pieces and _is_body(line) and _is_placing_caption(line):
            continue  # a photo's caption printed above the headline: the headline may follow
        if _is_body(line):
            if not pieces and _is_long_headline(line) and _could_be_headline(line):
                pieces.append(line)  # a headline with its sub-headlines, as long as a body line
                continue
            glued = "" if pieces else _headline_before_byline(line) or _headline_before_lead(line)
            if glued:  # the headline, then the reporter's bracketed byline, then the lead
                pieces.append(glued)
                below = "\n".join([line[len(glued) :], *rows[index + 1 :]])
                break
            below = "\n".join(rows[index:])
            break
        if not line:
            if pieces:  # a blank line ends a headline broken over lines
                pieces.append("")
            continue
        if pieces and pieces[-1] != "":
            if len(pieces) >= MAX_HEADLINE_LINES:
                pieces.append("")  # no headline is longer: each check below stays bounded
            elif _repeats(line, pieces) or _is_other_deed(line, pieces):
                pieces.append("")  # the headline printed again, or a caption, ends it
            elif _is_escort_or_credit_line(line, pieces):
                pieces.append("")  # who went along (甲乙陪同), or a picture's credit
            elif _is_dateline_row(line):
                pieces.append("")  # the wire's dateline on a row of its own (某某社／某地5日电)
            elif _SPACED_DATE_END.search(raw.rstrip()):
                pieces.append(
                    ""
                )  # a source's name and the day after spaces (某县政府新闻 109.08.21)
            elif _is_part_of_headline(line):
                pieces.append(line)
            continue
        if not pieces and _PLACING_NOTE.search(line):
            caption_words = _PLACING_NOTE.sub("", line).rstrip()  # printed again below?
            continue
        if not pieces and line == caption_words:
            continue  # a caption's words printed again without its note: the caption too
        if (
            not pieces
            and _could_be_headline(line)
            and not _is_broken_lead_row(line, _following_row(rows, index))
        ):
            pieces.append(line)
            first = index
    else:
        return ""
    parts = _without_trailing_person_captions([p for p in pieces if p], below)
    if not parts:
        return ""
    headline = _tidy_headline(" ".join(parts))
    grams = _bigrams(headline)
    if not grams or len(grams & _bigrams(below)) < HEADLINE_OVERLAP * len(grams):
        return ""
    if _is_person_caption(headline, below) or _is_caption_printed_twice(headline, below):
        return ""
    if _is_speech_caption(parts, below):
        return ""
    kept = _without_speech_captions(parts, below)
    if kept != parts:  # the captions above a headline are no part of it
        headline = _tidy_headline(" ".join(kept))
    if _is_caption_of_a_series(headline, rows[first + 1 : index], below):
        return ""
    if _follows_scene_caption(rows[:first]):
        return ""
    if _is_caption_above_lead(headline, below):
        return ""
    if _is_attendance_note(headline):
        return ""  # who attended (甲乙丙丁参加), a note over the lead: the lead names the event
    return headline


# A photo's caption above the lead that is no headline: an event's name and the word for
# its hall or scene (某某座谈会会场, 某某仪式现场), the event the lead names word for word.
# (A line wholly inside one pair of round brackets, 参观某某工程 in brackets, is one too,
# never taken for a headline: `_could_be_headline`, `_BRACKETED_LINE`.) Traditional forms
# too: the text is as received.
# (Round dev22t made the same two checks: one mechanism kept, its endings 式 and 活动 joined.)
# The words for an event's scene (现场), read by `_SCENE_CAPTION` too; an event's hall
# (会场) only after its name.
_SCENE_WORDS = "现场|現場"
_EVENT_SCENE = re.compile(
    rf"([{HAN}“”《》·\d（）()]{{4,40}}?"
    r"(?:会|會|会议|會議|大会|大會|论坛|論壇|仪式|儀式|式|典礼|典禮|活动|活動))"
    rf"(?:会场|會場|{_SCENE_WORDS})图?"
)
_CAPTION_LEAD_READ = 400  # the lead's characters that must name a scene caption's event


def _is_caption_above_lead(headline: str, below: str) -> bool:
    """Whether the line taken for the headline is a photo's caption above the lead: an
    event's hall or scene (`_EVENT_SCENE`) whose event the lead names. (A line wholly
    bracketed is never taken for one: `_could_be_headline`.)

    >>> _is_caption_above_lead("某某工作座谈会会场", "日前，秘书长甲乙主持召开某某工作座谈会。")
    True
    >>> _is_caption_above_lead("某某工作座谈会召开", "日前，秘书长甲乙主持召开某某工作座谈会。")
    False
    """
    scene = _EVENT_SCENE.fullmatch(headline.strip())
    return scene is not None and scene.group(1) in below[:_CAPTION_LEAD_READ]


def _without_trailing_person_captions(parts: list[str], below: str) -> list[str]:
    """A headline's lines without the photo captions printed under it that only name a
    titled person (`人大代表、某区区长甲乙丙`, `某区长丁戊己 |`: `_is_person_caption`, the
    text below naming the person word for word): a caption between the headline and the
    lead, not the headline's last line. The first line always stays (a headline that is
    a caption as a whole is judged by `_is_person_caption` on the whole).

    >>> lead = "本报讯 昨天，市人大代表、某区区长甲乙丙接受采访。"
    >>> _without_trailing_person_captions(["某区中心东迁", "人大代表、某区区长甲乙丙"], lead)
    ['某区中心东迁']
    >>> _without_trailing_person_captions(["政治协商会议", "第九届某某县委员会"], lead)
    ['政治协商会议', '第九届某某县委员会']
    """
    kept = list(parts)
    while len(kept) > 1 and _is_person_caption(kept[-1], below):
        kept.pop()
    return kept


# A photo's caption naming only the scene (会议现场, 讨论会现场 |, 活动现场图).
_SCENE_CAPTION = re.compile(rf"[{HAN}]{{0,6}}(?:{_SCENE_WORDS})图?")


def _follows_scene_caption(above: list[str]) -> bool:
    """Whether the row right above a headline is a picture's caption naming its scene
    (讨论会现场): the line under it is the next picture's caption (县人大常委会主任甲乙
    主持讨论会), pictures before the lead, not the page's headline.

    >>> _follows_scene_caption(["讨论会现场 |"]), _follows_scene_caption(["首页", ""])
    (True, False)
    """
    rows = [_strip_edges(row) for row in above if row.strip()]
    return bool(rows) and _SCENE_CAPTION.fullmatch(rows[-1]) is not None


def _is_caption_of_a_series(headline: str, between: list[str], below: str) -> bool:
    """A headline that is the first of a row of photo captions: one person doing something,
    his title without the organ the lead prints before it (党组书记、主任甲乙传达… over a
    lead's 市人大常委会党组书记、主任甲乙主持…), and under it, before the lead, the next
    caption of another titled person doing something (秘书长丙丁传达…).

    >>> lead = "5月6日，某县人大常委会党组书记、主任甲乙主持召开党组会议，传达全会精神。"
    >>> caption = ["秘书长丙丁传达会议精神"]
    >>> _is_caption_of_a_series("党组书记、主任甲乙传达全会精神", caption, lead)
    True
    >>> _is_caption_of_a_series("某县人大常委会党组书记、主任甲乙传达全会精神", caption, lead)
    False
    >>> _is_caption_of_a_series("党组书记、主任甲乙传达全会精神", [], lead)
    False
    """
    predicate = _predicate_in(headline)
    if predicate is None:
        return False
    holder = headline[: predicate.start()]
    titles = list(_TITLE_WORD.finditer(holder))
    if not titles or not _NAME_AFTER_TITLE.fullmatch(holder[titles[-1].end() :]):
        return False
    lead = next((row for row in below.split("\n") if row.strip()), "")
    at = lead.find(holder)
    if at < 1 or not re.match(f"[{HAN}]", lead[at - 1]):
        return False  # the lead names the holder as the headline does, or not at all
    rest = [_strip_edges(row) for row in between if row.strip()]
    return bool(rest) and _is_other_deed(rest[0], [headline])


_TRAILING_NAME = re.compile(rf"[ \u3000]+([{HAN}]{{2,4}})$")


def _without_reporter(headline: str, credited: tuple[str, ...] | list[str]) -> str:
    """A headline without the name glued after it of one the report credits (its reporter:
    …于伟主持 王某某, over 本报讯（记者 王某某）).

    >>> _without_reporter("某会议举行全体会议 甲乙主持 丙丁戊", ["丙丁戊"])
    '某会议举行全体会议 甲乙主持'
    >>> _without_reporter("某会议举行全体会议 甲乙主持", ["甲乙"])
    '某会议举行全体会议 甲乙主持'
    """
    m = _TRAILING_NAME.search(headline)
    if m is None or m.group(1) not in credited or _han(headline[: m.start()]) < HEADLINE_MIN_HAN:
        return headline
    return headline[: m.start()].rstrip()


# What a page prints beside its headline about where the report comes from, joined to the
# headline after spaces: a byline with its place and 报导 (甲乙 某县 报导), or a periodical's
# name and its issue (某某杂志 2011年9期), or the credit of the photo the headline is also the
# caption of (某县文明办供图, 甲乙摄), after spaces or after the mark a mirror prints for the
# space it could not copy (`…动员部署会? 某县文明办供图`: ?, ？, 〓).
_SOURCE_TAIL = re.compile(
    rf"[ \u3000]{{1,4}}(?:[{HAN}]{{2,4}}[ \u3000]{{1,4}}(?:[{HAN}]{{2,6}}[ \u3000]{{1,4}})?"
    rf"(?:报导|报道)|[{HAN}]{{2,12}}[ \u3000]{{1,4}}\d{{4}}年第?\d{{1,2}}期)$"
    rf"|(?:[?？〓\ufffd][ \u3000]{{0,4}}|[ \u3000]{{1,4}})"
    rf"[{HAN}]{{2,12}}(?:供图|供圖|摄影|攝影|摄|攝)$"
)


def _without_source_tail(headline: str) -> str:
    """A headline without the byline or the periodical's issue the page prints beside it
    (…热闹登场 甲乙 某某县 报导; …调研工作 某某杂志 2011年9期).

    >>> _without_source_tail("某县观光节活动29晚热闹登场 甲乙丙 某某县 报导")
    '某县观光节活动29晚热闹登场'
    >>> _without_source_tail("某司司长甲乙在某县调研工作 某某杂志 2011年9期")
    '某司司长甲乙在某县调研工作'
    >>> _without_source_tail("某县召开创建文明县城动员部署会？ 某县文明办供图")
    '某县召开创建文明县城动员部署会'
    >>> _without_source_tail("某县召开会议 县长甲乙作报告")
    '某县召开会议 县长甲乙作报告'
    """
    tail = _SOURCE_TAIL.search(headline)
    if tail is None or _han(headline[: tail.start()]) < HEADLINE_MIN_HAN:
        return headline
    return headline[: tail.start()].rstrip()


def _is_caption_printed_twice(headline: str, below: str) -> bool:
    """A line above the lead that the next row prints again as a sentence of its own (the
    same words and a full stop), with a paragraph after them that opens with its day: a
    photo's caption copied twice, not the headline (a headline's words open a lead that
    goes on: 某县立下军令状，确保…).

    >>> lead = "\\n3月5日，县长甲乙到某镇调研春耕生产工作，察看小麦长势。"
    >>> _is_caption_printed_twice("县长在田间察看小麦长势", "县长在田间察看小麦长势。" + lead)
    True
    >>> _is_caption_printed_twice("某县召开春耕会议", "某县召开春耕会议，县长甲乙出席。" + lead)
    False
    """
    rows = [row.strip() for row in below.split("\n", 3)[:3]]
    rows = [row for row in rows if row]
    if len(rows) < 2 or rows[0].rstrip("。！!") != headline or rows[0] == headline:
        return False
    return _opens_with_dated_news(_without_byline(rows[1]), hour_is_enough=False)


_SENTENCE_MARKS = re.compile(r"[。！？!?]")


# A page's publishing stamp on a row after its headline, with the source's or editor's
# field after it (`… 2031-04-01 17:10 来源：某某新闻网 编辑：甲乙 近日，…`): a page copied
# as one row prints its header there, the lead after it.
_STAMP_IN_ROW = re.compile(
    r"\s\d{4}-\d{1,2}-\d{1,2}(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?\s{1,3}"
    r"(?:(?:来源|來源|编辑|編輯|作者|发布|發布|稿源)\s*[：:]"
    # or the weather widget a page prints by its stamp: a city and its temperature
    # (`… 2031-04-01 某市 21℃ 0 记者甲乙…`)
    rf"|[{HAN}]{{2,6}}\s{{1,3}}-?\d{{1,2}}\s?(?:℃|°C)(?![\d.])"
    r")"
)


def _headline_before_byline(line: str) -> str:
    """The headline a row prints before the reporter's bracketed byline and the lead
    (`某市长完工视察 某区道路改善 【记者甲乙报导】某区公所感谢…。`), or before the page's
    publishing stamp and source field (`某镇召开某工作会 2031-04-01 17:10 来源：某某网 …`),
    or "".

    >>> _headline_before_byline("某区道路完工 区长视察 【记者甲乙报导】某区公所感谢市府补助。")
    '某区道路完工 区长视察'
    >>> _headline_before_byline("某区公所感谢市府补助。 【记者甲乙报导】某区道路改善工程完工。")
    ''
    >>> _headline_before_byline("某镇召开某工作会 2031-04-01 17:10 来源：某某网 编辑：甲乙 "
    ...                         "近日，某镇召开某工作会，部署工作。")
    '某镇召开某工作会'
    """
    byline = BYLINE_IN_ROW.search(line) or _STAMP_IN_ROW.search(line)
    if byline is None:
        return ""
    head = line[: byline.start()].strip()
    if not head or _SENTENCE_MARKS.search(head) or not _could_be_headline(head):
        return ""
    return head


# A headline glued before the lead on one row, parted from it only by spaces (a page
# copied as one row: `某市长感谢里长辛劳 某区公所今天上午…，…。`), perhaps with the site's
# column and byline after a spaced dash before the lead (`…农民权益 – 某某头条 某某新闻─
# 甲乙/某地 某县长…，`). Only the row's start is read: the lead's first clause mark within
# _GLUED_HEAD_READ characters, and the last run of spaces before it parts the two.
_GLUED_HEAD_READ = 80
_GLUED_LEAD_READ = 400  # the lead's characters a headline without a verb is compared with
GLUED_OVERLAP = 0.5  # share of such a headline's bigrams the lead's start repeats
_FIRST_CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?]")
_LAST_SPACES = re.compile(r"[ \u3000]+(?=[^ \u3000]*$)")
_SPACED_DASH = re.compile(r"[ \u3000]+[-–—─]+[ \u3000]+")
# a wire's or a paper's dateline before the lead (某某社某地5日电, 某某网讯): no headline.
# Not built from `_DATELINE`'s words: that one reads a dateline's whole shape at a row's
# start (an outlet's word before 讯, a day before 电) and never 报道; this one reads only the
# last word of a head glued to its lead (a bare 电, 报道). One list would make either read
# what the other must not; the two share only 讯 and 电.
_DATELINE_END = re.compile(r"(?:电|讯|报导|报道|報導|報道)$")
# a picture's credit closing the row's start (…/某县府提供, 某某摄), or the credit a
# caption line ends with (图：某某: `_PICTURE_CREDIT`, one list of credits for both)
_PICTURE_CREDIT_END = re.compile(
    rf"(?:[/／][{HAN}]{{2,12}}|提供|供图|摄|摄影)$|{_PICTURE_CREDIT.pattern}"
)
_DAY_FIRST = re.compile(r"[\d０-９]|[一二三四五六七八九十]{1,3}月|(?:今|昨|前|明)[天日]")


def _headline_before_lead(line: str) -> str:
    """The headline a row prints before its lead with only spaces between, the site's
    column and byline after a spaced dash dropped, or "".

    >>> _headline_before_lead("某市长感谢里长的辛劳 某区公所今天上午于研习会后举行餐会，"
    ...                       "某市长在区长甲乙陪同下参加，感谢里长的辛劳。")
    '某市长感谢里长的辛劳'
    >>> _headline_before_lead("实地会勘受损农路 甲乙完善农民权益 – 民生头条 某新闻─丙丁/某地 "
    ...                       "某县长甲乙今日走访某乡农路，听取村长需求，协请单位改善。")
    '实地会勘受损农路 甲乙完善农民权益'
    >>> _headline_before_lead("某某社某地5日电 某县长甲乙今日视察某乡道路工程，听取简报。")
    ''
    >>> _headline_before_lead("5月6日上午 县长甲乙主持召开常务会议，研究部署当前工作。")
    ''
    >>> _headline_before_lead("某县长甲乙今天到某乡视察防台措施/某县府提供 台风今明两日最靠近，"
    ...                       "某县长甲乙今天到某乡视察防台措施，呼吁农民做好防范。")
    ''
    """
    mark = _FIRST_CLAUSE_MARK.search(line, 0, _GLUED_HEAD_READ)
    if mark is None:
        return ""
    gap = _LAST_SPACES.search(line, 0, mark.start())
    if gap is None:
        return ""
    head = line[: gap.start()].strip()
    dash = _SPACED_DASH.search(head)
    if dash:  # the site's column and the byline after a spaced dash
        head = head[: dash.start()].strip()
    lead = line[gap.end() :]
    if not head or not _could_be_headline(head) or _DATELINE_END.search(head):
        return ""
    if _PICTURE_CREDIT_END.search(head):
        return ""  # a photo's caption with its credit (…视察某措施/某县府提供), not a headline
    if _DAY_FIRST.match(head):
        return ""  # a day before the lead, not a headline
    grams = _bigrams(head)
    said_below = len(grams & _bigrams(lead[:_GLUED_LEAD_READ])) >= GLUED_OVERLAP * len(grams)
    if not (_has_predicate(head) or said_below):
        return ""  # who did what (or what the lead goes on to say), not a place or a unit
    if not _is_body(lead) or not _SENTENCE_MARKS.search(lead):
        return ""
    return head


# A line under a complete headline that opens with who went along (甲乙陪同, 甲乙、丙丁陪同
# 戊己汇报工作), or that only credits the picture (某某指挥部提供): a sub-headline or a
# credit, not more of the headline.
_ESCORT_LINE = re.compile(rf"[{HAN}、]{{2,16}}陪同(?:\s|$)")
_CREDIT_LINE = re.compile(rf"[{HAN}]{{2,12}}(?:提供|供图|供稿)")
# A line under a headline that only names the office that sent the report in (某某县秸秆
# 禁烧工作领导小组办公室, 某某镇宣传办): who issued it, not more of the headline.
_ISSUING_UNIT_LINE = re.compile(
    rf"[{HAN}]{{2,20}}(?:办公室|宣传部|宣传科|宣传办|宣传站|融媒体中心|新闻中心|新闻办)"
)


# A line under a headline that is only an organ's name, its place first (某县农业农村局,
# 某市某某与口岸局, 中共某县委宣传部, 某镇人民政府, 某街道办事处): the unit that sent the
# report in, under a headline already whole, not more of it.
_ORGAN_NAME_LINE = re.compile(
    rf"(?:中共)?[{HAN}]{{0,8}}?[省市州盟县区旗镇乡街][{HAN}（）()]{{0,16}}?"
    r"(?:局|委员会|常委会|委|办公室|办|政府|办事处|公所|管委会|中心|站|所|处|科|厅|部"
    r"|大队|支队|人大|政协)"
)


def _is_dateline_row(line: str) -> bool:
    """A row that is only a dateline (某某社／某地25日电, 新华社某地3月5日电, 本报讯): it opens the
    report under a headline, and is no more of the headline.

    >>> _is_dateline_row("某某社／ 某北25日电"), _is_dateline_row("某某社某地3月5日电")
    (True, True)
    >>> _is_dateline_row("府会齐步拚外交"), _is_dateline_row("某县召开会议 县长甲乙讲话")
    (False, False)
    """
    dateline = _DATELINE.match(line)
    return dateline is not None and dateline.end() == len(line) and _han(line) >= 2


def _is_whole_headline(pieces: list[str]) -> bool:
    """Whether the headline lines so far say who did what and do not end on their only
    verb (a headline broken before its object, `县长甲乙走访慰问` / `县福利院`, goes on); a
    verb that ends one after an earlier verb's object (开展安全生产大检查) is its object.

    >>> _is_whole_headline(["某县副县长甲乙调研春耕备耕工作"])
    True
    >>> _is_whole_headline(["县长甲乙走访慰问"])
    False
    >>> _is_whole_headline(["某县开展安全生产大检查"])
    True
    """
    said = " ".join(p for p in pieces if p).rstrip()
    verbs = list(_predicates().finditer(_predicate_mask(said)))
    if not verbs:
        return False
    if verbs[-1].end() < len(said):
        return True
    first = len(verbs) - 1  # the run of verbs that ends the headline
    while first > 0 and verbs[first - 1].end() == verbs[first].start():
        first -= 1
    return first > 0


def _is_escort_or_credit_line(line: str, pieces: list[str]) -> bool:
    """Whether a line under a headline only credits the picture or names the office that
    sent the report in, or names who went along under one that says who did what, or is
    only the name of an organ under a headline already whole (`_ORGAN_NAME_LINE`).

    >>> _is_escort_or_credit_line("甲乙陪同 丙丁介绍有关情况", ["某某到某市检查防汛备汛工作"])
    True
    >>> _is_escort_or_credit_line("某某消防队提供", ["某队协助县长察看水情 掌握积水状况"])
    True
    >>> _is_escort_or_credit_line("某某县防汛工作领导小组办公室", ["防汛进行时（三）"])
    True
    >>> _is_escort_or_credit_line("第一次会议闭幕", ["中国人民政治协商会议", "第十届某某县委员会"])
    False
    >>> _is_escort_or_credit_line("某县农业农村局", ["某县副县长甲乙调研春耕备耕工作"])
    True
    >>> _is_escort_or_credit_line("第十届某某县委员会", ["中国人民政治协商会议"])
    False
    """
    if _CREDIT_LINE.fullmatch(line):
        return True
    if _ISSUING_UNIT_LINE.fullmatch(line) and not _has_predicate(line):
        return True
    if _ORGAN_NAME_LINE.fullmatch(line) and not _has_predicate(line) and _is_whole_headline(pieces):
        return True
    return _ESCORT_LINE.match(line) is not None and _has_predicate(" ".join(pieces))


_NO_HEADLINE_MARKS = re.compile(r"[，,。；;！!？?、]")


def _is_long_headline(line: str) -> bool:
    """A line as long as a body line that is a headline with its sub-headlines, parts
    between spaces and no clause or sentence mark (`某某参加审议时指出 立足资源禀赋 发挥
    产业优势 为建设…贡献更大力量`); a roster of short words is not one.

    >>> _is_long_headline("甲乙参加某团审议时强调 守牢生态底线 壮大特色产业 为建设某新城多作贡献")
    True
    >>> _is_long_headline("5月6日，县政协召开九届常委会议，县政协主席王五主持会议并讲话。")
    False

    Two such headlines on one line, joined by a semicolon, are one (a council's page
    headlines two members' questions so); a sentence's clauses between semicolons are not:

    >>> _is_long_headline("某站申请量太少 议员甲乙盼某处加强宣传；某病正流行 议员丙丁建议拨款防治")
    True
    >>> _is_long_headline("会议听取了某某局的工作汇报；会议审议了某某办法 某某规定和某某细则等文件")
    False
    """
    if _han(line) > HEADLINE_MAX_HAN:
        return False
    headlines = line.split("；")
    if len(headlines) > _JOINED_HEADLINES:
        return False
    for part in headlines:
        if _NO_HEADLINE_MARKS.search(part) or " " not in part.strip():
            return False
    return not _is_word_list(line)


# Headlines a council's page prints on one line, joined by a semicolon (`某某申请量太少 议员甲
# 盼加强宣传；某病盛行 议员乙建议…`): each of phrases between spaces, as `_is_long_headline`'s.
_JOINED_HEADLINES = 3


# A headline broken over lines holds a few of them; the checks of each further line read
# the pieces so far, so without a bound a page of short lines would be quadratic.
MAX_HEADLINE_LINES = 6
REPEAT_OVERLAP = 0.75  # share of a line's bigrams already in the headline: printed again


def _repeats(line: str, pieces: list[str]) -> bool:
    """Whether a line under the headline prints it again: whole, a piece of it, with a
    credit after it or with a character the copy lost.

    >>> _repeats("区政协十四届次会议闭幕", ["区政协十四届六次会议闭幕"])
    True
    >>> _repeats("第一次会议闭幕", ["中国人民政治协商会议", "第十届某某县委员会"])
    False
    """
    grams = _bigrams(line)
    return bool(grams) and len(grams & _bigrams(" ".join(pieces))) >= REPEAT_OVERLAP * len(grams)


# A working group named by its task (督导组, 调研组) is a subject, not the verb.
_GROUP_BY_TASK = re.compile(r"(?:督导|督查|检查|调研|考察|巡察|巡查|视察|慰问)(?=组|团)")


# Meeting others, as a caption says it (…与某某政协交流工作, …与代表合影).
_MEETING_WITH = re.compile(r"与[^，,。；;\s]{2,20}?(?:交流|座谈|交谈|会谈|合影|握手)")


def _is_other_deed(line: str, pieces: list[str]) -> bool:
    """Whether a line under a headline that already says who did what names its own
    titled subject doing something (a sub-headline or a photo's caption: 督导组在县人民医院
    察看, 县长甲乙欢迎…), not more of the headline; a chair's line (甲乙主持并讲话) is more.

    >>> _is_other_deed("督导组在县人民医院察看", ["市委督导组来我县督导疫情防控工作"])
    True
    >>> _is_other_deed("甲乙主持并讲话", ["市委常委会会议传达学习全会精神"])
    False
    >>> _is_other_deed("第一次会议闭幕", ["中国人民政治协商会议", "第十届某某县委员会"])
    False

    A caption of a titled person meeting others (甲主席与某某政协交流) is one too:

    >>> _is_other_deed("甲主席与某某市政协交流", ["某某市政协考察团来我区考察"])
    True
    >>> _is_other_deed("与某某市政协交流工作", ["某某市政协考察团来我区考察"])
    False
    """
    if not _has_predicate(" ".join(pieces)):
        return False
    masked = _GROUP_BY_TASK.sub(lambda m: "_" * len(m.group(0)), line)
    # 与 and a meeting's verb after it stand for a predicate the vocabulary does not list
    predicate = _predicate_in(masked) or _MEETING_WITH.search(masked)
    return predicate is not None and _TITLE_WORD.search(masked[: predicate.start()]) is not None


CLOSING_OVERLAP = 0.5  # share of a closing headline's bigrams the report above repeats


def closing_headline(text: str) -> str:
    """The headline some pages print under the report (a copy that took the page from
    its body down): a last line shaped like a headline, no sentence and no caption, most
    of whose words the report repeats, in two parts as such headlines print them (a
    space or a colon between: `主管周报 县长：…`); "" otherwise, a copy's last line cut
    short (`张智明表示，近年来麦积区发展势`) among them.

    >>> report = "某县召开主管周报会议，县长甲乙主持。县长要求各单位以负责任态度面对工作。\\n"
    >>> closing_headline(report + "主管周报 县长：以负责任态度面对工作")
    '主管周报 县长：以负责任态度面对工作'
    >>> closing_headline(report + "（某县新闻中心供稿）"), closing_headline(report)
    ('', '')
    >>> closing_headline(report + "县长要求各单位以负责任态度面对")
    ''
    """
    above, _sep, last = text.rstrip().rpartition("\n")
    line = _drop_stamp(_strip_edges(last))
    if not above.strip() or _is_body(line) or line.endswith(_CLOSING_MARKS):
        return ""
    if line.startswith(_OPENING_BRACKETS) or not _could_be_headline(line):
        return ""
    if not _TWO_PART_HEADLINE.search(line) or _is_word_list(line):
        return ""
    headline = _tidy_headline(line)
    grams = _bigrams(headline)
    if not grams or len(grams & _bigrams(above)) < CLOSING_OVERLAP * len(grams):
        return ""
    return "" if _is_person_caption(headline, above) else headline


_LIST_ITEM_MAX_HAN = 5  # a roster's names (袁满娥（女）) and a menu's words are this short


def _is_word_list(line: str) -> bool:
    """A line of short words between spaces (a roster of names, a menu), not a headline.

    >>> _is_word_list("高建华 程晨曦 杨海河 袁满娥（女） 周小驹")
    True
    >>> _is_word_list("主管周报 县长：以负责任态度面对工作")
    False
    """
    return all(_han(part) <= _LIST_ITEM_MAX_HAN for part in line.split())


_TWO_PART_HEADLINE = re.compile(rf"[{HAN}”」》）][ \u3000]+[{HAN}“「《（]|[{HAN}][：:]")
_CLOSING_MARKS = ("。", "！", "？", "，", "；", "：", "…", "）", ")")
_OPENING_BRACKETS = ("（", "(", "【", "[", "《", "“")


def _is_person_caption(line: str, below: str) -> bool:
    """A photo's caption naming its person (`市人大常委会副主任、党组书记周洪`): a title
    chain and a name, no predicate, that the lead repeats word for word as its subject.

    >>> lead = "8月2日，市人大常委会副主任周洪一行到某村调研。"
    >>> _is_person_caption("市人大常委会副主任周洪", lead)
    True
    >>> _is_person_caption("县政协召开常委会议", "5月6日，县政协召开常委会议。")
    False
    >>> _is_person_caption("区政协年中工作会议", "8月7日，区政协年中工作会议举行。")
    False
    """
    if line not in below or _has_predicate(line):
        return False
    titles = list(_TITLE_WORD.finditer(line))
    # a name of two to four characters after the last title word (not 会议 of a meeting)
    return bool(titles) and _NAME_AFTER_TITLE.fullmatch(line[titles[-1].end() :]) is not None


_NAME_AFTER_TITLE = re.compile(f"[{HAN}]{{2,4}}")
# What a person does at a meeting the line does not name (在会上讲话, 主持会议): a caption's
# words, the meeting named by the lead.
_AT_THE_MEETING = re.compile(
    r"(?:在(?:会上|会议上|大会上))?(?:作动员讲话|讲话|致辞|发言|作报告|主持会议)"
)
_MEETING_HELD = re.compile(r"召开|举行|开幕")


def _is_speech_caption(pieces: list[str], below: str) -> bool:
    """Photo captions of people speaking at a meeting they do not name (县委书记甲乙在会上
    讲话, 县长丙丁主持会议), over a lead that names the meeting and them: the lead's
    title, not the captions'.

    >>> lead = "10月5日，某县召开推进会，县委书记甲乙出席并讲话。"
    >>> _is_speech_caption(["县委书记甲乙在会上讲话"], lead)
    True
    >>> _is_speech_caption(["县委书记甲乙在推进会上讲话"], lead)
    False
    """
    lead = next((row for row in below.split("\n") if row.strip()), "")
    if not _MEETING_HELD.search(lead):
        return False
    return all(_is_speech_piece(piece, lead) for piece in pieces)


def _is_speech_piece(piece: str, lead: str) -> bool:
    """A caption of one person speaking at a meeting it does not name (县长甲乙在会上讲话),
    the person named in the lead."""
    deed = _AT_THE_MEETING.search(piece)
    if deed is None or deed.end() != len(piece) or not _ends_with_name(piece[: deed.start()]):
        return False
    name = _NAME_AFTER_TITLE.fullmatch(
        piece[list(_TITLE_WORD.finditer(piece[: deed.start()]))[-1].end() : deed.start()]
    )
    return name is not None and name.group(0) in lead


def _without_speech_captions(parts: list[str], below: str) -> list[str]:
    """A headline's lines without the captions of people speaking printed above it (县长
    甲乙在会上讲话, then 某县召开某会议), when the line after them names who held what:
    the headline is that line.

    >>> lead = "5月6日，某县召开防汛工作会议，县长甲乙出席并讲话。"
    >>> _without_speech_captions(["县长甲乙在会上讲话", "某县召开防汛工作会议"], lead)
    ['某县召开防汛工作会议']
    >>> _without_speech_captions(["县长甲乙在会上讲话", "要求做好防汛工作"], lead)
    ['县长甲乙在会上讲话', '要求做好防汛工作']
    """
    lead = next((row for row in below.split("\n") if row.strip()), "")
    k = 0
    while k < len(parts) - 1 and _is_speech_piece(parts[k], lead):
        k += 1
    rest = " ".join(parts[k:])
    if k and _names_own_doer(rest) and _MEETING_HELD.search(rest):
        return parts[k:]
    return parts


# A section's line: a place's name (镇, 街道, 乡…) and the site's name beside it (航头镇 某某新闻网,
# 某某融媒 | 某街道), the column a page files its report under; the page's own headline follows.
_PLACE_WORD = rf"[{HAN}]{{1,8}}(?:镇|乡|街道|社区|村|区|县)"
_SITE_NAME_WORD = rf"[{HAN}]{{1,10}}(?:新闻网|网|融媒|融媒体|新闻|日报|报)"
_BETWEEN_WORDS = r"(?:\s+|\s*[|｜丨/·>]\s*)"
_SECTION_AND_SITE = re.compile(
    rf"^(?:{_PLACE_WORD}{_BETWEEN_WORDS}{_SITE_NAME_WORD}"
    rf"|{_SITE_NAME_WORD}{_BETWEEN_WORDS}{_PLACE_WORD})\s*$"
)
# A row of a site's sections, the menu or breadcrumb a page prints above its report: words
# parted by spaces, the first the site's home (首页 某某县人 某某县乡镇), or each a column's
# name, ending with a column's word (某某要闻 某某之声). A headline's parallel phrases end
# with what was done (守护一江碧水 共建生态家园), not with these words.
_HOME_WORD = r"(?:网站首页|返回首页|首页|主页)"
_COLUMN_END = r"(?:要闻|之声|动态|新闻|资讯|视频|图片|专题|公告|快讯|头条|热点|看点|速递|播报)"
_SECTION_ROW = re.compile(
    rf"{_HOME_WORD}(?:[ \u3000]+[{HAN}]{{2,8}}){{1,5}}"
    rf"|[{HAN}]{{0,6}}{_COLUMN_END}(?:[ \u3000]+[{HAN}]{{0,6}}{_COLUMN_END}){{1,5}}"
)
# The site's name and a column's name before a headline's own tag (某县人民政府 各镇动态
# 【某镇】…): the words up to the tag, the last a column's name, are no part of the headline.
_SECTION_BEFORE_TAG = re.compile(
    rf"^(?:[{HAN}]{{2,12}}[ \u3000]+){{0,2}}[{HAN}]{{0,6}}{_COLUMN_END}[ \u3000]*(?=【)"
)


# A line that is one bracketed phrase and nothing else: a picture's caption set in brackets
# between the paragraphs (（参观某某工程）, (在某地召开交流会)); a headline is not bracketed
# whole (a headline's own tag, 【图】 or （附图）, brackets a part of it).
_BRACKETED_LINE = re.compile(r"[（(][^（）()\n]{2,60}[)）]")


def _could_be_headline(line: str) -> bool:
    han = _han(line)
    if not HEADLINE_MIN_HAN <= han <= HEADLINE_MAX_HAN:
        return False
    if _SECTION_AND_SITE.match(line):
        return False  # a section's line (某镇 某某新闻网): the headline comes below it
    if _SECTION_ROW.fullmatch(line.strip()):
        return False  # a row of the site's sections (首页 某某县人 某某县乡镇; 某某要闻 某某之声)
    if any(line.startswith(role) for role in lines("credit_roles.txt")):
        return False  # a byline
    label = _FIELD_LABEL.match(line)
    if label and label.group(1).endswith(tuple(lines("credit_roles.txt"))):
        return False  # a credit field with a longer label (新闻来源:某网, 文章作者：)
    if _CAPTION.match(line) or _CRUMB.search(line) or _is_photo_caption(line):
        return False
    if line_kind(fold(line).text.strip()) == "welcome":
        # a site's greeting to its reader (监督县政，反映民意某县议会欢迎您): the cleaner's
        # furniture kind, so a greeting it leaves in the text is no headline either
        return False
    if _BRACKETED_LINE.fullmatch(line.strip()):
        return False  # a picture's caption in brackets on its own line (（参观某某工程）)
    if _is_fragment(line):
        return False  # the broken tail of a clause (，挨轰不合体制，)
    if line.rstrip().endswith(("：", ":")):
        return False  # a label or an addressee (某某县森林防火指挥部：): what follows is said
    return not _DATELINE.match(line) and not REPORTER_GROUP.match(line)


def _is_part_of_headline(line: str) -> bool:
    """A second headline line: short, no clause break (a subtitle sentence is not)."""
    return 2 <= _han(line) <= 24 and not _CLAUSE.search(line) and _could_be_part(line)


_FIELD_LABEL = re.compile(r"([^：:，,。\s]{1,8})\s*[：:]")


def _could_be_part(line: str) -> bool:
    return not any(line.startswith(role) for role in lines("credit_roles.txt"))


# A lead the copy broke at a row: its first row opens with the day (or the hour) and a comma
# (2017年4月13日上午，某镇在镇会议厅召开了) and ends on a word that leaves its clause open:
# an aspect 了 or 的 waiting for its object, or a preposition or a joiner waiting for its
# noun (在, 对, 向, 把, 将, 为, 于, 和, 与, 及, 同, 就). The sentence goes on in the next row; no
# headline ends so (a headline with its day, 3月8日，某会议隆重开幕, ends on its deed).
_DAY_THEN_COMMA = re.compile(
    r"^[^，,。；;：:！!？?]{0,16}?(?:日|号|时|时许|分|上午|下午|晚上|晚|早上|中午|凌晨)[，,]"
)
_OPEN_CLAUSE_END = re.compile(r"(?:了|的|在|对|向|把|将|为|于|和|与|及|同|就)$")


def _is_broken_lead_row(line: str, following: str = "") -> bool:
    """A row that opens a lead the copy broke before its sentence ended (`_DAY_THEN_COMMA`,
    `_OPEN_CLAUSE_END`). Not when the row that follows it (`following`) opens with a day
    of its own: that row is the lead, and this one a headline complete with its day, its
    了 the sentence's last word (12月26日，某某高铁正式开通了 over 12月26日上午，…: review45).

    >>> _is_broken_lead_row("2017年4月13日上午，某镇在镇二楼会议厅召开了")
    True
    >>> _is_broken_lead_row("3月8日，市六届人大五次会议隆重开幕")
    False
    >>> _is_broken_lead_row("为了乡亲的")
    False
    >>> _is_broken_lead_row("12月26日，某某高铁正式开通了", "12月26日上午，某某高铁开通运营。")
    False
    """
    line = line.strip(SPACES)
    return bool(
        _DAY_FIRST.match(line)
        and _DAY_THEN_COMMA.match(line)
        and _OPEN_CLAUSE_END.search(line)
        and not _SENTENCE_MARKS.search(line)
        and not _DAY_FIRST.match(following.strip(SPACES))
    )


# How many rows below a row the next non-blank one is looked for (bounded per row).
_FOLLOWING_ROWS_MAX = 3


def _following_row(rows: list[str], at: int) -> str:
    """The first non-blank row of the few after rows[at] (`_FOLLOWING_ROWS_MAX`), or ""."""
    return next((r for r in rows[at + 1 : at + 1 + _FOLLOWING_ROWS_MAX] if r.strip(SPACES)), "")


def _tidy_headline(headline: str) -> str:
    """Drop a site suffix, a column prefix, a site's name before a bar and trailing jammer
    characters.

    >>> _tidy_headline("影音/听取建言 县政顾问年终座谈会--马祖日报 ")
    '听取建言 县政顾问年终座谈会'
    >>> _tidy_headline("县政协会议胜利闭幕* r4 L9 O: p8 Y")
    '县政协会议胜利闭幕'
    >>> _tidy_headline("区领导督导安全生产工作（图）")
    '区领导督导安全生产工作'
    >>> _tidy_headline("某某新闻丨甲乙在督办防控时强调：紧盯关键环节")
    '甲乙在督办防控时强调：紧盯关键环节'
    >>> _tidy_headline("图]【某县新闻】县政协会议开幕"), _tidy_headline("要闻速递】县政协会议开幕")
    ('县政协会议开幕', '县政协会议开幕')
    """
    headline = _drop_stamp(BRACKETED_BYLINE.sub("", headline).strip())
    bracketed = _BRACKETED.fullmatch(headline)
    if bracketed:  # the whole line is the headline, not a column tag before one
        headline = bracketed.group(1).strip()
    headline = _SITE_SUFFIX.sub("", headline).rstrip()
    headline = _BRACKET_SUFFIX.sub("", headline).rstrip()
    headline = _without_glued_widgets(headline)
    headline = _PICTURE_MARK.sub("", headline).rstrip()
    headline = _DATE_SUFFIX.sub("", headline).rstrip()
    headline = _MEDIA_PREFIX.sub("", headline, count=1)
    headline = _CUT_TAG.sub("", _PICTURE_PREFIX.sub("", headline, count=1), count=1)
    headline = _SECTION_BEFORE_TAG.sub("", headline, count=1)
    headline = _DATE_PREFIX.sub("", _BRACKET_PREFIX.sub("", headline))
    headline = _SITE_PREFIX.sub("", _SECTION_PREFIX.sub("", headline))
    headline = _without_column_before_bar(_without_name_tag(headline))
    return _TRAILING_JUNK.sub("", headline).strip()


# A short tag before a headline, parted from it by spaces (上饶市程建平 程建平出席…).
_SPACED_TAG = re.compile(rf"^([{HAN}]{{2,8}})[ \u3000]+(?=[{HAN}])")
# A column's short name before a bar between spaces (聚焦县两会 | 某某会议开幕).
_COLUMN_BAR = re.compile(rf"^([{HAN}]{{2,6}})\s+[|｜丨]\s+(?=\S)")


@cache
def _surnames() -> tuple[str, ...]:
    return tuple(lines("surnames.txt"))


def _without_name_tag(headline: str) -> str:
    """A headline without the tag glued before it that names the person it opens with
    (a page's keyword: 上饶市程建平 程建平出席…, 陈钊工信委 陈钊深入…).

    >>> _without_name_tag("某市王甲乙 王甲乙出席市委全体会议")
    '王甲乙出席市委全体会议'
    >>> _without_name_tag("春风化雨 王五走访慰问困难群众")
    '春风化雨 王五走访慰问困难群众'
    """
    m = _SPACED_TAG.match(headline)
    if m is None or _has_predicate(m.group(1)):
        return headline
    tag, rest = m.group(1), headline[m.end() :]
    if _han(rest) < HEADLINE_MIN_HAN:
        return headline
    for size in (3, 2):
        name = rest[:size]
        if name in tag and name.startswith(_surnames()) and _HAN_RUN.fullmatch(name):
            return rest
    return headline


def _without_column_before_bar(headline: str) -> str:
    """A headline without a column's short name before a bar (聚焦县两会 | …).

    >>> _without_column_before_bar("聚焦两会 | 某县政协会议隆重开幕")
    '某县政协会议隆重开幕'
    """
    m = _COLUMN_BAR.match(headline)
    if m is None or _has_predicate(m.group(1)) or _han(headline[m.end() :]) < HEADLINE_MIN_HAN:
        return headline
    return headline[m.end() :]


def _alternatives(name: str) -> str:
    return "|".join(map(re.escape, sorted(lines(name), key=len, reverse=True)))


@cache
def _glued_widgets() -> re.Pattern[str]:
    """A share bar's or print button's words after a headline on its line: one glued to it
    (data/title_glued_widgets.txt) or, after a space or a bracket, one a headline may also end
    with (data/title_spaced_widgets.txt), then any of either."""
    glued, spaced = (_alternatives(f"title_{kind}_widgets.txt") for kind in ("glued", "spaced"))
    either = f"(?:{glued}|{spaced})"
    between = r"[\s:：|｜【\[\]】]*"
    return re.compile(
        rf"(?<=[{HAN}”」』》）)])(?:\s*[【\[]?(?:{glued})|(?:\s+|\s*[【\[])(?:{spaced}))"
        rf"(?:{between}{either})*{between}$"
    )


def _without_glued_widgets(headline: str) -> str:
    """A headline without the share or print words glued after it, when a headline is left.

    >>> _without_glued_widgets("县政协召开常委会议分享到：")
    '县政协召开常委会议'
    >>> _without_glued_widgets("县政协召开会议 打印 收藏")
    '县政协召开会议'
    >>> _without_glued_widgets("青年干部工作经验分享")
    '青年干部工作经验分享'
    """
    m = _glued_widgets().search(headline)
    if not m or _han(headline[: m.start()]) < HEADLINE_MIN_HAN:
        return headline
    return headline[: m.start()].rstrip()


def _drop_stamp(line: str) -> str:
    """A headline without the site name and time stamp that follow it on its line.

    >>> _drop_stamp("县政协召开常委会议 某某新闻   2022-05-31 21:10  ")
    '县政协召开常委会议'
    >>> _drop_stamp("县政协召开常委会议")
    '县政协召开常委会议'
    """
    line = line.rstrip()
    stamp = _STAMP.search(line)
    if not stamp or stamp.start() == 0 or not line[stamp.start() - 1].isspace():
        return line
    head, _sep, site = line[: stamp.start()].rstrip().rpartition(" ")
    if head.strip() and _SITE_WORD.fullmatch(site) and _han(head) >= HEADLINE_MIN_HAN:
        return head.rstrip()
    return line[: stamp.start()].rstrip()


def lead_title(text: str, captions: tuple[str, ...] | list[str] = ()) -> str:
    """Title from the lead sentence: who did what.

    >>> lead_title("9月30日，为筑牢节日安全防线，县长王五带队检查安全生产，强调…。")
    '县长王五带队检查安全生产'
    >>> lead_title("1月8日，县委书记张三，县委副书记、县长李四看望慰问困难群众。")
    '县委书记张三、县长李四看望慰问困难群众'
    >>> lead_title("本报讯（记者 赵六）连日来，市督导组在组长钱七的带领下，到我县督导安全生产。")
    '市督导组到我县督导安全生产'

    A caption glued before the lead with its picture's credit is a sentence of its own,
    and a damage mark after a predicate ends its clause:

    >>> lead_title("县长甲乙到某乡察看渔港防汛准备/某县府提供 豪雨今明最集中，县长甲乙到某乡。")
    '县长甲乙到某乡察看渔港防汛准备'
    >>> lead_title("5月7日，某县人大某次会议预备会在会议室举行〓人大常委会主任甲乙出席。")
    '某县人大某次会议预备会举行'

    A session that closes after its agenda is done keeps its name:

    >>> lead_title("1月12日，某区第二届人民代表大会第一次会议圆满完成各项议程后，在某地闭幕。")
    '某区二届人大一次会议闭幕'

    A reporters' byline whose opening bracket and first word the copy garbled into a stray
    mark and odd characters (`。ㄓ浾 甲乙 通讯员 丙丁）`) is no part of the lead:

    >>> lead_title("。ㄓ浾 甲乙 丙丁 通讯员 戊己）为整治村庄环境，某镇启动百日行动，全面动员。\\n"
    ...            "连日来，10多名人员正在清理集镇杂物。")
    '某镇启动百日行动'
    """
    # a byline the copy garbled at the text's start would make its row a fragment
    text = _DAMAGED_BYLINE.sub("", text, count=1)
    rows = [r for r in text.split("\n") if not _is_photo_caption(r) and not _is_fragment(r)]
    body = list(islice((r for r in rows if _is_body(r)), _NEWS_PARAGRAPHS))
    if body:
        at = rows.index(body[0])
        body[0] = _continued(rows, at)
        # the lead's first row, broken off above before its sentence ended, opens it
        above = next((row for row in reversed(rows[:at]) if row.strip(SPACES)), "")
        if _is_broken_lead_row(above, rows[at]):
            body[0] = above.strip(SPACES) + body[0].lstrip(SPACES)
    announced = _announced_event(body[0], body[1:3]) if body else ""
    if body and _is_attendance_note(body[0]):
        # a page that lost its lead opens with who else attended (甲、乙参加。): the caption
        # under it that states the event (▲市领导甲一行考察某工程。记者乙摄), else the next
        # paragraph
        caption = _stated_caption(text.split("\n"), body[0], captions)
        body = [caption] if caption else body[1:]
    lead = _without_byline(body[0] if body else next((r for r in rows if _han(r) >= 10), text))
    asked = announced or _meeting_content_asked(lead, text)
    if asked:
        return _shorten(asked)
    lead = _without_basis(_without_sponsors(lead))
    lead = _led_group_before_deed(_topic_joined_to_host(lead))
    lead = _damage_after_verb().sub(r"\1，", _CREDIT_IN_ROW.sub("。", lead, count=1), count=1)
    lead = _damage_between_sentences(lead)
    lead = _STRAY_COMMA.sub("", lead)
    lead = _AGENDA_DONE.sub("", lead, count=1)
    texts, marks, start = _news_sentence(_sentence_candidates(lead))
    start = _after_turn(texts, start)
    scene = _is_scene(lead)
    if scene or _only_to_come(texts[start:]):
        # scene-setting: the next paragraph, when it opens with its day; only what is to
        # come (将召开…): the first later one that opens with its day or hour
        # (上午11时许，区委书记…看望…)
        # a caption printed twice (its line, then the same words as a paragraph) is one row
        rest = [row for row in body[1:] if row.strip() != body[0].strip()]
        later = (_without_byline(row) for row in rest[: 1 if scene else None])
        dated = next((row for row in later if _opens_with_dated_news(row, not scene)), "")
        if dated:
            texts, marks, start = _news_sentence(_sentence_candidates(dated))
    if not any(_has_predicate(c) or _names_a_doer(c) for c in texts[start:]) or _aim_only(
        texts, start
    ):
        # nobody is named doing anything in the lead (a scene, a mood), or it says only
        # an aim and the steps to it, no one doing them, no day (为优化…，设立…，搭建…平台):
        # the first of the next paragraphs whose first sentence names who did what
        later = (
            _news_sentence(_sentence_candidates(_this_place_named(_without_byline(row), lead)))
            for row in body[1:]
        )
        news = next((found for found in later if _names_doer_and_deed(found)), None)
        if news is not None:
            texts, marks, start = news
    title = _convened_by_chairs_body(texts[:start], texts[start]) or _subject_and_predicate(
        texts, marks, start
    )
    title = _with_body_of_clause_before(title, texts, start)
    title = _deed_after_virtue(title, texts, start)
    title = _own_place_named(
        _with_second_deed(
            _with_set_up_deed(
                _with_attended_event(_without_led_party(title), texts, start), texts, start
            ),
            texts,
            start,
        )
    )
    title = _LATIN_ALIAS.sub("", title)
    title = as_headline(_as_group(_as_delegation(_fewer_names(_without_staff(title)))))
    title = _without_tasks(_unplaced(title))
    title = _without_trailing_leading(_fewer_objects(_without_place_list(title)))
    title = _shorten(_head_by_own_post(_without_province(_without_damaged_tail(title))))
    return _without_comma_before_deed(title)


# A body named first in its clause (县府, 某镇政府, 某乡公所, 某局), the adverbs of time before
# its verb (日前已完成…) after it.
_BODY_BEFORE_VERB = re.compile(
    rf"^([{HAN}]{{0,10}}?(?:政府|县府|市府|公所|局|委员会|委|中心|街道|镇|乡))"
    r"(?:日前|近日|近期|此前|先前|业已|已经|已|也)+"
)
# A clause that opens with its day, or with where, and no doer (25日在某桥旁举办…).
_DOERLESS_OPENING = re.compile(
    r"^(?:[\d一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上|晚间)?[在于]"
)


# An event named first as the clause's topic, by its day (昨天的尾牙宴，由甲乙主持; 今天的
# 座谈会，由…): the comma splits the event from who held it, and neither clause alone is
# the title (由… has no subject, the topic no verb). The day and its 的 go, the comma too:
# 尾牙宴由甲乙主持, as 某会议由甲乙主持召开 is read. Only before 由 (who hosted or led it),
# the event word closing the topic; Traditional forms too (the text is as received).
_TOPIC_BEFORE_HOST = re.compile(
    r"^((?:[^，,。；;！？!?\n]{0,16}?(?:日|午|晚|时|許|许)[，,])?)"
    r"(?:(?:今|昨|前|当|當)[天日晚]|日前|近日|上午|下午|晚上|中午)?的?"
    rf"([{HAN}“”「」《》\d]{{1,20}}?"
    r"(?:宴|会|會|会议|會議|活动|活動|典礼|典禮|仪式|儀式|比赛|比賽|茶会|茶會))[，,](?=由)"
)


def _topic_joined_to_host(lead: str) -> str:
    """The lead with an event named as its first clause's topic joined to the clause of who
    held it (`昨天的尾牙宴，由某乡长甲乙主持` → `尾牙宴由某乡长甲乙主持`).

    >>> _topic_joined_to_host("昨天的尾牙宴，由某乡长甲乙及副主席丙丁共同主持，县长戊己到场。")
    '尾牙宴由某乡长甲乙及副主席丙丁共同主持，县长戊己到场。'
    >>> _topic_joined_to_host("5月6日，全县工作会议，由县长甲乙主持。")
    '5月6日，全县工作会议由县长甲乙主持。'
    >>> _topic_joined_to_host("昨天的尾牙宴上，县长甲乙致词。")  # no host clause: as it was
    '昨天的尾牙宴上，县长甲乙致词。'
    >>> _topic_joined_to_host("某县政府召开第1次县务会议，由县长甲乙主持。")  # a deed's clause
    '某县政府召开第1次县务会议，由县长甲乙主持。'
    """
    topic = _TOPIC_BEFORE_HOST.match(lead)
    if topic is None or any(verb in topic.group(2) for verb in _HELD_VERBS):
        return lead  # a clause with its own deed (某县召开某会议，由…主持) keeps its comma
    return topic.group(1) + topic.group(2) + lead[topic.end() :]


# A clause that is only a word of turning (不过, 但是, 然而, 可是; Traditional forms too):
# what it turns from is background (某赛今年停办，不过，其他活动仍照常举办), the news after it.
_TURN_CLAUSE = frozenset({"不过", "但是", "然而", "可是", "不過"})


def _after_turn(texts: list[str], start: int) -> int:
    """The first clause of the news in a sentence that opens with background and turns
    (`今年因故停办，不过，其他活动仍照常举办`): the clause after a bare turning word, when
    no clause before it names an official or a deed (`_predicate_in`) and the clause after
    it says what was done; else `start`. A deed before the turn (县长甲乙出席会议，不过，…)
    is the news: its clause names its doer, so the turn is not taken.

    >>> _after_turn(["某赛今年因故停办", "不过", "其他活动仍照常举办"], 0)
    2
    >>> _after_turn(["县长甲乙出席会议", "不过", "其他活动仍照常举办"], 0)
    0
    """
    for at in range(start, min(len(texts) - 1, start + _MAX_SUBJECT_CLAUSES)):
        if _is_official(texts[at]) or _predicate_in(texts[at]):
            return start  # an official or a deed before the turn: that clause is the news
        if texts[at].strip() in _TURN_CLAUSE and at > start and _has_predicate(texts[at + 1]):
            return at + 1
    return start


def _with_body_of_clause_before(title: str, texts: list[str], start: int) -> str:
    """A lead title from a clause that opens with its day or place and names no doer
    (`25日在某桥旁举办通车典礼`), the clause before it a body's (县府日前已完成某便道): the
    body did it, and the title says so (县府25日在某桥旁举办…, the day left out later).

    >>> _with_body_of_clause_before("25日在某桥旁举办便道通车典礼",
    ...     ["某事终于获得解决", "县府日前已完成某便道", "25日在某桥旁举办便道通车典礼"], 2)
    '县府25日在某桥旁举办便道通车典礼'
    >>> _with_body_of_clause_before("25日在某桥旁举办便道通车典礼",
    ...     ["某事终于获得解决", "记者日前走访某便道", "25日在某桥旁举办便道通车典礼"], 2)
    '25日在某桥旁举办便道通车典礼'
    >>> _with_body_of_clause_before("县长甲乙在某桥旁出席通车典礼",
    ...     ["县府日前已完成某便道", "县长甲乙在某桥旁出席通车典礼"], 1)
    '县长甲乙在某桥旁出席通车典礼'
    """
    if start < 1 or start >= len(texts) or not title.startswith(texts[start][:6]):
        return title
    if not _DOERLESS_OPENING.match(title):
        return title
    body = _BODY_BEFORE_VERB.match(texts[start - 1])
    if body is None or len(_HAN_RUN.findall(texts[start - 1][body.end() :])) == 0:
        return title  # the adverbs say a verb follows (已完成, 日前启用): no list of verbs
    return body.group(1) + title


def _without_comma_before_deed(title: str) -> str:
    """A title whose subject is parted from its deed by a comma, once a day or a place
    between them was left out (某某协会，于5月20日举行… -> 某某协会，举行…): one phrase, as a
    headline prints it, no comma inside. A comma after a deed parts two clauses and stays.

    >>> _without_comma_before_deed("某县第三届会员大会，举行")
    '某县第三届会员大会举行'
    >>> _without_comma_before_deed("某社区联合办公处暨某协会，举行启用揭牌典礼")
    '某社区联合办公处暨某协会举行启用揭牌典礼'
    >>> _without_comma_before_deed("县长甲乙调研春耕生产，察看育秧工作")
    '县长甲乙调研春耕生产，察看育秧工作'
    """
    subject, comma, rest = title.partition("，")
    if not comma or not subject or "，" in rest or _has_predicate(subject):
        return title
    deed = _predicate_in(rest)
    if deed is None or deed.start() != 0 or deed.group(0) not in _HELD_VERBS:
        return title
    return subject + rest


# The verbs saying an event was held, that follow its name (某某大会，举行 -> 某某大会举行).
_HELD_VERBS = ("举行", "召开", "举办", "开幕", "闭幕", "揭牌", "启用", "成立", "启动", "开展")


# A lead that opens with what the meeting said (会议指出，加快推进某某建设是…要求。): the page
# lost the sentence saying who met; the task the meeting named is the subject before 是.
_MEETING_SAID = re.compile(
    r"^(?:会议|會議)(?:指出|强调|強調|要求|认为|認為)[，,：:]\s*"
    r"(?P<task>(?:加快|推进|推進|推动|推動|做好|抓好|加强|加強|强化|強化|深化|落实|落實|实施|實施"
    r"|开展|開展|提升|建设|建設)[^，,。；;！？]{2,28}?)是"
)
# The one who spoke at it, a titled head opening a paragraph (区长甲乙指出，…; 县委书记甲乙
# 在讲话中强调): a post's head word, then a name of two or three characters.
_SPEAKER_AT_ROW = re.compile(
    rf"^(?P<who>[{HAN}]{{0,12}}?(?:区长|區長|县长|縣長|市长|市長|镇长|鎮長|乡长|鄉長|州长|州長"
    rf"|书记|書記|主任|主席)[{HAN}]{{2,3}}?)(?:在[{HAN}]{{1,6}})?(?:指出|强调|強調)[，,：:]",
    re.M,
)
_SPEAKER_READ = 3000  # characters of the text read for the speaker


# A lead that opens inside one speaker's speech (甲乙在讲话时指出，当前…): the page lost the
# sentence saying what met; a later paragraph says who attended the meeting.
_SPEECH_SAID = re.compile(
    rf"^(?P<who>[{HAN}]{{2,20}}?)在(?:讲话|講話)(?:时|時|中)(?:指出|强调|強調|要求)[，,：:]"
)
_MEETING_ATTENDED = re.compile(r"(?:出席|参加|列席)(?:了)?(?:会议|會議)")


def _speech_content_said(lead: str, text: str) -> str:
    """A lead that opens inside a speech (甲乙在讲话时指出，…) titled by the speaker at the
    meeting (甲乙在会议上讲话), when the text says people attended a meeting; else "".

    >>> _speech_content_said("甲乙在讲话时指出，当前正处在关键时期。",
    ...                      "甲乙在讲话时指出，当前正处在关键时期。\\n丙丁等出席会议。")
    '甲乙在会议上讲话'
    >>> _speech_content_said("甲乙在讲话时指出，当前正处在关键时期。", "甲乙在讲话时指出。")
    ''
    """
    speech = _SPEECH_SAID.match(lead)
    if speech is None or _MEETING_ATTENDED.search(text, 0, _SPEAKER_READ) is None:
        return ""
    return f"{speech.group('who')}在会议上讲话"


def _meeting_content_asked(lead: str, text: str) -> str:
    """A lead that only says what the meeting said (会议指出，<task>是…) titled by who spoke
    there asking for the task (区长甲乙要求加快推进某某建设), when a paragraph opens with a
    titled head speaking whose paragraph names the task again (`_repeats_task`); else ""
    (the lead is read as it is).

    >>> said = "会议指出，加快推进某某基站建设是贯彻落实某某战略的要求。"
    >>> _meeting_content_asked(said, said + "\\n区长甲乙指出，要全力支持某某基站建设。")
    '区长甲乙要求加快推进某某基站建设'
    >>> _meeting_content_asked(said, said + "\\n区长甲乙指出，要抓好安全生产。")
    ''
    >>> _meeting_content_asked("会议指出，当前形势严峻。",
    ...                        "会议指出，当前形势严峻。\\n区长甲乙指出，要抓好。")
    ''
    """
    said = _MEETING_SAID.match(lead)
    if said is None:
        return _speech_content_said(lead, text)
    task = said.group("task")
    for speaker in _SPEAKER_AT_ROW.finditer(text, 0, _SPEAKER_READ):
        if _repeats_task(text, speaker.start(), task):
            return f"{speaker.group('who')}要求{task}"
    return ""


_TASK_VERB = re.compile(
    r"^(?:(?:加快|推进|推進|推动|推動|做好|抓好|加强|加強|强化|強化|深化|落实|落實|实施|實施"
    r"|开展|開展|提升)(?=.{3}))+"
)
_TASK_ECHOES = 2  # of the task's three-character runs (its verb left out) the speaker repeats


def _repeats_task(text: str, start: int, task: str) -> bool:
    """Whether the paragraph opening at `start` names the task again: at least two of the
    task's three-character runs, its opening verb left out (某某基站建设 again for 加快推进某某
    基站规划建设: a head names the task more briefly than the meeting did). A head who spoke
    of something else (要抓好安全生产) asked for nothing the lead says, and a title must not
    put the demand in his mouth.

    >>> _repeats_task("区长甲乙指出，要全力支持某某基站建设。", 0, "加快推进某某基站规划建设")
    True
    >>> _repeats_task("区长甲乙指出，要抓好安全生产。", 0, "加快推进某某基站规划建设")
    False
    """
    end = text.find("\n", start, start + _SPEAKER_READ)
    paragraph = text[start : end if end >= 0 else start + _SPEAKER_READ]
    thing = _TASK_VERB.sub("", task)
    runs = {thing[i : i + 3] for i in range(len(thing) - 2)}
    return sum(run in paragraph for run in runs) >= min(_TASK_ECHOES, len(runs))


def _without_damaged_tail(title: str) -> str:
    """A lead title that runs on past a run of damage marks into the next sentence's
    people, no deed of theirs in it (…推进会议〓〓委常委、政法委书记等: the marks took the
    sentence's end and the place character of 县委常委), ends at the marks, when what comes
    before them says who did what; a mark inside a name (某某实验〓接^摩会与会领导来某镇观摩:
    the deed after it) stays.

    >>> _without_damaged_tail("我县召开某某示范县创建工作推进会议〓〓委常委、政法委书记等")
    '我县召开某某示范县创建工作推进会议'
    >>> _without_damaged_tail("全市某某种植实验〓接^摩会与会领导来某镇观摩")
    '全市某某种植实验〓接^摩会与会领导来某镇观摩'
    """
    runs = list(_DAMAGE_RUN.finditer(title))
    if not runs:
        return title
    head, tail = title[: runs[-1].start()], title[runs[-1].end() :]
    if _has_predicate(tail) or not _has_predicate(head) or _han(head) < _CLAUSE_CUT_MIN:
        return title
    return head.rstrip("，,、；; ")


# The units that guided, hosted and organised an event, said over clauses of their own
# before its name (由某局指导，某市主办，某会协办，某县承办的某某峰会成功举行): a headline
# names the event and what became of it, not its sponsors; one clause of sponsors (由甲、乙
# 举办的某活动启动仪式举行) is a title's whole subject already and stays.
# The run is read clause by clause (no clause past a comma, at most
# _SPONSOR_CLAUSES of them and _SPONSOR_CLAUSE_LEN characters each), so a crafted lead of
# many 由 and 主办的 costs a few steps per character, not a backtrack over 240 of them.
_SPONSOR_VERB = (
    "指导|指導|主办|主辦|承办|承辦|协办|協辦|举办|舉辦|联办|聯辦|牵头|牽頭|组织|組織|支持"
)
_SPONSOR_CLAUSES = 6  # clauses of sponsors (由某局指导，某市主办，某会协办，…) before the event
_SPONSOR_CLAUSE_LEN = 60  # characters of one sponsor's clause
_SPONSOR_RUN = re.compile(
    r"(?:(?<=^)|(?<=[，,]))由"
    rf"(?:[^，,。！？!?；;\n]{{1,{_SPONSOR_CLAUSE_LEN}}}?(?:{_SPONSOR_VERB})[，,])"
    rf"{{1,{_SPONSOR_CLAUSES - 1}}}"
    rf"[^，,。！？!?；;\n]{{1,{_SPONSOR_CLAUSE_LEN}}}?(?:{_SPONSOR_VERB})的"
    r"(?=[^，,。；;！？!?\n]{4,80}?(?:举行|舉行|召开|召開|开幕|開幕|启动|啟動|闭幕|閉幕))"
)
_SPONSOR_CLAUSE_END = re.compile(rf"(?:{_SPONSOR_VERB})$")
_SPONSOR_READ = 400  # the lead's characters where the sponsors' run is looked for


def _without_sponsors(lead: str) -> str:
    """`lead` without the sponsors said over clauses before the event's name, each clause
    ending with its unit's part (指导, 主办, 承办 …), when the event's verb follows it
    (举行, 召开, 开幕): the event is then the lead's subject.

    >>> _without_sponsors("5月6日，由某局指导，某市主办，某县承办的某某峰会成功举行。甲出席。")
    '5月6日，某某峰会成功举行。甲出席。'
    >>> _without_sponsors("5月6日，由某局、某会举办的读书活动启动仪式举行。")
    '5月6日，由某局、某会举办的读书活动启动仪式举行。'
    """
    run = _SPONSOR_RUN.search(lead[:_SPONSOR_READ])
    if run is None:
        return lead
    clauses = re.split(r"[，,]", run.group(0).removesuffix("的"))
    if len(clauses) < 2 or not all(_SPONSOR_CLAUSE_END.search(c) for c in clauses):
        return lead
    return lead[: run.start()] + lead[run.end() :]


# The law or rule a deed is done by, said between the doer and the deed (某县政府依某法第几条
# 规定指派甲代理乡长): headlines leave it out. 依 opening a word of its own (依然, 依次, 依托,
# 依靠, 依旧, 依法) is no such phrase.
_BASIS_OF_DEED = re.compile(
    rf"(?<=[{HAN}])(?:依据|依照|根据|按照|依(?![然次托靠旧法]))"
    r"[^，,。；;！？!?、\n]{2,30}?规定(?=[\u4e00-\u9fff])(?![的之和及与])"
)
_BASIS_READ = 200  # the lead's characters where such a phrase is looked for
_BASIS_DEED_MIN = 4  # characters of the deed after it (指派甲乙代理乡长)


def _without_basis(lead: str) -> str:
    """`lead` without the rule its deed is done by (依某法第几条规定) between the doer and
    the deed, when the deed follows it in the clause (a verb and its object, four characters
    or more; 规定的程序 is a noun).

    >>> _without_basis("某县政府依某某法第8条第2项规定指派参议甲乙代理乡长，于十二日举办交接典礼。")
    '某县政府指派参议甲乙代理乡长，于十二日举办交接典礼。'
    >>> _without_basis("各村依然按照规定执行。")
    '各村依然按照规定执行。'
    >>> _without_basis("根据某某规定，某局开展检查。")
    '根据某某规定，某局开展检查。'
    """
    basis = _BASIS_OF_DEED.search(lead[:_BASIS_READ])
    if basis is None:
        return lead
    rest = re.split(r"[，,。；;！？!?\n]", lead[basis.end() :], maxsplit=1)[0]
    if _han(rest) < _BASIS_DEED_MIN:
        return lead
    return lead[: basis.start()] + lead[basis.end() :]


# A group its leader led, said as a long name after 带领的/率领的 and closed by a comma before
# what the group did (甲带领的某某长效机制建设民主监督第三监督组第3监督小组，对我市某工作进行
# 专项督查): the sentence's deed is in the next clause, and a headline says the group by its
# last words (甲带领监督小组对…进行专项督查). The clause after must name a deed. (`_LED_GROUP`
# below, dev22t's, shortens a too-long title holding such a group with no comma after it.)
_LED_GROUP_CLAUSE = re.compile(
    r"(?<=[\u4e00-\u9fff])(带领|率领|帶領|率領)的"
    r"((?:“[^”\n]{0,40}”|[^，,。；;！？!?\n“”]){2,90}?(?:小组|組|组|团|團|队|隊))(?:一行)?[，,]"
    r"(?=([^，,。；;！？!?\n]{2,80}))"
)
_GROUP_LAST_WORDS = re.compile(r"[\u4e00-\u9fff]{0,4}(?:小组|組|组|团|團|队|隊)$")
_LED_GROUP_READ = 300  # the lead's characters where the led group is looked for


def _led_group_before_deed(lead: str) -> str:
    """`lead` with a led group's long name said by its last words and joined to the deed
    of the clause after it (no comma between), when that clause names a deed.

    >>> _led_group_before_deed("昨日，主任甲乙带领的某某机制建设监督第三调研组第3监督小组，"
    ...                        "对我市某某工作进行专项督查。")
    '昨日，主任甲乙带领监督小组对我市某某工作进行专项督查。'
    >>> _led_group_before_deed("主任甲乙带领的调研组，风尘仆仆。")
    '主任甲乙带领的调研组，风尘仆仆。'

    A group led that is the object of what was done (会见由甲率领的访问团) stays:

    >>> _led_group_before_deed("书记甲会见由主席乙率领的某某总会访问团一行，双方座谈交流。")
    '书记甲会见由主席乙率领的某某总会访问团一行，双方座谈交流。'
    """
    found = _LED_GROUP_CLAUSE.search(lead[:_LED_GROUP_READ])
    if found is None or not _has_predicate(found.group(3)):
        return lead
    leader = re.split(r"[，,。；;！？!?\n]", lead[: found.start()])[-1]
    if "由" in leader or _has_predicate(leader):
        return lead  # 会见由甲率领的访问团，…: the group is what was done's object
    last = _GROUP_LAST_WORDS.search(found.group(2))
    if last is None or not last.group(0):
        return lead
    return lead[: found.start()] + found.group(1) + last.group(0) + lead[found.end() :]


# A roster of two opening the title whose second person is a government head with the party
# post of the same level before it (县委书记甲，县委副书记、县长乙; 区委副书记、区政府区长;
# 党委副书记、镇长; 县委副书记、代县长):
# readers join the two with 、 and say the head by the office alone
# (县委书记甲、县长乙), as `_shorter_subject` says a long roster. A head said alone keeps
# the chain (readers of the earlier parts kept it there), as does a head with more posts
# after (区长兼…主任乙) or a party post of another level (市委副书记、县长).
_HEAD_AFTER_PARTY_POST = re.compile(
    rf"(?P<place>[{HAN}]{{0,8}}?)(?P<party>[县区市州旗镇乡]|[镇乡]?党)委副书记[、，,]"
    rf"(?:[县区市州旗镇乡]?政府)?(?P<head>代?(?P<level>[县区市州旗镇乡])长)"
    rf"(?=[^兼，,、（(][{HAN}]{{1,3}})"
)


def _head_by_own_post(title: str) -> str:
    """A title opening with a titled person and then a government head whose party post
    comes first says the head by the office alone, the place kept before it, the two
    joined with 、 as headlines do.

    >>> _head_by_own_post("县委书记甲乙，县委副书记、县长丙丁到某镇调研")
    '县委书记甲乙、县长丙丁到某镇调研'
    >>> _head_by_own_post("某区委书记甲乙，区委副书记、区政府区长丙丁主持召开会议")
    '某区委书记甲乙、区长丙丁主持召开会议'
    >>> _head_by_own_post("县委副书记、县长甲乙调研")
    '县委副书记、县长甲乙调研'
    >>> _head_by_own_post("县委书记甲乙，县委副书记、代县长丙丁调研")
    '县委书记甲乙、代县长丙丁调研'
    >>> _head_by_own_post("镇党委书记甲乙，党委副书记、镇长丙丁开展督导")
    '镇党委书记甲乙、镇长丙丁开展督导'
    >>> _head_by_own_post("县委书记甲乙，市委副书记、县长丙丁调研")
    '县委书记甲乙，市委副书记、县长丙丁调研'
    """
    first, comma, rest = title.partition("，")
    people = _people(first) if comma and not _has_predicate(first) else None
    if people is None or len(people) != 1:
        return title
    found = _HEAD_AFTER_PARTY_POST.match(rest)
    if found is None or found["party"] not in (found["level"], "党", found["level"] + "党"):
        return title
    if not _has_predicate(_CLAUSE.split(rest, maxsplit=1)[0]):
        return title  # more people said over clauses (甲，乙，丙…检查)
    return first + "、" + found["place"] + found["head"] + rest[found.end() :]


# A second deed of the same doer, later in the lead's sentence (…，并现场检查某工程节前安全
# 生产工作): an inspection's verb after 并.
_SECOND_DEED = re.compile(
    r"并(?:现场|实地|深入|专题)?((?:检查|督导|督查|调研|视察|察看|考察)[^，,；;、]{2,30})$"
)


# A virtue upheld (积极弘扬“…”的中华传统美德, 发扬某某精神), said first after the subject, is
# the spirit of what the sentence's last clause tells was done (…，踊跃捐款奉献爱心。): the
# title says the subject and that last deed.
_VIRTUE_UPHELD = re.compile(
    r"^(?P<who>.{4,60}?)(?:积极|大力|充分|積極)?(?:弘扬|發揚|发扬|弘揚|传承|傳承|践行|踐行|秉承)"
    r"[^，,。；;]{0,40}?(?:美德|精神|传统|傳統|风尚|風尚|作风|作風)$"
)
_MAX_DEEDS_AFTER_VIRTUE = 4  # clauses after the virtue, the last of them the deed


def _deed_after_virtue(title: str, texts: list[str], start: int) -> str:
    """`title` as its subject and the sentence's last clause, when the clause of its deed
    only upholds a virtue and up to four clauses without a subject of their own follow.

    >>> _deed_after_virtue("某系统干部职工积极弘扬“乐善互助”的中华传统美德，携手推进某建设",
    ...                    ["某系统干部职工积极弘扬“乐善互助”的中华传统美德", "携手推进某建设",
    ...                     "踊跃捐款奉献爱心"], 0)
    '某系统干部职工踊跃捐款奉献爱心'
    """
    virtue = _VIRTUE_UPHELD.match(texts[start]) if start < len(texts) else None
    after = [c for c in texts[start + 1 :] if c.strip()]
    if virtue is None or not after or len(after) > _MAX_DEEDS_AFTER_VIRTUE:
        return title
    if not title.startswith(virtue.group("who")) or _han(after[-1]) < 4:
        return title
    if any(_names_a_doer(c) or _leading_place(c) for c in after):
        return title  # a clause names its own doer: no deed of the subject's
    return virtue.group("who") + after[-1].strip()


# A lead that lost its opening says first who attended, their verb bare (甲出席，乙、丙等
# 参加了报告会。): the event is named at the end of the sentence's last attendance clause.
_BARE_ATTENDING = re.compile(r"(?:出席|参加|列席|參加)$")
_ATTENDED_EVENT = re.compile(
    r"(?:出席|参加|列席|參加)了?"
    r"([^，,。；;、\s]{0,20}?(?:会|會|会议|會議|仪式|儀式|典礼|典禮|活动|活動|式))$"
)


def _with_attended_event(title: str, texts: list[str], start: int) -> str:
    """A lead title ending with a bare attendance verb (甲出席) with the event the same
    sentence names after its last attendance verb (…等参加了报告会): 甲出席报告会.

    >>> _with_attended_event("市政协副秘书长甲乙出席", ["市政协副秘书长甲乙出席",
    ...                      "区委主要领导", "区政协委员等参加了报告会"], 0)
    '市政协副秘书长甲乙出席报告会'
    >>> _with_attended_event("县长甲乙出席", ["县长甲乙出席", "并讲话"], 0)
    '县长甲乙出席'
    """
    if not _BARE_ATTENDING.search(title):
        return title
    for clause in reversed(texts[start + 1 : start + 1 + _MAX_SUBJECT_CLAUSES]):
        event = _ATTENDED_EVENT.search(clause.strip())
        if event and event.group(1):
            return title + event.group(1)
    return title


def _with_second_deed(title: str, texts: list[str], start: int) -> str:
    """A lead title with the second deed its sentence adds after 并 (走访慰问困难群众…，并检查
    节前安全生产工作: both are the news), when the title does not say it yet.

    >>> _with_second_deed("县长甲乙走访慰问困难群众", ["县长甲乙走访慰问困难群众", "送上祝福",
    ...                   "并检查节前安全生产工作"], 0)
    '县长甲乙走访慰问困难群众并检查节前安全生产工作'
    """
    for clause in texts[start + 1 :]:
        deed = _SECOND_DEED.match(clause)
        if deed and deed.group(1) not in title and "并" not in title:
            return title + "并" + deed.group(1)
    return title


# A head who leads (带队, 率队), then the people he took along and what the party did to what
# (…带队，组织部分委员和某局等相关部门领导对某某情况进行调研).
_LEADS_PARTY = re.compile(r"带队|率队")
_PARTY_THEN_DEED = re.compile(
    r"[^，,。；;]{2,80}?(?:领导|负责人|负责同志|委员|代表|人员|干部|同志|专家)"
    r"(对[^，,。；;]{2,40}?(?:进行|开展|展开)[^，,。；;]{0,12})"
)


def _without_led_party(title: str) -> str:
    """A lead title whose head leads (某县政协副主席甲乙带队) and then lists the people taken
    along before what the party did (组织部分委员和某局等相关部门领导对某某情况进行调研) says
    the deed without the people, as headlines do.

    >>> _without_led_party("县政协副主席甲乙带队组织部分委员和县某局等相关部门领导"
    ...                    "对国有企业运行情况进行调研")
    '县政协副主席甲乙带队对国有企业运行情况进行调研'
    >>> _without_led_party("县长甲乙带队深入某镇检查安全生产")
    '县长甲乙带队深入某镇检查安全生产'
    """
    led = _LEADS_PARTY.search(title)
    if led is None:
        return title
    party = _PARTY_THEN_DEED.fullmatch(title, led.end())
    return title if party is None else title[: led.end()] + party.group(1)


@cache
def _set_ups() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    rows = (line.split("\t") for line in lines("title_setup_goes_on.tsv"))
    return tuple((re.compile(end), re.compile(opening)) for end, opening in rows)


_SET_UP_CLAUSES = 3  # clauses from the lead sentence's start where the title's end is looked for
# A topic that names no work of its own (研究部署工作, 安排部署下一步工作): nothing to add.
# What a deed's 、-list or 以及 adds after its first item (传达学习甲精神、乙要求及丙精神):
# a title too long with it keeps the first item.
_FIRST_ITEM = re.compile(r"(?<=[^，,、]{6})(?:、|以及|及)[^，,]*$")
_GENERIC_TOPIC = re.compile(
    r"(?:专题|集中)?(?:研究|部署|安排|传达|调度|分析|讨论|通报|听取){1,3}了?"
    r"(?:有关|相关|下一步|下步|近期|当前|重点|各项)?工作"
)


def _with_set_up_deed(title: str, texts: list[str], start: int) -> str:
    """A lead title that ends with what only sets the deed up (召开专题会议, a meeting not
    named by its topic) goes on with the next clause, when it says the deed (研究部署…)
    and the title stays short enough.

    >>> _with_set_up_deed("县委书记甲乙主持召开专题会议",
    ...                   ["县委书记甲乙主持召开专题会议", "研究部署森林防火工作"], 0)
    '县委书记甲乙主持召开专题会议研究部署森林防火工作'
    >>> _with_set_up_deed("县委书记甲乙主持召开专题会议",
    ...                   ["县委书记甲乙主持召开专题会议", "研究部署工作"], 0)
    '县委书记甲乙主持召开专题会议'
    >>> _with_set_up_deed("某县召开森林防火工作会议",
    ...                   ["某县召开森林防火工作会议", "研究部署森林防火工作"], 0)
    '某县召开森林防火工作会议'
    """
    for end, opening in _set_ups():
        if not end.search(title):
            continue
        tail = title[-4:]
        for k in range(start, min(len(texts) - 1, start + _SET_UP_CLAUSES)):
            if texts[k].endswith(tail):
                deed = texts[k + 1]
                opens = opening.match(deed) is not None
                if opens and len(title) + len(deed) > MAX_CHARS:
                    # 就…情况开展监督检查: the deed without its topic, 开展监督检查
                    deed = _TOPIC_BEFORE_DEED.sub("", deed, count=1)
                if opens and len(title) + len(deed) > MAX_CHARS:
                    title, deed = _without_team_members(title, deed)
                if opens and len(title) + len(deed) > MAX_CHARS:
                    deed = _FIRST_ITEM.sub("", deed, count=1)  # 传达甲精神、乙要求…: the first
                    shorter = _shorter_subject(title)  # 市委副书记、市长甲 -> 市长甲
                    if len(title) + len(deed) > MAX_CHARS >= len(shorter) + len(deed):
                        title = shorter
                if (
                    opens
                    and not _GENERIC_TOPIC.fullmatch(deed)
                    and len(title) + len(deed) <= MAX_CHARS
                ):
                    return title + deed
                break  # the next row may say how this deed opens (就…征求意见)
    return title


# A team the organiser formed of the people it took along (组织甲、乙及丙负责人组成视察组):
# the people are not the news when the title is too long with the team's deed; nor are
# the units a deed's object lists before 等 (对甲局、乙局等单位承办的提案办理情况进行视察).
_TEAM_MEMBERS = re.compile(
    r"组织[^，,]{2,60}?(?=(?:组成|组建)了?[^，,、]{0,12}?(?:组|团|队|专班)$)"
)
_LISTED_UNITS = re.compile(r"(?<=^对)[^，,]{2,60}?等[^，,的]{0,16}?的(?=[^，,]{4})")


def _without_team_members(title: str, deed: str) -> tuple[str, str]:
    """A title ending with a team its organiser formed of the people it took along, and
    the team's deed, both said shorter: the team without its members, the deed's object
    without the units it lists before 等. Anything else is returned as it was.

    >>> _without_team_members("县政协组织部分常委、委员及督查室负责人组成视察组",
    ...                       "对甲局、乙局等单位承办的提案办理情况进行了视察")
    ('县政协组成视察组', '对提案办理情况进行了视察')
    >>> _without_team_members("县长甲乙组织召开专题会议", "对甲局、乙局等单位的工作进行部署")
    ('县长甲乙组织召开专题会议', '对甲局、乙局等单位的工作进行部署')
    """
    shorter = _TEAM_MEMBERS.sub("", title, count=1)
    if shorter == title:
        return title, deed
    return shorter, _LISTED_UNITS.sub("", deed, count=1)


# A name's Latin form in brackets after it (局长甲乙（Erick）): a headline leaves it out.
_LATIN_ALIAS = re.compile(rf"(?<=[{HAN}])[（(][A-Za-z][A-Za-z .'-]{{1,24}}[)）]")


def _aim_only(texts: list[str], start: int) -> bool:
    """Whether a lead's sentence opens with a purpose (为…) and goes on with steps that
    name no doer of their own and no day (设立…，搭建…平台): a preamble, not the news.

    >>> _aim_only(["为优化营商环境", "某区再出实招", "搭建交流平台", "让关系更加紧密"], 2)
    True
    >>> _aim_only(["为优化营商环境", "3月5日", "召开座谈会"], 2)
    False
    >>> _aim_only(["为优化营商环境", "县长甲乙召开座谈会"], 1)
    False
    """
    if not texts or not texts[0].startswith(_PURPOSE) or start >= len(texts):
        return False
    if any(_TIME_ONLY.fullmatch(c) or _DATED_OPENING.match(c + "，") for c in texts[:start]):
        return False
    return not any(
        _names_own_doer(c) or _is_official(c) or (_names_a_doer(c) and not _has_predicate(c))
        for c in texts[start:]
    )


# A paragraph that opens with the place the lead named (该镇成立了…) and the lead's place
# of that level, after 在, 到 or 于 (在某某镇某村整治现场).
_THIS_PLACE = re.compile(r"该(镇|乡|县|区|市|街道)")
_LEAD_PLACE = rf"(?<=[在到于])[{HAN}]{{1,5}}?"


def _this_place_named(row: str, lead: str) -> str:
    """`row` with the 该镇 it opens with said by the name the lead gave the place, when the
    lead names one place of that level (在某某镇某村…现场 -> 某某镇成立了…).

    >>> _this_place_named("该镇成立了指挥部。", "在某某镇某村整治现场，群众扫的扫。")
    '某某镇成立了指挥部。'
    >>> _this_place_named("该镇成立了指挥部。", "群众扫的扫。")
    '该镇成立了指挥部。'
    """
    this = _THIS_PLACE.match(row)
    if this is None:
        return row
    named = set(re.findall(_LEAD_PLACE + re.escape(this.group(1)), lead))
    return named.pop() + row[this.end() :] if len(named) == 1 else row


# A paragraph that only says who else attended: a roster before 参加/出席/陪同 and its end.
_ATTENDANCE_END = re.compile(r"(?:参加|出席|陪同)(?:活动|会议|调研|慰问|考察)?[。.]?$")


# A lead that is only who attended an occasion it does not name (甲、乙等县级领导出席活动。):
# the page lost the sentence naming it; the host announcing its start names it below
# (主持人宣布某县第七届农民丰收节启动。).
_UNNAMED_ATTENDED = re.compile(r"(?:出席|参加|出席了|参加了)(?:活动|仪式|会议)[。！]")
_ANNOUNCED = re.compile(
    r"宣布(?P<event>[^，,。；;！？]{8,60}?)(?:正式)?(?P<verb>启动|开幕|开工|闭幕|开营|开园)[。！]"
)


def _announced_event(lead: str, later: list[str]) -> str:
    """The occasion the next paragraphs announce (宣布<某某节>启动) for a lead whose first
    sentence is only who attended it, unnamed (甲、乙等出席活动。), no deed before; else "".

    >>> _announced_event("县委书记甲乙，县长丙丁等县级领导出席活动。",
    ...                  ["副县长戊己介绍活动情况。主持人宣布某县第七届农民丰收节启动。"])
    '某县第七届农民丰收节启动'
    >>> _announced_event("县长甲乙到某镇调研，丙丁等出席活动。",
    ...                  ["主持人宣布某县第七届农民丰收节启动。"])
    ''
    """
    attended = _UNNAMED_ATTENDED.search(lead)
    if attended is None or _SENTENCE_MARKS.search(lead[: attended.start()]):
        return ""
    if any(_has_predicate(c) for c in _CLAUSE.split(lead[: attended.start()])):
        return ""
    for row in later:
        announced = _ANNOUNCED.search(row)
        if announced:
            return announced.group("event") + announced.group("verb")
    return ""


def _is_attendance_note(row: str) -> bool:
    """甲主任乙，区委书记丙，区领导丁参加。: no deed before the attendance word.

    >>> _is_attendance_note("市政协某委主任甲乙，区委书记丙丁，区领导戊己参加。")
    True
    >>> _is_attendance_note("5月6日，县长甲乙到某镇调研，副县长丙丁参加。")
    False
    """
    row = row.strip()
    end = _ATTENDANCE_END.search(row)
    if end is None or _SENTENCE_MARKS.search(row[: end.start()]):
        return False
    return not any(_has_predicate(c) for c in _CLAUSE.split(row[: end.start()]))


def _stated_caption(rows: list[str], note: str, moved: tuple[str, ...] | list[str]) -> str:
    """The first photo caption after `note` (`▲…考察某工程。记者乙摄`), or else of those
    the cleaner moved out of the text, as a sentence, when it names who did what; else "".

    >>> _stated_caption(["甲、乙参加。"], "甲、乙参加。", ["▲市领导丙丁一行考察某工程。记者戊摄"])
    '市领导丙丁一行考察某工程。'
    """
    after = rows[rows.index(note) + 1 :] if note in rows else []
    in_text = [r for r in after[:_NEWS_PARAGRAPHS] if _CAPTION.match(r.strip())]
    for row in [*(r for r in in_text if _is_photo_caption(r)), *moved]:
        sentence = _CAPTION.sub("", row.strip()).split("。")[0].strip()
        if _has_predicate(sentence) and _names_a_doer(sentence):
            return sentence + "。"
    return ""


_CONTINUING_MARKS = ("，", ",", "、", "；", ";")
_MAX_CONTINUED = 2  # rows a copy broke one sentence into, after the first


def _continued(rows: list[str], at: int) -> str:
    """The row at `at`, with the rows that go on with its sentence when it ends with a
    clause's mark (a copy broke the lead at a line: `…等一同到委员驻地，` then
    `看望出席…的委员。`); blank rows between are passed over.

    >>> _continued(["5月6日，县长甲乙，", "", "副县长丙丁到某镇调研。", "下一段。"], 0)
    '5月6日，县长甲乙，副县长丙丁到某镇调研。'
    >>> _continued(["5月6日，县长甲乙到某镇调研。", "下一段。"], 0)
    '5月6日，县长甲乙到某镇调研。'
    """
    row = rows[at]
    following = (r.strip() for r in rows[at + 1 :] if r.strip())
    for _ in range(_MAX_CONTINUED):
        if not row.rstrip().endswith(_CONTINUING_MARKS):
            break
        nxt = next(following, "")
        if not nxt:
            break
        row = row.rstrip() + nxt
    return row


@cache
def _province_before_city() -> re.Pattern[str]:
    names = sorted(lines("title_provinces.txt"), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, names))
    # The city's name: no county's, district's or 城's character inside it, and 市 not
    # the first of 市场 (某县市场监管局, 某大学城市学院 are no city).
    return re.compile(
        rf"^(?:{alternatives})(?=[^市委政人省县区{SPACES}][^市县区城{SPACES}]{{0,2}}市(?!场))"
    )


def _without_province(title: str) -> str:
    """A title opening with a province and then a city of it names the city alone, as
    headlines do (data/title_provinces.txt); a province before a county, or before its
    own organs, stays.

    >>> _without_province("江苏省某州市政协副主席甲乙一行来某县调研")
    '某州市政协副主席甲乙一行来某县调研'
    >>> _without_province("广东某山市副市长甲乙到某区调研")
    '某山市副市长甲乙到某区调研'
    >>> _without_province("河南省某县县委常委甲乙来某镇调研")
    '河南省某县县委常委甲乙来某镇调研'
    >>> _without_province("甘肃省市场监管局副局长甲乙到某县调研")
    '甘肃省市场监管局副局长甲乙到某县调研'
    >>> _without_province("河南省某县市场监管局局长甲乙到某镇调研")
    '河南省某县市场监管局局长甲乙到某镇调研'
    >>> _without_province("浙江大学城市学院院长甲乙到某县调研")
    '浙江大学城市学院院长甲乙到某县调研'
    """
    return _province_before_city().sub("", title, count=1)


# A session's agenda said done before it closes (某会议圆满完成各项议程后，在…闭幕; 在完成
# 全部议程后): the session is the subject of what follows, and the clause says nothing a
# title keeps. Skipped as a leading clause it took the subject with it (胜利闭幕 alone);
# cut out, the subject meets its predicate. No `\s*` (quadratic from every space of a run).
_AGENDA_DONE = re.compile(
    r"[，,]?(?:在)?(?:圆满|顺利|胜利)?(?:完成|结束)了?(?:各项|全部|预定|既定|所有)?(?:议程|议题)"
    r"(?:后|之后)[，,]?"
)


# A comma a copy doubled or left before another mark (`深入乡镇，、园区`, `10月27日，，`,
# `场面，。`): the other mark stands alone.
_STRAY_COMMA = re.compile(r"[，,]+(?=[、，,。；;])")


# A picture's credit inside a row (`…视察防台措施/某县府提供 台风今明二日…`): the caption
# before it ends there, a sentence of its own.
_CREDIT_IN_ROW = re.compile(rf"[/／]\s*[{HAN}]{{2,12}}提供\s+(?=[{HAN}])")


@cache
def _damage_after_verb() -> re.Pattern[str]:
    """A damage mark right after a predicate of two characters or more (`…举行〓县人大…`):
    the copy lost the clause's end there."""
    words = sorted((w for w in lines("title_predicates.txt") if len(w) >= 2), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, words)) + ")[" + "".join(_DAMAGE_MARKS) + "]")


# A run of damage marks and the text either side of it, each side to its clause's or
# sentence's mark and at most _DAMAGE_SIDE characters (each run reads a bounded window).
_DAMAGE_RUN = re.compile("[〓\ufffd]+")  # the marks of _DAMAGE_MARKS
_DAMAGE_SIDE = 48
_DAMAGE_AFTER = 120  # the sentence after: a roster of several holders before its verb (出席)
_SUBJECT_OPENING = 10  # an organ and its title word open the sentence after (县政协副主席)
_CLAUSE_OR_SENTENCE = re.compile(r"[，,；;：:。！？!?\n]")
_LOST_ORGAN = "某"  # stands in for an organ's character a run of damage marks took


def _damage_between_sentences(lead: str) -> str:
    """A damage mark between a clause that says who did what and a sentence that says
    who else did something (`…召开常委会议〓县政协副主席甲乙、丙丁出席会议。`): the copy lost
    the sentence's end there (`。县` decoded as one mark), so the first sentence ends at it.
    A mark inside a word (`某某实验〓摩会与会领导来某镇观摩`, `县长甲乙到某乡〓局调研`) leaves the
    lead alone: the clause before must hold its verb's object, and an organ and its title
    (县政协副主席) open the text after, a verb after them.

    >>> _damage_between_sentences("县长甲乙主持召开常务会议〓〓副县长丙丁，秘书长戊己出席会议。")
    '县长甲乙主持召开常务会议。副县长丙丁，秘书长戊己出席会议。'
    >>> _damage_between_sentences("全县绿色种植实验〓摩会与会领导来某镇观摩。")
    '全县绿色种植实验〓摩会与会领导来某镇观摩。'
    >>> _damage_between_sentences("县长甲乙到某乡〓局调研。")
    '县长甲乙到某乡〓局调研。'

    Two marks may have taken the organ's first character with the sentence's end (`。县长`
    decoded as 〓〓长): the title word left opens the sentence after all.

    >>> _damage_between_sentences("书记甲乙主持召开专题会〓〓长丙丁，副县长戊己出席会议。")
    '书记甲乙主持召开专题会。长丙丁，副县长戊己出席会议。'
    >>> _damage_between_sentences("书记甲乙主持召开专题会〓长丙丁，副县长戊己出席会议。")
    '书记甲乙主持召开专题会〓长丙丁，副县长戊己出席会议。'

    A sentence after the mark that only says who went along (某局等部门负责人陪同, 甲乙一同
    调研) is one too, whatever opens it (the mark may have taken its organ's place):

    >>> _damage_between_sentences("副县长甲乙到某镇调研春耕工作〓农业农村局等部门负责人陪同。")
    '副县长甲乙到某镇调研春耕工作。农业农村局等部门负责人陪同。'
    """
    out: list[str] = []
    last = 0
    for run in _DAMAGE_RUN.finditer(lead):
        before = lead[max(last, run.start() - _DAMAGE_SIDE) : run.start()]
        before = _CLAUSE_OR_SENTENCE.split(before)[-1]
        wide = re.split(r"[。！？!?\n]", lead[run.end() : run.end() + _DAMAGE_AFTER], maxsplit=1)[0]
        after = wide[:_DAMAGE_SIDE]
        clause_after = _CLAUSE_OR_SENTENCE.split(after, maxsplit=1)[0]
        verb = _predicate_in(before)
        if verb is None or len(before) - verb.end() < 2:
            continue  # no object after the verb
        title = _TITLE_WORD.search(clause_after[:_SUBJECT_OPENING])
        escort = _ESCORT_SENTENCE.fullmatch(wide)
        if escort and not _has_predicate(escort.group(1)):
            said_from = len(after)  # who went along (某局等部门负责人陪同): a sentence of its own
        elif title is not None and title.start() >= 1:
            said_from = title.end()
        elif len(run.group()) >= 2 and (lost := _organ_title_lost(clause_after)):
            # two marks may hold the organ's first character too (`。县长` decoded as 〓〓长),
            # and such a sentence opens with a roster of holders before its verb (出席)
            said_from, after = lost, wide
        else:
            continue  # no organ and title opening the text after
        if said_from == len(after) or _has_predicate(after[said_from:]):
            out.append(lead[last : run.start()] + "。")
            last = run.end()
    out.append(lead[last:])
    return "".join(out)


# A sentence that only says who went along (某局等部门负责人陪同, 副县长甲乙一同调研): the
# people, no deed of their own before 陪同 or 一同 (某村调研，副县长甲乙陪同 is not one).
_ESCORT_SENTENCE = re.compile(
    r"([^。！？!?\n]{2,60}?)(?:陪同|一同)(?:调研|检查|视察|考察|督导|督查|慰问|参加|活动)?"
)


def _organ_title_lost(clause: str) -> int:
    """Where a title word ends that opens `clause` without its organ's first character
    (长丙丁: 县长 with 县 lost), or 0.

    >>> _organ_title_lost("长丙丁"), _organ_title_lost("会议要求")
    (1, 0)
    """
    # only a title word that takes a character before it ([^家]长) can open at the stand-in
    title = _TITLE_WORD.match(_LOST_ORGAN + clause[:_SUBJECT_OPENING])
    return title.end() - len(_LOST_ORGAN) if title is not None else 0


# The title's subject named with its place (临朐县委副书记…, 某某区区长…): X县, X区, X市.
_SUBJECT_PLACE = re.compile(
    rf"^([{HAN}]{{2,4}}?)([县区市])(?=委|人大|政协|政府|长|[{HAN}]{{0,6}}[长记])"
)
_OWN_PLACE_OBJECT = re.compile(r"(?<![来到赴回])我([县区市])")


def _own_place_named(title: str) -> str:
    """A lead title whose subject is named with its place (临朐县委副书记、县长甲乙) says
    我县 in what it did (检查我县的某某企业) by that place's name, as a headline must; a
    visit to 我县 (来我县) by people of another place stays as it is.

    >>> _own_place_named("某某县委副书记、县长甲乙检查指导我县的非煤矿山企业的安全生产工作")
    '某某县委副书记、县长甲乙检查指导某某县的非煤矿山企业的安全生产工作'
    >>> _own_place_named("某某市某某县人大常委会副主任甲乙一行来我县考察学习")
    '某某市某某县人大常委会副主任甲乙一行来我县考察学习'
    """
    subject = _SUBJECT_PLACE.match(title)
    if subject is None:
        return title
    place, level = subject.groups()
    return _OWN_PLACE_OBJECT.sub(
        lambda m: place + level if m.group(1) == level else m.group(0), title
    )


def _unplaced(title: str) -> str:
    """A title made from a caption (a page whose only summary is one) does not place its
    people in the picture.

    >>> _unplaced("县议会议长甲乙要县府秘书长丙丁（前排左）上报告台")
    '县议会议长甲乙要县府秘书长丙丁上报告台'
    """
    return _PLACED_IN_PICTURE.sub(lambda m: m.group(0)[0], title)


_NEWS_PARAGRAPHS = 4  # body paragraphs where the news sentence is looked for


# A leading clause after a meeting (某县委某次全体会议后，…; …会议结束后) and a group of it as
# the subject after it (第三小组在某室召开讨论会): the group is the meeting's.
_AFTER_MEETING = re.compile(rf"([{HAN}（）()]{{4,40}}?(?:会议|全会|大会))(?:结束|闭幕)?之?后")
_MEETING_GROUP = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}|各)(?:小组|分组|讨论组|组)")


# A means clause (某街道以“某某”为主题, 某镇以项目建设为抓手): the place or body that opens it
# does the deed of the clause after it; the means is no part of a headline.
_MEANS_CLAUSE = re.compile(
    r"(?P<subject>[^，,。；;以]{2,16}?)以[^，,。；;]{1,30}为"
    r"(?:主题|抓手|载体|契机|切入点|突破口|引领|导向|主线|依托|平台|统领)"
)


def _means_doer(clause: str) -> str:
    """The subject of a means clause when it is a place or a body (某某街道, 某县某局), else "".

    >>> _means_doer("某市某某街道以“荷香满城”为主题"), _means_doer("以项目建设为抓手")
    ('某市某某街道', '')
    """
    means = _MEANS_CLAUSE.fullmatch(clause)
    if means is None:
        return ""
    subject = means.group("subject")
    if _NAMED_PLACE.fullmatch(subject) or _OWN_PLACE.fullmatch(subject):
        return subject
    return subject if _TITLE_WORD.search(subject) and not _has_predicate(subject) else ""


def _leading_doer(clause: str) -> str:
    """The titled person a leading clause of time opens with (县长甲乙接到陈情后: 县长甲乙),
    the subject of a deed after it that names none (专程来到某乡参加说明会); else "".

    >>> _leading_doer("县长甲乙接到地方陈情后"), _leading_doer("会议结束后")
    ('县长甲乙', '')
    """
    heard = _HEARD.search(clause)
    if heard is None:
        return ""
    people = _people(clause[: heard.start()])
    return "、".join(people) if people else ""


# What a leader learnt before he went (接到陈情后, 得知…后, 获悉…后).
_HEARD = re.compile(r"(?:接到|收到|得知|获悉|听到|听闻|了解到)")


# A road by its ends (连接某村到某乡的公路, 从甲到乙的路段): a thing, the 到 no one's going.
_ROAD_ENDS = re.compile(r"(?<![来去回赶前])到[^，,。的到]{1,8}的(?=[^，,。的]{1,12}$)")


def _is_road(clause: str) -> bool:
    """A clause naming only a road by its ends, no one in it (某林道以及连接甲村到乙乡的
    某公路): no deed.

    >>> _is_road("某林道以及连接甲村到乙乡的投9线"), _is_road("县长甲乙来到乙乡的田间")
    (True, False)
    """
    if _TITLE_WORD.search(clause) or not _ROAD_ENDS.search(clause):
        return False
    return not _has_predicate(_ROAD_ENDS.sub(lambda m: "_" * len(m.group(0)), clause))


# A sentence trailing off between words (雨一直下……某镇党委书记甲乙带领…): a mood said
# before the news ends there, as at a full stop.
_TRAILING_OFF = re.compile(rf"(?<=[{HAN}])(?:…{{1,2}}|\.{{3,6}})(?=[{HAN}])")


# Words quoted at a lead's opening, each a sentence of its own (“家里还有什么困难？”“身体还
# 好吗？”……): what someone said, a scene set before the news; the marks after them go too.
# A quoted name (“双节”前夕, “十四五”规划) is no sentence and stays.
_LEADING_QUOTES = re.compile(
    r"^\s*(?:[“「][^“”「」\n]{1,60}?[。！？!?…][”」][、，,；;…。！？!?\s]*)+(?=\S)"
)


# A sentence that ends by saying who spoke (…拉着某某的手说, …笑着说道), after the quoted
# words that open a lead.
_SPEAKER_TAG = re.compile(r"(?:说|说道|感慨道|动情地说|激动地说)\s*$")


def _sentence_candidates(lead: str) -> list[tuple[list[str], list[str], int]]:
    """The first sentences of a paragraph as (clauses, marks, first clause not leading).
    A sentence made of leading clauses only (新春将至，岁寒情暖。) is skipped; when all
    are, the first sentence's last clause that holds a Han character stands (a copy may
    end a sentence with `，。`).

    >>> _sentence_candidates("6月29日，，在某村现场，，群众扫的扫，一派热闹场面，。")[0][2]
    5
    """
    unquoted = _LEADING_QUOTES.sub("", lead, count=1)
    quoted = unquoted != lead
    lead = _TRAILING_OFF.sub("。", unquoted)
    sentences = [s for s in _SENTENCE_END.split(lead) if s.strip()][:_MAX_SENTENCES] or [""]
    if quoted and len(sentences) > 1 and _SPEAKER_TAG.search(sentences[0]):
        # who said the opening words (5月12日，村民甲乙拉着局长丙丁的手说): the scene's too
        sentences = sentences[1:]
    found: list[tuple[list[str], list[str], int]] = []
    for sentence in sentences:
        # a dateline opening a sentence that is not the row's first (…甲乙。 某某社某地11月
        # 20日电某党议员…): the row's own dateline reader, at each sentence's start
        sentence = _DATELINE.sub("", sentence, count=1)
        sentence = _SPLIT_UP.sub("", _SUBJECTS_SPAN.sub("", _INSERTED.sub("", sentence)))
        sentence = _without_companions(sentence)
        texts, marks = _purpose_split_off(*_clauses(_without_manner(sentence)))
        texts = texts[:1] + [_without_clock_before_going(t) for t in texts[1:]]
        start = 0
        own_place = ""
        meeting = ""
        doer = ""
        purpose = False
        # once a sentence, from its end: asked of each clause, the loop below stays linear
        news_day, doer_after = _doers_ahead(texts)
        while start < len(texts):
            clause = _without_slogan_before_dash(_without_glued_time(texts[start]))
            if clause != texts[start]:  # 日前县长甲乙到…: the subject, its day left out
                texts = [*texts[:start], clause, *texts[start + 1 :]]
            place = _leading_place(clause)
            after = _AFTER_MEETING.fullmatch(clause)
            if _means_doer(clause) and _has_predicate(_past_means(texts, start + 1)):
                break  # 某街道以“…”为主题，在某社区举办…: the subject (`_without_means`)
            if place:  # its place is the subject after it
                own_place = own_place or place
            elif after:  # the meeting whose group the subject after it is
                meeting = after.group(1)
            elif clause.endswith(_leading_ends()):
                doer = _leading_doer(clause) or doer
            elif purpose and _goes_on_with_purpose(texts, start, (news_day, doer_after)):
                pass
            elif not _has_predicate(clause) and start < news_day:
                pass  # 县委、县政府心系群众冷暖，连日来，某县领导分别带队…: a mood before the day
            elif _PLACE_FACT.search(clause) and not _has_predicate(clause) and doer_after[start]:
                pass  # 某县议会本届有12位无党籍议员，…某联盟今日举办…: a side fact before the news
            elif start and _is_effect_of_cause(texts[start - 1], clause):
                pass  # 因征地未完成，影响某项目投产，某部门收到…: the cause's effect, no news
            elif not _is_leading(clause) and not _is_motto(texts, start, doer_after):
                break
            purpose = purpose or clause.startswith(_PURPOSE)
            start += 1
        if start < len(texts):
            if own_place and _has_no_subject(texts[start]):
                texts = [*texts[:start], own_place + texts[start], *texts[start + 1 :]]
            elif meeting and _MEETING_GROUP.match(texts[start]):
                texts = [*texts[:start], meeting + texts[start], *texts[start + 1 :]]
            elif doer and _has_no_subject(texts[start]):
                texts = [*texts[:start], doer + texts[start], *texts[start + 1 :]]
            found.append((texts, marks, start))
    if not found:  # the last clause that says anything (not the "" after a final comma)
        # without the manner, as above: 某镇提前谋划，全力做好… keeps its doer
        texts, marks = _clauses(_without_manner(_INSERTED.sub("", sentences[0])))
        said = [k for k, clause in enumerate(texts) if _han(clause)]
        found.append((texts, marks, said[-1] if said else len(texts) - 1))
    return found


# A weather word after 冒着 (冒着37度高温, 冒着绵绵细雨): the weather braved.
_WEATHER = "高温|酷暑|严寒|烈日|寒风|风雪|风雨|雨雪|大雨|暴雨|细雨|小雨|大雪|雨|雪"
_BRAVED_WEATHER = rf"冒着[^，,。；;、\s]{{0,6}}?(?:{_WEATHER})"


# The end of a light verb whose object a planning phrase may be (进行, 作出, 做了), or a
# possessive (县委的周密部署): the phrase is then what was done, not how.
_NOT_AFTER_LIGHT_VERB = r"(?<!的)(?<!进行)(?<!作出)(?<!做出)(?<!作了)(?<!做了)(?<!行了)(?<!出了)"


# The ways a party went about it, said as a means phrase ending in its noun (通过走访、座谈
# 等途径; 以面对面宣讲的形式; 采取暗访的方式): a list inside it is of ways, not of objects.
# 通过 after 审议/表决 or before 了 is a vote (审议通过了…), and 以 in a word (以及, 以来,
# 可以, 难以, 予以 …) is no means. A working method put into practice (践行“四下基层”工作
# 方法，督导检查…) is how they went about it too.
_MEANS_PHRASE = (
    r"(?:(?<!审议)(?<!表决)通过(?!了)|采取|采用|践行|(?<![可所难得予加足用借赖据])以(?![及来上下后前外内便免]))"
    r"[^，,。；;：:]{1,30}?(?:方式|形式|途径|手段|方法|工作法)"
)


@cache
def _manner_run() -> re.Pattern[str]:
    """How a party went about it (冒酷暑、顶烈日; data/title_manner_phrases.txt), one phrase
    or several joined by 、, or a means phrase (_MEANS_PHRASE), closing its clause."""
    phrase = f"(?:{_alternatives('title_manner_phrases.txt')}|{_BRAVED_WEATHER})"
    # after a verb that takes it as its object (进行周密部署，作出精心安排，) it is the deed
    return re.compile(
        rf"{_NOT_AFTER_LIGHT_VERB}(?:{phrase}(?:、{phrase}){{0,4}}|{_MEANS_PHRASE})[，,]"
    )


# Those who came along, said after the subject with 偕 or 偕同 (Taiwan's "together with")
# and a comma before the deed (乡长甲乙偕同某村长丙丁及公所团队，前往…): an escort, as 在…陪同下
# is (`_INSERTED`); readers' titles say who went and what was done (乡长甲乙前往…).
_COMPANIONS = re.compile(r"偕同?(?!同意)([^，,。；;！？!?\n偕]{2,30}?)[，,]")


def _without_companions(sentence: str) -> str:
    """`sentence` without the companions said with 偕同 between a titled subject and its
    deed: only when they hold no predicate and the clause after them has one; the first
    such span only (one look a sentence, linear).

    >>> _without_companions("乡长甲乙偕同村长丙丁及公所团队，前往某村访视弱势家庭。")
    '乡长甲乙前往某村访视弱势家庭。'
    >>> _without_companions("县长甲乙偕同夫人出席晚会，致词祝贺。")
    '县长甲乙偕同夫人出席晚会，致词祝贺。'
    >>> _without_companions("偕同家人，前往某地。")
    '偕同家人，前往某地。'
    """
    found = _COMPANIONS.search(sentence)
    if found is None or _has_predicate(found.group(1)):
        return sentence
    before = sentence[: found.start()]
    clause_start = max(before.rfind(m) for m in "，,。；;") + 1
    if not _TITLE_WORD.search(before[clause_start:]):
        return sentence  # no titled subject before 偕
    rest = sentence[found.end() :]
    if not _has_predicate(_CLAUSE.split(rest, maxsplit=1)[0]):
        return sentence
    return before + rest


def _without_manner(sentence: str) -> str:
    """A sentence without the weather braved, the rest given up or the planning said with
    its manner (周密部署、精心安排) that closes a clause between the doer and the deed
    (县长甲乙带队冒酷暑、顶烈日，深入某镇检查…; 某县周密部署、精心安排，组织…): headlines
    leave it out, and the doer meets the deed; one inside its clause (冒雨深入某镇) stays.

    >>> _without_manner("7月5日，县长甲乙带队冒酷暑、顶烈日，深入某镇检查防汛工作")
    '7月5日，县长甲乙带队深入某镇检查防汛工作'
    >>> _without_manner("县长甲乙带队，冒着37度高温，到某镇察看灾情")
    '县长甲乙带队，到某镇察看灾情'
    >>> _without_manner("县长甲乙冒雨深入某镇检查防汛工作")
    '县长甲乙冒雨深入某镇检查防汛工作'
    >>> _without_manner("某县周密部署、精心安排，组织各乡镇开展演练")
    '某县组织各乡镇开展演练'
    >>> _without_manner("会议对防汛工作进行周密部署，要求各地…")
    '会议对防汛工作进行周密部署，要求各地…'
    """
    return _manner_run().sub("", sentence)


# A word of time glued to the subject with no comma (日前县长甲乙…, 昨日上午某局局长…).
_GLUED_TIME = re.compile(
    r"(?:近日|日前|近期|前不久|当天|当日|同日|昨日|昨天|今日|今天|前日|前天|会前|会后)"
    r"(?:上午|下午|晚上|晚间|早上)?(?=[^，,；;：:])"
)


# A slogan glued before the news with a dash (双圈引领·同城一体——某活动在某地举行): short
# phrases of a theme, each a few Han characters, parted by a dot or a space.
_SLOGAN_BEFORE_DASH = re.compile(
    rf"^\s*((?:[{HAN}]{{2,7}}[·•・\s、]*){{1,4}}?)\s*(?:——|—|－－|--)\s*(?=\S)"
)


def _without_slogan_before_dash(clause: str) -> str:
    """A clause that opens with a slogan and a dash before the news (双圈引领·同城一体——
    某活动在某地举行; a headline's theme glued to its lead): the news after the dash, when
    the slogan says no deed and the words after it do; a deed before the dash is the news
    itself (某街道举办邻居节——邻里和活动) and the clause stays.

    >>> _without_slogan_before_dash("携手同行·共创未来——某镇举办村书记擂台赛")
    '某镇举办村书记擂台赛'
    >>> _without_slogan_before_dash("某街道举办邻居节——邻里和活动")
    '某街道举办邻居节——邻里和活动'
    """
    slogan = _SLOGAN_BEFORE_DASH.match(clause)
    if slogan is None or _has_predicate(slogan.group(1)):
        return clause
    news = clause[slogan.end() :]
    return news if _has_predicate(news) else clause


def _without_glued_time(clause: str) -> str:
    """A clause that opens with a word of time glued to who it is about (日前县长甲乙到某镇
    调研; Hong Kong copies write 日前某局局长甲乙同…): the clause without the time, which is
    no leading clause then; one that names no one after the time stays as it is.

    >>> _without_glued_time("日前县长甲乙到某镇调研"), _without_glued_time("近日天气转冷")
    ('县长甲乙到某镇调研', '近日天气转冷')
    """
    time = _GLUED_TIME.match(clause)
    if time is None:
        return clause
    rest = clause[time.end() :]
    return rest if _TITLE_WORD.search(rest) else clause


# An hour of the clock that opens a clause after the first, before going somewhere (…率领各
# 课室主管，8时30分至某宫参拜; 上午9时到某镇): the party's next step that day, no part of a
# headline. Taiwan copies go somewhere with 至 (至某宫), which headlines write 到.
_CLOCK_BEFORE_GOING = re.compile(
    r"^(?:(?:上午|下午|早上|中午|傍晚|晚上)?[0-9０-９]{1,2}(?:[时時点點](?:[0-9０-９]{1,2}分|半)?"
    r"|[:：][0-9０-９]{2})(?:许|左右)?)(?P<verb>至|到|赴|前往|来到|深入|走进|赶赴)"
)


def _without_clock_before_going(clause: str) -> str:
    """A clause that opens with an hour before going somewhere, without the hour (and with
    至 said 到, as headlines say it); any other clause as it is.

    >>> _without_clock_before_going("8时30分至某宫参香礼拜")
    '到某宫参香礼拜'
    >>> _without_clock_before_going("上午9时到某镇检查安全生产")
    '到某镇检查安全生产'
    >>> _without_clock_before_going("8时30分召开会议")
    '8时30分召开会议'
    >>> _without_clock_before_going("至今已举办三届")
    '至今已举办三届'
    """
    found = _CLOCK_BEFORE_GOING.match(clause)
    if found is None:
        return clause
    verb = "到" if found.group("verb") == "至" else found.group("verb")
    return verb + clause[found.end() :]


# A cause said before the news (因某工程征地尚未完成, 由于连日降雨) and its effect said in the
# next clause (影响某项目投产, 导致…, 致使…): both lead up to the news, neither is it.
_CAUSE = re.compile(r"^(?:因(?!此|而|地制宜)|由于|因为)")
_EFFECT = re.compile(r"^(?:严重)?(?:影响|导致|致使|造成|使得)")


def _is_effect_of_cause(before: str, clause: str) -> bool:
    """Whether `clause` says the effect of the cause the clause `before` it says.

    >>> _is_effect_of_cause("因某工程征地尚未完成", "影响某项目投产")
    True
    >>> _is_effect_of_cause("因此", "影响某项目投产")
    False
    >>> _is_effect_of_cause("某县召开会议", "影响深远")
    False
    """
    return _CAUSE.match(before) is not None and _EFFECT.match(clause) is not None


# The words an aim ends with (为做好安全生产工作, 为筑牢防线): where a purpose glued to its
# subject with no comma (为做好防汛工作某某镇召开…) ends.
_AIM_END = re.compile(
    r"工作|建设|防线|意识|水平|能力|质量|发展|安全|精神|氛围|环境|机制|责任|成效|实效|任务|目标|生活"
)
_SUBJECT_HEAD_MAX = 24  # characters of the subject glued after the aim, to its verb


def _purpose_split_off(texts: list[str], marks: list[str]) -> tuple[list[str], list[str]]:
    """The clauses with a purpose glued to the subject after it (为做好防汛工作某某镇召开…,
    no comma) parted at the aim's end, so that the purpose is skipped as a leading clause:
    the subject's head, to its verb, names who (a post, a place's body) or the day, and
    holds no aim word (so 为做好全县安全生产工作县委… parts after 工作, not 安全).

    >>> _purpose_split_off(["为做好节前安全生产工作县委书记甲乙带队检查"], [""])
    (['为做好节前安全生产工作', '县委书记甲乙带队检查'], ['，', ''])
    >>> _purpose_split_off(["为民服务中心召开会议"], [""])
    (['为民服务中心召开会议'], [''])
    """
    for k, clause in enumerate(texts):
        if not clause.startswith(_PURPOSE):
            continue
        for aim in reversed(list(_AIM_END.finditer(clause))):
            rest = clause[aim.end() :]
            verb = _predicate_in(rest)
            if verb is None or not 0 < verb.start() <= _SUBJECT_HEAD_MAX:
                continue
            head = rest[: verb.start()]
            if _AIM_END.search(head) or not (_names_own_doer(rest) or _TIME_ONLY.match(head)):
                continue
            if not (_LEVEL.match(head) or _NAMED_PLACE.match(head) or _TIME_ONLY.match(head)):
                continue
            return (
                [*texts[:k], clause[: aim.end()], rest, *texts[k + 1 :]],
                [*marks[:k], "，", *marks[k:]],
            )
    return texts, marks


def _names_a_doer(clause: str) -> bool:
    """Whether a clause with no verb names who acts: people with their titles (县委书记甲乙,
    县长甲乙), a body (某县人大常委会) or a group (县领导, 甲乙一行); a title word inside
    another word (开局, 布局) names no one.

    >>> _names_a_doer("县委副书记、县长甲乙"), _names_a_doer("开局即决战")
    (True, False)
    """
    titles = list(_TITLE_WORD.finditer(clause))
    if not titles or clause.endswith(_GROUP_TAIL_WORDS):
        return bool(titles) or clause.endswith(_GROUP_TAIL_WORDS)
    last = titles[-1]
    if len(last.group(0)) < 2 and last.start() < 2:
        return False  # 开局, 大会: one title character after one other is a word, no post
    return True


_GROUP_TAIL_WORDS = ("等", "一行", "领导", "同志")


def _is_motto(texts: list[str], i: int, doer_after: list[bool] | None = None) -> bool:
    """A clause with no verb that names no one (开局即决战, a motto or a mood) before a
    clause in its sentence that names its own doer and what it did (某县举行…): said for
    effect, it is skipped as a leading clause is.

    >>> _is_motto(["开局即决战", "起步即冲刺", "某县举行重点项目集中开工仪式"], 0)
    True
    >>> _is_motto(["县委书记甲乙", "县长丙丁到某镇调研"], 0)
    False
    """
    clause = texts[i]
    if _has_predicate(clause) or _names_a_doer(clause):
        return False
    return (doer_after or _doers_ahead(texts)[1])[i]


def _names_doer_and_deed(found: tuple[list[str], list[str], int]) -> bool:
    """Whether a sentence (clauses, marks, first clause not leading) opens with who did
    something (县委书记甲乙到某镇调研, 某镇开展…), not what is to come."""
    texts, _marks, start = found
    first = texts[start] if start < len(texts) else ""
    return _tells_news(texts[start:]) and (_names_own_doer(first) or _is_official(first))


_PURPOSE = ("为了", "为")  # a purpose clause (为筑牢…防线) the title skips


def _doers_ahead(texts: list[str]) -> tuple[int, list[bool]]:
    """The sentence's day before its news: the last clause that is a day (5月6日, 连日来)
    with a clause after it naming its doer and what it did, -1 when there is none (the
    clauses before it, an aim or a mood, come before the news); and for each clause
    whether a later clause names its own doer. One pass from the end, made once a
    sentence, so that asking either of every clause of a long sentence stays linear.

    >>> _doers_ahead(["为凝聚代表智慧", "充分发挥代表作用", "5月6日", "某区开展视察"])
    (2, [True, True, True, False])
    >>> _doers_ahead(["县委心系群众冷暖", "连日来", "某县领导分别带队走访慰问"])[0]
    1
    >>> _doers_ahead(["县委书记甲乙", "连日来", "到某镇走访慰问"])[0]
    -1
    """
    doer_after = [False] * len(texts)
    news_day = -1
    doer_seen = False
    for k in range(len(texts) - 1, -1, -1):
        doer_after[k] = doer_seen
        if news_day < 0 and doer_seen and _is_day(texts[k]):
            news_day = k
        doer_seen = doer_seen or _names_own_doer(texts[k])
    return news_day, doer_after


def _goes_on_with_purpose(
    texts: list[str], i: int, ahead: tuple[int, list[bool]] | None = None
) -> bool:
    """A clause after a purpose (为深入贯彻…，把温暖送到群众家中，…) that names no doer of its
    own goes on with the purpose when a later clause of its sentence names its doer and
    what it did (某镇开展…): it is skipped with the purpose.

    >>> _goes_on_with_purpose(["为贯彻精神", "把温暖送到群众家中", "某某镇开展慰问活动"], 1)
    True
    >>> _goes_on_with_purpose(["为贯彻精神", "把温暖送到群众家中", "开展慰问活动"], 1)
    False

    So does any clause before the sentence's day when the news after the day names its
    doer (为凝聚代表智慧，充分发挥代表作用，5月6日，某区人大代表开展视察活动): a lead says its
    aims first, then when, then who did what.

    >>> _goes_on_with_purpose(["为凝聚代表智慧", "充分发挥代表作用", "5月6日", "某区开展视察"], 1)
    True
    """
    news_day, doer_after = ahead or _doers_ahead(texts)
    if i < news_day:  # an aim said before the sentence's day and its news
        return True
    clause = texts[i]
    aim = clause.startswith(lines("title_purpose_goes_on.txt")) and not _has_predicate(clause)
    if not aim and (
        _names_own_doer(clause) or (not _has_predicate(clause) and _names_a_doer(clause))
    ):
        return False  # an aim's object may name people (增强党员干部…意识): no doer
    return doer_after[i]


# Words of a time span a lead's news opens with, as a day does (连日来, 近日).
_SPAN_OF_DAYS = re.compile(r"(?:连日来|近日来?|日前|近期|近来|当天|当日|同日)(?:上午|下午|晚上)?")


def _is_day(clause: str) -> bool:
    return bool(_TIME_ONLY.fullmatch(clause) or _SPAN_OF_DAYS.fullmatch(clause))


def _names_own_doer(clause: str) -> bool:
    """Whether a clause names who acts before its verb (某县举行…, 县长甲乙到…)."""
    predicate = _predicate_in(clause)
    if predicate is None:
        return False
    head = clause[: predicate.start()]
    return len(head) >= 2 and bool(_TITLE_WORD.search(head) or _LEVEL.search(head))


# The place a report calls its own (我县, 我市, 本区): a subject, though no title word.
_OWN_PLACE = re.compile(r"(?:我|本)(?:省|市|州|盟|县|区|旗|镇|乡|街道)")


def _is_leading_of_own_place(clause: str) -> bool:
    """A clause that opens with the report's own place and says no deed after it (我县按照
    上级要求, 我市高度重视防汛工作, 我区根据…部署): skipped as a leading clause is, but its
    place is the subject of the deed that follows.

    >>> _is_leading_of_own_place("我县按照上级要求"), _is_leading_of_own_place("我县召开会议")
    (True, False)
    """
    place = _OWN_PLACE.match(clause)
    if place is None:
        return False
    rest = clause[place.end() :]
    if _is_deed_at_a_place(rest):
        return False  # 我县在某会议室召开…: where the place did it, the deed itself
    return bool(rest) and (_is_leading(rest) or rest.startswith(_openers()))


# How a 在-phrase that frames the deed ends (在县委的统一部署下, 在活动中, 在春节来临之际):
# a setting, not the spot where the deed was done.
_FRAME_END = re.compile(r"(?:下|中|时|之际|期间|以来|之后|以后|后|前夕|之前|前|上|里)$")


def _is_deed_at_a_place(rest: str) -> bool:
    """Whether what follows a report's own place is the spot and the deed done there
    (在某楼301会议室召开党政联席会, 在某广场举办宣传活动), not a frame before a deed to come
    (在县委的统一部署下, 在市委的坚强领导下).

    >>> _is_deed_at_a_place("在某楼301会议室召开党政联席会")
    True
    >>> _is_deed_at_a_place("在县委的统一部署下"), _is_deed_at_a_place("在春节来临之际")
    (False, False)
    """
    return rest.startswith("在") and _FRAME_END.search(rest) is None and _has_predicate(rest[1:])


# A place named by its name and level (瓦屋头镇, 某某县, 某某街道) opening a clause.
_NAMED_PLACE = re.compile(rf"[{HAN}]{{1,6}}?(?:街道|镇|乡|县|区|市|旗)")


# What a place is (where it lies, its people, its size, what it holds): a side fact of the
# lead's first sentence, said before the news (某村位于某镇东部，全村共有农户320户、人口
# 1200人，3月5日，某村举行…).
_PLACE_FACT = re.compile(
    r"位于|地处|坐落于|(?:总|户籍|常住)?人口(?:约|达|有|为|不到|近|超过?)?[\d一二三四五六七八九十百千万]"
    r"|(?:总|土地|辖区)?面积(?:约|达|为)?[\d一二三四五六七八九十百千万]|辖[\d一二三四五六七八九十]"
    r"|共有(?:农户|居民|村民|人口)"
    # a count of what a place or a body holds (本届有12位无党籍议员, 现有规模以上企业120家)
    r"|(?:本届|现|共|目前|全[县区市镇乡村])有[^，,。；;有]{0,8}?[\d一二三四五六七八九十百千万两]+[余多]?"
    r"(?:位|名|个|家|户|人|所|座|处)"
)


def _leading_place(clause: str) -> str:
    """The place a leading clause opens with, when it says no deed after it: the report's
    own (`_is_leading_of_own_place`) or one named (某某镇结合实际, 某某镇高度重视禁烧工作: how
    the place went about it, no predicate and no one named); the subject of the deed that
    follows. "" otherwise.

    >>> _leading_place("某某镇结合实际"), _leading_place("某某镇高度重视秸秆禁烧工作")
    ('某某镇', '某某镇')
    >>> _leading_place("新春佳节来临之际"), _leading_place("我县按照上级要求")
    ('', '我县')
    """
    if _is_leading_of_own_place(clause):
        return _OWN_PLACE.match(clause).group(0)
    if _PLACE_FACT.search(clause):
        return ""  # 某村位于某镇东部, 某镇辖12个村: what the place is, no subject of a deed
    place = _NAMED_PLACE.match(clause)
    if place is None or clause.startswith(_openers()) or _OWN_PLACE.match(clause):
        return ""
    rest = clause[place.end() :]
    if _han(rest) < 2 or _has_predicate(clause) or _TITLE_WORD.search(clause):
        return ""
    return place.group(0) if _is_leading(clause) else ""


def _has_no_subject(clause: str) -> bool:
    """Whether a clause opens with its predicate (召开…, 全面开展…, 于3月5日召开…): no subject
    of its own, so one skipped before it is the subject.

    >>> _has_no_subject("全面开展隐患排查"), _has_no_subject("县长甲乙带队检查")
    (True, False)
    """
    predicate = _predicate_in(clause)
    if predicate is None:
        return False
    head = clause[: predicate.start()]
    return len(head) <= _ADVERB_MAX or _TIME_ONLY.fullmatch(head.removeprefix("于")) is not None


def _tells_news(clauses: list[str]) -> bool:
    """Whether someone does something in these clauses, not only will do it."""
    acting = next((c for c in clauses if _has_predicate(c)), None)
    return acting is not None and not _is_to_come(acting)


# An hour that opens a paragraph (上午11时许，; 下午3点，): as much a news lead's opening
# as its day.
_HOUR_OPENING = re.compile(
    r"\s*(?:[上下中]午|早上|晚上|凌晨)?\d{1,2}(?:时|点|[:：]\d{2})[^，,。]{0,4}[，,]"
)


# A meeting said without its subject after its venue (在某会议室召开主任（扩大）会议) and the
# chair who held it (区人大常委会党组书记、主任甲乙主持会议): the body of the chair's title.
_VENUE_MEETING = re.compile(r"在[^，,。在]{2,24}?((?:召开|举行)[^，,。]{2,40})")
_CHAIR_OF_BODY = re.compile(
    r"([^，,。、]{2,14}?)(?:党组|党委|党工委)?(?:副?书记|常务副主任|副?主任|副?主席|[局县区市镇乡]长)"
    r"[^，,。]{0,30}?主持(?:会议)?$"
)


def _convened_by_chairs_body(leading: list[str], clause: str) -> str:
    """A meeting the lead says without its subject, in a clause that opens with its venue
    (skipped as leading), when the clause after it names the chair: the body of the
    chair's title convened it, as headlines say; "" otherwise.

    >>> _convened_by_chairs_body(["8月4日下午3点", "在机关二楼会议室召开主任（扩大）会议"],
    ...                          "区人大常委会党组书记、主任甲乙主持会议")
    '区人大常委会召开主任（扩大）会议'
    >>> _convened_by_chairs_body(["在新春佳节来临之际"], "县长甲乙主持会议")
    ''
    """
    if not leading:
        return ""
    meeting = _VENUE_MEETING.fullmatch(leading[-1])
    chair = _CHAIR_OF_BODY.match(clause)
    if meeting is None or chair is None:
        return ""
    return chair.group(1) + meeting.group(1)


def _only_to_come(clauses: list[str]) -> bool:
    """Whether the first clause with a predicate says what is to come (将召开…).

    >>> _only_to_come(["某区将召开第六次党代会"]), _only_to_come(["某区召开党代会"])
    (True, False)
    """
    acting = next((c for c in clauses if _has_predicate(c)), None)
    return acting is not None and _is_to_come(acting)


def _opens_with_dated_news(paragraph: str, hour_is_enough: bool = True) -> bool:
    """A paragraph that opens with its day (or its hour, when `hour_is_enough`) and says
    in its first sentence that someone did something.

    >>> _opens_with_dated_news("上午11时许，区委书记甲乙到代表驻地看望代表。")
    True
    >>> _opens_with_dated_news("上午11时许，区委书记甲乙到代表驻地看望代表。", False)
    False
    >>> _opens_with_dated_news("11月19日上午，城区主要街道横幅飘荡，彩旗飘飘。")
    False
    """
    hour = hour_is_enough and _HOUR_OPENING.match(paragraph)
    if not (_DATED_OPENING.match(paragraph) or hour):
        return False
    return _tells_news(_clauses(_SENTENCE_END.split(paragraph)[0])[0])


def _without_byline(row: str) -> str:
    """The lead without what opens it before the news: a date field, a dateline, the
    reporters (in brackets, or spaced out with a colon), a unit's byline, a site's name
    before a bar, a site's tag in brackets.

    >>> _without_byline("某县新闻网讯 记者 甲乙 报道：某县政协召开常委会议。")
    '某县政协召开常委会议。'
    >>> _without_byline("【某某新闻台】市长甲乙到某镇调研。")
    '市长甲乙到某镇调研。'
    >>> _without_byline("——某某会议首场活动扫描   3月4日，某某活动开启。")
    '3月4日，某某活动开启。'
    >>> _without_byline("某某县政府网为做好防汛工作，7月2日，县长甲乙到某镇检查。")
    '为做好防汛工作，7月2日，县长甲乙到某镇检查。'
    >>> _without_byline("某某网-某市日报讯为检验民兵队伍建设，6月1日，某市民兵点验大会举行。")
    '为检验民兵队伍建设，6月1日，某市民兵点验大会举行。'

    So is a wire service's label with the hour it sent the release, in brackets:

    >>> _without_byline("（某某社讯息服务20310730 16:27:49）某县县长甲乙今天视察某工程。")
    '某县县长甲乙今天视察某工程。'
    """
    row = _WIRE_STAMP.sub("", row, count=1)
    row = _DATE_PREFIX.sub("", BRACKETED_BYLINE.sub("", row).strip(), count=1)
    row = _SUBTITLE_OPENING.sub("", row, count=1)
    row = _DATELINE.sub("", row, count=1)
    row = REPORTER_GROUP.sub("", row, count=1)
    row = SPACED_REPORTERS.sub("", row, count=1)
    row = _UNIT_BYLINE.sub("", row, count=1)
    row = _OUTLET_BEFORE_PURPOSE.sub("", row, count=1)
    row = _SITE_PREFIX.sub("", BYLINE_LEAD.sub("", row, count=1), count=1)
    return _BRACKET_PREFIX.sub("", row, count=1)


# A wire service's label and the day and hour it sent the release, in brackets, opening
# the lead (`（某某社讯息服务20310730 16:27:49）`): who carried it and when, not the news.
_WIRE_STAMP = re.compile(
    r"^\s*[（(][^（）()，,。\s]{2,16}?\d{8}\s{0,3}\d{1,2}:\d{2}(?::\d{2})?[）)]\s*"
)

# A reporters' byline opening the lead whose opening bracket and first word a copy garbled
# (`。ㄓ浾 甲乙 通讯员 丙丁）…`: a mark no sentence ends with there, a few odd characters,
# then the names, a reporter's word and the closing bracket): who wrote it, not the news.
_DAMAGED_BYLINE = re.compile(
    r"^\s*[。，、．.?？]\S{0,4}[ \u3000]+[^，,。；;：:（）()\n]{0,40}?"
    r"(?:通讯员|记者|通訊員|記者)[^，,。；;：:（）()\n]{0,30}[）)]\s*"
)

# A headline's subtitle (`——某某会议扫描`) glued before the lead with a run of spaces.
_SUBTITLE_OPENING = re.compile(r"^——[^，,。；;\s]{2,40}[ \u3000]{2,}(?=\S)")


# An outlet's name glued before the lead's purpose (`某某县政府网为进一步…`, `某某发布
# 为做好…`), with its 讯 when the reporter's bracket between was cut (`某某日报讯为…`), and
# the site that printed the paper's copy before a dash (`某某网-某某日报讯为…`): the
# site's dateline, not who acted.
_OUTLETS = "政府网|新闻网|在线|融媒|融媒体|发布|客户端|日报|晚报|电视台"
_OUTLET_BEFORE_PURPOSE = re.compile(
    rf"^(?:[{HAN}]{{2,10}}网[-－—])?[{HAN}]{{2,12}}?(?:{_OUTLETS})讯?[ \u3000]*(?=为)"
)
# A unit's byline glued to the lead (`刘桥镇供稿（周雪龙）为深入贯彻…`): who sent it in.
_UNIT_BYLINE = re.compile(
    r"^[^，,。\s（(]{2,16}?(?:供稿|投稿|报送)\s*(?:[（(][^（）()，,。]{1,20}[）)])?\s*"
)


# A paragraph that opens with the day of its news (4月29日，…; 2月7日上午，…).
_DATED_OPENING = re.compile(r"\s*\d{1,2}月\d{1,2}日[^，,。]{0,8}[，,]")
_ANY_DATE = re.compile(
    r"\d{1,2}月\d{1,2}日|[昨今前当]日|[昨今前当]天|日前|近日|近期|连日来|\d{1,2}日[上下]午"
)


def _is_scene(lead: str) -> bool:
    """A first paragraph that names no day is scene-setting (继…以来，园区坚持…) when the
    next paragraph opens with the day of the news: the title is made from that one.

    >>> _is_scene("继专项行动开展以来，园区坚持把落实会议精神作为首要任务。")
    True
    >>> _is_scene("4月29日，某博览馆正式开馆。")
    False
    >>> _is_scene("某某新闻丨县委书记甲乙在督办防控时强调：紧盯关键环节，压紧压实责任")
    False
    """
    return "。" in lead and _ANY_DATE.search(lead) is None  # no full stop: a headline row


def _news_sentence(
    found: list[tuple[list[str], list[str], int]],
) -> tuple[list[str], list[str], int]:
    """The sentence that says who did what (`_first_news_sentence`), unless it is an
    undated sentence of a crowd's mood (汛期来临，某镇干部群众全力以赴) and a later one opens
    with its day and an official doing something (6月2日，镇长甲乙到…检查…): that one."""
    chosen = _first_news_sentence(found)
    texts, _marks, start = chosen
    acting = next((c for c in texts[start:] if _has_predicate(c)), None)
    if acting is None or not _is_crowd_mood(texts, start, acting):
        return chosen
    later = found[found.index(chosen) + 1 :]
    return next((news for news in later if _is_dated_official_news(news)), chosen)


def _first_news_sentence(
    found: list[tuple[list[str], list[str], int]],
) -> tuple[list[str], list[str], int]:
    """The sentence that says who did what, of the lead's first sentences (clauses,
    marks, first clause not leading): the first, unless nobody does anything in it
    (困难群众的冷暖牵动着县领导的心) or it says what is to come (联席会议将于12月举行)
    and a later one opens with its date, as a report's news does (2月9日，县领导…看望慰问…);
    failing a dated one, when nobody acts in the first, the first later one that an
    official named with a title opens (某区党委书记甲乙…到项目一线督导…)."""
    texts, _marks, start = found[0]
    acting = next((c for c in texts[start:] if _has_predicate(c)), None)
    if acting is not None and _is_motto_sentence(texts) and len(found) > 1:
        # a motto with a deed's word (一次走访，一份温暖): the next sentence that names
        # who did what
        news = next((later for later in found[1:] if _names_doer_and_deed(later)), None)
        if news is not None:
            return news
    if acting is not None and not _is_to_come(acting) and not _is_undated_aim(texts, start):
        return found[0]
    for later in found[1:]:
        clauses, _, first = later
        # its day may follow its purpose (为提高…，5月22日上午，市人大常委会举行…)
        dated = any(_TIME_ONLY.fullmatch(c) for c in clauses[:first])
        if dated and any(_has_predicate(c) for c in clauses[first:]):
            return later
    if acting is None:
        for later in found[1:]:
            clauses, _, first = later
            if _tells_news(clauses[first:]) and _is_official(clauses[first]):
                return later
    return found[0]


def _is_undated_aim(texts: list[str], start: int) -> bool:
    """Whether a sentence says only an aim (为深化…，进一步…，推动…再上台阶。): it opens
    with a purpose, names no day, and the clause it would be titled by names no doer of
    its own. A lead that ends its aim with a full stop says its news in the next sentence,
    which opens with its day (7月26日，某镇组织…赴…观摩学习。); an aim whose own clause
    names the doer (为…，县长甲乙到某镇调研。) is the news.

    >>> _is_undated_aim(["为深化改革", "学习先进经验", "推动各项工作上台阶"], 1)
    True
    >>> _is_undated_aim(["为深化改革", "县长甲乙到某镇调研"], 1)
    False
    >>> _is_undated_aim(["为深化改革", "5月6日", "推动各项工作上台阶"], 2)
    False
    """
    if not texts or not texts[0].startswith(_PURPOSE) or start >= len(texts):
        return False
    if any(_is_day(c) or _DATED_OPENING.match(c + "，") for c in texts):
        return False
    return not _names_own_doer(texts[start])


# A crowd as a subject (干部群众, 党员干部, 志愿者们): no one named.
_CROWD = re.compile(rf"(?:群众|干部|党员|职工|人员|志愿者|居民|村民|工作者)们?[{HAN}]{{0,4}}$")


def _is_crowd_mood(texts: list[str], start: int, acting: str) -> bool:
    """Whether a sentence names no day and only a crowd doing what it does (汛期来临，某镇
    干部群众全力以赴): a mood said before the news.

    >>> _is_crowd_mood(["汛期来临", "某镇干部群众全力以赴"], 1, "某镇干部群众全力以赴")
    True
    >>> _is_crowd_mood(["6月2日", "镇长甲乙到某河堤检查"], 1, "镇长甲乙到某河堤检查")
    False
    """
    if any(_TIME_ONLY.fullmatch(c) for c in texts[:start] if c):
        return False
    if _ANY_DATE.search("，".join(texts)):
        return False
    verb = _predicate_in(acting)
    return verb is not None and _CROWD.search(acting[: verb.start()]) is not None


def _is_dated_official_news(found: tuple[list[str], list[str], int]) -> bool:
    """A sentence that opens with its day and then an official doing something."""
    clauses, _, first = found
    if first == 0 or first >= len(clauses) or not _TIME_ONLY.fullmatch(clauses[0]):
        return False
    return _is_official(clauses[first]) and _has_predicate(clauses[first])


_MOTTO_MAX_HAN = 12  # a motto's length (一次走访，一份温暖; 开展调研是做好工作的基础)


def _is_motto_sentence(texts: list[str]) -> bool:
    """A short undated sentence that names no doer (一次走访，一份温暖; 岁末年初，慰问暖人心):
    said for effect before the news, though a deed's word is in it.

    >>> _is_motto_sentence(["一次走访", "一份温暖"]), _is_motto_sentence(["县长甲乙到某镇调研"])
    (True, False)
    """
    sentence = "，".join(texts)
    if _han(sentence) > _MOTTO_MAX_HAN or _ANY_DATE.search(sentence):
        return False
    if any(_TIME_ONLY.fullmatch(c) for c in texts if c):
        return False
    return not any(_names_own_doer(c) or _names_a_doer(c) for c in texts)


def _is_official(clause: str) -> bool:
    """Whether a clause opens with a person named with a title, before any predicate."""
    predicate = _predicate_in(clause)
    head = clause[: predicate.start()] if predicate else clause
    return any(_ends_with_name(item) for item in re.split(r"[、，,]", head)[:1])


# An adverb of how or in what order the future deed is done, between 将 and its verb
# (全市各县将陆续召开…, 各镇将分别举行…, 将正式启动…): the deed is still to come.
_TO_COME_ADVERB = r"(?:陆续|相继|先后|分别|依次|统一|集中|正式|全面|同时)"
_TO_COME = re.compile(
    rf"(?:即将|将)(?:于[^，,。]{{0,12}}?)?(?:在[^，,。]{{0,12}}?)?{_TO_COME_ADVERB}?$"
)


def _is_to_come(clause: str) -> bool:
    """Whether a clause's predicate is said of the future (将于12月在某市举行).

    >>> _is_to_come("联席会议将于12月在某市举行"), _is_to_come("联席会议在某市举行")
    (True, False)
    >>> _is_to_come("各县将陆续召开代表大会"), _is_to_come("各县陆续召开代表大会")
    (True, False)
    """
    predicate = _predicate_in(clause)
    return predicate is not None and _TO_COME.search(clause[: predicate.start()]) is not None


def _is_photo_caption(line: str) -> bool:
    """A photo's caption line, ending with its photographer.

    >>> _is_photo_caption("5月6日，县长王五到某园区调研。记者赵六摄")
    True
    >>> _is_photo_caption("5月6日，县长王五到某园区调研。")
    False
    >>> _is_photo_caption("县长王五与乡亲们亲切交谈。图：县府提供")
    True
    >>> _is_photo_caption("某乡公所今天举行新建行政大楼落成启用典礼／翻摄照片")
    True

    A wire's photo credit (`某某社发 甲乙 摄`) whose photographer the cleaner moved out
    leaves the agency's `某某社发` closing the caption:

    >>> _is_photo_caption("5月21日，市长甲乙在某饭店会见某市市长丙丁。 某新社发")
    True
    >>> _is_photo_caption("5月21日，市长甲乙会见丙丁，某社发放慰问金。")
    False
    """
    if closed_by_photographer(line):  # the cleaner's own test (clean/captions.py), which
        return True  # reads a copied picture's credit too (…典礼／翻摄照片)
    tail = line.rstrip()[-24:]  # bounded: no search across a long line
    if _AGENCY_SENT.search(tail):
        return True  # a wire's picture credit (…会见丙丁。 某新社发)
    if _PROVIDER_AFTER_SENTENCE.search(tail):
        return True  # a picture's provider after the caption's sentence (…同学。 校方供图)
    return _PICTURE_CREDIT.search(tail) is not None or _is_placing_caption(line)


# A picture's provider named after a caption's full stop with 供图 or 提供 and no 图: label
# (…颁奖给某同学。 校方供圖, …合影。某某县府提供); a lead's sentence never ends on its
# provider's name after its full stop. Traditional forms too: the text is as received.
_PROVIDER_AFTER_SENTENCE = re.compile(
    rf"[。！？!?][ \t\u3000]*[{HAN}]{{1,8}}(?:供图|供圖|提供)\s*$"
)


# A wire's picture credit after the caption's last sentence: `中新社发 甲乙 摄`, `新华社发`,
# the photographer moved out by the cleaner (clean/captions.py) or not; a lead's sentence
# never ends with an agency's 社发 after its full stop.
_AGENCY_SENT = re.compile(
    rf"[。！？!?]\s*[{HAN}]{{1,6}}社[发發](?:\s*[（(]?\s*[{HAN}]{{2,4}}\s*[摄攝][)）]?)?\s*$"
)


def _is_placing_caption(line: str) -> bool:
    """A caption that places its people in the picture (甲乙（左）与丙丁（右）交接…), one
    sentence at most: a report's row of sentences that holds one stays a report.

    >>> _is_placing_caption("县长甲乙（中）率副县长丙丁向市民拜年，祝大家新春快乐！")
    True
    >>> _is_placing_caption("县长甲乙（左）与丙丁交谈。5月6日，县长甲乙到某村调研。")
    False
    >>> _is_placing_caption("5月6日，某县召开中心城区（东区）建设推进会。")
    False
    """
    if _PLACED_IN_PICTURE.search(line) is None and _PLACING_NOTE.search(line.rstrip()) is None:
        return False
    body = line.rstrip().rstrip("。！？!?")
    return _SENTENCE_END.search(body) is None


def _is_fragment(line: str) -> bool:
    """A row that opens with a sentence's end is the broken tail of something else (a
    caption copied as `。某区委书记甲主持座谈会)`), not a lead.

    >>> _is_fragment("。区委书记甲乙主持座谈会)"), _is_fragment("1月30日，区委召开座谈会。")
    (True, False)
    >>> _is_fragment("、在建工程等情况。")  # a list's tail, the copy broken at its marks
    True
    """
    return line.lstrip(SPACES).startswith(_FRAGMENT_OPENERS)


_FRAGMENT_OPENERS = ("。", "！", "？", "，", "；", "、")


_MAX_SENTENCES = 3
_MAX_SUBJECT_CLAUSES = 16  # a roster of people, one clause each, before the predicate
_GROUP_TAIL = re.compile(r"一行|等")


# The marks that open and close a quotation or a book title: what a pair holds is one
# name or slogan.
_QUOTE_PAIRS = ("“”", "「」", "《》", "『』", "‘’")


def _closed_pairs(pairs: tuple[str, ...], length: str) -> re.Pattern[str]:
    """A closed pair of any of `pairs`, holding `length` characters (a regex count) none of
    which is either of its marks: a match ends at the next mark, so a text of many
    unclosed marks is read once."""
    return re.compile("|".join(f"{a}[^{a}{b}]{length}{b}" for a, b in pairs))


# A quoted name or slogan (`开展“建设四好农村公路，打造乡村振兴快车道”专题考察`), at most
# _QUOTED_MAX characters: its commas are not the sentence's clause marks (“”, 「」 and 《》
# only: the nested ‘’ and 『』 have not been measured here).
_QUOTED_MAX = 40
_QUOTED = _closed_pairs(_QUOTE_PAIRS[:3], f"{{1,{_QUOTED_MAX}}}")
_CLAUSE_MARK = re.compile(r"[，,；;]")


def _clauses(sentence: str) -> tuple[list[str], list[str]]:
    """The clauses of a sentence and the mark after each ("" after the last); a mark
    inside quotes (a slogan or a title) ends no clause.

    >>> _clauses("某市开展“建设好公路，打造快车道”专题考察，甲乙带队")[0]
    ['某市开展“建设好公路，打造快车道”专题考察', '甲乙带队']
    """
    quoted = [m.span() for m in _QUOTED.finditer(sentence)]
    texts: list[str] = []
    marks: list[str] = []
    last = 0
    q = 0
    for mark in _CLAUSE_MARK.finditer(sentence):
        at = mark.start()
        while q < len(quoted) and quoted[q][1] <= at:
            q += 1
        if q < len(quoted) and quoted[q][0] < at:
            continue  # inside quotes
        texts.append(sentence[last:at].strip())
        marks.append(mark.group(0))
        last = mark.end()
    texts.append(sentence[last:].strip())
    marks.append("")
    return texts, marks


def _subject_and_predicate(texts: list[str], marks: list[str], start: int) -> str:
    """From clause `start`: the subject clauses (people, no predicate) and the clause
    with the predicate (continued past a clause that only goes somewhere, with a chair
    clause `由…主持` after it, said as headlines add it: ` 县长甲主持`). Two people are
    kept whole; a longer list keeps its first person and what the group did
    (`县长甲一行走访慰问…`)."""
    subject: list[str] = []
    for i in range(start, min(len(texts), start + _MAX_SUBJECT_CLAUSES)):
        clause = _without_means(texts[i], _past_means(texts, i + 1))
        if subject and not _has_predicate(clause) and clause.startswith(_joiners()):
            continue  # 以及有关部门负责人: the rest of a roster, not who it is about
        if subject and _is_occasion_between(clause, texts[i + 1 : i + 2]):
            continue  # 某区领导班子成员，在七一来临之际，分赴各村…: the subject's deed is after it
        if not subject and _is_attending_subject(clause, texts[i + 1 : i + 2]):
            # 参加某会议的委员们分别在某地，围绕…讨论: who (not where), then what they did
            who = _SECTORS_OF_GROUP.sub(r"的\1", _PLACE_AFTER_GROUP.sub("", clause), count=1)
            return who + _subject_and_predicate(texts, marks, i + 1)
        if _has_predicate(clause) or not _TITLE_WORD.search(clause):
            clause, after = _with_purpose(texts, i, clause)
            clause, after = _past_open_topic(texts, after, clause)
            if after < len(texts) and _CHAIR_CLAUSE.fullmatch(texts[after]):
                clause += " " + texts[after].removeprefix("由")  # as headlines: … 县长甲乙主持
            predicate = _predicate_in(clause)
            person_in_clause = predicate is not None and bool(
                _TITLE_WORD.search(clause[: predicate.start()])
            )
            if len(subject) + person_in_clause > 2:
                shared = _shared_title(subject, clause, predicate) if person_in_clause else ""
                if shared:
                    return shared
                found = (_GROUP_TAIL.search(clause), predicate)
                cut = [m.start() for m in found if m]
                tail = clause[min(cut) :] if cut else clause
                joiner = "" if _GROUP_TAIL.match(tail) else "等"
                return subject[0] + joiner + tail
            if subject and predicate is not None and predicate.start() <= _ADVERB_MAX:
                # the clause opens with its verb (分别带队…): it goes on from the subject
                return "，".join(subject) + clause
            if not subject and predicate is not None:
                clause = _first_of_many(clause, predicate.start())
            return "，".join([*subject, clause])
        subject.append(clause)
    return "，".join(subject)


def _is_occasion_between(clause: str, following: list[str]) -> bool:
    """A clause of time or occasion standing between the subject and its deed (某区领导班子
    成员，在七一来临之际，分赴各村慰问…; 县长甲乙，春节前夕，到某村…): it says when, not
    what, so the subject goes on to the deed after it. Only the shapes a leading clause has
    at a sentence's start (a time alone, an opener, a leading end: 之际, 前夕…), with no
    predicate of its own, and only when the next clause has one.

    >>> _is_occasion_between("在七一来临之际", ["分赴各村慰问老党员"])
    True
    >>> _is_occasion_between("在七一来临之际", ["县直各部门负责人"])
    False
    >>> _is_occasion_between("在某村召开座谈会", ["听取意见"])
    False
    """
    if not following or not _has_predicate(following[0]) or _has_predicate(clause):
        return False
    if _TITLE_WORD.search(following[0][: _predicate_in(following[0]).start()]):
        return False  # the next clause names its own doer (…之际，县长甲乙到…)
    return bool(
        _TIME_ONLY.fullmatch(clause)
        or clause.startswith(_openers())
        or clause.endswith(_leading_ends())
    )


# Those who attend a meeting named as a subject (参加某会议的委员们): the verb before 的 is
# not what they did.
_ATTENDING = re.compile(r"(?:参加|出席|列席)[^，,。；;的]{2,40}的")
_PLACE_AFTER_GROUP = re.compile(r"(?<=[们员])(?:分别|分组|集中)?在[^，,。；;]{2,16}$")
# The sectors a group of attendants come from (的教育界、民主党派、无党派委员们): the group.
_SECTORS_OF_GROUP = re.compile(r"的(?:[^、，,的]{1,8}、)+[^、，,的]{0,8}?((?:委员|代表)们?)$")


def _is_attending_subject(clause: str, following: list[str]) -> bool:
    """A clause that only names those who attend a meeting (参加某会议的委员们分别在某地),
    followed by a clause with what they did.

    >>> _is_attending_subject("参加县政协会议的委员们分别在指定地点", ["围绕报告进行讨论"])
    True
    >>> _is_attending_subject("参加县政协会议的委员们陆续报到", ["会议将开幕"])
    False
    """
    opening = _ATTENDING.match(clause)
    if opening is None or not following or not _has_predicate(following[0]):
        return False
    return not _has_predicate(clause[opening.end() :])


_MAX_SHARED_NAMES = 3  # people of one shared title that a title names all of


def _shared_title(subject: list[str], clause: str, predicate: re.Match[str] | None) -> str:
    """A roster of clauses whose people all hold the same first title (县委常委、组织部长甲，
    县委常委、统战部长乙，县委常委、宣传部长丙分别…) said as headlines say it: the title once
    and the names (县委常委甲、乙、丙分别…); "" for any other roster.

    >>> clause = "县委常委、宣传部长丙丙分别深入乡镇慰问"
    >>> _shared_title(["县委常委、组织部长甲甲", "县委常委、统战部长乙乙"], clause,
    ...               _predicate_in(clause))
    '县委常委甲甲、乙乙、丙丙分别深入乡镇慰问'
    >>> clause = "副县长丙丙深入乡镇慰问"
    >>> _shared_title(["县委书记甲甲", "县长乙乙"], clause, _predicate_in(clause))
    ''
    """
    if predicate is None:
        return ""
    head, tail = clause[: predicate.start()], clause[predicate.start() :]
    adverb = next((a for a in lines("title_subject_adverbs.txt") if head.endswith(a)), "")
    people = [*subject, head[: len(head) - len(adverb)]]
    if len(people) > _MAX_SHARED_NAMES:
        return ""
    first_titles = {person.partition("、")[0] for person in people}
    if len(first_titles) != 1 or not all("、" in p and _ends_with_name(p) for p in people):
        return ""
    names = [p[list(_TITLE_WORD.finditer(p))[-1].end() :] for p in people]
    return first_titles.pop() + "、".join(names) + adverb + tail


_MANY_PEOPLE = 3  # people in one clause's subject that a title gives as the first and 等
# the group word after a roster, and the party's head count after 一行 (一行11人, 一行二十余人)
_GROUP_END = re.compile(r"(一行|等)(?:[\d一二三四五六七八九十两]{1,4}[余多]?人)?$")


def _ends_with_name(item: str) -> bool:
    """A piece of a 、-chain that ends a person: a title word, then a name."""
    titles = list(_TITLE_WORD.finditer(item))
    return bool(titles) and _NAME_AFTER_TITLE.fullmatch(item[titles[-1].end() :]) is not None


def _first_of_many(clause: str, verb_at: int) -> str:
    """A clause whose subject lists three people or more in one 、-chain (titles may hold
    、 too: 区委副书记、区长甲) keeps the first person and the group word.

    >>> clause = "区委书记甲乙、区长丙丁、区政协主席戊己一行到某镇调研"
    >>> _first_of_many(clause, clause.index("到"))
    '区委书记甲乙一行到某镇调研'
    >>> clause = "县委书记张三、县长李四分别到某村调研"
    >>> _first_of_many(clause, clause.index("到"))
    '县委书记张三、县长李四分别到某村调研'
    >>> clause = "县委副书记、县长甲乙、副县长丙丁、副县长戊己一行11人到某矿检查"
    >>> _first_of_many(clause, clause.index("到"))
    '县委副书记、县长甲乙一行到某矿检查'
    """
    head, tail = clause[:verb_at], clause[verb_at:]
    adverb = next((a for a in lines("title_subject_adverbs.txt") if head.endswith(a)), "")
    head, tail = head[: len(head) - len(adverb)], adverb + tail
    group = _GROUP_END.search(head)
    if group:
        head = head[: group.start()]
    people: list[str] = []
    pieces: list[str] = []
    for item in head.split("、"):
        pieces.append(item)
        if _ends_with_name(item):
            people.append("、".join(pieces))
            pieces = []
    if pieces or len(people) < _MANY_PEOPLE:
        return clause  # not a clean list of people
    return people[0] + (group.group(1) if group else "等") + tail


@cache
def _joiners() -> tuple[str, ...]:
    return tuple(lines("title_subject_joiners.txt"))


_ADVERB_MAX = 2  # 分别, 专程: what may stand before a clause's verb with no subject
_CHAIR_CLAUSE = re.compile(r"由[^，,。]{2,24}主持")


@cache
def _verbs(name: str) -> frozenset[str]:
    return frozenset(lines(name))


def _movements() -> frozenset[str]:
    """Verbs that only go somewhere (到, 赴, 深入…)."""
    return _verbs("title_movement_verbs.txt")


def _lead_in(clause: str) -> tuple[str, int]:
    """("movement", where its verb starts) for a clause that only goes somewhere,
    ("escort", 0) for one that only takes people along (and goes somewhere), ("leader",
    0) for one that ends leading a party with no object (县长甲乙带队), else ("", 0).

    >>> _lead_in("县长李四来到县敬老院")
    ('movement', 4)
    >>> _lead_in("区政协主席庚辛带领区政协机关干部")
    ('escort', 0)
    >>> _lead_in("某镇党委书记和镇长带队")
    ('leader', 0)
    >>> _lead_in("市委书记张三到某某园区调研"), _lead_in("县长甲乙带队到某镇")
    (('', 0), ('escort', 0))
    """
    masked = _predicate_mask(clause)
    found = list(_predicates().finditer(masked))
    movement, escort = _movements(), _verbs("title_escort_verbs.txt")
    leader = _verbs("title_leader_verbs.txt")
    if found and all(m.group(0) in leader for m in found):
        return ("leader", 0) if found[-1].end() == len(clause.rstrip()) else ("", 0)
    if not found or any(m.group(0) not in movement | escort | leader for m in found):
        return "", 0
    if any(m.group(0) in escort | leader for m in found):
        # a party taken or led somewhere (带队到某镇): kept whole, place and all
        return "escort", 0
    return "movement", found[0].start()


_MAX_LEAD_INS = 3


def _goes_somewhere(clause: str) -> bool:
    masked = _predicate_mask(clause)
    movement = _movements()
    return any(m.group(0) in movement for m in _predicates().finditer(masked))


def _with_purpose(texts: list[str], i: int, clause: str) -> tuple[str, int]:
    """The predicate clause `clause` (texts[i]) carried on to its purpose, and the index
    of the clause after what was used. A clause that only goes somewhere keeps only what
    stands before its verb (a person, 分别); one that takes people along is kept whole;
    one that ends leading a party (带队) goes on past the clauses without a predicate
    after it (the people along) to what the party did.

    >>> _with_purpose(["来到县敬老院", "看望慰问老人", "送上祝福"], 0, "来到县敬老院")
    ('看望慰问老人', 2)
    >>> _with_purpose(["来到县敬老院", "老人们很高兴"], 0, "来到县敬老院")
    ('来到县敬老院', 1)
    >>> _with_purpose(["深入基层", "先后前往甲村、乙村", "丙村"], 0, "深入基层")
    ('深入基层', 1)
    >>> _with_purpose(["镇长甲乙带队", "部分人大代表", "对各村工作评比打分"], 0, "镇长甲乙带队")
    ('镇长甲乙带队对各村工作评比打分', 3)
    >>> _with_purpose(["县长甲乙带领有关部门同志", "到某镇现场办公"], 0, "县长甲乙带领有关部门同志")
    ('县长甲乙带领有关部门同志到某镇现场办公', 2)
    """
    announced = _announced(texts, i, clause)
    if announced is not None:
        return announced
    kept = ""
    j = i
    taking_along = False  # the clause before took people along (带领某某)
    for _step in range(_MAX_LEAD_INS + 1):
        current = clause if j == i else texts[j]
        kind, verb_at = _lead_in(current)
        if not kind:
            return kept + current, j + 1
        after = j + 1
        if kind == "escort" and after < len(texts) and texts[after].startswith(_joiners()):
            # the people taken along go on past the comma (，以及…负责人40余人深入某区，就…
            # 开展视察): the rest of the roster is left out, where it went and what it did
            # are kept; without a movement after the roster, the clause as it is
            rest = texts[after]
            going = _predicate_in(rest)
            if going is None or _lead_in(rest[going.start() :])[0] != "movement":
                break
            texts = [*texts[:after], rest[going.start() :], *texts[after + 1 :]]
        if kind == "leader":  # past the people along (and their 参加) to what the party did
            ahead = range(j + 1, min(len(texts), j + 1 + _MAX_LEAD_INS))
            after = next(
                (k for k in ahead if _has_predicate(texts[k]) and not _is_along(texts[k])),
                len(texts),
            )
        elif kind == "escort":  # past how the party went about it (采取…的方式，前往…)
            after = _after_means(texts, after)
            along = None if _goes_somewhere(current) else _roster_end(texts, after)
            if along is not None:  # 带领甲，乙，丙，深入某镇…: the rest of the roster is 等
                current = current if current.endswith("等") else current + "等"
                after = along
        closed = _places_closed(texts, after) if _goes_somewhere(current) else None
        if closed is not None:  # 先后到甲站、乙组，丙小学等地现场办公: the places and the deed
            return kept + current + "、" + closed[0], closed[1]
        if after >= len(texts) or not _has_predicate(texts[after]) or _is_along(texts[after]):
            # (who came along, 某某参加, is no purpose of going)
            if kept and kind == "movement" and taking_along and verb_at <= _ADVERB_MAX:
                # 带领某某，到某镇现场办公: the party and where it went, not the people alone
                return kept + current, j + 1
            if kind == "movement":
                closed = _topic_closed_after_places(texts, after)
                if closed is not None:  # 深入基层，先后前往甲村、乙村，就…进行调研指导
                    return clause + closed[0], closed[1]
            break  # no purpose follows: the clause as it is
        # people taken or led along and nowhere yet (带领某某，; 带队，): the next clause says where
        taking_along = kind == "leader" or (kind == "escort" and not _goes_somewhere(current))
        kept += current[:verb_at] if kind == "movement" else current
        j = after
    return clause, i + 1


_MAX_ROSTER_CLAUSES = 5  # clauses of people taken along, after the one with 带领


def _roster_end(texts: list[str], at: int) -> int | None:
    """The index of the clause that says what a party did when the people taken along run
    on over clauses of their own from `at` (带领县委常委、副县长甲，县委常委、部长乙，县某局
    负责人，深入某镇…): each names a post or a unit and has no verb, and the deed's clause
    opens with its verb; None otherwise (a clause at `at` with a verb of its own, a clause
    naming no one, nothing said after the people).

    >>> _roster_end(["县委常委、部长乙", "副县长丙", "深入某镇检查"], 0)
    2
    >>> _roster_end(["群众很高兴", "深入某镇检查"], 0) is None
    True
    """
    for k in range(at, min(len(texts), at + _MAX_ROSTER_CLAUSES)):
        verb = _predicate_in(texts[k])
        if verb is None:
            if not _TITLE_WORD.search(texts[k]) and not texts[k].endswith(_STAFF_ENDS):
                return None
            continue
        return k if k > at and verb.start() <= _ADVERB_MAX else None
    return None


# How the staff taken along are said at the end of their clause (县某局主要负责人).
_STAFF_ENDS = ("负责人", "负责同志", "工作人员", "相关人员", "有关人员")


def _is_along(clause: str) -> bool:
    """A clause that only says who came along (县某局、某局负责人参加; 某某陪同): the people
    and their 参加 or 陪同, no other verb.

    >>> _is_along("县水利局、县应急局负责人参加"), _is_along("到某镇检查并参加座谈")
    (True, False)
    """
    end = _ATTENDANCE_END.search(clause)
    return end is not None and _predicate_in(clause[: end.start()]) is None


# What the places a party went to are called after the 等 that closes their list (等地,
# 等乡镇, 等企业): the deed follows it.
_PLACES_GROUP = re.compile(
    r"(?:地|处|[^，,、。等]{0,4}?(?:乡镇|镇|乡|村|社区|街道|企业|单位|项目|现场|工地|园区|学校"
    r"|场所|景区|点位|卡点|基地|站点|地方|点))"
)
# 等 closing a list of places, their name and the deed after it (…等地现场办公).
_PLACES_CLOSER = re.compile(rf"等{_PLACES_GROUP.pattern}(?=[{HAN}]{{2}})")
_MAX_PLACE_CLAUSES = 4  # clauses a list of places runs on over, to the one closing it
_PLACE_CLAUSE_MAX = 30  # characters of one clause of places


def _places_closed(texts: list[str], at: int) -> tuple[str, int] | None:
    """A list of places that runs on past commas after the verb of going (先后到甲站、乙社区
    东组、西组，丙街道南组，丁小学、戊中学等地现场办公) up to the clause that closes it with 等
    and says the deed: the rest of the list joined by 、 with that clause, and the index of
    the clause after it; None when the clauses after the verb are not such places (the
    people along, a clause with a verb of its own before its 等).

    >>> _places_closed(["乙社区东组、西组", "丙小学、丁中学等地现场办公", "某某参加"], 0)
    ('乙社区东组、西组、丙小学、丁中学等地现场办公', 2)
    >>> _places_closed(["乙社区", "某局局长丙丁等陪同"], 0) is None
    True
    """
    for k in range(at, min(len(texts), at + _MAX_PLACE_CLAUSES)):
        clause = texts[k]
        if not clause or len(clause) > _PLACE_CLAUSE_MAX or clause.startswith(_joiners()):
            return None
        verb = _predicate_in(clause)
        closer = next(_PLACES_CLOSER.finditer(clause), None)
        if closer is None:
            if verb is not None:
                return None
            continue
        if closer.start() == 0 or (verb is not None and verb.start() < closer.start()):
            return None
        return "、".join(texts[at : k + 1]), k + 1
    return None


def _topic_closed_after_places(texts: list[str], at: int) -> tuple[str, int] | None:
    """The deed, and the index of the clause after it, of a clause that opens a topic with
    就 and closes it (就…等工作进行实地调研指导), when only places the party went to stand
    between (甲村、乙村 with no verb of their own); None when none does.

    >>> _topic_closed_after_places(["甲村、乙村", "就某某等工作进行调研指导", "丙陪同"], 0)
    ('调研指导', 2)
    >>> _topic_closed_after_places(["甲村", "就某某工作进行调研〓〓领导丙陪同"], 0)
    ('调研', 2)
    >>> _topic_closed_after_places(["甲村、乙村", "群众很高兴"], 0) is None
    True
    """
    for k in range(at, min(len(texts), at + _MAX_TOPIC_CLAUSES)):
        clause = _DAMAGE_RUN.split(texts[k], maxsplit=1)[0]  # a damage mark ends it too
        deed = _TOPIC_DEED.search(clause) if clause.startswith("就") else None
        if deed:
            return deed.group(1).removeprefix("实地"), k + 1
        if _has_predicate(texts[k]):
            return None
    return None


# The deed that closes a topic opened by 就 (…两个方面进行学习调研): 进行 or 开展 and the verb,
# ending its clause.
_TOPIC_DEED = re.compile(r"(?:进行|开展)([^，,；;]{2,8})$")
_MAX_TOPIC_CLAUSES = 3  # clauses after the one 就 opens its topic in, to the deed


def _past_open_topic(texts: list[str], after: int, clause: str) -> tuple[str, int]:
    """A clause whose last predicate is 就 opening a topic that runs on past the clause
    end (来某县就如何提升…，推动…等方面进行学习考察) gives way to the deed that closes the
    topic, the topic left out as headlines leave it (来某县学习考察); a topic closed in
    its own clause (就…进行调研) stays, as does one with no deed after it.

    >>> texts = ["甲乙一行来某县就如何提升质量", "推动创新等方面进行学习考察", "双方交流"]
    >>> _past_open_topic(texts, 1, texts[0])
    ('甲乙一行来某县学习考察', 2)
    >>> texts = ["甲乙来某县就安全生产进行调研", "并召开座谈会"]
    >>> _past_open_topic(texts, 1, texts[0])
    ('甲乙来某县就安全生产进行调研', 1)
    """
    masked = _predicate_mask(clause)
    verbs = list(_predicates().finditer(masked))
    if not verbs or verbs[-1].group(0) != "就" or verbs[-1].start() == 0:
        return clause, after
    for j in range(after, min(len(texts), after + _MAX_TOPIC_CLAUSES)):
        deed = _TOPIC_DEED.search(texts[j])
        if deed:
            return clause[: verbs[-1].start()] + deed.group(1), j + 1
    return clause, after


_FUTURE_OPENERS = ("将", "即将")


def _announced(texts: list[str], i: int, clause: str) -> tuple[str, int] | None:
    """A clause that ends with its verb of announcing (某会宣布，) carried on to what is
    announced: the first clause after it with a predicate, past leading clauses (a date),
    with 将 when one of them says it is to come; None for any other clause.

    >>> texts = ["某乡民代表会宣布", "将于2月2日至4日", "一连三天召开临时会"]
    >>> _announced(texts, 0, texts[0])
    ('某乡民代表会将一连三天召开临时会', 3)
    >>> _announced(["主席甲乙宣布大会开幕", "全体起立"], 0, "主席甲乙宣布大会开幕") is None
    True
    """
    verb = _predicate_in(clause)
    announcing = _verbs("title_announcing_verbs.txt")
    if verb is None or verb.group(0) not in announcing or clause[verb.end() :].strip():
        return None
    future = ""
    for j in range(i + 1, min(len(texts), i + 1 + _MAX_LEAD_INS)):
        if _has_predicate(texts[j]):
            return clause[: verb.start()] + future + texts[j], j + 1
        if not _is_leading(texts[j]):
            return None
        if texts[j].startswith(_FUTURE_OPENERS):
            future = "将"
    return None


@cache
def _means() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, lines("title_means_clauses.txt"))))


def _without_means(clause: str, following: str) -> str:
    """A clause that says by what means the subject acted (`某镇结合…工程建设`) gives its
    subject to the next clause's predicate; any other clause is returned as it is.

    >>> _without_means("明永镇结合帮扶工程建设", "扎实开展走访慰问活动")
    '明永镇扎实开展走访慰问活动'
    >>> _without_means("县长王五主持会议", "强调要抓落实")
    '县长王五主持会议'

    A clause that only names the topic after its person (`市长甲乙就…报告`: no verb after
    就 but inside the topic's 的-phrase) gives the person to the next clause's predicate
    likewise; 就…进行调研 stays:

    >>> _without_means("市长甲乙就即将提请审议的报告", "到市人大常委会听取意见建议")
    '市长甲乙到市人大常委会听取意见建议'
    >>> _without_means("市长甲乙就安全生产进行调研", "并召开座谈会")
    '市长甲乙就安全生产进行调研'
    >>> _without_means("县长甲乙就安全生产工作", "到某镇检查")
    '县长甲乙到某镇检查'

    So does a place's or body's clause of 以…为 (主题, 抓手, 契机…):

    >>> _without_means("某市某街道以“荷香满城”为主题", "在8个社区举办文化节活动")
    '某市某街道在8个社区举办文化节活动'
    """
    masked = _predicate_mask(clause)
    verbs = list(_predicates().finditer(masked))
    last_de = clause.rfind("的")  # later verbs stand in the topic's 的-phrase
    if (
        verbs
        and verbs[0].group(0) == "就"
        and (len(verbs) == 1 or verbs[-1].end() <= last_de)
        and _ends_with_name(clause[: verbs[0].start()])
        and following
        and _has_predicate(following)
    ):
        return clause[: verbs[0].start()] + following
    if _means_doer(clause) and following and _has_predicate(following):
        return _means_doer(clause) + following  # 某街道以“某某”为主题，在某社区举办…
    means = _means().search(clause)
    if means is None or not following or not _has_predicate(following):
        return clause
    predicate = _predicate_in(clause)
    if predicate is not None and predicate.start() < means.start():
        return clause
    if _deed_after_means(clause[means.end() :]):
        return clause  # 围绕乡村振兴到某镇调研: the deed is in the clause
    return clause[: means.start()] + following


# Verbs that open a topic (对…的牵挂, 就…) rather than say a deed.
_TOPIC_VERBS = frozenset(("对", "就"))


def _deed_after_means(tail: str) -> bool:
    """Whether what follows a means word in its clause holds a deed of its own (围绕某事
    到某镇调研, 带着慰问品看望老党员), not only the means' noun phrase (党和政府的关怀,
    对一线职工的牵挂, 县委的决策部署: a verb ending a 的-phrase is a noun).

    >>> _deed_after_means("乡村振兴到某镇调研"), _deed_after_means("党和政府的关怀")
    (True, False)
    >>> _deed_after_means("对一线职工的牵挂"), _deed_after_means("县委的决策部署")
    (False, False)
    >>> _deed_after_means("党和政府的关怀看望老党员")
    True
    """
    masked = _predicate_mask(tail)
    last_de = tail.rfind("的")
    for verb in _predicates().finditer(masked):
        if verb.group(0) in _TOPIC_VERBS:
            continue
        if last_de < 0 or (verb.start() > last_de and len(tail) - verb.end() >= 2):
            return True
    return False


_MAX_MEANS_CLAUSES = 3  # manner clauses in a row (带着…，带着…，) before the deed


def _after_means(texts: list[str], start: int) -> int:
    """The index of the first clause from `start` that says no means (采取“四不两直”的方式,
    带着…关怀), within _MAX_MEANS_CLAUSES; `start` when there is none.

    >>> _after_means(["采取暗访的方式", "前往某厂", "督查安全生产"], 0)
    1
    """
    for j in range(start, min(len(texts), start + _MAX_MEANS_CLAUSES)):
        means = _means().match(texts[j])
        if means is None or _deed_after_means(texts[j][means.end() :]):
            return j
    return start


def _past_means(texts: list[str], start: int) -> str:
    """The first clause from `start` that does not open with a means word (a lead may
    say what the officials bring in clauses in a row: 带着…关怀，带着…牵挂，走访慰问…),
    "" when there is none within _MAX_MEANS_CLAUSES.

    >>> _past_means(["带着对职工的牵挂", "走访慰问值班人员"], 0)
    '走访慰问值班人员'
    >>> _past_means(["走访慰问值班人员"], 0), _past_means([], 0)
    ('走访慰问值班人员', '')
    """
    for j in range(start, min(len(texts), start + _MAX_MEANS_CLAUSES)):
        means = _means().match(texts[j])
        if means is None or _deed_after_means(texts[j][means.end() :]):
            return texts[j]
    return ""


# The place a person's title chain opens with (秦安县委书记: 秦安县; 区委书记: 区).
_PLACE_OF_TITLE = re.compile(rf"^[{HAN}]{{0,8}}?[省市州县区旗镇乡](?=委|政府|人大|政协|长|副|党)")


# 人 after a roster's 等 (甲与乙、丙等人来到…): the people the group word names; 等人大代表
# is no such 人.
_PEOPLE_AFTER_DENG = re.compile(r"^人(?![大民员士社力口])")


def _as_group(title: str) -> str:
    """A title whose subject is an official and 等 (the first of a roster of officials)
    keeps the official, title chain and name, as a faithful title keeps its whole subject;
    a roster of several officials before 等 keeps its first, and the group word the lead
    gives after 等 (四大组织领导, 县领导) stays. A subject of one or two people without 等,
    or 一行, stays.

    >>> _as_group("秦安县委书记甲乙等四大组织领导分组开展慰问活动")
    '秦安县委书记甲乙等四大组织领导分组开展慰问活动'
    >>> _as_group("区委书记甲乙等带队走访慰问老干部")
    '区委书记甲乙等带队走访慰问老干部'
    >>> _as_group("省委常委、市委书记甲乙等考察某市统筹城乡发展工作")
    '省委常委、市委书记甲乙等考察某市统筹城乡发展工作'
    >>> _as_group("市委书记甲乙、市长丙丁等市领导走访慰问老领导")
    '市委书记甲乙等市领导走访慰问老领导'
    >>> _as_group("县政协主席甲乙一行走访慰问老同志")
    '县政协主席甲乙一行走访慰问老同志'
    >>> _as_group("县委书记甲乙等人督查工程进展情况")
    '县委书记甲乙等督查工程进展情况'
    """
    verb = _predicate_in(title)
    if verb is None or "等" not in title[: verb.start()]:
        return title
    person, _sep, rest = title.partition("等")
    rest = _PEOPLE_AFTER_DENG.sub("", rest, count=1)  # 等人来到…: the group came
    if _PLACE_OF_TITLE.match(person) is None or _CLAUSE.search(person):
        return title  # not a titled official (甲，乙等市领导 names them: it stays)
    if not _ends_with_name(person):
        return title
    return _first_of_roster(person) + "等" + rest


# What joins the officials of a roster before its 等 (县委书记甲、县长乙等; 甲与乙等).
_OFFICIALS_JOINER = re.compile(r"、|与|和|及")


def _first_of_roster(person: str) -> str:
    """The first official of a roster before 等, title chain and name: the first joiner
    with a titled name before it ends him (a 、 inside his chain of posts does not).

    >>> _first_of_roster("县委书记甲乙与副县长丙丁、县政协副主席戊己")
    '县委书记甲乙'
    >>> _first_of_roster("县委副书记、县长甲乙")
    '县委副书记、县长甲乙'
    """
    for joiner in _OFFICIALS_JOINER.finditer(person):
        first = person[: joiner.start()]
        if _PLACE_OF_TITLE.match(first) and _ends_with_name(first):
            return first
    return person


_MANY_TASKS = 3  # tasks after a visit's verb that a title leaves out (2 are kept)
_TASK_JOINERS = re.compile(r"、|以及|和|及")
# Items of two characters after the first (保护、传承、利用) are what is done with one topic,
# the first item's noun: the list is one task.
_ASPECT_MAX = 2


def _aspects_of_one(items: list[str]) -> bool:
    """A 、-list whose items after the first are two characters each (a task list's end
    word, 工作, after the last): what is done with the first item's topic, one task.

    >>> _aspects_of_one(["调研某遗产保护", "传承", "利用工作"])
    True
    >>> _aspects_of_one(["森林防火", "防汛备汛", "安全生产工作"])
    False
    """
    ends = sorted(lines("title_task_list_ends.txt"), key=len, reverse=True)
    last = next((items[-1].removesuffix(end) for end in ends if items[-1].endswith(end)), "")
    return len(items) > 2 and all(0 < len(item) <= _ASPECT_MAX for item in [*items[1:-1], last])


def _without_tasks(title: str) -> str:
    """A title whose visit verb (调研, 考察 …) takes a list of three tasks or more leaves
    the list out, as headlines do; a shorter list, or one of places, stays.

    >>> _without_tasks("区委书记甲乙到某镇实地调研文明实践所建设、汛情处置和产业园建设等工作情况")
    '区委书记甲乙到某镇实地调研'
    >>> _without_tasks("区委书记甲乙到某镇调研集体经济发展和乡村振兴工作")
    '区委书记甲乙到某镇调研集体经济发展和乡村振兴工作'
    >>> _without_tasks("县长王五检查水务局、住建局、交通局等部门履职情况")
    '县长王五检查水务局、住建局、交通局等部门履职情况'

    A verb a headline does not end with (检查, 督查) keeps the first two tasks, then 等工作
    (the first alone may not say what the inspection was about: 检查公益林管护等工作):

    >>> _without_tasks("副县长甲乙到某镇检查森林防火、防汛备汛、安全生产工作")
    '副县长甲乙到某镇检查森林防火、防汛备汛等工作'
    """
    first_item_end = title.find("、")
    if first_item_end < 0:
        return title
    masked = _predicate_mask(title[:first_item_end])
    verbs = list(_predicates().finditer(masked))
    if not verbs or verbs[-1].group(0) not in _verbs("title_task_verbs.txt"):
        return title
    tasks = title[verbs[-1].end() :]
    if _CLAUSE.search(tasks) or not tasks.endswith(lines("title_task_list_ends.txt")):
        return title
    items = _TASK_JOINERS.split(tasks)
    if len(items) < _MANY_TASKS:
        return title
    if _aspects_of_one(items):
        return title  # one topic's aspects (某遗产保护、传承、利用工作): one task, kept
    if verbs[-1].group(0) in _verbs("title_task_verbs_taking_object.txt"):
        first = "、".join(item.removesuffix("工作") for item in items[:_KEPT_OBJECTS])
        return title[: verbs[-1].end()] + first + "等工作"
    return title[: verbs[-1].end()]


# Characters between 带领 and the staff's word: the units they come from, three named
# (带领县应急管理局、县林业局、县水利局等部门负责人) fit; a clause mark ends the span.
_STAFF_UNITS_MAX = 60


@cache
def _staff_taken_along() -> re.Pattern[str]:
    words = sorted(lines("title_escorted_staff.txt"), key=len, reverse=True)
    staff = "|".join(map(re.escape, words))
    return re.compile(
        rf"(?:带领|率领|率(?!队))[^，,。带率领]{{0,{_STAFF_UNITS_MAX}}}?(?:{staff})(?:一行)?(?=[{HAN}])"
    )


# The head of an office or a bureau an official takes along, named, with the party
# (带领县政府办主任甲乙一行): staff, as 有关部门负责人 are.
_NAMED_STAFF = re.compile(
    rf"(?:带领|率领|率(?!队))[{HAN}]{{0,10}}?(?:办|局)(?:主任|局长)[{HAN}]{{2,3}}?一行(?=[{HAN}])"
)


# The units an official takes along, named by a list closed with 等部门 or 等单位 and no
# word for their people, after the report's 带领 or 率领 (带领乡安办、中心学校等部门深入…):
# staff, as 有关部门负责人 are; 等部门负责人 is read by the staff words above. After the
# one-character 率, a headline's own word, the units stay (率住建、应急等部门督查…, round 21).
_UNITS_TAKEN_ALONG = re.compile(
    rf"(?:带领|率领)[^，,。带率领]{{2,{_STAFF_UNITS_MAX}}}?等(?:部门|单位)"
    rf"(?!负责|主要|分管|相关|有关|的|人|领导|干部|同志)(?=[{HAN}])"
)


def _without_staff(title: str) -> str:
    """A title whose official takes staff along (带领有关部门负责人) and goes on to act
    leaves the staff out, as headlines do; guests brought along stay.

    >>> _without_staff("市领导带领有关部门负责人走访慰问老领导")
    '市领导走访慰问老领导'
    >>> _without_staff("市政协副主席甲乙带领市政协机关退休干部到某区参观考察")
    '市政协副主席甲乙带领市政协机关退休干部到某区参观考察'
    >>> _without_staff("县长甲乙带领有关部门负责人和某镇的负责同志检查某矿")
    '县长甲乙检查某矿'

    So is an office's or a bureau's head named with their party (带领某办主任甲乙一行):

    >>> _without_staff("县长丙丁带领县政府办主任甲乙一行深入某乡调研")
    '县长丙丁深入某乡调研'

    The units the staff come from may be named, three of them too:

    >>> _without_staff("县长甲乙带领县应急管理局、县林业局、县水利局等部门负责人到某镇检查")
    '县长甲乙到某镇检查'

    Or the units alone, listed and closed by 等部门 (their people unsaid):

    >>> _without_staff("乡党委委员甲乙带领乡安办、中心学校等部门深入各学校检查督导开学工作")
    '乡党委委员甲乙深入各学校检查督导开学工作'
    >>> _without_staff("副市长甲乙率商务、消防等部门督查某区节前安全生产工作")
    '副市长甲乙率商务、消防等部门督查某区节前安全生产工作'
    """
    staff = (
        _staff_taken_along().search(title)
        or _NAMED_STAFF.search(title)
        or _UNITS_TAKEN_ALONG.search(title)
    )
    if staff is None or not _has_predicate(title[staff.end() :]):
        return title
    more = _MORE_STAFF.match(title, staff.end())  # …和某镇的负责同志: staff too
    end = more.end() if more and _has_predicate(title[more.end() :]) else staff.end()
    return title[: staff.start()] + title[end:]


# More staff joined to those taken along (带领某某等部门负责人和某镇的负责同志对…).
_MORE_STAFF = re.compile(rf"(?:和|及|以及)[{HAN}]{{1,12}}?的?(?:负责同志|负责人)")


# Three names or more after a group word (区政协领导甲、乙、丙…), to the end of the subject,
# to 等 or 及 (及秘书长丁), or to an adverb before the verb (data/title_subject_adverbs.txt).
@cache
def _named_group() -> re.Pattern[str]:
    adverbs = "|".join(map(re.escape, lines("title_subject_adverbs.txt")))
    names = rf"[{HAN}]{{2,3}}?"
    return re.compile(
        rf"(?:(领导)((?:{names}、){{2,}}{names})|({_SHARED_POST})((?:{names}、){{3,}}{names}))"
        rf"(?=等|及|$|{adverbs})"
    )


# Four bare names or more opening a subject, the group they belong to after 等 (王甲、李乙、
# 张丙、刘丁等县处级领导干部…): a roster, which headlines cut to two names.
_NAMES_BEFORE_GROUP = re.compile(
    rf"^((?:[{HAN}]{{2,3}}、){{3,}}[{HAN}]{{2,3}})(?=等[{HAN}]{{0,8}}?(?:领导|干部|同志))"
)


# A post that four people or more named after it hold (区人大常委会副主任甲、乙、丙、丁分别…;
# three are named all, as `_shared_title` names them).
_SHARED_POST = r"副?主任|副?主席|副?书记|副[县市区镇乡]长|委员|常委"


def _fewer_names(title: str) -> str:
    """A subject naming a group (区领导, 区政协领导) and three of its people or more keeps
    the first two and 等, as headlines do; a person named after 及 goes with the rest.

    >>> _fewer_names("区政协领导甲乙丙、丁戊己、庚辛及秘书长壬癸看望委员")
    '区政协领导甲乙丙、丁戊己等看望委员'
    >>> _fewer_names("市领导甲乙、丙丁、戊己等分别慰问老同志")
    '市领导甲乙、丙丁等分别慰问老同志'
    >>> _fewer_names("区领导甲乙、丙丁、戊己庚实地察看建设情况")
    '区领导甲乙、丙丁等实地察看建设情况'
    >>> _fewer_names("区领导甲乙、丙丁看望委员")
    '区领导甲乙、丙丁看望委员'

    Four bare names or more before 等 and the group they belong to keep the first two:

    >>> _fewer_names("王甲、李乙、张丙、刘丁等县级领导干部带队督导创建工作")
    '王甲、李乙等县级领导干部带队督导创建工作'
    """
    predicate = _predicate_in(title)
    if predicate is None:
        return title
    head = title[: predicate.start()]
    listed = _NAMES_BEFORE_GROUP.match(head)
    names = listed.group(1).split("、") if listed else []
    # a rare surname (邳) aside, they are people's names, not units' (县委、县政府…)
    if names and sum(not name.startswith(_surnames()) for name in names) <= len(names) // 4:
        # bare names first, the group after 等 (甲乙、丙丁、戊己、庚辛等县级领导干部带队…)
        first_two = "、".join(names[:2])
        return first_two + head[listed.end() :] + title[predicate.start() :]
    roster = _named_group().search(head)
    if roster is None:
        return title
    rest = head[roster.end() :]
    if rest.startswith("等"):
        rest = rest[1:]
    elif rest.startswith("及"):
        if not _ends_with_name(rest):
            return title
        rest = ""
    group = roster.group(1) or roster.group(3)
    first_two = "、".join((roster.group(2) or roster.group(4)).split("、")[:2])
    return head[: roster.start()] + group + first_two + "等" + rest + title[predicate.start() :]


# One official leading a delegation (甲县委书记乙带领党政考察团…; 由…组成的代表团): the
# delegation is the subject, named by the place of the official's title.
_DELEGATION = re.compile(
    r"(?:带领|率领|率)(?:由[^，,。]{2,40}?组成的)?([^，,。、]{0,8}?(?:考察团|代表团|访问团|观摩团))(?:一行)?"
)


def _as_delegation(title: str) -> str:
    """A title whose subject is one official leading a delegation (…团) names the
    delegation with the official's place, as headlines do; a working group (调研组) led by
    an official keeps the official.

    >>> _as_delegation("某山县委书记、县人大常委会主任甲乙带领党政考察团来某市学习")
    '某山县党政考察团来某市学习'
    >>> _as_delegation("某安县县委书记甲乙率领党政考察团到我县学习考察")
    '某安县党政考察团到我县学习考察'
    >>> _as_delegation("省发改委副主任甲乙率调研组到某市调研")
    '省发改委副主任甲乙率调研组到某市调研'
    >>> _as_delegation("某水市委书记甲乙、市长丙丁率领的某水市党政代表团一行到新区考察")
    '某水市党政代表团到新区考察'
    >>> _as_delegation("某河县委书记甲乙带领某河党政考察团来我县参观考察")
    '某河党政考察团来我县参观考察'
    >>> _as_delegation("某市委书记甲乙会见由某会主席丙丁率领的访问团一行")
    '某市委书记甲乙会见由某会主席丙丁率领的访问团一行'
    >>> _as_delegation("县长甲乙率县考察团赴某市考察")
    '县长甲乙率县考察团赴某市考察'
    """
    led = _DELEGATION.search(title)
    if led is None:
        return title
    person = title[: led.start()]
    if person.endswith("等"):
        person = person[:-1]
    place = _PLACE_OF_TITLE.match(person)
    if place is None or _CLAUSE.search(person) or not _ends_with_name(person):
        return title
    if _has_predicate(person):  # 会见…访问团 who 率…: the official does something else
        return title
    where = place.group(0)
    if len(where) < 2:  # 县长甲乙率县考察团: a level word alone names no place; the official leads
        return title
    if len(where) >= 2 and where[-1] == where[-2]:  # 某安县县委书记: 某安县
        where = where[:-1]
    delegation = led.group(1)
    if delegation.startswith("的"):  # 率领的某市党政代表团: the delegation, named in full
        delegation = delegation[1:]
        if _PLACE_OF_DELEGATION.match(delegation):
            where = ""
    elif len(where) >= 3 and delegation.startswith(where[:-1]):
        where = ""  # 某河县委书记…带领某河党政考察团: the delegation names its place itself
    return where + delegation + title[led.end() :]


# A delegation that names its own place (某市党政代表团).
_PLACE_OF_DELEGATION = re.compile(rf"[{HAN}]{{1,8}}?[省市州县区旗镇乡]")


# A closed pair of quotation or book-title marks of any length, which a title's cut
# never splits.
_PAIR = _closed_pairs(_QUOTE_PAIRS, "*")


def _open_pair_at(text: str, cut: int) -> int:
    """Where the pair of quotation or book-title marks that `cut` falls inside opens in
    `text`, or `cut` itself when no pair holds it: a cut there keeps every pair whole.

    >>> _open_pair_at("某县开展“某某活动”", 7)
    4
    >>> _open_pair_at("某县开展“某某活动”", 3)
    3
    """
    return next((m.start() for m in _PAIR.finditer(text) if m.start() < cut < m.end()), cut)


_KEPT_OBJECTS = 2  # items of a long 、-list after the verb that a title keeps, then 等
# The head noun a list of tasks shares, written after its last item (森林防火、防汛和安全生产
# 工作落实情况: the 工作落实情况 of each).
_SHARED_HEAD = re.compile(r"(?:工作)?(?:落实|开展|推进|进展|整改|建设)情况$|工作(?:情况)?$")
_MANY_OBJECTS = 3  # a list after the verb this long is given as its first two and 等
_BARE_NAME = re.compile(f"[{HAN}]{{2,3}}")


@cache
def _list_closers() -> tuple[str, ...]:
    return tuple(lines("title_object_list_closers.txt"))


# The corner brackets a Taiwan page quotes an event's full name in (出席「某某机械、电工、
# 纺织业工会某活动」): a list opened inside them is part of the name and is not cut at its
# second item. (Quotation marks and book-title marks were tried too: two held-out parts
# fell, round titles44b.)
_NAME_OPENERS = "「『"
_NAME_CLOSERS = "」』"


def _opens_a_name(text: str) -> bool:
    """Whether `text` opens a quoted name it does not close (`「某某机械`).

    >>> _opens_a_name("「某某机械"), _opens_a_name("「某某」机械"), _opens_a_name("“某某机械")
    (True, False, False)
    """
    opened = sum(text.count(mark) for mark in _NAME_OPENERS)
    return opened > sum(text.count(mark) for mark in _NAME_CLOSERS)


def _fewer_objects(title: str) -> str:
    """A title whose verb takes a list of three places, units, people or tasks or more
    keeps the first two and 等, with what follows the list's closing 等 (等地开展…);
    a list of the names of people visited keeps only who they are (甲乙丙、丁戊、己庚等老同志:
    老同志).

    >>> _fewer_objects("县长王五走访慰问县福利院老人、困难党员、低保户和困难残疾人")
    '县长王五走访慰问县福利院老人、困难党员等'
    >>> _fewer_objects("县领导前往县武装部、县武警中队、县消防大队等地开展慰问")
    '县领导前往县武装部、县武警中队等地开展慰问'
    >>> _fewer_objects("区领导走访慰问退休老干部甲乙丙、丁戊、己庚辛等")
    '区领导走访慰问退休老干部'
    >>> _fewer_objects("市领导登门慰问甲乙丙、丁戊、己庚等老同志")
    '市领导登门慰问老同志'
    >>> _fewer_objects("县长王五看望困难群众、老党员")
    '县长王五看望困难群众、老党员'

    A list inside a quoted name is the name's (no 等 inside the quotes):

    >>> _fewer_objects("市长甲乙出席「某某机械、电工、纺织业工会表扬活动」")
    '市长甲乙出席「某某机械、电工、纺织业工会表扬活动」'

    A list of tasks keeps the head noun written after its last item, every item's:

    >>> _fewer_objects("副县长甲乙检查森林防火、防汛备汛、安全生产和疫情防控工作落实情况")
    '副县长甲乙检查森林防火、防汛备汛等工作落实情况'

    The people an official takes along (率, 带领) keep the first two and 等, and what the
    party then did:

    >>> _fewer_objects("县长王五带领副县长甲乙、丙丁、戊己到某镇检查安全生产")
    '县长王五带领副县长甲乙、丙丁等到某镇检查安全生产'
    >>> _fewer_objects("副县长王五率商务、消防、市监等部门对某区安全生产工作展开督查")
    '副县长王五率商务、消防等部门对某区安全生产工作展开督查'

    So do those who attend what the verb takes, and what it is:

    >>> _fewer_objects("某镇召开包片领导、包村干部、村主任参加的专题会议")
    '某镇召开包片领导、包村干部等参加的专题会议'
    """
    verb = _predicate_in(title)
    if verb is None:
        return title
    head, objects = title[: verb.end()], title[verb.end() :]
    items = objects.split("、")
    if len(items) < _MANY_OBJECTS or _CLAUSE.search(objects) or _aspects_of_one(items):
        return title
    if _opens_a_name(items[0]):
        return title  # the list is inside a name in quotes (出席「甲、乙、丙业工会某活动」)
    last = items[-1]
    acting = _predicate_in(last)
    if (
        acting is not None
        and acting.start() > 0
        and (
            verb.group(0) in _verbs("title_escort_verbs.txt")
            or last[acting.end() :].startswith("的")
        )
    ):
        # the people taken along, then what the party did (率甲、乙、丙及某某到某镇检查…),
        # or those who attend what the verb takes (召开甲、乙、丙参加的专题会议)
        # what follows the list's own 等 (等部门) before the deed stays (率甲、乙、丙等部门对…)
        closed = last.find("等", 0, acting.start())
        after = last[closed + 1 :] if closed >= 0 else last[acting.start() :]
        return head + "、".join(items[:_KEPT_OBJECTS]) + "等" + after
    closer = next((c for c in _list_closers() if last.endswith(c) or c in last), "")
    shared = None if closer or _SECOND_DEED.search(last) else _SHARED_HEAD.search(last)
    if shared is not None and shared.start() >= _ITEM_MIN:
        # the list's head noun after its last item (…、安全生产和疫情防控工作落实情况) is
        # every item's: it stays after 等
        return head + "、".join(items[:_KEPT_OBJECTS]) + "等" + last[shared.start() :]
    rest = last[last.index(closer) + len(closer) :] if closer else ""
    last_name = last[: last.index(closer)] if closer else last
    also = _SECOND_DEED.search(last_name)
    if also:  # a second deed after the list (…和困难残疾人并检查某工程): it stays
        last_name, rest = last_name[: also.start()], last_name[also.start() :] + rest
    places = closer == "等" and rest.startswith(_place_words())  # 东关、西关、南关等地: places
    if not places and all(_BARE_NAME.fullmatch(item) for item in [*items[1:-1], last_name]):
        titles = list(_TITLE_WORD.finditer(items[0]))
        if titles and _ends_with_name(items[0]):  # 退休老干部甲乙丙: who, not the names
            return head + items[0][: titles[-1].end()] + rest
        if _BARE_NAME.fullmatch(items[0]) and _han(rest) >= 2:  # 甲乙丙、…等老同志
            return head + rest
        return title
    return head + "、".join(items[:_KEPT_OBJECTS]) + "等" + rest


_PLACE_GROUP_MAX = 14  # characters after a place list's 等 to the deed (等涉军单位和值班单位)


@cache
def _place_words() -> tuple[str, ...]:
    return tuple(lines("title_place_words.txt"))


def _without_place_list(title: str) -> str:
    """A title that goes to a list of places closed by 等 before its deed (前往某部、某队
    等地开展慰问; 赴某市、某区等视察…) says the deed without the places, as headlines do
    (a group the list is named by after 等 stays: 深入乡镇看望…), and so does one of
    three places or more without 等; one place, or two without 等 (到某镇、某乡调研),
    stays, as does a list whose 等 closes the deed's own objects (到某镇检查安全、消防等
    工作).

    >>> _without_place_list("县领导前往县武装部、县武警中队、县消防大队等地开展慰问")
    '县领导开展慰问'
    >>> _without_place_list("县委常委甲乙深入某镇、某乡、某街道等乡镇看望慰问困难群众")
    '县委常委甲乙深入乡镇看望慰问困难群众'
    >>> _without_place_list("市政协主席甲乙带领部分委员赴某市、某区等视察经济社会发展情况")
    '市政协主席甲乙带领部分委员视察经济社会发展情况'
    >>> _without_place_list("县长甲乙到某镇、某乡调研春耕生产")
    '县长甲乙到某镇、某乡调研春耕生产'
    >>> _without_place_list("市政协主席甲乙带领部分委员赴某市、某区、某县视察经济发展情况")
    '市政协主席甲乙带领部分委员视察经济发展情况'
    >>> _without_place_list("县长甲乙率队深入某园区、某企业等地实地督导安全生产")
    '县长甲乙率队实地督导安全生产'
    >>> _without_place_list("县长甲乙到某镇检查安全生产、消防等工作开展情况")
    '县长甲乙到某镇检查安全生产、消防等工作开展情况'

    A deed with no object after three places or more (到甲校、乙校、丙校开展调研): the places
    say what it was about, the first two and 等地.

    >>> _without_place_list("区长甲乙到甲小学、乙小学、丙小学开展调研")
    '区长甲乙到甲小学、乙小学等地开展调研'
    """
    movement = _movements()
    verbs, k = _first_movement(title)
    if k is not None:
        verb = verbs[k]
        after = next((v for v in verbs[k + 1 :]), None)
        closer = title.find("等", verb.end(), after.start() if after else len(title))
        if closer < 0 and after is not None:  # 赴甲、乙、丙视察: three places or more
            places = title[verb.end() : after.start()]
            if places.count("、") + 1 < _MANY_OBJECTS:
                return title
            if _han(title[after.start() :]) <= _BARE_DEED_HAN and not _CLAUSE.search(places):
                # a deed with no object of its own (开展调研): where they went is what it
                # was about, said by the first two places and 等地
                kept = "、".join(places.split("、")[:_KEPT_OBJECTS])
                return title[: verb.end()] + kept + "等地" + title[after.start() :]
            closer = after.start() - 1  # no 等: the deed follows the last place
        places = title[verb.end() : closer]
        if closer < 0 or "、" not in places or _CLAUSE.search(places):
            return title
        deed = next((v for v in verbs[k + 1 :] if v.start() > closer), None)
        between = title[closer + 1 : deed.start()] if deed else ""
        if deed is None or len(between) > _PLACE_GROUP_MAX or re.search(r"[、，,；;]", between):
            return title
        if deed.group(0) in movement:
            return title
        if between.startswith(_place_words()):
            # 等地 (and other places) names no group; a manner word after it (等地实地
            # 调研) goes with the deed, the movement with the places
            return title[: verb.start()] + between[1:] + title[deed.start() :]
        if _han(between) >= 2:  # 深入甲、乙等乡镇看望…: where they went, said as a group
            return title[: verb.end()] + between + title[deed.start() :]
        return title[: verb.start()] + title[deed.start() :]
    return title


def _without_trailing_leading(title: str) -> str:
    """A lead title does not end with a leading clause that says no deed (受台风影响, 为…,
    …之际): what went before it is the title.

    >>> _without_trailing_leading("某乡第二梯次长者交流活动，受台风影响")
    '某乡第二梯次长者交流活动'
    >>> _without_trailing_leading("受台风影响，某乡长者交流活动延期")
    '受台风影响，某乡长者交流活动延期'
    """
    texts, marks = _clauses(title)
    end = len(texts)
    while end > 1 and not _has_predicate(texts[end - 1]):
        last = texts[end - 1]
        if not (last.startswith(_openers()) or last.endswith(_leading_ends())):
            break
        end -= 1
    if end == len(texts):
        return title
    return (
        "".join(t + m for t, m in zip(texts[: end - 1], marks[: end - 1], strict=True))
        + texts[end - 1]
    )


_CLAUSE_CUT_MIN = 12  # Han characters a long title keeps when it ends at a clause's end


def _first_movement(title: str) -> tuple[list[re.Match[str]], int | None]:
    """The title's predicates (found in its mask, in order) and the index of the first
    that is a movement (到, 赴, 深入…: data/title_movement_verbs.txt), None when none is.

    >>> verbs, k = _first_movement("县长甲乙到某镇调研春耕生产")
    >>> [v.group(0) for v in verbs], k
    (['到', '调研'], 0)
    """
    verbs = list(_predicates().finditer(_predicate_mask(title)))
    movement = _movements()
    return verbs, next((k for k, v in enumerate(verbs) if v.group(0) in movement), None)


_PLACES_MAX = 30  # characters from a movement verb to the deed done there
_BARE_DEED_HAN = 4  # a deed with no object after a list of places (开展调研, 实地调研)


def _without_places(title: str) -> str:
    """A title too long for a headline says where the party went last: the places of
    its first movement before the deed done there (深入某局、某镇调研… -> 调研…) go,
    before anything is cut with an ellipsis.

    >>> _without_places("县人大常委会主任甲乙带领委员深入县交通局、某镇调研四好农村路创建工作")
    '县人大常委会主任甲乙带领委员调研四好农村路创建工作'
    >>> _without_places("某区机关党委组织在家的全体党员干部职工赴某某联系点—某某市某某县某某镇"
    ...                 "某某村开展党组织活动")
    '某区机关党委组织在家的全体党员干部职工赴某某村开展党组织活动'
    >>> _without_places("县长甲乙到某镇，看望慰问困难群众")
    '县长甲乙到某镇，看望慰问困难群众'
    """
    movement = _movements()
    verbs, k = _first_movement(title)
    if k is not None and k + 1 < len(verbs):
        verb, deed = verbs[k], verbs[k + 1]
        places = title[verb.end() : deed.start()]
        if deed.group(0) in movement or not places or len(places) > _PLACES_MAX:
            return title
        if _CLAUSE.search(places):
            return title
        village = _VILLAGE_OF_CHAIN.search(places)
        if village and len(title) - len(places) + len(village.group(1)) <= MAX_CHARS:
            # 赴某联系点—某市某县某镇某村: the village, the chain above it left out
            return title[: verb.end()] + village.group(1) + title[deed.start() :]
        return title[: verb.start()] + title[deed.start() :]
    return title


# A village or a community at the end of the chain of places above it (某市某县某镇某村,
# 某联系点—某镇某村): a title too long with the chain names the village.
_VILLAGE_OF_CHAIN = re.compile(r"(?<=[市州县区旗镇乡—])([^市州县区旗镇乡—、\s]{1,6}(?:村|社区))$")


# The level a post names (县长, 市委常委, 区政协主席): a post that names none (主任, 组织部部长)
# needs the rest of its chain to say whose it is.
_LEVEL = re.compile(r"[省市州盟县区旗镇乡]")
_NAME_ENDS = (2, 3)  # a Han name's length after its title, tried when no known verb follows


def _own_post(person: str) -> str:
    """A person's chain of posts said by the last, when that post names its level, as
    headlines say a long roster (县委副书记、县长甲乙 -> 县长甲乙); a last post that names no
    level (县人大常委会党组书记、主任甲乙) keeps its chain.

    >>> _own_post("区委副书记、代区长甲乙"), _own_post("县人大常委会党组书记、主任甲乙")
    ('代区长甲乙', '县人大常委会党组书记、主任甲乙')
    >>> _own_post("市委常委、统战部部长、某江市级河长甲乙")
    '市委常委、统战部部长、某江市级河长甲乙'
    """
    pieces = person.split("、")
    if len(pieces) < 2 or any(_ends_with_name(p) for p in pieces[:-1]):
        return person
    last = pieces[-1]
    titles = list(_TITLE_WORD.finditer(last))
    if not titles or not _LEVEL.search(last[: titles[-1].end()]):
        return person
    if _SIDE_DUTY.search(last[: titles[-1].end()]):
        return person  # 某江市级河长甲乙: a duty beside his posts, not the post he holds
    return last


# A chief under the river-, lake- or forest-chief systems (某江市级河长, 县级总林长, 某段副河长):
# a duty an official takes on beside his posts, written last in his chain; a headline says
# him by his post, not by the duty.
_SIDE_DUTY = re.compile(r"(?:总|副)?(?:河|湖|林|田|路)长$")


_PERSON_JOINER = re.compile(r"(与|和|及)")


def _joined_people(item: str) -> list[str]:
    """A piece of a 、-list split where 与, 和 or 及 joins a titled name to the next
    person's title (县委书记甲乙与县委副书记 -> 县委书记甲乙, 县委副书记); a joiner inside a
    name or a title (王和平, 党委书记及委员…) is left alone.

    >>> _joined_people("县委书记甲乙与县委副书记"), _joined_people("县长王和平")
    (['县委书记甲乙', '县委副书记'], ['县长王和平'])
    """
    parts = _PERSON_JOINER.split(item)
    joined = [parts[0]]
    for joiner, part in zip(parts[1::2], parts[2::2], strict=True):
        if _ends_with_name(joined[-1]) and _TITLE_WORD.search(part):
            joined.append(part)
        else:
            joined[-1] += joiner + part
    return joined


def _people(text: str) -> list[str] | None:
    """The people of a 、-list of titled names (a title chain holds 、 too; 与, 和 and 及
    join people too: 县委书记甲乙与县委副书记、县长丙丁 is two), or None when the text is
    not such a list."""
    people: list[str] = []
    pieces: list[str] = []
    for item in text.split("、"):
        for piece in _joined_people(item):
            pieces.append(piece)
            titles = list(_TITLE_WORD.finditer(piece))
            if titles and _BARE_NAME.fullmatch(piece[titles[-1].end() :]):
                people.append("、".join(pieces))
                pieces = []
    return None if pieces or not people else people


def _person_end(clause: str) -> int | None:
    """Where the people who open the deed's clause end: before the adverb (一同, 分别),
    the group word (等, 一行) or the verb after them; None when it cannot be told (a verb
    the title does not know, after a name of two or three characters)."""
    predicate = _predicate_in(clause)
    if predicate is not None:
        head = clause[: predicate.start()]
        adverb = next((a for a in lines("title_subject_adverbs.txt") if head.endswith(a)), "")
        end = len(head) - len(adverb)
        group = _GROUP_END.search(clause[:end])
        return group.start() if group else end
    followers = (*lines("title_subject_adverbs.txt"), *_AFTER_NAME)
    for title in _TITLE_WORD.finditer(clause[:_SUBJECT_SPAN]):
        after = title.end()
        ends = [after + n for n in _NAME_ENDS if clause[after + n :].startswith(followers)]
        if len(ends) == 2 and _follower_over(clause, ends[0], followers) > ends[1]:
            # 甲乙一同观摩: the two-character word (一同) after the shorter name, not its
            # second character (同) after a longer one
            ends = ends[:1]
        if len(ends) == 1 and _people(clause[: ends[0]]) is not None:
            return ends[0]
    return None


def _follower_over(clause: str, at: int, followers: tuple[str, ...]) -> int:
    """Where the longest of `followers` that `clause` holds at `at` ends."""
    return at + max((len(f) for f in followers if clause.startswith(f, at)), default=0)


_SUBJECT_SPAN = 24  # characters of the deed's clause where its people's titles are looked for
# What follows a name before a verb the title does not know: a group word, or a word that
# opens what the people did (为…讲授, 在…参加, 向…赠送, 与…交流).
_AFTER_NAME = ("一行", "等", "为", "在", "向", "与", "同", "给", "从", "也", "还", "都")


def _shorter_subject(title: str) -> str:
    """A title too long for a headline because of its subject, a roster of officials
    (市委常委、副市长甲，市人大常委会副主任乙，…检查…), says the roster shorter and keeps the
    deed whole: each person by the post that names its level (副市长甲、市人大常委会副主任乙),
    else (or when a post needs its chain) the first person and 等 (县委书记甲等一同…); a
    title whose roster cannot be told stays.

    >>> _shorter_subject("市委常委、副市长甲乙，市人大常委会副主任丙丁，市政协副主席戊己带领"
    ...                  "市直有关部门负责人检查指导防汛工作")
    '副市长甲乙、市人大常委会副主任丙丁、市政协副主席戊己带领市直有关部门负责人检查指导防汛工作'
    """
    texts, marks = _clauses(title)
    k = 0
    people: list[str] = []
    while k < len(texts) - 1 and not _has_predicate(texts[k]):
        found = _people(texts[k])
        if found is None:
            return title
        people += found
        k += 1
    rest = "".join(t + m for t, m in zip(texts[k:], marks[k:], strict=True))
    end = _person_end(texts[k])
    own = _people(texts[k][:end]) if end else None
    if not people and own is None:
        chain = _first_post_of_chain(texts[k][:end]) if end else ""
        if chain and len(chain) + len(rest) - end <= MAX_CHARS:
            return chain + rest[end:]  # 某大学某院院长、…、某某学者甲乙率…: the first post
        return title
    if own is not None:
        people, rest = [*people, *own], rest[end:]
    shorter = [_own_post(p) for p in people]
    joiner = "、" if all("、" not in p for p in shorter) else "，"
    if own is None:  # the deed's clause keeps its people: joined as the roster is
        joiner = "，" if joiner == "，" or "、" in texts[k][:_SUBJECT_SPAN] else joiner
        candidates = [joiner.join([*shorter, rest])]
        # else the first holder and the group the deed's clause names after 等 (…和县政协
        # 主席庚辛等县领导检查… -> 县委书记甲乙等县领导检查…)
        predicate = _predicate_in(texts[k])
        group_at = texts[k].rfind("等", 0, predicate.start()) if predicate else -1
        if group_at > 0:
            candidates += [people[0] + rest[group_at:], shorter[0] + rest[group_at:]]
    elif len(people) == 1:
        # one person whose chain of posts is too long: the post named last, else the first
        # (a task group's head: 某督导组组长、某委员、一级巡视员甲乙一行 -> 某督导组组长甲乙一行)
        candidates = [shorter[0] + rest, _first_post(people[0]) + rest]
    else:
        group = "" if rest.startswith(("等", "一行")) else "等"
        first = [people[0] + group + rest, shorter[0] + group + rest]
        each = [joiner.join(shorter) + rest]
        # a roster whose posts are not all said alone reads better as its first and 等
        candidates = each + first if joiner == "、" else first + each
    return next((c for c in candidates if len(c) <= MAX_CHARS), title)


def _first_post_of_chain(person: str) -> str:
    """A person whose chain of posts holds words the title does not know as posts (首席教授,
    某某学者) said by the first post, when it ends with a title word, and the name, when the
    chain's end is a name that opens with a surname (three characters tried first); "" when
    it cannot be told.

    >>> _first_post_of_chain("某某大学某某研究院院长、某某大学原党委书记、首席教授、某某学者刘思远")
    '某某大学某某研究院院长刘思远'
    >>> _first_post_of_chain("某某公司、某某协会")
    ''
    """
    pieces = person.split("、")
    titles = list(_TITLE_WORD.finditer(pieces[0]))
    if len(pieces) < 3 or not titles or titles[-1].end() != len(pieces[0]):
        return ""
    last = pieces[-1]
    for n in (3, 2):
        name = last[-n:]
        if len(last) > n and _BARE_NAME.fullmatch(name) and name.startswith(_surnames()):
            return pieces[0] + name
    return ""


def _first_post(person: str) -> str:
    """A person's chain of posts said by the first post and the name.

    >>> _first_post("某督导组组长、市人大专职常委、一级巡视员甲乙")
    '某督导组组长甲乙'
    """
    pieces = person.split("、")
    titles = list(_TITLE_WORD.finditer(pieces[-1]))
    if len(pieces) < 2 or not titles:
        return person
    return pieces[0] + pieces[-1][titles[-1].end() :]


def _shorten(title: str) -> str:
    """A title longer than MAX_CHARS says the deed without the topic said before its light
    verb (`_deed_without_topic`), without the places it was done in, and
    a roster of officials before it shorter (`_shorter_subject`); if still too long, it
    ends at its last clause's end within it, when what comes before says enough (a title
    stops at a clause end, not inside one, nor after people alone); else it is cut there
    with an ellipsis.

    >>> _shorten("某市智慧城乡发展委员会明年预算今送议会联席审查，"
    ...          "其中「办理某某顾问业务等相关费用」290万元遭议员全数搁置")
    '某市智慧城乡发展委员会明年预算今送议会联席审查'
    >>> _shorten("某市政协副主席甲乙率考察组到某市、某市开展“建设四好农村公路”专题考察"
    ...          "并召开座谈会交流经验做法和成效")
    '某市政协副主席甲乙率考察组开展“建设四好农村公路”专题考察并召开座谈会交流经验做法和成效'
    >>> _shorten("市委常委、副市长甲乙，市人大常委会副主任丙丁带领市直有关部门负责人"
    ...          "到某某区某某街道某某社区检查指导防汛工作")
    '市委常委、副市长甲乙，市人大常委会副主任丙丁带领市直有关部门负责人检查指导防汛工作'
    >>> _shorten("市委常委、副市长甲乙，市人大常委会副主任丙丁，市政协副主席戊己带领市直有关部门"
    ...          "负责人检查指导防汛工作")
    '副市长甲乙、市人大常委会副主任丙丁、市政协副主席戊己带领市直有关部门负责人检查指导防汛工作'

    A roster before a verb the title does not know (观摩) is shortened the same way, its
    last person told by the word after the name (一起, 为, 在):

    >>> _shorten("县委书记甲乙，县委副书记、县长丙丁，县人大常委会主任戊己，县政协主席庚辛"
    ...          "一起观摩某某镇乡村振兴示范点建设情况")
    '县委书记甲乙、县长丙丁、县人大常委会主任戊己、县政协主席庚辛一起观摩某某镇乡村振兴示范点建设情况'
    """
    title = _shortened_by(
        title.strip("，,；; "),
        (
            _led_group_said_short,
            _deed_without_topic,
            _without_places,
            _shorter_subject,
            lambda t: _without_named_addressee(_counted_list(_without_closed_topic(t))),
        ),
    )
    if len(title) <= MAX_CHARS:
        return title
    # a clause mark inside a pair of quotes or book-title marks that MAX_CHARS cuts into
    # ends no clause: the text is read up to where that pair opens
    texts, marks = _clauses(title[: _open_pair_at(title, MAX_CHARS)])
    if len(texts) > 1:
        head = "".join(t + m for t, m in zip(texts[:-1], marks[:-1], strict=True)).rstrip("，,；; ")
        # a clause end inside the subject (甲乙，丙丁 before what they did) is no end of
        # the title: a head with no predicate, the predicate coming after it, is cut inside
        subject_only = not _has_predicate(head) and (
            _has_predicate(title[len(head) :]) or all(_people(t) for t in texts[:-1])
        )
        if _han(head) >= _CLAUSE_CUT_MIN and not subject_only:
            return head
    by_first = _roster_by_first(title)
    if len(by_first) <= MAX_CHARS:
        return by_first
    # a cut with an ellipsis stops mid-word: the people said without the session they
    # attend, then the deed said without its object, before it
    title = _shortened_by(
        title, (_without_attended_session, _without_sent_group_name, _deed_without_object)
    )
    if len(title) <= MAX_CHARS:
        return title
    return _cut_whole(title)


# An event's name that ends before 暨 joins a second one to it (…学习会暨…读书班交流会).
_JOINED_EVENT = re.compile(r"(?:会|会议|仪式|典礼|活动|班|赛|节|行动|论坛|启动)$")


def _cut_whole(title: str) -> str:
    """A title too long for a headline and with no clause end to stop at, cut so that what
    it keeps is whole: before 暨 when the cut falls in the second of two events joined by it
    (the first event named whole, no ellipsis), else before a pair of quotes or book-title
    marks the cut falls inside (a slogan or a name said whole or not at all), with an
    ellipsis; at MAX_CHARS when too little comes before either.

    >>> _cut_whole("区委书记甲乙主持召开区委理论学习中心组第十五次集中学习会暨某某学习教育"
    ...            "专题读书班第十一次交流研讨会")
    '区委书记甲乙主持召开区委理论学习中心组第十五次集中学习会'
    >>> _cut_whole("全县各界人士和各单位干部职工、社会各界别政协委员和友好市县政协及企业积极弘扬"
    ...            "“慈心为人、善举济世、乐善互助”的传统美德")
    '全县各界人士和各单位干部职工、社会各界别政协委员和友好市县政协及企业积极弘扬…'
    """
    cut = _open_pair_at(title, MAX_CHARS - 1)
    joint = title.rfind("暨", 0, cut)
    if (
        joint > 0
        and not _CLAUSE.search(title, joint, cut)
        and _JOINED_EVENT.search(title[:joint])
        and _han(title[:joint]) >= _CLAUSE_CUT_MIN
        and _has_predicate(title[:joint])
    ):
        return title[:joint]
    if _han(title[:cut]) < _CLAUSE_CUT_MIN:
        cut = MAX_CHARS - 1
    return title[:cut].rstrip("，,；;：: ") + "…"


# The party a head leads, named after 的 (甲乙带领的某某机制建设民主监督第三调研组第3监督小组):
# its name, ending in 组, 团 or 队, and one name inside another.
# Not one pattern with `_LED_GROUP_CLAUSE` (a lead's step): that one needs the comma after
# the group and a deed in the clause after it, and keeps the group's last words; this one
# reads a title with no comma after the group (the doctest below), cuts the name into its
# nested groups (no 的 inside, at most four) and refuses 组织, 组建 and 组成. A pattern for
# both would drop the lead's deed check or the title's nesting, and change what is taken.
_LED_GROUP = re.compile(r"(带领|率领)的((?:[^，,。；;的组团队]{1,30}[组团队]){1,4})(?![织建成])")
_GROUP_PIECE = re.compile(r"[^组团队]*[组团队]")
_ORDINAL = re.compile(r"^第[\d一二三四五六七八九十]{1,3}")


def _led_group_said_short(title: str) -> str:
    """A title too long for a headline whose head leads a party named in full after 的 (…
    带领的省某某长效机制建设民主监督第三调研组第3监督小组对…) names the party by its own
    group, the last of the names nested in it, without its number (带领监督小组对…).

    >>> _led_group_said_short("省某委副主任甲乙带领的省某某长效机制建设民主监督第三调研组"
    ...                       "第3监督小组对我市某某工作进行专项督查")
    '省某委副主任甲乙带领监督小组对我市某某工作进行专项督查'
    >>> _led_group_said_short("省某委副主任甲乙带领的调研组到某县调研")
    '省某委副主任甲乙带领的调研组到某县调研'
    """
    led = _LED_GROUP.search(title)
    if led is None:
        return title
    pieces = _GROUP_PIECE.findall(led.group(2))
    if len(pieces) < 2:
        return title
    own = _ORDINAL.sub("", pieces[-1])
    if _han(own) < 2:
        return title
    return title[: led.start()] + led.group(1) + own + title[led.end() :]


def _shortened_by(title: str, steps: tuple[Callable[[str], str], ...]) -> str:
    """`title` after each shortening step in turn, each kept, until it fits MAX_CHARS.

    >>> _shortened_by("甲" * 50, (lambda t: t[:49], lambda t: t[:40], lambda t: ""))
    '甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲'
    """
    for step in steps:
        if len(title) <= MAX_CHARS:
            break
        title = step(title)
    return title


# The session people attend, said before them (出席某县十八届人大四次会议的人大代表, 政协某县
# 十届四次会议的政协委员们): one modifier, no 的 or joiner of people inside it.
_ATTENDED_SESSION = re.compile(
    r"(?:出席|参加|列席)?[^，,。；;的和与及、]{2,30}?(?:会议|大会)的"
    r"(?=[^，,。；;的]{0,6}?(?:代表|委员|人员|嘉宾))"
)


def _without_attended_session(title: str) -> str:
    """A title too long for a headline says its people without the session they attend
    (出席某会议的人大代表和某会议的政协委员们集中视察… -> 人大代表和政协委员们集中视察…), as
    headlines do.

    >>> _without_attended_session("出席某县第十八届人民代表大会第四次会议的人大代表和政协某县第十届"
    ...                           "委员会第四次会议的政协委员们集中视察某产业园等重点项目")
    '人大代表和政协委员们集中视察某产业园等重点项目'
    """
    return _ATTENDED_SESSION.sub("", title)


# The group a unit sent or led, named by a long description before its people (某委员会组织
# 某会“甲、乙”月度座谈会部分调研组的委员和专家列席某会议): one run after the verb of
# sending (组织, 带领, 率领, 率), a quoted name inside it read whole, closed by 的 before the
# people (委员, 专家, 代表 …).
_SENT_GROUP_NAME = re.compile(
    r"(?<=组织|組織|带领|帶領|率领|率領)"
    r"(?:“[^”\n]{0,40}”|[^，,。；;！？!?\n“”的]){10,60}?的"
    r"(?=(?:部分)?(?:委员|委員|专家|專家|代表|学者|學者|干部|幹部|党员|黨員|人员|人員|职工|職工))"
)


def _without_sent_group_name(title: str) -> str:
    """A title too long for a headline says the people a unit sent or led without the long
    name of the group they came from, as headlines do.

    >>> _without_sent_group_name("某省政协某委员会组织某省政协“促进甲乙发展，助推丙丁建设”月度协商"
    ...                          "座谈会部分调研组的委员和专家、学者列席某某工作会议")
    '某省政协某委员会组织委员和专家、学者列席某某工作会议'
    """
    return _SENT_GROUP_NAME.sub("", title, count=1)


def _deed_without_object(title: str) -> str:
    """A title too long for a headline whose last visit verb within MAX_CHARS (调研, 视察,
    考察 …: data/title_task_verbs.txt) takes an object running to its end ends at that
    verb, as headlines do (…一行来我市调研), rather than being cut inside the object; after
    a verb a headline does not end with (检查, 督查: data/title_task_verbs_taking_object.txt)
    a list of tasks is said by its first task and 等工作. `title` when there is no such verb,
    or a task group's name holds it (调研组).

    >>> _deed_without_object("某局研究室某处处长甲乙带领驻某市某委员会机关挂职干部一行来我市"
    ...                      "调研经济社会高质量发展、基层人大工作情况")
    '某局研究室某处处长甲乙带领驻某市某委员会机关挂职干部一行来我市调研'
    """
    if len(title) <= MAX_CHARS:
        return title
    task_verbs = _verbs("title_task_verbs.txt")
    verbs = [
        v
        for v in _predicates().finditer(_predicate_mask(title))
        if v.group(0) in task_verbs and v.end() <= MAX_CHARS
    ]
    if not verbs:
        return title
    verb = verbs[-1]
    tasks = title[verb.end() :]
    if not tasks or tasks[0] in _TASK_GROUP or _CLAUSE.search(tasks):
        return title
    if not _TITLE_WORD.search(title[: verb.start()]):
        return title  # no one doing it before the verb
    if verb.group(0) not in _verbs("title_task_verbs_taking_object.txt"):
        return title[: verb.end()]
    items = _TASK_JOINERS.split(tasks)
    if len(items) < 2:
        return title
    return title[: verb.end()] + items[0].removesuffix("工作") + "等工作"


_TASK_GROUP = "组团队员室"  # after a visit verb, a group named by its task (调研组): no verb


# The topic a deed is done on, said before its light verb with 就, 围绕 or 针对 and closed by a
# topic's noun (就某条例贯彻实施情况开展监督检查; 围绕某课题进行调研): a comma may come
# before it (…来我市，就…) or after its noun. 就 of a word (成就, 造就, 将就, 迁就, 就是, 就业,
# 就医, 就读, 就近, 就地, 就此) is no such 就.
_TOPIC_BEFORE_DEED = re.compile(
    r"[，,]?(?:(?<![成造将迁早也])就(?![是业医读诊近地此职位座])|围绕|针对)"
    r"[^，,。；;：:]{2,60}?(?:情况|问题|工作|课题|事宜|议题|事项)[，,]?"
    r"(?=(?:开展|进行|展开)[^，,。；;：:]{2,8}$)"
)


def _deed_without_topic(title: str) -> str:
    """A title too long for a headline whose deed, said by a light verb at its end (开展监督
    检查, 进行视察), has its topic said before that verb (就…情况, 围绕…课题): the title says
    who went where and what they did there without the topic, as headlines do (…带领检查组
    来我市开展监督检查), rather than being cut at the comma before it and losing the deed.
    `title` when it fits or has no such topic.

    >>> _deed_without_topic("某省人大常委会副主任甲乙带领某省人大常委会第三执法检查组来我市，"
    ...                     "就《某省某某条例》和《某省某某办法》贯彻实施情况开展监督检查")
    '某省人大常委会副主任甲乙带领某省人大常委会第三执法检查组来我市开展监督检查'
    """
    if len(title) <= MAX_CHARS:
        return title
    return _TOPIC_BEFORE_DEED.sub("", title, count=1)


_ROSTER_ITEM = re.compile(rf"[{HAN}（）()]{{3,16}}")  # one unit's or post's holder: 某局某科甲乙
_ROSTER_JOINER = re.compile(r"以及|及|和|与")
_MANY_HOLDERS = 3  # holders in a roster that a title gives as the first and 等


def _roster_by_first(title: str) -> str:
    """A title too long for a headline because of a roster before its deed whose holders
    are named by unit (市委某办甲乙、市某局某科丙丁、…及某股负责人戊己一行来校检查…), which
    `_shorter_subject` cannot tell apart into posts: the first holder, 等, and the deed kept
    whole, as headlines say a roster; `title` itself when it has no such roster. A cut
    inside the roster (…、某股负责人戊…) would lose the deed, what the title is about.

    >>> _roster_by_first("市委某办甲乙、市某局某科丙丁、市某局某科戊己、县某局领导庚辛及某股负责人"
    ...                  "壬癸一行来校检查开学安全工作")
    '市委某办甲乙等一行来校检查开学安全工作'
    >>> _roster_by_first("某县召开全县工作会议，县长甲乙、副县长丙丁出席会议并讲话")
    '某县召开全县工作会议，县长甲乙、副县长丙丁出席会议并讲话'
    """
    predicate = _predicate_in(title)
    if predicate is None:
        return title
    head = title[: predicate.start()]
    group = _GROUP_TAIL.search(head)  # the roster ends at its group word, else at the verb
    cut = group.start() if group else predicate.start()
    roster, rest = head[:cut], title[cut:]
    items = roster.split("、")
    items[-1:] = _ROSTER_JOINER.split(items[-1])
    if len(items) < _MANY_HOLDERS or not all(_ROSTER_ITEM.fullmatch(item) for item in items):
        return title
    if any(_has_predicate(item) for item in items) or not _TITLE_WORD.search(items[0]):
        return title
    return items[0] + ("" if rest.startswith("等") else "等") + rest


# A list the lead closes with its count (甲公司、乙公司、丙公司等10家企业): a title too long
# for a headline gives the count and what they are (10家企业), not the names.
_COUNTED_CLOSER = re.compile(
    r"等((?:\d+|[一二三四五六七八九十两百几]+)(?:余|多)?(?:家|个|所|名|位|处|座|户|条|项|支|批))"
)
_ITEM_MIN = 2  # characters of the list's first item


def _counted_list(title: str) -> str:
    """`title` with a 、-list closed by 等 and a count said as the count alone.

    >>> _counted_list("区长甲乙带队对挂包的某某科技有限公司、某某机电有限公司、某某材料有限公司"
    ...               "等10家企业开展走访活动")
    '区长甲乙带队对挂包的10家企业开展走访活动'
    >>> _counted_list("县长甲乙走访慰问某村王某、李某、张某等5户困难群众")
    '县长甲乙走访慰问5户困难群众'
    >>> _counted_list("县长甲乙到某镇、某乡检查10家企业")
    '县长甲乙到某镇、某乡检查10家企业'
    """
    closer = _COUNTED_CLOSER.search(title)
    if closer is None:
        return title
    before = title[: closer.start()]
    clause_at = max(before.rfind(m) for m in "，,；;：:") + 1
    tail = before[clause_at:]
    parts = tail.split("、")
    k = len(parts) - 2  # the list's items back from its last: no 的, no verb in them
    while k > 0 and "的" not in parts[k] and not _has_predicate(parts[k]):
        k -= 1
    if k < 0:
        return title
    first = len("、".join(parts[: k + 1]))
    lead = parts[k]
    clause_at += first - len(lead)
    if "的" in lead:
        start = lead.rindex("的") + 1
    else:
        verbs = list(_predicates().finditer(_predicate_mask(lead)))
        if not verbs:
            return title
        start = verbs[-1].end()
    if len(lead) - start < _ITEM_MIN:
        return title
    return title[: clause_at + start] + closer.group(1) + title[closer.end() :]


# A topic 就 opens and 进行 or 开展 closes in one clause (就甲、乙情况进行考察学习): a title
# too long for a headline says the deed without it (考察学习), as headlines do.
_CLOSED_TOPIC = re.compile(
    r"就[^，,。；;就]{2,40}?(?:(?:进行|开展)了?|(?<=情况)|(?<=问题)|(?<=方面)|(?<=工作))"
    r"([^，,。；;、]{2,8})$"
)


# A quoted topic a deed is done around (围绕“某某促进某某发展”与某局开展对口协商): a title too
# long for a headline says who did what with whom without it.
_QUOTED_TOPIC = re.compile(r"围绕“[^“”，,。]{2,40}”(?:这一|的)?(?:主题|课题|专题)?")


def _without_closed_topic(title: str) -> str:
    """`title` without a topic opened by 就 and closed by the deed at its end, or a
    quoted topic opened by 围绕 before the deed.

    >>> _without_closed_topic("市政协副主席甲乙带领委员围绕“加强某某保护”与市某局开展对口协商")
    '市政协副主席甲乙带领委员与市某局开展对口协商'

    >>> _without_closed_topic("某县人大常委会副主任甲乙一行来我县就重大项目建设情况、代表活动室"
    ...                       "建设情况进行考察学习")
    '某县人大常委会副主任甲乙一行来我县考察学习'
    >>> _without_closed_topic("某县人大常委会副主任甲乙一行来我县就重大项目建设情况、代表活动室"
    ...                       "建设情况考察学习")
    '某县人大常委会副主任甲乙一行来我县考察学习'
    """
    quoted = _QUOTED_TOPIC.search(title)
    if (
        quoted
        and _TITLE_WORD.search(title[: quoted.start()])
        and _has_predicate(title[quoted.end() :])
    ):
        title = title[: quoted.start()] + title[quoted.end() :]
    topic = _CLOSED_TOPIC.search(title)
    if topic is None or topic.start() == 0 or not _TITLE_WORD.search(title[: topic.start()]):
        return title
    return title[: topic.start()] + topic.group(1)


# The one a deed is done for, said again by a word that points back (向这位…老书记转达…,
# 向他们送去…): a title too long for a headline leaves it out, the place before it says
# whom (到某村甲乙老人家里转达…).
_NAMED_ADDRESSEE = re.compile(
    r"向(?:这位|这些|该|他们|她们|他|她)[^，,。；;向]{0,16}?"
    r"(?=转达|送去|送上|致以|表达|赠送|献上|颁发|递上|捎去)"
)


def _without_named_addressee(title: str) -> str:
    """`title` without an addressee that points back to one named before it.

    >>> _without_named_addressee("某联络委组织委员到某村甲乙老人家里向这位老书记转达了关怀")
    '某联络委组织委员到某村甲乙老人家里转达了关怀'
    """
    return _NAMED_ADDRESSEE.sub("", title, count=1)


# A clause saying through whom or what the deed came about (经村民反映，经县委研究决定，).
_BY_WAY_OF = re.compile(r"经[^，,。；;]{1,30}(?:反映|反应|研究|研究决定|同意|批准|推荐|协调)")
# Where the reporter heard the news (记者从县应急管理局获悉，; 从某局传来消息，).
_NEWS_SOURCE = re.compile(
    r"(?:记者)?(?:从|自)[^，,。；;]{2,24}(?:获悉|了解到|得知|传来消息|获得消息)"
)
_DAMAGE_MARKS = ("〓", "\ufffd")  # what a copy prints for a character it could not decode


def _is_leading(clause: str) -> bool:
    """A clause the title skips: a time, an occasion or a purpose, a clause with
    neither a predicate nor a person in it (新春佳节将至), or a short one the copy damaged
    (a longer one keeps what it still says)."""
    if not clause or _TIME_ONLY.fullmatch(clause):
        return True
    if _han(clause) < HEADLINE_MIN_HAN and any(mark in clause for mark in _DAMAGE_MARKS):
        return True  # a short clause the copy damaged (勇〓率姑) says nothing a title can use
    if clause.startswith(_openers()) or clause.endswith(_leading_ends()) or _is_road(clause):
        return True
    if _BY_WAY_OF.fullmatch(clause) or _NEWS_SOURCE.fullmatch(clause):
        return True  # 经村民反映，…; 记者从某局获悉，…: how the news came, not the news
    if _DAY_IS.match(clause):
        return True  # 5月12日是某镇领导信访接待日: what the day is, not who did what
    return not _has_predicate(clause) and not _TITLE_WORD.search(clause)


# A clause saying what the day is (5月12日是某镇领导信访接待日, 今天是全国消防日).
_DAY_IS = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日|今天|今日|当天|这天)(?:上午|下午)?是")
