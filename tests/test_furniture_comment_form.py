"""A blog platform's comment form under a report (issue 18, round dev21f, dev-b21): its
invitation, lone buttons, box label with a length limit, moderation delay, comment count
and a comment's timestamped header are cut and logged; a related-topics heading alone
on its line too. The article's own lines that use the same words stay. The lines are
invented in the shapes real pages have."""

from __future__ import annotations

from public_records.clean.furniture import strip_furniture

from tests.cleaning_checks import FURNITURE_BODY, assert_cut_below, assert_kept_between


def test_a_comment_form_is_cut():
    assert_cut_below(
        [
            "我也说两句",
            "推荐",
            "评论:(内容不能超过300字。)",
            "*评论内容将在15分钟以后显示!",
            "共有评论 3相关评论",
            "某某县林业站于2019/3/5 08:12:45写道:",
        ]
    )


def test_a_related_topics_heading_is_cut():
    assert_cut_below(["相关话题", "推荐内容："])


def test_article_lines_with_the_same_words_stay():
    # a lone 发表 at the page's end is a short word a page may end on: it stays
    assert strip_furniture(FURNITURE_BODY + "\n发表").edits == ()
    assert_kept_between(
        [
            "会上，大家围绕主题发表了意见。",
            "推荐优秀干部三名参加评选。",
            "评论员张三于2019年3月5日写道，乡村振兴要久久为功。",
            "共有评论员五人参加座谈。",
        ]
    )
