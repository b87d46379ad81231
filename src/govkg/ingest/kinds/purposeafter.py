"""What a listed part's figure is for, said right after it, is that part's gloss, not the kind of
the next part (trial 54).

A 三公 budget note explains its cars' budget by the bodies it goes to, each part's purpose said
after its figure (trial 54's 953, a district's 三公 budget):

    2019年我区年初预算安排车辆购置费384万元,其中:区机关事务管理局310万元计划2019年购置一般
    公务用车14辆:区食药工质局24万元计划购置县级食品快检车1辆:涪城区消防大队50万元计划购置…

The words before 24万元 run back to 310万元, so the 计划 of 310万元's purpose was read as the next
part's kind: PLANNED. But the purpose (计划 / 拟 / 用于 / 主要用于 / 将 … up to the list's next
separator, ：、，；) opens right at the figure before: it is that figure's. The part after it
(区食药工质局) names no kind of its own, and is listed under the 其中 of a total: it has the
total's kind (``partkinds.kind_of_total``), as its sibling before has. Read so only where the
kind came from the purpose's words alone, the words after the separator name no kind, and a
total under 其中 is there; a part whose own words name a kind, a purpose with no separator after
it, or no total keep their readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN

__all__ = ["purpose_after_kind"]

_PURPOSE = re.compile(
    r"\s*(?P<purpose>(?:计划|拟|主要用于|用于|将用于|将)(?:(?!元)[^，,。；;：:、]){0,40}?)"
    r"\s*[：:、，,；;]\s*(?P<rest>[^，,。；;：:、\d]{1,30})\s*$"
)
"""The purpose said right after the figure before (计划购置…车1辆), its separator and the next
part's own words (区食药工质局)."""


def purpose_after_kind(
    text: str,
    start: int,
    kind: str | None,
    kinds: list[tuple[int, str | None]],
    kind_of: Callable[[str], str | None],
    total: Callable[[], str | None],
) -> str | None:
    """The total's kind for a part whose kind came from the purpose said after the figure
    before it (see above); else ``kind``. ``kinds``: (end, kind) of each amount before it;
    ``total``: the kind of the total it is listed under (``partkinds.kind_of_total``)."""
    if kind is None or not kinds or kinds[-1][0] > start:
        return kind
    found = _PURPOSE.fullmatch(PINYIN.sub("", text[kinds[-1][0] : start]))
    if found is None or kind_of(found["rest"]) is not None:
        return kind
    if kind_of(found["purpose"]) != kind:
        return kind
    return total() or kind
