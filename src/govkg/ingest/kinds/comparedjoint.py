"""Last year's figure of a joint 收支 statement is of both sides (forty-third trial).

A 决算 note states one figure for revenue and spending together, then last year's:

    2017年度财政拨款收支总计707.02万元。与2016年816.4万元相比,财政拨款收支总计各减少109.38万元

816.4万元 stands before its own words: what it is of is said after it, 收支总计 each (各)
changing. Like the year's figure (收支总计707.02万元: revenue and spending, ``money``), it is
two amounts, last year's revenue and last year's spending. Read so only where the figure
is compared with (与 / 较 / 比 上年, 去年 or a year before it, 相比 right after it), no word
before it names a kind, and the words after it, up to a change word, name 收支 together; a
comparison naming one side (…相比,支出总计减少) or a figure of its own kind is left alone.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["compared_joint", "compared_sides"]

_COMPARED_BEFORE = re.compile(
    r"(?:与|较|比|同)\s*(?:上年|上一年|去年|20\d\d\s*年)度?(?:同期)?\s*(?:的)?\s*$"
)
_JOINT_AFTER = re.compile(
    r"\s*(?:相比|比较)?\s*[，,]?\s*(?P<subject>[^。；;，,\d]{0,12}?收\s*入?\s*[、和与及]?\s*支\s*出?"
    r"\s*(?:总计|合计|总额|总体)?)\s*(?:各|均|分别)?\s*(?:增加|减少|增长|下降|持平)"
)


def compared_joint(text: str, start: int, end: int, own: str) -> str | None:
    """The subject after the figure (财政拨款收支总计) where the amount at ``text[start:end]``
    is last year's figure of a joint 收支 statement (see above); else None."""
    if not _COMPARED_BEFORE.search(PINYIN.sub("", own)):
        return None
    found = _JOINT_AFTER.match(PINYIN.sub("", text[end : end + 40]))
    return found["subject"] if found else None


_COMPARISON = re.compile(r"^\s*(?:与|较|比|同)\s*")


def compared_sides(label: str | None, subject: str) -> tuple[tuple[str, str], ...]:
    """(kind, label) of last year's revenue and spending: 2016年 + 财政拨款收入总计 / …支出总计."""
    year = _COMPARISON.sub("", label or "")
    return (
        ("REVENUE", year + re.sub(r"收\s*入?\s*[、和与及]?\s*支\s*出?", "收入", subject)),
        ("SPENDING", year + re.sub(r"收\s*入?\s*[、和与及]?\s*支\s*出?", "支出", subject)),
    )
