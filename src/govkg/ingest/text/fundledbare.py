"""An amount written with 万 and no 元 right after the name of a fund, a verb after it.

万 without 元 is read as money only before a clause's end or a fund's name (``amounts``):
2万户, 3万人次 are counts. A fund named right before the figure says the figure is that
fund's money though a verb follows the 万 at once (forty-second trial: 我办外事侨务业务经费
18万纳入2017年财政支出绩效评价范围): 经费 / 资金 / 拨款 / 预算, an 共 / 计 / 为 / 约 between
allowed. A measure word after the 万 (资金18万人次, 经费3万户) makes it a count; a 万 before a
clause's end or a fund's name (资金18万，/ 经费18万补助资金) stays ``amounts``' own reading.

A mirror's reading after a character of the fund's name or of the 万 is read through, as
``amounts`` reads its funds (trial 56's 1011, a shrine fund's self-evaluation titled with its
amount: 2020年忠烈祠免費開放經(jīng)費236.25萬整體支出績效自評表, 236.25萬 the fund's money).
"""

from __future__ import annotations

import re

from govkg.ingest.text.numbers import NUMBER

__all__ = ["fund_led_bare"]

_COUNTED = "户人名亩册台套件个株棵只头吨平方米公千次份条张本所家辆座间元余多字项批位"
"""Measure words: 18万人, 3万户, 2万亩 are counts; 元 / 余 / 多 are other forms' own."""

_FUND_START = "补专财奖配资经"
"""The first characters of the fund names ``amounts`` reads after 万 (141.8万补助资金)."""

_READ = r"(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）])?"
"""A mirror's reading after a character: 經(jīng)費, 萬(wàn)."""
_FUNDS = "|".join("".join(c + _READ for c in word) for word in ("经费", "资金", "拨款", "预算"))

_FUND_LED = re.compile(
    rf"(?:{_FUNDS})(?:共计|合计|总计|共|计|为|约)?"
    rf"(?P<fig>(?<![\d.]){NUMBER})(?P<unit>[万亿]){_READ}"
    rf"(?=[\u4e00-\u9fff])(?![{_COUNTED}{_FUND_START}])"
)
"""A fund's name, the figure, 万 (or 亿), then a word that is no measure word."""


def fund_led_bare(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, figure, unit word with 元) of each 万-alone amount a fund's name leads."""
    return [
        (found.start("fig"), found.end("unit"), found["fig"], found["unit"] + "元")
        for found in _FUND_LED.finditer(text)
    ]
