"""Trial 64's 1331, a city's 三公 budget with no title, opens on the line that announces it:
…一般公共预算安排的公务接待费、因公出国(境)费、公务用车购置及运行维护费(以下简称“三公”经费)支出预算
安排情况如下:. The 三公经费 close the bracket that defines them; the line is read as the note's
title (``threepublic.title``), a budget's, so its total worded 支出 (“三公”经费支出共计3923万元)
and its items are budgeted. A line announcing the 决算 keeps the total spent.
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

OPENING = (
    "根据青岚区人民代表大会批准的2035年预算,2035年区本级一般公共预算安排的公务接待费、"
    "因公出国(境)费、公务用车购置及运行维护费(以下简称“三公”经费)支出预算安排情况如下:\n"
)
BODY = (
    "2035年,一般公共预算安排的“三公”经费支出共计392万元,比2034年预算数减少33万元。其中:\n"
    "公务接待费63万元,比上年年初预算减少31万元。\n"
)


def test_a_bracketed_announcing_line_titles_a_budget_note():
    read = dict(kinds(OPENING + BODY))
    assert read["392万元"] == "BUDGET"
    assert read["63万元"] == "BUDGET"
    assert read["33万元"] == "CHANGE"


def test_a_bracketed_announcing_line_of_the_accounts_keeps_spending():
    accounts = OPENING.replace("2035年预算", "2035年决算").replace("支出预算安排", "支出决算")
    read = dict(kinds(accounts + BODY.replace("比2034年预算数减少33万元", "")))
    assert read["392万元"] == "SPENDING"
