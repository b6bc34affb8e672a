"""Issue 18, furniture round 22: furniture still left on unseen pages. A portal's comment
widget heading under the report (文章点评) and a hijacked page's adult-video keyword banner
(片名-片名-片名, the words of such sites: 一区二区三区, 精品自拍, 国产精品) now go; a report's
own heading of the same words (专家点评) and a sentence about cracking down on such sites
stay. Every line is invented (no real page's line)."""

from public_records.clean.furniture import strip_furniture
from public_records.clean.spam import remove_spam

from tests.cleaning_checks import SAFETY_REPORT, cut_lines

REPORT = SAFETY_REPORT


def test_a_portals_comment_heading_below_the_report_goes():
    for line in ("文章点评", "网友点评", "我要点评", "发表点评"):
        assert cut_lines(REPORT + line + "\n") == [line], line


def test_a_reports_own_review_heading_stays():
    for line in ("专家点评", "领导点评：", "现场点评环节"):
        assert cut_lines(REPORT + line + "\n" + REPORT) == [], line


def test_an_adult_keyword_banner_goes():
    banners = (
        "某某影院-国产精品自拍-日韩成人一区二区三区-某某视频网站100部",
        "精品自拍在线看,一区二区三区免费观看,国产精品某某播放",
    )
    for banner in banners:
        out = remove_spam(banner + "\n" + REPORT).text
        assert out == REPORT, banner


def test_a_sentence_on_cracking_down_on_such_sites_stays():
    line = "会议要求，要严厉打击传播淫秽色情视频网站等违法犯罪活动，净化网络环境。\n"
    assert remove_spam(REPORT + line).text == REPORT + line


# A spun copy (a rewriting tool swapped 来源 for 起源) signs off with its source under a
# spun label; the report's own word 起源 stays.


def test_a_spun_source_label_below_the_report_goes():
    for line in ("图文起源：某某区政府办公室", "文章起源:某某网", "信息起源：某县融媒体中心"):
        assert cut_lines(REPORT + line + "\n") == [line], line


def test_the_word_origin_in_the_report_stays():
    line = "起源：该活动起源于2015年，已连续举办八届。"
    assert cut_lines(REPORT + line + "\n" + REPORT) == []


# A site's notice under the report that holds a strong footer marker after its opening
# words (本站部分文章来源于网络…, 本文系转载，版权归原作者所有，如有侵权…): the footer step cut
# from the marker and left the notice's opening words behind as a line of the text; it now
# cuts from the start of the notice's sentence when the words before the marker name the
# copy or the site. A report's own sentence before such a marker keeps its words.


def test_a_notice_opening_before_a_strong_marker_goes_with_it():
    from public_records.clean.footer import cut_footer

    for line in (
        "本文系转载，版权归原作者所有，如有侵权请联系删除。",
        "本平台部分文章来源于网络，仅供学习交流。",
        "图片和文字均来自网友投稿，如有侵权请告知。",
    ):
        assert cut_footer(REPORT + line).text == REPORT.rstrip("\n"), line


def test_a_notice_glued_after_the_reports_last_sentence_leaves_the_sentence():
    from public_records.clean.footer import cut_footer

    last = "会议要求，各乡镇各部门要压紧压实责任，确保全县安全形势稳定。"
    text = REPORT + last + "本文系转载，如有侵权请联系删除。"
    assert cut_footer(text).text == REPORT + last


# Site notices said as sentences under the report (stance, reprint and contribution
# notices: 不代表本站观点, 观点仅代表作者本人, 如需转载请与本站联系, 欢迎投稿 投稿邮箱…) are
# furniture; the report's sentences on the same words (a speaker's view, a unit's reprint
# rules) stay.


