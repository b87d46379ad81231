"""Trial 65's untitled budget notes the reader did not know for notes, their items read as spent
(``kinds.budgetnote``): 1362, a district NPC office's 2017 note in 元 whose second section is
headed 二、 2017年部门收入预算总体情况; 1363, a county NPC office's 2016 note whose second
section is headed 二、部门预算编制说明. Each is a budget note: its 收入 and 支出 are budgeted.
A text naming 决算 anywhere is none. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.budgetnote import budget_note_year

REVENUE = (
    "一、 机构及人员情况\n"
    "样例办公室属一级行政预算单位。\n"
    "二、 2035年部门收入预算总体情况\n"
    "2035年部门经费预算500000元,基本支出300000元,其中工资福利支出(人员支出)200000元;"
    "项目支出(专项工作经费支出)200000元。\n"
    "(二)2035年部门项目支出预算安排情况说明\n"
    "1、 调研考察经费120000元;\n"
    "2、 业务经费80000元。\n"
)
DRAWN = (
    "一、样例部门主要职能:\n"
    "1.每年召开会议。\n"
    "二、部门预算编制说明\n"
    "2035年,样例部门预算支出总额为900万元。财政拨款支出中,基本支出300万元;项目支出600万元。\n"
)


def test_a_note_headed_by_its_revenue_budget_as_a_whole_states_budgets():
    assert budget_note_year(REVENUE) == 2035
    read = kinds(REVENUE)
    assert ("200000元", "BUDGET") in read
    assert ("120000元", "BUDGET") in read
    assert ("80000元", "BUDGET") in read
    assert ("200000元", "SPENDING") not in read


def test_a_note_headed_by_how_its_budget_was_drawn_up_states_budgets():
    assert budget_note_year(DRAWN) == 2035
    read = dict(kinds(DRAWN))
    assert read["300万元"] == "BUDGET"
    assert read["600万元"] == "BUDGET"


def test_a_text_naming_its_accounts_is_no_note():
    accounts = DRAWN.replace("900万元。", "900万元,决算支出880万元。")
    assert budget_note_year(accounts) is None
