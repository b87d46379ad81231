"""A monitoring or self-evaluation report whose first section opens on its unit's own year's
budget quota: the unit is the one whose quota it states.

A unit's mid-year performance monitoring report may have lost its title to a sample-essay site
(项目运行绩效监控报告1) and open its first section on its own quota: "一、项目支出基本情况 /
长沙市城市建设档案馆2022年年初专项经费指标总额为84万元,其中:" (trial 65's 1341, read unnamed),
naming itself again as the subject of the monitoring (长沙市城市建设档案馆积极推进预算支出绩效
运行监控管理). The unit whose year's 年初 quota (指标, 预算) a line opens on is the report's, as
a budget's subject is (``budgetsubject``), named as the text writes it.

Read only where nothing else names the unit, only for a line that opens on the name (ending on an
organisation word), the year, 年初 and the quota's total with its amount (…指标总额为84万元,
…预算总额为…), and only where the same name stands again elsewhere in the text: a quota named
once, of a unit said once, may be another's (a subordinate's line in a list).
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME
from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["quota_subject"]

_S = r"[ \t\u3000]*"
_QUOTA = re.compile(
    rf"^{_S}(?P<unit>{NAME}){_S}20\d\d{_S}年度?{_S}年初[\u4e00-\u9fff]{{0,12}}?"
    rf"(?:指标|预算){_S}(?:总额|总计|合计)?{_S}(?:为|是)?{_S}\d[\d,]*(?:\.\d+)?{_S}(?:万元|亿元|元)",
    re.M,
)
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|市级|县级|区级|省级|中央|部门|单位)")


def quota_subject(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit whose own year's quota a line opens on, named again elsewhere (see above), with
    its span in ``head``; None where no such line is."""
    for found in _QUOTA.finditer(head):
        unit = found["unit"]
        if _NOT_A_NAME.match(unit):
            continue
        if head.count(unit) >= 2:
            return unit, found.span("unit")
    return None