def test_site_notices_said_as_sentences_go():
    notices = (
        "以上内容来自网友投稿，不代表本站观点。",
        "本文仅代表作者个人观点，与本网立场无关。",
        "所有评论仅代表网友意见，与本站立场无关。",
        "本文内容由用户自发贡献，该文观点仅代表作者本人。",
        "网友评论仅供其表达个人看法，并不表明本网同意其观点。",
        "如需转载请与本站联系。",
        "欢迎广大读者踊跃投稿，投稿邮箱：abc@example.com",
        "本站不对文章观点负责，请读者自行甄别。",
        "凡注明来源为某某网的作品，版权均属某某网所有。",
    )
    for line in notices:
        assert cut_lines(REPORT + line + "\n") == [line], line


def test_report_sentences_on_views_and_reprints_stay():
    lines_ = (
        "他表示，这些意见代表了广大群众的观点，要认真研究吸纳。",
        "会议要求，各单位转载上级文件要严格履行审批程序。",
        "县文联主席甲乙介绍了今年的征稿和投稿情况。",
    )
    for line in lines_:
        assert cut_lines(REPORT + line + "\n" + REPORT) == [], line


# Credits glued after the report's last sentence on its line, in the forms the furniture
# step cuts on a line of their own (编辑 张三 审核 李四, 文/张三 图/李四): the page's credit
# line flowed into the paragraph. The names are kept as credits; a sentence that goes on
# after a role word (编辑部…) and the report's words before the sentence end stay.


def test_credits_glued_after_the_last_sentence_go():
    last = "会议强调，要确保全年安全生产形势稳定。"
    for glued in ("编辑 张三 审核 李四", " 文/张三 图/李四", "编辑 甲乙丙 二审 丁戊"):
        result = strip_furniture(REPORT + last + glued + "\n")
        assert result.text.rstrip("\n").endswith(last), glued
        assert result.meta.get("credits"), glued


def test_words_after_the_last_sentence_that_are_no_credits_stay():
    last = "会议强调，要确保全年安全生产形势稳定。"
    for glued in ("编辑部全体人员参加了会议", "随后，与会人员实地察看了项目"):
        text = REPORT + last + glued + "\n"
        assert strip_furniture(text).text == text, glued


# More of a site's notices said as sentences: its content offered for reference only
# (本站信息仅供参考), a browser hint (请使用某某浏览器浏览本站), the site describing itself
# (某某网是由某某主管的新闻网站), a takedown offer without 如 (若有侵权请联系删除); the
# report's own sentences on reference material or browsers stay.


def test_more_site_notices_go():
    notices = (
        "特别提示：本网站信息仅供参考，不构成任何建议。",
        "温馨提示：建议使用某某浏览器浏览本站，分辨率1280*800。",
        "某某网是由某某县委宣传部主管的综合性新闻网站。",
        "我们致力于传递正能量，若有侵权请联系我们删除。",
    )
    for line in notices:
        assert cut_lines(REPORT + line + "\n") == [line], line


def test_report_sentences_on_reference_and_browsers_stay():
    lines_ = (
        "会议印发了相关材料，供与会人员学习参考。",
        "县政务服务中心介绍，群众可使用手机浏览器登录平台办理业务。",
        "该中心是由县委宣传部主管的事业单位，负责全县融媒体建设。",
    )
    for line in lines_:
        assert cut_lines(REPORT + line + "\n" + REPORT) == [], line


# A photo caption of one sentence closed by its picture's provider (…共同努力。圖：市府提供,
# …合影。（图/某某县委宣传部提供）) is a caption as a whole, as one closed by its photographer
# is; a paragraph of several sentences that ends so keeps its sentences.


def test_a_caption_closed_by_its_provider_moves_out():
    from public_records.clean.captions import move_captions

    for caption in (
        "某市長期許新任總召與市府持續緊密合作，共同為本市未來努力。圖：市府提供",
        "县委书记甲乙与获奖代表合影。（图/某某县委宣传部提供）",
        "區長丙丁出席典禮並致詞。(照片:區公所提供)",
    ):
        result = move_captions(caption + "\n" + REPORT)
        assert result.text == REPORT, caption
        assert result.meta["captions"] == [caption]


