"""A unit's notice on its own budget execution: a sign of the genre with no title (trial 62's 1235).

A research institute circulates its budget execution to its project leaders with no title the
page kept (各有关课题负责人: / …现将2016年1-7月预算执行情况通报如下: / 一、…预算执行总体情况 /
截至7月底,全所累计支出16873万元,完成预算(含结余)的56.47%,…): the unit's own spending to date
and the share of its budget done, a budget-execution note of the unit's own money, filed with
the accounts as the corpus files its budget and 决算 notes.

Both are asked: the notice's own opening (现将…预算执行情况通报如下), and the unit's own spending
stated with its share of the budget done, said of the unit itself (全所, 全院, 全校, 本单位, 我院
…: 全所累计支出…万元,完成预算…的56.47%, or …预算执行率为…%). A government's budget execution
(全市一般公共预算支出…,完成年初预算36.7%: the project's not-report 20; a town's report to its
congress, 28 and 29) speaks of an area, never of 全所 or 本单位, and reports rather than 通报s:
it is not read here. A text of another class (``otherclasses``) is not read.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class

__all__ = ["notifies_own_execution"]

_NOTICE = re.compile(
    r"现将[^。！？\n]{0,40}?预\s*算\s*执\s*行\s*(?:情\s*况|进\s*度)[^。！？\n]{0,6}?通\s*报\s*如\s*下"
)
"""The notice's own opening: 现将2016年1-7月预算执行情况通报如下."""
_OWN = r"(?:全|本|我)(?:所|院|校|局|委|办|站|馆|厅|中心|单位|部门)"
_SPENT = re.compile(
    _OWN + r"[^。！？\n]{0,10}?(?:累计|实际|共)?\s*支\s*出\s*(?:资\s*金\s*)?"
    r"\d+(?:\.\d+)?\s*(?:万|亿)?\s*元[^。！？\n]{0,8}?"
    r"(?:完\s*成\s*(?:年\s*初|全\s*年)?\s*预\s*算|预\s*算\s*执\s*行\s*率)"
    r"[^。！？\n\d]{0,12}?\d+(?:\.\d+)?\s*[%％]"
)
"""The unit's own spending and its share of the budget done: 全所累计支出16873万元,完成预算(含
结余)的56.47%."""
OPENING = 1500  # characters in which the notice's opening is looked for


def notifies_own_execution(text: str) -> bool:
    """Whether ``text`` (simplified) is a unit's notice on its own budget execution (see
    above)."""
    if not _NOTICE.search(text[:OPENING]) or not _SPENT.search(text):
        return False
    return other_class(text) is None
