"""A page's advertisement line: a price the site's furniture offers, no money of the report.

A forum's or a portal's copy of a report may keep the site's advertising above the text (trial
54's 927, a Discuz forum's repost of a 新京报 item: ``【阿里云】2核2G云新老同享 99元/年,续费同价
华为云精选云产品特惠做网站就用糖果主机Jtti,新加坡服务器,…``). Its price is an amount in 元, but
of a product on sale, not of the report: it is listed unread with that reason, never read
as a price or rate of the report's. A line is an advertisement only where it both offers
(特惠, 优惠, 促销, 秒杀, 限时, 新老同享, 续费, 首年, 低至, 特价, 包年) and names a web product on
sale (服务器, 云主机, 主机, 域名, 建站, 做网站, 云产品, VPS, CDN, 2核2G): a report's own 续费 (a
renewal fee) or 服务器 (a server bought) with no offer beside it stays the report's.
"""

from __future__ import annotations

import re

__all__ = ["ADVERT_REASON", "in_advert_line"]

_OFFER = re.compile(r"特惠|优惠|促销|秒杀|限时|新老同享|续费同价|首年|低至|特价|包年")
_PRODUCT = re.compile(r"服务器|云主机|主机|域名|建站|做网站|云产品|VPS|CDN|\d+核\d+G", re.I)

ADVERT_REASON = (
    "a price in the page's advertisement (a web product on sale), not money of the report: "
    "not read"
)


def in_advert_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a page's advertisement (see above)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end]
    return bool(_OFFER.search(line) and _PRODUCT.search(line))
