"""A handed-down transfer's funds by level, each broken down by its projects (trial 61).

A town's transfer-payment self-evaluation states the funds handed down, then each level's
share and what it was for (trial 61's 1218, 资金投入情况分析):

    1.…人民政府2023年度下达中央级资金转移支付755.19万元。省级资金转移支付124.23万元,为桂花村
    美丽乡村建设25万元,对村集体组织帮助0.71万元,…;市级资金260.3万元,为奖励督查10万元,…等。

The level's funds (省级资金转移支付, 市级资金) and the projects after its 为 name no kind, so
``money`` left them unread. But the line has said what the money is: funds handed down
(下达), a budget. An amount no word names is BUDGET where an amount read as BUDGET after a
下达 stands before it in its line (every amount read between them a budget too) and it is:

- a level's funds, its words from its clause's start only the level's fund name
  (省级资金转移支付, 市级资金, 中央财政资金); or
- an item of the list a 为 opens right after such a level's amount, every item before it in
  the list its words and one amount (…124.23万元,为甲项目25万元,乙0.71万元), its own figure
  ending its item (then a comma, 、, ；, 。 or 等).

A line with no 下达 budget before the amount, an amount read between as something else (到位,
支出), a 为 after anything but a level's amount (资金共计50万元,为上级补助), or a list item with
more words after its figure keeps its reading (unread).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import MONEY

__all__ = ["level_breakdown_kind"]

_LEVEL = r"(?:中央|省|市|县|区|镇|乡)级?(?:财政)?(?:资金(?:转移支付)?|转移支付(?:资金)?)"
_LEVEL_OWN = re.compile(rf"\s*(?:其中[：:]?)?\s*{_LEVEL}\s*$")
_CLAUSE = re.compile(r"[。；;！？!?，,、\n]")
_OPENED = re.compile(rf"{_LEVEL}\s*(?:{MONEY.pattern})\s*[，,]\s*为")
_SEGMENT = re.compile(r"[，,、]")
_ITEM_END = re.compile(r"\s*(?:等)?\s*(?:[，,、；;。]|$)")
_HANDED = re.compile(r"下达")
_SENTENCE = re.compile(r"[。；;！？!?\n]")


def level_breakdown_kind(text: str, start: int, kinds: list[tuple[int, str | None]]) -> str | None:
    """BUDGET for the unnamed amount at ``start`` where it is a handed-down transfer's level
    funds or one of their projects (see above); else None."""
    line = text.rfind("\n", 0, start) + 1
    if not _handed_down_before(text, line, start, kinds):
        return None
    clause = max((m.end() for m in _CLAUSE.finditer(text, line, start)), default=line)
    if _LEVEL_OWN.fullmatch(text, clause, start):
        return "BUDGET"
    return "BUDGET" if _listed_after_level(text, line, start) else None


def _handed_down_before(
    text: str, line: int, start: int, kinds: list[tuple[int, str | None]]
) -> bool:
    """Whether an amount read as BUDGET after a 下达 stands before ``start`` in its line, and
    every amount read since is a budget or unread."""
    before = [(end, kind) for end, kind in kinds if line < end <= start]
    for at, (end, kind) in enumerate(before):
        if kind != "BUDGET" or not _HANDED.search(text, line, end):
            continue
        if all(k in (None, "BUDGET") for _, k in before[at + 1 :]):
            return True
    return False


def _listed_after_level(text: str, line: int, start: int) -> bool:
    """Whether ``start`` is an item of the list a 为 opens right after a level's amount."""
    sentence = max((m.end() for m in _SENTENCE.finditer(text, line, start)), default=line)
    opened = list(_OPENED.finditer(text, sentence, start))
    if not opened:
        return False
    segments = _SEGMENT.split(text[opened[-1].end() : start])
    for segment in segments[:-1]:
        figures = list(MONEY.finditer(segment))
        if len(figures) != 1 or segment[figures[0].end() :].strip():
            return False
    if MONEY.search(segments[-1]):
        return False
    figure = MONEY.match(text, start)
    return figure is not None and bool(_ITEM_END.match(text, figure.end()))
