"""A year that dates a reform of the unit's organisation, not the year a report is of.

A 决算's 机构设置 may tell how the unit came to be before it states its year's figures:
"2018年事业单位机构改革,根据《…》文件精神,调整…职责任务及内设机构设置" (forty-fifth
trial's 686, a 2020 决算 whose 2020年度收入总计 comes after). A year written right before
the reform it dates (机构改革, 事业单位改革, 党政机构改革, 体制改革) is the unit's history,
never the fiscal year. Read only where the reform follows the year at once, with at most
the kind of bodies reformed between: a year's own reform work (2020年深化改革工作,
2020年推进机构改革工作的经费) is that year's, and is kept.
"""

from __future__ import annotations

import re

__all__ = ["dates_a_reform"]

_REFORM = re.compile(
    r"[ \t\u3000]*(?:全[省市县区]|[省市县区]级)?[ \t\u3000]*"
    r"(?:事业单位|党政|政府|行政|党政群)?[ \t\u3000]*(?:机构|管理体制|体制)[ \t\u3000]*改革"
    r"(?![ \t\u3000]*(?:工作|经费|任务|专项|资金|支出))"
)
"""The reform right after the year: 2018年事业单位机构改革, 2019年党政机构改革, not the
work or money of one (机构改革工作经费)."""


def dates_a_reform(head: str, end: int) -> bool:
    """Whether the year whose 年 ends at ``end`` dates a reform of organisation
    (2018年事业单位机构改革,…): history, not the report's year."""
    return bool(_REFORM.match(head, end))
