"""The items of a list cut by ；after funds handed down share their budget (thirty-fifth trial).

A transfer's self-evaluation lists what was handed down project by project, one ；after
another, the first item (or a lead before a colon) carrying the verb:

    2024年度,市级下达转移支付慈善会项目40万元;养老院运行经费项目25.85万元;彩票公益金支出项目
    276.42万元;消防达标提升补助项目20万元;困难群众救助项目18万元。
    2020年市财政共计下达单位项目资金60万元,涉及2个项目,分别为:A工作经费30万元;B会议费用30万元。

The lead's 下达 made its amount a budget; each next item's own words are only a project's or
a fee's name, and the 经费 / 补助 / 支出项目 ending it, the nearest money word, read it as
spent or received, or nothing named it at all. An amount is such an item where:

- its sentence (up to 。！？ or a line's end) opens on a lead that holds 下达 (not 收到, no 到位)
  and an amount read as BUDGET; the items follow it, each after a ；(or the first after the
  lead's colon);
- every item from the first to this one is a name and its amount, no comma inside, and the
  amount is followed by a ；or the sentence's end;
- no item's name names a kind once the nouns of what the money is for (经费, 补助, 项目,
  a 支出 right before 项目 / 资金) are left out: an item saying 已支出, 到位… is read by its
  words, and so is the whole list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import MONEY
from govkg.ingest.text.sentences import sentence_start

__all__ = ["handed_list_kind"]

_ITEM_CUT = re.compile(r"[；;]")
_COLON = re.compile(r"[：:]")
_HANDED_DOWN = "下达"
_NOT_HANDED = re.compile(r"收到|到位|到账|支出了|已支出|使用")
_NAME_NOUNS = re.compile(
    r"(?<![已实际累计共总])支出(?=(?:专项)?(?:资金|项目))|专项|经费|费用|补助|补贴|项目|资金"
)
_ITEM_AFTER = re.compile(r"\s*(?:[；;。！？!?\n]|$)")
REACH = 400  # characters before the amount in which its sentence's start is looked for


def handed_list_kind(
    text: str,
    start: int,
    end: int,
    kind: str | None,
    kinds: list[tuple[int, str | None]],
    kind_of: Callable[[str], str | None],
) -> str | None:
    """BUDGET for an item of a list after funds handed down (see above); else ``kind``."""
    if kind == "BUDGET" or not _ITEM_AFTER.match(text, end):
        return kind
    low = max(0, start - REACH)
    opening = sentence_start(text, start, REACH)
    if opening == low and low > 0:  # no sentence's start within reach
        return kind
    pieces = _ITEM_CUT.split(text[opening:start])
    if len(pieces) < 2:
        lead_and_first = _COLON.split(pieces[0])
        if len(lead_and_first) < 2:
            return kind
        lead, items = ":".join(lead_and_first[:-1]), [lead_and_first[-1]]
    else:
        lead, items = pieces[0], pieces[1:]
        colon = list(_COLON.finditer(lead))
        if colon and MONEY.search(lead, 0, colon[-1].start()):
            items = [lead[colon[-1].end() :], *items]
            lead = lead[: colon[-1].start()]
    if _HANDED_DOWN not in lead or _NOT_HANDED.search(lead):
        return kind
    lead_amounts = list(MONEY.finditer(lead))
    if not lead_amounts:
        return kind
    lead_end = opening + lead_amounts[-1].end()
    lead_kind = next((k for e, k in reversed(kinds) if e <= lead_end), None)
    if lead_kind != "BUDGET" or next((e for e, _ in reversed(kinds)), -1) < lead_end:
        return kind
    names = [_named(item, last=i == len(items) - 1) for i, item in enumerate(items)]
    if any(name is None for name in names):
        return kind
    if any(kind_of(_NAME_NOUNS.sub("", name)) is not None for name in names if name):
        return kind
    return "BUDGET"


def _named(item: str, last: bool) -> str | None:
    """The name of one item (its words before its amount; the last has no amount yet), or
    None where the item is not a name and its figure."""
    if re.search(r"[，,]", item):
        return None
    if last:
        return None if MONEY.search(item) else item.strip()
    figures = list(MONEY.finditer(item))
    if len(figures) != 1 or item[figures[0].end() :].strip():
        return None
    return item[: figures[0].start()].strip()
