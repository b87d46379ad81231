"""Trial 60's 1165, a newspaper's item on a city's departments' 2019 budgets: 某某办公室机关运行
经费比去年减少0.07万元 … 某某局基本支出预算35310.37万元, the 三公 named with no amount: refused
before. A budget note's own lines (机关运行经费, 基本支出, 项目支出, 人员经费, 公用经费) stated with
money twice, departments named, is news of departments' budgets, filed with the accounts
(``departmentbudgetnews``); a 政府工作报告 it quotes for what it asks (…政府工作报告要求…) is not
its class. One line with money, lines with none, no departments named, a government work
report itself or an audit stay refused. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.departmentbudgetnews import reports_department_budgets
from govkg.ingest.extract import extract

NEWS = (
    "样例局等部门公务接待费预算为零\n"
    "今年青岚市政府工作报告要求过“紧”日子。记者注意到,“三公”经费预算总体下降。\n"
    "在此背景下,今年很多市级部门的机关运行经费都有不同程度的削减。\n"
    "青岚市某某办公室机关运行经费比去年减少0.07万元,降幅为0.02%。\n"
    "比如青岚市样例局基本支出预算3531.37万元,比2034年增加185.69万元。\n"
)


def test_news_of_departments_budget_lines_is_read_with_the_accounts():
    doc = document(NEWS)
    assert doc.genre == "部门决算"
    assert doc.unit_named is False
    assert len(extract(NEWS, "f.txt").money) >= 2


def test_the_lines_must_carry_money_twice_and_departments_be_named():
    assert reports_department_budgets("各部门机关运行经费减少5万元,基本支出预算30万元。")
    assert not reports_department_budgets("各部门机关运行经费减少5万元。基本支出有所下降。")
    assert not reports_department_budgets("全市机关运行经费减少5万元,基本支出预算30万元。")


@pytest.mark.parametrize(
    "text",
    [
        "记者注意到,各部门机关运行经费降幅近三成,基本支出有所下降。全市共节约资金5万元。\n",
        "青岚市政府工作报告\n各部门机关运行经费减少5万元,基本支出预算30万元。\n",
        "审计发现,样例局等部门机关运行经费超支5万元,基本支出预算30万元未执行。\n",
    ],
)
def test_no_money_a_work_report_or_an_audit_stays_refused(text):
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
