"""The words an organisation's name ends on (局, 委员会, 中心…), for every rule that reads a
unit's name: the unit rules of ``document`` (``issuer``) and a central organ's
(``centralorgan``), which the 三公 rules ask too."""

from __future__ import annotations

__all__ = ["ORG"]

ORG = (
    r"(?:委员会|办公室|管理处|中心|联合会|红十字会|总工会|人民政府|政府|法院|检察院|政协|人大常委会|领导小组|局|委|办|厅"
    r"|研究室|院|所|站|队|处|馆|幼儿园|中学|小学|学校|大学|分校|医院|协会|学会|科协|社|联"
    r"|电视台|电台|气象台|地震台|天文台)"
)
# 领导小组: a leading group with its own budget (市委党建工作领导小组是…协调机构: thirty-
# second trial's 400), introduced like any organ; one set up for the evaluation is not (no
# 是…机构 after it)
# 大学, 分校: a university and its branch school (山西广播电视大学大同分校2018年度部门预算, trial
# 53's 903: no organisation word ended it, so the budget note's title line named no unit; the
# corpus's 683 青海广播电视大学 was read only by its 决算 title). 研究室: a party or government
# research office, a unit of its own (中共湖北省委党史研究室是…工作部门: 905; the corpus's 670
# 中国共产党弥勒市委员会党史研究室); a bare 室 is no organisation word (我室, 办公室's 室).
