"""A form's row printed with its cells glued (办公所需成本 | 4 | 15万元 | 15万元 | 4 as
"办公所需成本415万元15万元4": corpus 137) is read by the money reading as 15万元, the form's
points proving the cut; the spending rule's own pattern took 415万元, a figure the text never
states. No funding line may rest on it (``lines/misread``); a line whose figure the money
reading reads the same stays. Test material, fictional, in the corpus text's layout."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract

FORM = (
    "样例市本级部门项目支出绩效自评表(2031年)项目名称初中公用经费主管部门样例市教育局"
    "实施单位样例市第九中学项目资金(万元)年度资金总额年初预算数全年执行数执行率"
    "64.864.8100%\n"
    "项目产出(30分)数量指标(10分)保障人数102370人2370人10指标2:成本指标(10分)"
    "办公所需成本415万元15万元4维修(维护)所需成本335万元35万元3项目效益(35分)\n"
)


def test_no_line_rests_on_a_figure_glued_from_a_forms_cells():
    report = extract(FORM, "fictional.txt")
    amounts = {line.amount for line in report.lines}
    assert Decimal(4150000) not in amounts
    assert Decimal(3350000) not in amounts
    written = {m.as_written for m in report.money}
    assert {"15万元", "35万元"} <= written  # the money figures stay


def test_a_line_the_money_reading_agrees_with_stays():
    text = "样例县某局2031年度部门决算\n一、支出决算情况\n2031年度支出合计120.00万元,其中:基本支出100.00万元,项目支出20.00万元。\n"
    amounts = {line.amount for line in extract(text, "fictional.txt").lines}
    assert {Decimal(1200000), Decimal(1000000), Decimal(200000)} <= amounts
