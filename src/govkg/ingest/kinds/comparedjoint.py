"""Last year's figure of a joint 收支 statement is of both sides (forty-third trial).

A 决算 note states one figure for revenue and spending together, then last year's:

    2017年度财政拨款收支总计707.02万元。与2016年816.4万元相比,财政拨款收支总计各减少109.38万元

816.4万元 stands before its own words: what it is of is said after it, 收支总计 each (各)
changing. Like the year's figure (收支总计707.02万元: revenue and spending, ``money``), it is
two amounts, last year's revenue and last year's spending. Read so only where the figure
is compared with (与 / 较 / 比 上年, 去年 or a year before it, 相比 right after it), no word
before it names a kind, and the words after it, up to a change word, name 收支 together; a
comparison naming one side (…相比,支出总计减少) or a figure of its own kind is left alone.

The joint statement may come first, last year's figure compared right after it in its
sentence (trial 60's 1166, a 決算 in traditional characters: 2020年度收、支總計2918.96萬元,
比上年2665.56萬元增加253.4萬元): 2665.56萬元 is last year's 收、支總計, both sides, where the
clause before it is the joint total and its one figure (收、支总计 / 合计 / 总额, 为 / 是 or
nothing), the figure's own words are only the comparison (比 / 较 上年, 去年 or a year) and a
change word follows it; a total of one side (支出总计…,比上年…) or a figure with a word of its
own is left alone.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.numbers import NUMBER

__all__ = ["compared_joint", "compared_sides"]

_COMPARED_BEFORE = re.compile(
    r"(?:与|较|比|同)\s*(?:上年|上一年|去年|20\d\d\s*年)度?(?:同期)?\s*(?:的)?\s*$"
)
_JOINT_AFTER = re.compile(
    r"\s*(?:相比|比较)?\s*[，,]?\s*(?P<subject>[^。；;，,\d]{0,12}?收\s*入?\s*[、和与及]?\s*支\s*出?"
    r"\s*(?:总计|合计|总额|总体)?)\s*(?:各|均|分别)?\s*(?:增加|减少|增长|下降|持平)"
)


_JOINT_FIRST = re.compile(
    r"(?P<subject>收\s*入?\s*[、和与及]?\s*支\s*出?\s*(?:总计|合计|总额))\s*(?:各|均)?\s*(?:为|是)?"
    rf"\s*{NUMBER}\s*(?:亿元|万元|元)\s*[，,]\s*(?:与|较|比)\s*(?:上年|上一年|去年|20\d\d\s*年)度?"
    r"\s*(?:的)?\s*$"
)
"""The joint total and its figure, then the comparison opening last year's figure (1166)."""
_CHANGE_AFTER = re.compile(r"\s*(?:相比)?\s*[，,]?\s*(?:各|均)?\s*(?:增加|减少|增长|下降|持平)")


def compared_joint(text: str, start: int, end: int, own: str) -> str | None:
    """The subject after the figure (财政拨款收支总计), or before it where it opens the
    sentence, where the amount at ``text[start:end]`` is last year's figure of a joint 收支
    statement (see above); else None."""
    if not _COMPARED_BEFORE.search(PINYIN.sub("", own)):
        return None
    found = _JOINT_AFTER.match(PINYIN.sub("", text[end : end + 40]))
    if found:
        return found["subject"]
    before = PINYIN.sub("", text[max(0, start - 60) : start])
    first = _JOINT_FIRST.search(re.split(r"[。；;！？!?\n]", before)[-1])
    if first and _CHANGE_AFTER.match(PINYIN.sub("", text[end : end + 12])):
        return first["subject"]
    return None


_COMPARISON = re.compile(r"^\s*(?:与|较|比|同)\s*")


def compared_sides(label: str | None, subject: str) -> tuple[tuple[str, str], ...]:
    """(kind, label) of last year's revenue and spending: 2016年 + 财政拨款收入总计 / …支出总计."""
    year = _COMPARISON.sub("", label or "")
    return (
        ("REVENUE", year + re.sub(r"收\s*入?\s*[、和与及]?\s*支\s*出?", "收入", subject)),
        ("SPENDING", year + re.sub(r"收\s*入?\s*[、和与及]?\s*支\s*出?", "支出", subject)),
    )
