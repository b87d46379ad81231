"""Rule ``title-project``: a form's title that names its project, not its unit.

A central transfer's form is titled by its project, the fund's words glued before it
(中央转移支付样例县游泳馆项目绩效自评表, the twenty-eighth trial's 352), and names the
project again in its own cell (转移支付(项目)名称 | 样例县游泳馆项目). The name before
项目 in the title is then the project's (a building, a centre to be built), never the unit
that reports: the unit is read from the form's cells (``formunit``) or stays unnamed. A
title whose name is no project cell's (样例县体育中心2023年度项目支出绩效自评表) keeps it."""

from __future__ import annotations

import re

__all__ = ["names_project"]

_FUND_WORDS = re.compile(r"^(?:中央|省级|市级|县级|区级)?(?:财政)?(?:转移支付|专项资金|补助资金)")
_PROJECT_CELL = re.compile(
    r"(?:转移支付[（(]项目[）)]名称|项目名称)[ \t\u3000|:：]*"
    r"(?P<project>[^|\n]{2,60}?)[ \t\u3000]*(?=\||\n|$)"
)


def names_project(head: str, unit: str) -> bool:
    """True where ``unit``, read from a title, is the project the form's 项目名称 cell
    names (with 项目 after it, the fund's words before it left out)."""
    name = _FUND_WORDS.sub("", unit)
    if len(name) < 4:
        return False
    return any(cell["project"].strip() == name + "项目" for cell in _PROJECT_CELL.finditer(head))
