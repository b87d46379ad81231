"""A project's 金额 stated right after its 项目名称 is the project's budget (forty-third trial).

A project report lists the projects it covers, each by name and sum:

    2、项目名称:第二批某某专项资金,金额为19.5万元,资金来源于《…》

金额 alone names no kind (OTHER: a sum of something). Said of a project right after its
名称, with nothing between naming an act on the money, it is the sum the project was given,
its budget. Read so only where the amount was read OTHER by a bare 金额 (金额为 / 金额是 /
金额:); 支出金额, 合同金额, 到位金额 name their kind and keep it, and so does a 金额 whose
sentence names no 项目名称 or names an act between (项目名称:甲,已支付金额…).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.sentences import sentence_start

__all__ = ["named_project_kind"]

_NAMED = re.compile(
    r"项目名称\s*[为是：:]\s*(?P<name>[^。；;：:]{1,60}?)\s*[，,、；;]?\s*"
    r"(?:项目)?(?:总)?金额\s*(?:为|是|共计?|合计)?\s*[：:]?\s*(?:人民币)?\s*$"
)
_NAME_NOUNS = re.compile(r"经费|费用|补助|资金|项目|专项")
"""Nouns of what a fund's money is for (…人才培训活动和创建民族团结经费: the project's name)."""
REACH = 200  # characters before the amount in which its sentence's start is looked for


def named_project_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for a project's 金额 right after its 项目名称 (see above); else ``kind``."""
    if kind != "OTHER":
        return kind
    before = PINYIN.sub("", text[sentence_start(text, start, REACH) : start])
    named = _NAMED.search(before)
    if named is None or kind_of(_NAME_NOUNS.sub("", named["name"])) not in (None, "OTHER"):
        return kind
    return "BUDGET"
