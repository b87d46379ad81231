"""Items an account is said to include take the kind of that account's figure, stated earlier
(trial 53's 881, a news item on a commission's 三公 figures):

    2010年决算数包括公务用车购置费139.11万元(…),交通费328.43万元。…“交通费”科目下的核算内容
    除公务用车运行维护费外,还包括商务委班车租赁费39.6万元、公务交通出租车费22.1万元。

The items' own words (租赁费, 出租车费) name no kind; the sentence names what they belong to
before its 包括: “交通费”, an account the text stated earlier as a figure of its own, read as
spending. Its parts are money of that kind. Read so only where the amount is unread; its
sentence has 包括 / 包含 before it with nothing but the list's items (cut by 、) between; the
words before 包括 name the account in quotes or right before 科目; and that name stands, at most
kind words (预算, 支出…), 为 / 是 or a colon between, right before an amount earlier in the text
whose kind was read (培训费预算为8.5万元).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_start

__all__ = ["included_item_kind"]

_INCLUDES = re.compile(r"(?:包括|包含)[^。；;，,：:!?！？\n]*$")
_QUOTED = re.compile(r"[“\"「‘']([\u4e00-\u9fff]{2,12})[”\"」’']")
_BEFORE_ACCOUNT = re.compile(r"([\u4e00-\u9fff]{2,12}?)科目")
REACH = 200  # the sentence's length at most
BACK = 3000  # how far back the account's own figure is looked for
_BETWEEN = (
    r"[”\"」’']?\s*(?:预算|决算|支出|收入|实际|金额|总额|合计|共计|数)*"
    r"\s*(?:为|是|[:：])?\s*(?=[\d０-９])"
)
"""What may stand between the account's name and its figure: kind words, 为 or a colon."""
KINDS = ("SPENDING", "BUDGET", "REVENUE", "CARRY_OVER")


def included_item_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the earlier figure of the account the amount's list is part of (see
    above); else ``kind``."""
    if kind is not None:
        return kind
    opened = sentence_start(text, start, REACH)
    included = _INCLUDES.search(text, opened, start)
    if included is None:
        return kind
    head = text[opened : included.start()]
    named = _QUOTED.findall(head) or _BEFORE_ACCOUNT.findall(head)
    if not named:
        return kind
    return _stated_kind(text, named[-1], opened, dict(kinds)) or kind


def _stated_kind(text: str, name: str, before: int, read: dict[int, str | None]) -> str | None:
    """The kind read for the figure ``name`` stands right before, the latest before
    ``before``; None where there is none."""
    low = max(0, before - BACK)
    stated = re.compile(re.escape(name) + _BETWEEN)
    for found in reversed(list(stated.finditer(text, low, before))):
        figure = next(amounts(text[found.end() : found.end() + 40]), None)
        if figure is None or figure.start != 0:
            continue
        stated_kind = read.get(found.end() + figure.end)
        if stated_kind in KINDS:
            return stated_kind
    return None
