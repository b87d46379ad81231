"""Money given to each of the recipients a sentence names (对…十个乡镇分别补助7万元) is paid on,
spent, not received.

补助 and 下拨 are words of money received where a higher level gives to the unit (中央补助2万元,
省级下拨…3.89万元). Where the sentence names the recipients the unit gives to, opened by 对 / 向
/ 给 and shared by 分别 (对周王、新田…共十个乡镇分别补助7万元; 于9月6日对…乡镇分别完成资金下拨
补助7万元: forty-seventh trial), the figure is what each recipient was given, money paid on
(as ``saidafter.PAID_ON_AFTER`` reads 补助资金99万元全部拨付各个县市区). Only where the
amount's own words end on the verb of giving, and nothing in the sentence says the money was
received (收到, 到位, 到账).
"""

from __future__ import annotations

import re

from govkg.ingest.text.lastmatch import last

__all__ = ["each_given_kind"]

_GIVING_END = re.compile(
    r"(?:补助|补贴|拨付|下拨|发放|奖补)(?:[\u4e00-\u9fff]{0,8}?(?:资金|款))?\s*[为是：:]?\s*$"
)
"""The verb of giving the amount's own words end on, a fund's name may follow (分别拨付救助资金)."""
_SENTENCE_END = re.compile(r"[。！!；;\n]")
_TO_EACH = re.compile(r"(?:对|向|给)[^。！!；;\n]{1,80}?分别")
_RECEIVED = re.compile(r"收到|到位|到账")
REACH = 160  # characters looked back for the sentence that names the recipients


def each_given_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """SPENDING for an amount given to each of the recipients its sentence names (see
    above); else ``kind``."""
    if kind not in (None, "REVENUE") or not _GIVING_END.search(own):
        return kind
    low = max(0, start - REACH)
    end = last(_SENTENCE_END, text, low, start)
    sentence = text[end.end() if end else low : start]
    after = _SENTENCE_END.search(text, start)
    rest = text[start : after.start() if after else len(text)]
    if not _TO_EACH.search(sentence) or _RECEIVED.search(sentence + rest):
        return kind
    return "SPENDING"
