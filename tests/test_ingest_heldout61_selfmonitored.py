"""The unit a body's sentence says evaluated or monitored its own spending, named relative to its
level's place or by 自查自评 or 运行监控, is the report's unit (trial 61's 1212, 市交通運輸局對2021
年度“四好農村路”建設實施情況進行了績效自查自評; 1215, 新田鎮人民政府對2022年度實施的銜接資金項目
進行績效目標運行監控; both unnamed before). Pattern: ``document.selfevaluated`` widened to the 自查
自评 and the 绩效(目标)运行监控 verbs and to a name relative to its level (市…局, 县…中心), as
written. Not an evaluation by another (市财政局对…进行了绩效评价), not a bare level word (市局),
not a pronoun (我局). Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.selfevaluated import self_evaluated

BODY = (
    "样例项目绩效评价报告\n为推进样例工程建设,根据工作安排,{unit}对2035年度样例工程建设实施情况"
    "{verb},现将情况汇报如下:\n一、基本情况\n2035年共安排资金120万元,已全部支出。\n"
)


@pytest.mark.parametrize(
    ("unit", "verb"),
    [
        ("市交通运输局", "进行了绩效自查自评"),
        ("青岚县白石镇人民政府", "进行绩效目标运行监控"),
        ("县样例服务中心", "进行了绩效自评"),
    ],
)
def test_the_self_evaluating_or_monitoring_unit_is_read(unit, verb):
    text = BODY.format(unit=unit, verb=verb)
    assert self_evaluated(text)[0] == unit
    assert document(text).unit == unit


@pytest.mark.parametrize(
    ("unit", "verb"),
    [
        ("市财政局", "进行了绩效评价"),  # another's evaluation, not the unit's own
        ("市局", "进行了绩效自评"),  # a bare level word with its organisation word
        ("我局", "进行了绩效自查自评"),  # a pronoun
    ],
)
def test_another_evaluator_or_no_name_is_not_read(unit, verb):
    assert self_evaluated(BODY.format(unit=unit, verb=verb)) is None
