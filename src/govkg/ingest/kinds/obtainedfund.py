"""A fund the text says was obtained (取得 / 获得) is money received (trial 65).

A bond report states what each project got before what it paid out:

    2020年1月,栾川县城区第五水源集中供水建设项目取得专项债券资金1600万元,截至2021年12月31日,
    …拨付该项债券资金1101万元。

(trial 65's 1349, a county department's note on its special bonds). 取得 is no money word
of the rules', so the figure was left unread; but a fund obtained is money that came in, as
the corpus's bond reports read the bonds a project got (``bondissued``): REVENUE. Read so only
where the amount is unread and its own words, in its clause, end on 取得 / 获得 and the name of
a fund or a grant (…资金, …债券, …补助, …拨款: at most a few words of its name, no figure or
stop between) with at most 共 / 计 / 为 after; what is obtained that is no fund (取得收益,
获得奖项, 取得成效) and a figure another word names keep their readings.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["obtained_fund_kind"]

_OBTAINED = re.compile(
    r"(?:取得|获得)[^，,。；;：:！？!?\n\d]{0,16}?(?:资金|债券|债|补助|拨款)"
    r"\s*(?:共计?|合计|总计)?\s*[为是达]?\s*$"
)


def obtained_fund_kind(own: str) -> str | None:
    """REVENUE for an amount whose own words ``own`` end on a fund obtained (see above);
    else None. The caller asks only of amounts no word names."""
    return "REVENUE" if _OBTAINED.search(PINYIN.sub("", own)) else None
