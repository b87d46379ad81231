"""Funds a government pays out (拨付) to speed up or support works are its spending (trial 59).

A news item on a province's accounts says what the province did with the money it raised
(trial 59's 1157, 甘肃省's 2014 决算 and 2015 budget execution, in traditional characters with
readings):

    上半年,甘肃省整合筹措资金,转变投入方式,全力支持实施…建设。拨付资金175亿元,加快铁路、
    公路、水利等基础设施建设。

拨付 alone is money arriving at the unit a report is of (上级拨付资金…: ``kindwords`` reads it as
revenue); here the figure's clause opens on the bare act (拨付资金, no giver or receiver named:
the subject is the government the sentence before spoke of), and what follows the figure is the
works it is to speed up or support (,加快…建设; ,用于支持…建设): money paid out by that
government for works, SPENDING. Not where the segment names who paid it (上级, 省级, 中央,
财政局…拨付: the unit's revenue), that it came (收到, 到位, 拨入, 下达), that it is planned or
owed (计划, 拟, 将, 应, 待, 未, 需), nor where no works' purpose follows the figure.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["paid_for_works_kind"]

_CUT = re.compile(r"[，,；;：:。！？!?\n]")
_BARE_PAID = re.compile(
    r"^\s*(?:(?:上半年|下半年|全年|今年|当年|年内|共计?|累计|已经?|及时|先后|全部|足额)\s*)*"
    r"拨付(?:各类|专项)?(?:资金|经费)?\s*(?:共计?|合计)?\s*$"
)
"""The segment is the bare act: 拨付资金, 上半年拨付资金, 累计拨付专项资金共 — no giver named."""
_WORKS_AFTER = re.compile(
    r"\s*[，,]\s*(?:主要)?(?:用于)?(?:加快|支持|推进|保障|推动)[^。；;！？!?\n]{0,40}?建设"
)
"""The works the figure is to speed up or support, right after it: ,加快…基础设施建设."""


def paid_for_works_kind(own: str, after: str, kind: str | None) -> str | None:
    """SPENDING for funds paid out bare for works (see above); else ``kind``. ``own``: the
    amount's own words before it; ``after``: the words right after it."""
    if kind not in (None, "REVENUE"):
        return kind
    segment = _CUT.split(PINYIN.sub("", own))[-1]
    if not _BARE_PAID.match(segment):
        return kind
    if not _WORKS_AFTER.match(PINYIN.sub("", after)):
        return kind
    return "SPENDING"
