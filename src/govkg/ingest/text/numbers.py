"""Figures as printed in a report -> exact Decimals: amounts in yuan, shares, counts.

Reports write 1322.14万元, 2,988,000.00元, 1.2亿元, １２３．４５万元 and 一百二十万元. Arabic
figures are parsed here digit by digit (no float ever touches an amount); Chinese numerals
go through cn2an, whose float result is only trusted for whole numbers and short decimals
and checked back against the text.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation

__all__ = [
    "MAGNITUDE",
    "NUMBER",
    "YUAN_PER",
    "calendar_date",
    "chinese_number",
    "fits_record",
    "number_value",
    "to_ascii_digits",
    "yuan",
]

RECORD_DIGITS, RECORD_FRACTION = 15, 6
"""The most digits a record's decimal field holds before and after the point (the seed's
``fields.INTEGER_DIGITS`` and ``FRACTION_DIGITS``, which ingest may not import: asserted equal
in its test)."""


def fits_record(value: Decimal) -> bool:
    """Whether ``value`` fits a record's decimal field. A figure that does not is no figure a
    report states but a form's cells glued into one run when its page was flattened: trial 55's
    984, 年度資金總額3555035550355501082.12%8.5 (35550 | 35550 | 35550 | 10 | 82.12% | 8.5), read
    as one share of 3555035550355501082.12%, made its draft fail to validate and the text
    refused. Such a run is passed over: no record is written of it."""
    if not value:
        return True
    return (
        value.adjusted() < RECORD_DIGITS
        and -value.normalize().as_tuple().exponent <= RECORD_FRACTION
    )


YUAN_PER = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
MAGNITUDE = {"": Decimal(1), "万": Decimal(10_000), "亿": Decimal(100_000_000)}

# An Arabic figure, after ``to_ascii_digits``: thousands groups only in threes.
# Atomic groups: a long run of digits is tried once, never backtracked into (quadratic).
# A comma after a digit is a thousands comma (not a figure's start); after a word it is the
# clause's comma, as stores print ，in ASCII (支出总计,867.48万元: a figure).
# A thousands comma may carry one space (1, 537.4万元 is one figure, never its tail 537.4).
NUMBER = r"(?<![\d.])(?<!\d,)(?<!\d, )(?:(?>\d{1,3}(?:, ?\d{3})+)|(?>\d+))(?:\.(?>\d+))?"

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


def to_ascii_digits(text: str) -> str:
    """Full-width digits, point and percent -> ASCII, one character for one.

    The full-width comma stays: it is the clause separator the rules split on.

    >>> to_ascii_digits("１３２２．１４万元，占３２％")
    '1322.14万元，占32%'
    """
    return text.translate(_FULL_WIDTH)


def number_value(figure: str) -> Decimal:
    """An Arabic figure (ASCII, maybe with thousands commas) -> Decimal.

    >>> number_value("2,988,000.00")
    Decimal('2988000.00')
    """
    try:
        return Decimal(to_ascii_digits(figure).replace(",", "").replace(" ", ""))
    except InvalidOperation:
        raise ValueError(f"not a figure: {figure!r}") from None


def chinese_number(figure: str) -> Decimal:
    """Chinese numerals -> Decimal, exactly; ValueError when they are not a number.

    >>> chinese_number("一百二十")
    Decimal('120')
    >>> chinese_number("十六")
    Decimal('16')
    """
    import cn2an  # here, not at the top: its import costs a server that reads no text 0.12 s

    try:
        value = cn2an.cn2an(figure, "normal")
    except (ValueError, KeyError, IndexError):
        raise ValueError(f"not a Chinese number: {figure!r}") from None
    if len(figure) > 1 and all(char in "一二两三四五六七八九" for char in figure):
        raise ValueError(f"a range, not a number: {figure!r}")  # 两三名, 三五个
    if "点" in figure and len(figure.split("点", 1)[1]) > 6:
        raise ValueError(f"too many decimals to be exact: {figure!r}")
    return Decimal(repr(value))  # shortest repr: exact for the few decimals reports print


def yuan(figure: str, unit: str) -> Decimal:
    """``figure`` in ``unit`` (元, 万元, 亿元; Arabic or Chinese numerals) -> exact yuan.

    >>> yuan("1322.14", "万元")
    Decimal('13221400.00')
    >>> yuan("1.2", "亿元")
    Decimal('120000000.0')
    >>> yuan("一百二十", "万元")
    Decimal('1200000')
    """
    figure = to_ascii_digits(figure)
    value = number_value(figure) if re.fullmatch(NUMBER, figure) else chinese_number(figure)
    return value * YUAN_PER[unit]


def calendar_date(year: str, month: str, day: str | None = None) -> bool:
    """Whether 年/月/日 as printed name a real day: 2023年13月45日 is a misprint, no date.

    >>> calendar_date("2023", "2", "30"), calendar_date("2024", "2", "29")
    (False, True)
    """
    try:
        datetime.date(int(year), int(month), int(day or 1))
    except ValueError:
        return False
    return True
