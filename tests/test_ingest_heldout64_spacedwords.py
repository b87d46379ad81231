"""Trial 64's 1334, by class, on fictional texts: a budget note whose PDF came out
letter-spaced, a blank between the characters of some lines (事业运行经 费 总预 算 安 排 …元,
同 比 增 加…元, 2025 年 政 府 采 购 预 算 …元). The words naming each amount's kind are there,
blanks between their characters (text/spacedwords): before, the figures were listed unread
("no word before it says what kind of money it is"); now 预 算 reads as 预算, 同 比 增 加 as
同比增加. Blanks between words of two characters or more (收入 支出) are no letter-spacing and
join nothing; a spaced word that names no kind (项 目 名 称) still names none. Test material,
fictional."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.text.spacedwords import closed_up

TITLE = "样例局2035年部门预算情况说明\n一、收入预算说明\n2035年收入预算506.28万元。\n"
NOTE = (
    "二、其他说明\n"
    "样例局下属共有 3 个事业单位,事业运行经 费 总预 算 安 排 7337407.64 元 , 同 比 增 加"
    "1125219.46 元,增长 18.1%。\n"
    "2035 年 政 府 采 购 预 算 429768.84 元 , 同 比 增 加 33505.07 元,增长 8.5%。\n"
)


def test_letter_spaced_kind_words_name_their_amounts():
    read = dict(kinds(TITLE + NOTE))
    assert read["7337407.64 元"] == "BUDGET"
    assert read["1125219.46 元"] == "CHANGE"
    assert read["429768.84 元"] == "BUDGET"
    assert read["33505.07 元"] == "CHANGE"


def test_a_spaced_word_naming_no_kind_still_names_none():
    other = NOTE.replace("事业运行经 费 总预 算 安 排", "项 目 名 称 为 甲")
    read = dict(kinds(TITLE + other))
    assert read["7337407.64 元"] is None


def test_only_letter_spacing_is_closed_up():
    assert closed_up("总预 算 安 排") == "总预算安排"
    assert closed_up("同 比 增 加") == "同比增加"
    assert closed_up("收入 支出") == "收入 支出"
    assert closed_up("一般公共服务支出 1,641.40") == "一般公共服务支出 1,641.40"
    assert closed_up("2035 年 政 府") == "2035 年政府"
