"""Trial 62's 1244 (a provincial science association's 2016 special fund): 组织专门力量,2016年度
“科学普及专项资金”1780万元,进行绩效评价 and …绩效评价自评范围包括:基层科普行动计划1200万元,科普
活动、学会能力提升计划、流动科技馆等补助580万元共计1780万元. Pattern: a self-evaluation's scope
(评价自评范围包括) lists the funds evaluated, their budget, as an evaluation's scope does, a
programme's name ending on 计划 (行动计划) no plan (``kinds.evaluationscope``); and a fund named
alone in its clause with its figure bare, the evaluation said right after it, is the fund's size
(``kinds.evaluatedfund``). Not a 年度计划, not an item said spent, not a figure some word reads,
not a fund whose figure no evaluation follows. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

TITLE = "青岚省样例协会2035年度专项资金绩效自评报告\n一、基本情况\n"
SCOPE = TITLE + (
    "为提高资金使用效益,我会组织专门力量,2035年度“样例普及专项资金”900万元,进行绩效评价。\n"
    "2035年我会专项资金绩效评价自评范围包括:基层样例行动计划600万元,样例活动、青岚提升计划等"
    "补助300万元共计900万元。\n"
)


def test_a_self_evaluations_scope_and_the_fund_evaluated_are_budgeted():
    assert [k for _, k in kinds(SCOPE)] == ["BUDGET"] * 4


def test_a_plan_or_an_item_said_spent_keeps_its_reading():
    planned = SCOPE.replace("基层样例行动计划600万元", "年度计划600万元")
    assert kinds(planned)[1] == ("600万元", "PLANNED")
    spent = SCOPE.replace("基层样例行动计划600万元", "基层样例行动已支出600万元")
    assert kinds(spent)[1] == ("600万元", "SPENDING")


def test_a_fund_no_evaluation_follows_is_no_fund_evaluated():
    plain = SCOPE.replace("900万元,进行绩效评价", "900万元,用于基层")
    assert kinds(plain)[0] != ("900万元", "BUDGET")
    spent = SCOPE.replace("2035年度“样例普及专项资金”900万元", "支出“样例普及专项资金”900万元")
    assert kinds(spent)[0] == ("900万元", "SPENDING")
