"""Funds named after the number of a budget allocation document are that budget (thirty-
second trial).

A project report lists the documents its money came by:

    1、《…财政局下达预算支出指标通知书》红财预指[2019]092号文件,项目资金10万元。
    2、《…第四次代表大会会议经费》红财预指[2019]035号文件,项目资金5.21万元。

The first was read as a budget (下达预算支出指标); the second only by the 经费 of the document's
title, as money spent. Both name the same thing: the file number 财预指 (预算指标, a budget
allocation) and then the funds it allots. An amount whose own words cite a document number
whose prefix holds 预 (财预指, 财预, 预指: a budget allocation) and, after the number, only
文件 and the fund's name (项目资金, 资金, 经费, 补助资金) is BUDGET. Not where a word after the
number names the money's own act (…号文件,已拨付资金…: received; 支出…), nor a file
number of another office (财农[2019]12号: not a budget allocation by its number).
"""

from __future__ import annotations

import re

from govkg.ingest.text.lastmatch import last as _last

__all__ = ["budget_file_kind"]

_FILE = re.compile(
    r"[\u4e00-\u9fff]{0,4}预(?:指|算)?[\u4e00-\u9fff]{0,2}\s*[\[［〔(（]\s*20\d\d\s*[\]］〕)）]"
    r"\s*第?\s*\d+\s*号\s*(?:文件?|通知)?"
)
"""A budget allocation's file number: 红财预指[2019]035号文件, 财预〔2020〕12号."""
_FUND = re.compile(
    r"\s*[，,、:：]?\s*(?:下达的?)?(?:项目|专项)?(?:补助)?(?:资金|经费)\s*(?:为|是)?\s*$"
)
"""After the number, only the fund's name: ,项目资金."""


def budget_file_kind(own: str, kind: str | None) -> str | None:
    """BUDGET for funds named right after a budget allocation's file number (the rule above);
    else ``kind``."""
    if kind not in (None, "SPENDING", "REVENUE"):
        return kind
    found = _last(_FILE, own, 0, len(own))  # the last number in its words
    if found is None or not _FUND.match(own, found.end()):
        return kind
    return "BUDGET"
