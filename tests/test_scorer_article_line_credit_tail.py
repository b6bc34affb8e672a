"""Round art43 (issue 18): the scorer's count of article lines removed. An article line
that ends with a bracketed credit (`…参加调研。(图/文:某县融媒体中心 甲乙 丙丁)`) keeps its
sentence in the clean text while the credits step moves the credit out; when the credit is
the longer part, fewer than half of the line's words were left and the line was counted
as removed. It is read without its credit. A line whose own words are gone is still
counted. Invented lines only."""

from __future__ import annotations

from public_records.evaluate.real import article_lines_removed

CLEAN = "11月2日，县长甲乙带队调研某产业园项目。\n县领导丙丁参加调研。"


def test_a_line_whose_long_credit_was_moved_out_is_kept():
    line = "县领导丙丁参加调研。(图/文:某某县融媒体中心 戊己庚 辛壬癸)"
    assert article_lines_removed([line], CLEAN, "", ["戊己庚", "辛壬癸"]) == []


def test_a_traditional_line_with_a_reporters_credit_is_kept():
    line = "縣領導丙丁參加調研。（記者 某某某某 戊己庚 攝影報導）"
    assert article_lines_removed([line], CLEAN, "", ["戊己庚"]) == []


def test_guard_a_line_whose_sentence_was_cut_is_still_counted():
    line = "副县长子丑陪同调研。(图/文:某某县融媒体中心 戊己庚 辛壬癸)"
    assert article_lines_removed([line], CLEAN, "", ["戊己庚", "辛壬癸"]) == [line]


def test_guard_a_bracket_of_the_sentences_own_words_is_no_credit():
    # the bracket holds the article's words, not a credit: the line is read whole
    line = "县领导丙丁参加(某某产业园一期二期三期项目推进情况调研座谈)"
    assert article_lines_removed([line], CLEAN, "", ["戊己庚"]) == [line]


# Review43 finding 7: a bracket is taken for a credit moved out only when the record's
# credits hold a name in it.


def test_guard_a_bracket_opening_with_a_credit_word_and_no_credit_still_counts():
    line = "县领导丙丁参加调研。(来源于群众的意见建议共一百二十六条已经全部办结)"
    assert article_lines_removed([line], CLEAN, "", ["戊己庚"]) == [line]


def test_guard_a_credit_bracket_whose_names_were_not_moved_still_counts():
    line = "县领导丙丁参加调研。(图/文:某某县融媒体中心 戊己庚 辛壬癸)"
    assert article_lines_removed([line], CLEAN, "") == [line]
