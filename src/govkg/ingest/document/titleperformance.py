"""Title words of a fund's or project's bare performance report (forty-third trial).

Some units title the report on a fund they hold with neither 评价 nor 自评: "样例林场2031年
某某恢复费绩效报告", "样例县某局2031年度项目绩效报告" (a forest farm's fee report shared on a
document site, 639; a county bureau's project report, 190). It is a report of the project genre
all the same: the unit heads the line, the year and the fund follow. Only a line ending on
绩效报告 right after the fund's or project's word (费, 资金, 经费, 专项, 项目) is such a title;
a heading about reports (二、项目单位绩效报告情况) or a sentence naming one (…报送绩效报告。)
is none, nor a unit's whole-year report (工作绩效报告: no fund).
"""

from __future__ import annotations

__all__ = ["PERFORMANCE_TITLE"]

PERFORMANCE_TITLE = (
    r"|(?:项\s*目\s*(?:资\s*金\s*|经\s*费\s*)?|(?<=[费金项]))"
    r"绩\s*效\s*报\s*告(?=[ \t\u3000]*(?:\n|$))"
)
"""项目(资金)绩效报告, or 绩效报告 right after a fee's, a fund's or a special fund's word, ending
its line."""
