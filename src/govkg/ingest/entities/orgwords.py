"""The words an organisation's name ends on (局, 委员会, 中心…), for every rule that reads a
unit's name: the unit rules of ``document`` (``issuer``) and a central organ's
(``centralorgan``), which the 三公 rules ask too."""

from __future__ import annotations

__all__ = ["ORG"]

ORG = (
    r"(?:委员会|办公室|管理处|中心|联合会|红十字会|总工会|人民政府|政府|法院|检察院|政协|人大常委会|领导小组|局|委|办|厅"
    r"|院|所|站|队|处|馆|幼儿园|中学|小学|学校|医院|协会|学会|科协|社|联"
    r"|电视台|电台|气象台|地震台|天文台)"
)
# 领导小组: a leading group with its own budget (市委党建工作领导小组是…协调机构: thirty-
# second trial's 400), introduced like any organ; one set up for the evaluation is not (no
# 是…机构 after it)
