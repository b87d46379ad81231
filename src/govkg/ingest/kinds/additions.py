"""Money assigned to a budget in the year: a 追加 (a mid-year addition) and funds pooled for a
project (统筹整合使用…资金), found in the seventh held-out trial.

追加 is the verb of a budget addition: 二是2019年年中追加了…鉴定经费132.12万元、…陈列展览项目
2205万元 states money added to the unit's budget, not money spent, though the items' names
hold 经费 or 费. 统筹整合使用 is the verb of pooling agricultural funds for a project: a
project's 统筹整合使用财政涉农资金303万元 is the sum assigned to it, its budget. So an amount in
the same phrase as one of these verbs (up to the next comma; items joined by 、 too) is
BUDGET, and so is its part after 其中 (,其中项目管理费3万元: a part of the sum assigned).

Twenty-seventh trial: 市级统筹中央财政资金1000万元用于项目建设,其中250万元用于…改造提升项目.
统筹 (pooling) named before a fund's amount, with 用于 right after the figure, is the same
assignment of money to a use, a budget; the part after 其中 that follows the use of the
total (…用于项目建设,其中250万元) is a part of it. 已用于 / 实际用于 after the figure is money
used, never read so.

Only where the words between the verb and the amount name no other reading: a change
(增加, 减少, 较, 比, 上年), a share (占), or what was done with the money (执行, 已, 使用了,
完成, 到位, 收到, 拨付, 结转, 结余); and only where the amount was unread, read as spending or
as a budget (an amount read as revenue or a change keeps its reading).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import amounts

__all__ = ["addition_kind"]

_ASSIGNED = re.compile(r"追加|统筹整合使用")
_OTHER = re.compile(
    r"增加|减少|增长|下降|上年|同期|较|比|占|执行|已|使用了|完成|到位|收到|拨付|结转|结余|支付"
)
_POOLED = re.compile(r"统筹(?P<words>[^，,。；;：:\d]{0,20}?)(?:资金|经费)\s*$")
"""统筹 and the fund pooled, right before the amount: 市级统筹中央财政资金"""
_FOR_USE = re.compile(r"\s*(?:主要|全部)?用于")
_USE_THEN_PART = re.compile(r"\s*(?:主要|全部)?用于[^，,。；;：:\d]{0,40}[，,]\s*$")
"""The use said right after a pooled total, before its part: 用于项目建设,"""
_PHRASE_END = re.compile(r"[，,：:；;。！？!?\n]")
_PART = re.compile(r"\s*其中\s*[：:]?")
REACH = 200  # characters before an amount in which its phrase is looked for


def addition_kind(
    text: str, start: int, end: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """BUDGET for an amount assigned by 追加 or 统筹整合使用, or pooled by 统筹 for a use,
    or its part after 其中 (see above); else ``kind``. ``kinds``: (end, kind) of each amount
    before it."""
    if kind not in (None, "SPENDING", "BUDGET"):
        return kind
    phrase_start = _phrase_start(text, start)
    if _assigned(text[phrase_start:start]) or _pooled(text, phrase_start, start, end):
        return "BUDGET"
    part = _PART.match(text, phrase_start)
    if part is None or _OTHER.search(text, part.end(), start) or not kinds:
        return kind
    total_end, total_kind = kinds[-1]
    if total_kind != "BUDGET":
        return kind
    total_start = _phrase_start(text, total_end)
    if 0 < phrase_start - total_end <= 2:  # the total right before: …303万元,其中…
        return "BUDGET" if _assigned(text[total_start:total_end]) else kind
    if _USE_THEN_PART.match(text[total_end:phrase_start]):  # …1000万元用于项目建设,其中…
        figures = list(amounts(text[total_start:total_end]))
        total_at = total_start + figures[-1].start if figures else total_end
        return "BUDGET" if _pooled(text, total_start, total_at, total_end) else kind
    return kind


def _pooled(text: str, phrase_start: int, start: int, end: int) -> bool:
    """统筹…资金 right before the amount at ``start`` and 用于 right after it (at ``end``)."""
    pooled = _POOLED.search(text[phrase_start:start])
    if pooled is None or _OTHER.search(pooled["words"]):
        return False
    return bool(_FOR_USE.match(text, end))


def _phrase_start(text: str, at: int) -> int:
    ends = list(_PHRASE_END.finditer(text, max(0, at - REACH), at))
    return ends[-1].end() if ends else max(0, at - REACH)


def _assigned(phrase: str) -> bool:
    verbs = list(_ASSIGNED.finditer(phrase))
    return bool(verbs) and not _OTHER.search(phrase, verbs[-1].end())
