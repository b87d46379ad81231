"""A project's execution sentence beside its performance goals: a sign of the genre.

A county's one-paragraph evaluation of a project (the twenty-eighth trial's 354, under a
site's 绩效评估 section, titled only 2020年度绩效评价) has no heading of the genre and no
title the genre's patterns know; it states the project's budget and its execution the way a
self-evaluation form does, then its goals::

    项目全年预算数为80万元,执行数为76万元,完成预算的95%。项目绩效目标完成情况:…

The sign is the sentence whose subject is a project (项目…预算数) stating an amount as its
预算数 and one as its 执行数, then the share of the budget done (完成预算的…% or 执行率…%),
in a text that speaks of its 绩效目标. A government's report on its budget execution
(一般公共预算收入预算数为…亿元,执行数为…,完成预算的101%) has no project as its subject;
a news item on a project's money names no 绩效目标: neither is a sign."""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import MONEY

__all__ = ["states_project_execution"]

_BUDGET = re.compile(r"项目[^，,。；;\n]{0,12}?预算数\s*(?:为|是|:|：)?\s*")
_EXECUTED = re.compile(r"\s*[，,]\s*(?:全年)?执行数\s*(?:为|是|:|：)?\s*")
_DONE = re.compile(r"\s*[，,]\s*(?:完成预算的|预算执行率为?|执行率为?)\s*\d+(?:\.\d+)?%")
_GOALS = "绩效目标"


def states_project_execution(text: str) -> bool:
    """True where ``text`` (simplified) states a project's 预算数, 执行数 and the share done,
    and speaks of its 绩效目标 (see above)."""
    if _GOALS not in text:
        return False
    for budget in _BUDGET.finditer(text):
        first = MONEY.match(text, budget.end())
        executed = first and _EXECUTED.match(text, first.end())
        second = executed and MONEY.match(text, executed.end())
        if second and _DONE.match(text, second.end()):
            return True
    return False