def test_a_paragraph_closed_by_a_provider_stays():
    from public_records.clean.captions import move_captions

    para = "5月6日，某市长出席典礼。他表示，要持续推进各项工作，共同为本市未来努力。圖：市府提供"
    assert move_captions(REPORT + para + "\n").text == REPORT + para + "\n"


# A forum's jammer strings spliced into the report's lines, before its first words or after
# its last sentence (`5 S' Z/ M7 M, l: Q( 某区议会举行会议…。`, `…会议。 N2 q( Q( g# W2 G4 f`):
# the strings go, the sentence stays. Short Latin words, numbers and model names in a
# sentence stay.


def test_jammer_strings_around_a_sentence_go():
    sentence = "某区议会亦举行首次会议，由甲乙及丙丁自动当选正副主席。"
    for jammed in (
        "5 S' Z/ M7 M, l: Q( `5 Q8 {) s" + sentence,
        sentence + " N2 q( Q( g# W2 G4 f",
        ", K8 h& y( X5 `3 r2 [! y" + sentence + "6 c5 e0 g9 [ J4 x",
    ):
        assert remove_spam(REPORT + jammed + "\n").text == REPORT + sentence + "\n", jammed


def test_short_latin_words_in_a_sentence_stay():
    for line in (
        "会议通过了 A 类 B 类 C 类项目清单。",
        "该路段为 G 5 高速 S 1 线连接段，全长 3 公里。",
        "与会人员观看了 5G 应用演示。 Q&A 环节气氛热烈。",
    ):
        assert remove_spam(REPORT + line + "\n").text == REPORT + line + "\n", line


# A channel's sign-off prompts under the report, said as sentences: to follow it for more
# (关注我们，获取更多精彩资讯！), to like or share the post (喜欢就点个赞吧！, 欢迎分享给更多朋友),
# to get its app for more news (想了解更多资讯，请下载某某客户端); a report's sentence on a
# county's own app or on following up work stays.


def test_a_channels_sign_off_prompts_go():
    prompts = (
        "关注我们，获取更多精彩资讯！",
        "喜欢就点个赞吧！",
        "感谢您的阅读，欢迎分享给更多朋友。",
        "想了解更多资讯，请下载某某客户端。",
    )
    for line in prompts:
        assert cut_lines(REPORT + line + "\n") == [line], line


def test_report_sentences_on_apps_and_following_up_stay():
    lines_ = (
        "群众可下载某某政务客户端，在线办理社保、医保等业务。",
        "会议要求，各部门要持续关注群众诉求，及时回应社会关切。",
        "群众纷纷为他点个赞。",
        "请转发给身边的亲友，提高防范电信诈骗意识。",
    )
    for line in lines_:
        assert cut_lines(REPORT + line + "\n" + REPORT) == [], line


# A writer's signature glued after the report's last sentence with no bracket: a county's
# place or unit and then the name (…形势稳定。某某县某某镇王某某, …落实。某某区应急管理局李某):
# the signature goes to credits; a sentence ending in a place (…由某镇主办) stays.


def test_a_glued_unbracketed_signature_goes_to_credits():
    from public_records.clean.credits import harvest_credits

    last = "会议要求，要确保全年安全生产形势稳定。"
    for glued, name in (("某水县某托镇王兆某", "王兆某"), ("某某区应急管理局李某", "李某")):
        result = harvest_credits(REPORT + last + glued)
        assert result.text == REPORT + last, glued
        assert ("署名", name) in result.meta["credits"], glued


def test_a_sentence_ending_in_a_place_stays():
    from public_records.clean.credits import harvest_credits

    for tail in ("此次活动由某镇主办", "下一步将在某县某镇推广", "会后，与会人员前往某区某街道"):
        text = REPORT + "会议要求，要确保全年安全生产形势稳定。" + tail
        assert harvest_credits(text).text == text, tail
