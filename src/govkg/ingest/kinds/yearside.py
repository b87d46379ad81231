"""A 三公 item's figure its words name only by its year is of the side the note gives that year
(trial 53's 881, a news item relaying a commission's 三公 note).

A note comparing one year's 决算 with the next year's 预算 names each figure's side once, by its
year, and may later state an item's figure by the year alone:

    …公务用车购置及运行维护费:2010年决算数467.54万元,2011年预算数338.3万元。…剔除以上两项因素,
    商务委2010年公务用车运行维护费为266.73万元,…

The clause names a 三公 item (因公出国, 公务用车, 公务接待, or the 三公经费) after a year and no
word of a kind; the note says that year only with 决算 (2010年决算数, 2010年“三公经费”财政拨款决算,
2010年度收支决算) and never with 预算, and another year only with 预算 (2011年预算数): the note
sets the two years side by side, so the figure is that year's spending; the year said only
with 预算 is the budget's. A note naming one year's 决算 and no other year's 预算 (a 决算
supplement, 2031年度决算…; 2031年因公出国(境)费12.34万元: ``threepublic.title``'s to settle), a
year said with both (2010年预算…,2010年决算…) or with neither, and a clause naming no item
keep the amount as it was.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.words import ITEM_NAMES, QUOTED

__all__ = ["year_side_kind"]

_OWN = re.compile(
    rf"(?P<year>20\d\d)\s*年度?[^，,。；;：:、\d]{{0,12}}?(?:{ITEM_NAMES}|{QUOTED})"
    r"[^，,。；;：:、\d]{0,16}?$"
)
_WORDS = r"[^。，,；;：:、！？!?\d\n]{0,20}?"
_SIDES = {"SPENDING": "决算", "BUDGET": "预算"}


def year_side_kind(text: str, own: str, kind: str | None) -> str | None:
    """SPENDING or BUDGET where the amount's own words name a 三公 item by a year the note
    says only with 决算 or only with 预算, another year only with the other (see above);
    else ``kind``."""
    if kind is not None:
        return kind
    named = _OWN.search(own)
    if named is None:
        return kind
    said = {
        side: set(re.findall(rf"(20\d\d)\s*年度?{_WORDS}{word}", text))
        for side, word in _SIDES.items()
    }
    spent_only = said["SPENDING"] - said["BUDGET"]
    budget_only = said["BUDGET"] - said["SPENDING"]
    year = named["year"]
    if year in spent_only and budget_only:
        return "SPENDING"  # 2010年决算数… 2011年预算数…: 2010年公务用车运行维护费为…
    if year in budget_only and spent_only:
        return "BUDGET"
    return kind
