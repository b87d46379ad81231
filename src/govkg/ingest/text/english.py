"""Amounts written in English: a machine translation's gloss of a Chinese page.

A PR site's copy of a news item may follow each Chinese paragraph with a machine-translated
English gloss, and a paragraph may survive in the gloss alone (trial 54's 925, 教育部's 2011
三公经费: ``Funding for the final accounts of the spending 24.6659 million yuan,Strict control
on the budget 25.096 million yuan inside,…reduction of the number 295400 yuan``). Such a
figure is money stated, so it is found: a figure, a scale word (thousand, ten thousand,
million, hundred million, billion) and ``yuan`` (or RMB, 元 spelled out in English). A
figure with a scale and no currency word is money only where it restates the amount the
same line wrote in Chinese before it, to the yuan (``公务用车购置及运行费约195万 State-owned
cars … about 1.95 million``): the gloss of that amount. Any other English number (2011
years, 19 date, 1.95 million people, a phone number) is no amount.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govkg.ingest.text.numbers import NUMBER, number_value

__all__ = ["english_amounts"]

_SCALES = {
    "thousand": Decimal(1_000),
    "ten thousand": Decimal(10_000),
    "million": Decimal(1_000_000),
    "hundred million": Decimal(100_000_000),
    "billion": Decimal(1_000_000_000),
}
_ENGLISH = re.compile(
    rf"(?<![A-Za-z])(?P<fig>{NUMBER})[ \t]*"
    r"(?P<scale>(?:ten[ \t]+thousand|hundred[ \t]+million|thousand|million|billion)\b)?"
    r"(?:[ \t]*(?P<currency>yuan|RMB)\b)?",
    re.IGNORECASE,
)
"""A figure in English, its scale word and its currency word, each maybe missing."""
_CHINESE = re.compile(rf"(?P<fig>{NUMBER})\s*(?P<unit>亿|万)(?P<yuan>元)?")
"""An amount the line wrote in Chinese before the gloss: 约195万, 1527万元."""
_MONEY_WORD = re.compile(r"费|资金|经费|支出|预算|收入|拨款|金额|投资|三公")
"""Words that make a bare 万 money (as ``kinds.money``'s): 公务用车购置及运行费约195万; 人数约195万
is a count."""
_NOUN_AFTER = re.compile(r"[ \t]*[A-Za-z]")
"""A word right after a figure with no currency word: 1.95 million people, a count."""
_MAGNITUDE = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}


def english_amounts(text: str) -> list[tuple[int, int, str, str, Decimal, int | None]]:
    """(start, end, figure in yuan, "元", yuan, start of the Chinese amount restated or
    None) of each amount written in English (see above)."""
    found = []
    for match in _ENGLISH.finditer(text):
        scale, currency = match["scale"], match["currency"]
        if not scale and not currency:
            continue
        times = _SCALES[re.sub(r"\s+", " ", scale.lower())] if scale else Decimal(1)
        try:
            value = number_value(match["fig"]) * times
        except ValueError:
            continue
        line = text.rfind("\n", 0, match.start()) + 1
        glossed = next(
            (
                chinese.start()
                for chinese in _CHINESE.finditer(text, line, match.start())
                if number_value(chinese["fig"]) * _MAGNITUDE[chinese["unit"]] == value
                and (chinese["yuan"] or _MONEY_WORD.search(text, line, chinese.start()))
            ),
            None,
        )
        if not currency and (glossed is None or _NOUN_AFTER.match(text, match.end())):
            continue  # 1.95 million: money only as the gloss of the line's own amount
        figure = format(value.normalize(), "f")
        found.append((match.start(), match.end(), figure, "元", value, glossed))
    return found
