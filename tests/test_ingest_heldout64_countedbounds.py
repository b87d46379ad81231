"""Trial 64's 1322 and 1323, news roundups of the 教育部直属高校' budgets and 决算, state bounds
that several universities' money passes or falls short of: 八所高校今年的预算超过100亿元;
甲、乙、丙都超过100亿; 三校过80亿元; 大部分高校决算额都在50亿元以下; 过半的…高校年度收入不过
20亿元; 过一半高校年度支出在30亿元以下. Each figure is a bound, no one's money: OTHER, as the
threshold rule (``kinds.threshold``) reads 20多个部门…超过1000万元. The bodies may now be counted
by 所 (八所高校) or 校 (三校), named three or more in a list followed by 都 / 均, or be a portion
(大部分, 过半, 一半) of them, and the bound may be 过 / 不过. One body's money said to pass a figure
(甲大学支出超过200亿) and several bodies' money summed (四校…总支出过13.5亿元) keep their reading.
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

HEAD = "2035年度青岚区高校部门决算汇总\n一、部门概况\n"


def _kind(sentence: str) -> str | None:
    return kinds(HEAD + sentence)[-1][1]


def test_counted_universities_bound_is_other():
    assert _kind("八所高校今年的预算超过100亿元。") == "OTHER"
    assert _kind("有3所高校年度收入不过20亿元。") == "OTHER"
    assert _kind("甲大、乙大和丙大三校过80亿元。") == "OTHER"


def test_a_portion_of_universities_bound_is_other():
    assert _kind("其余大部分高校决算额都在50亿元以下。") == "OTHER"
    assert _kind("75所大学中,过一半高校年度支出在30亿元以下。") == "OTHER"


def test_listed_universities_each_passing_is_other():
    assert _kind("年收入方面,甲大、乙大、丙大都超过100亿。") == "OTHER"


def test_one_body_or_a_sum_of_several_keeps_its_kind():
    assert _kind("样例大学支出超过20亿元。") == "SPENDING"
    assert _kind("甲大、乙大、丙大、丁大四校在这两项的总支出过13.5亿元。") == "SPENDING"
    assert _kind("样例局、青岚局、丙局均支出100万元。") == "SPENDING"
    assert _kind("样例局通过100万元的项目支出。") != "OTHER"
