"""Trial 61's 1205: an untitled department budget note (a district federation's 2016 部门预算,
cut before its title) opens on its first part's heading before its first section (第一部分
…概况 / 一、…主要职能 / 二、部门预算单位构成 …): it is an untitled budget note as one opening on
一、 is (``kinds.budgetnote``), so its 收支总预算's 其中 本年收入 / 本年支出 and its 收入预算's
parts are budgeted, not received or spent.
"""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.budgetnote import budget_note_year

NOTE = (
    "第一部分 青岚区样例协会概况\n"
    "一、青岚区样例协会主要职能\n"
    "青岚区样例协会负责协调全区样例事务。\n"
    "二、部门预算单位构成\n"
    "青岚区样例协会部门预算单位包括协会本级。与2034年预算对比,预算单位无增减。\n"
    "第二部分 2035年部门预算安排情况说明\n"
    "一、2035年部门预算收支总体情况\n"
    "青岚区样例协会2035年收支总预算1,234.50万元,其中:本年收入1,234.50万元,占收入预算100%;"
    "本年支出1,234.50万元。\n"
    "二、2035年收入预算情况\n"
    "青岚区样例协会2035年度收入预算1,234.50万元,其中:财政拨款收入1,200.00万元。\n"
)


def test_a_note_opening_on_its_first_parts_heading_is_a_budget_note():
    assert budget_note_year(NOTE) == 2035
    on_one_line = NOTE.replace("概况\n一、", "概况 一、", 1)
    assert budget_note_year(on_one_line) == 2035
    read = kinds(NOTE)
    assert [kind for written, kind in read if written == "1,234.50万元"] == ["BUDGET"] * 4
    assert dict(read)["1,200.00万元"] == "BUDGET"


def test_a_first_part_before_accounts_or_before_no_budget_heading_is_none():
    accounts = NOTE + "三、2034年度决算情况\n"
    assert budget_note_year(accounts) is None
    no_heading = NOTE.replace("二、部门预算单位构成", "二、机构设置").replace(
        "一、2035年部门预算收支总体情况", "一、总体情况"
    )
    assert budget_note_year(no_heading) is None
    titled_part = NOTE.replace("第一部分 青岚区样例协会概况\n", "青岚区样例协会工作总结\n", 1)
    assert budget_note_year(titled_part) is None
