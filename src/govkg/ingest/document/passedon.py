"""The unit a report speaks as, named where it passes on the money handed to it (我局).

A transfer's self-evaluation may never name its writer in a title, a field or a signature,
and say only 我局: "蕪湖市財政局于2022年7月中旬將獎補資金1639.69萬元撥付給我局賬戶。" and in the
next part "蕪湖市經信局于2022年8月3日將1639.69萬元…一次性撥付到各擔保機構" (forty-ninth trial's
763). The money reached 我局 and the one that paid the same sum on is named: that unit held
it, so it is the writer. Read only where
- a sentence hands a sum to the writer (…拨付给我局, 下达我局, 拨入我局账户), its giver
  named or not;
- another sentence opens on a placed unit of the writer's kind (…局 for 我局; 委, 中心, 办
  alike) that pays the very same sum on (X…将1639.69万元…拨付/下拨/转拨/支付…);
- exactly one such unit does, and it is not the one that handed the sum over.
A unit that pays another sum, that pays to 我局, or a text with two such payers reads nothing
(the writer is never guessed from the bodies a text names); a unit stated elsewhere wins:
this is asked last.
"""

from __future__ import annotations

import re

from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["passed_on_unit"]

_SUM = r"(?P<num>\d[\d,]*(?:\.\d+)?)[ \t\u3000]*(?P<scale>万元|亿元|元)"
_TO_US = re.compile(
    rf"(?P<sentence>[^。！？!?\n]*?{_SUM}[^。！？!?\n]*?"
    r"(?:拨付|下达|下拨|划拨|转拨|拨入|划入|拨)[ \t\u3000]*(?:给|至|到|进|入)?[ \t\u3000]*"
    r"我(?P<org>局|委|中心|办))"
)
"""A sum handed to the writer: …1639.69万元拨付给我局账户, 下达我局…万元 is read the other way
round (the sum after 我局) by ``_TO_US_AFTER``."""
_TO_US_AFTER = re.compile(
    r"(?P<sentence>[^。！？!?\n]*?(?:拨付|下达|下拨|划拨|转拨|拨入|划入)"
    r"[ \t\u3000]*(?:给|至|到|进|入)?"
    rf"[ \t\u3000]*我(?P<org>局|委|中心|办)[^。！？!?\n]*?{_SUM})"
)
_PLACE = r"(?:中共)?[\u4e00-\u9fff]{1,6}?(?:自治州|自治县|省|市|县|区|州|旗)"
_START = r"(?:^|[。；;！!？?\n]|[一二三四五六七八九十\d]+[ \t\u3000]*[、.．])[ \t\u3000]*"
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START})")


def _payer(org: str, num: str, scale: str) -> re.Pattern[str]:
    """A sentence opening on a placed unit of kind ``org`` that pays the sum on."""
    return re.compile(
        _START + rf"(?P<unit>{_PLACE}[\u4e00-\u9fff]{{1,16}}?{org})(?![\u4e00-\u9fff]{{0,2}}{org})"
        rf"[^。！？!?\n]{{0,40}}?将[^。！？!?\n]{{0,20}}?"
        rf"(?<![\d.,]){re.escape(num)}[ \t\u3000]*{scale}"
        r"[^。！？!?\n]{0,60}?(?:拨付|下拨|转拨|支付|拨)",
        re.M,
    )


def passed_on_unit(head: str) -> tuple[str, tuple[int, int]] | None:
    """The one placed unit that pays on the sum handed to 我局 (see above), with its span in
    ``head``; None where no such unit, or more than one, is named."""
    for handed in (*_TO_US.finditer(head), *_TO_US_AFTER.finditer(head)):
        org, num, scale = handed["org"], handed["num"], handed["scale"]
        names: dict[str, tuple[int, int]] = {}
        for paid in _payer(org, num, scale).finditer(head):
            if paid.start("unit") >= handed.start() and paid.end("unit") <= handed.end():
                continue  # the sentence that hands the sum over: its giver
            unit = paid["unit"]
            if _NOT_A_NAME.match(unit) or unit in handed["sentence"]:
                continue
            names.setdefault(unit, paid.span("unit"))
        if len(names) == 1:
            (unit, span) = next(iter(names.items()))
            return unit, span
    return None
