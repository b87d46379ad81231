"""Title words of a project's performance-monitoring report (sixteenth trial).

Mid-year, a unit reports how its project's performance goals are being met: "样例县某某局
2022年某某补助资金项目绩效监控总结报告" (a Henan template: 绩效目标分解下达情况, 绩效自评工作
开展情况, 绩效目标自评完成情况分析). It is a report of the project genre, titled as one: the
unit heads the line, the year and the fund follow. Only a line ending on the title's words
项目绩效监控(总结/情况)报告 (or 表) is such a title; a sentence about 绩效监控 (开展绩效自评和
绩效监控工作, 填报《项目支出绩效监控表》1分) is none.

The running may be said before 绩效 (项目运行绩效监控报告), and a model-essay mirror's page title
counts its collected reports after the title (项目运行绩效监控报告(精选27篇): trial 60's 1177, a
district medical-insurance bureau's mid-year monitoring report in traditional characters,
refused before); a count of anything else after it (…报告(2页)) or a sentence going on is no
title.
"""

from __future__ import annotations

__all__ = ["MONITORING"]

MONITORING = (
    r"|项\s*目\s*(?:支\s*出\s*)?(?:资\s*金\s*)?(?:运\s*行\s*)?绩\s*效\s*(?:运\s*行\s*)?监\s*控\s*"
    r"(?:总\s*结|情\s*况|自\s*评)?\s*(?:报\s*告|表)"
    r"(?:[ \t\u3000]*[（(]\s*精\s*选\s*\d{1,3}\s*篇\s*[)）])?(?=[ \t\u3000]*(?:\n|$))"
)
