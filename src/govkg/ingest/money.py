"""Rule ``money-figure``: every amount of money a report states, with the kind of money it is.

The spending rules turn some amounts into funding lines; this rule accounts for all of them,
so that an amount is never lost and never shown as spending when the text says otherwise.
Each amount (万元, 元, 亿元, and 万 or 亿 alone where the clause speaks of money: 预算297万)
gets the kind named by the nearest money word before it in its clause: 较上年增加 is a
CHANGE, 到位资金 REVENUE, 结转 CARRY_OVER, 预算 BUDGET, 支出 SPENDING… An amount no such word
names is kept as unread (``read: false``) with the reason, never guessed.

Kinds and their words are listed in ``KIND_WORDS``, in the order they are tried when two
end at the same place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from govkg.ingest.facts import Cite, cite
from govkg.ingest.numbers import NUMBER, yuan
from govkg.ingest.simplified import simplified
from govkg.ingest.textview import TextView

__all__ = ["KIND_WORDS", "MONEY", "MoneyFound", "find_money"]

RULE = "money-figure"
_CN = "零〇一二两三四五六七八九十百千万点"
MONEY = re.compile(
    rf"(?P<fig>{NUMBER}|(?<![{_CN}])[{_CN}]+)\s*"
    rf"(?:(?P<unit>亿元|万元|元)|(?P<bare>[亿万])(?=\s*(?:[，,。；;、)）]|$|\n)))"
)
"""An amount and its unit; 万/亿 without 元 only before a clause's end (297万，执行…)."""

KIND_WORDS: tuple[tuple[str, str], ...] = (
    (
        "CHANGE",
        r"(?:较|比|与)(?:上年|上一年|20\d\d年)度?(?:同期)?(?:决算数?|预算数?)?(?:相比)?"
        r"(?:增加|减少|增长|下降)|同比(?:增加|减少|增长|下降)|(?:增加|减少)了?",
    ),
    ("SAVING", r"节约|节省|节支|减少支出"),
    ("CONTRACT", r"中标|合同"),
    ("PRICE_OR_RATE", r"人均|每人|每月|每年每|每户|每件|每次|单价|标准"),
    ("PLANNED", r"计划投资|拟投资|拟安排|每年需|需要资金|需资金|还需|尚需|计划"),
    ("CARRY_OVER", r"结转|结余"),
    ("BUDGET", r"(?:年初|全年|调整后?)?预算(?:收入|支出|数|资金|总?金额)|安排(?:专项)?资金"),
    ("REVENUE", r"收入(?:决算数?|总计|合计)?|到位|到账|拨付|下达|拨入|财政拨款收入|补助"),
    ("BUDGET", r"预算|安排资金|批复|年初安排|核定"),
    (
        "SPENDING",
        r"支出(?:决算数?|总计|合计)?|执行|支付|列支|使用|花费|开支|经费|费用|决算|实际完成",
    ),
    ("OTHER", r"总投资|投资|资产|采购|金额"),
)
_KIND = re.compile("|".join(f"(?P<k{i}>{words})" for i, (_, words) in enumerate(KIND_WORDS)))
_MONEY_WORD = re.compile(r"预算|执行|支出|资金|经费|投资|收入|金额|费|款|拨")
_CLAUSE_END = re.compile(r"[。；;！？!?\n]")
_LABEL_CUT = re.compile(r"[，,：:、（(]")
_LEAD = re.compile(
    r"^(?:其中|包括|主要|分别为|分别是|以及|和|及|共|为|是|[\d一二三四五六七八九十]+[、.])+"
)
_TAIL = re.compile(r"(?:总额为|金额为|为|是|达到|达|共|约|了)+$")
_YEAR = re.compile(r"(20\d\d)\s*年")
REACH = 40  # characters before an amount in which its words are looked for


@dataclass(frozen=True)
class MoneyFound:
    """One amount as the text states it; ``kind`` is None when no word names it."""

    rule: str
    cites: tuple[Cite, ...]
    amount: Decimal  # exact yuan
    figure: str  # the number as written
    unit: str  # 元 | 万元 | 亿元
    as_written: str
    kind: str | None
    label: str | None
    year: int
    reason: str | None = None


def find_money(view: TextView, year: int) -> Iterator[MoneyFound]:
    """Every amount of money in the text, in text order."""
    text = simplified(view.text)  # 萬元, 預算: one character for one, offsets unchanged
    previous_end = 0
    for match in MONEY.finditer(text):
        unit = match["unit"] or (match["bare"] + "元")
        try:
            amount = yuan(match["fig"], unit)
        except ValueError:
            previous_end = match.end()
            continue
        clause_start = _clause_start(text, match.start())
        context = text[max(clause_start, match.start() - REACH) : match.start()]
        if match["bare"] and not _MONEY_WORD.search(context):
            continue  # 2100万 of something else: no money word in its clause
        own = text[max(clause_start, previous_end, match.start() - REACH) : match.start()]
        kind = _kind_in(_PINYIN.sub("", own), _PINYIN.sub("", context))
        stated_year = _YEAR.findall(context)
        yield MoneyFound(
            rule=RULE,
            cites=(cite(view, *_quote_span(text, clause_start, match)),),
            amount=amount,
            figure=match["fig"],
            unit=unit,
            as_written=cite(view, match.start(), match.end()).quote,  # as stored: 91.91\n万元
            kind=kind,
            label=_label(own),
            year=int(stated_year[-1]) if stated_year else year,
            reason=None if kind else "no word before it says what kind of money it is",
        )
        previous_end = match.end()


def _last(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in ``text[start:end]``."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 (the last one is kept)
        pass
    return found


def _clause_start(text: str, at: int) -> int:
    found = _last(_CLAUSE_END, text, max(0, at - 200), at)
    return found.end() if found else max(0, at - 200)


_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
"""Readings a mirror site printed after characters: 结(jié)余."""
_PARTS = re.compile(r"基本支出|项目支出|人员经费|公用经费|决算数?为?$")


def _kind_in(own: str, context: str) -> str | None:
    """The kind the words just before the amount name; the parts of a total (其中：基本支出…)
    and a bare 决算数 take the kind of what the clause is about (预算总金额…, 收入…)."""
    kind = _kind(own)
    if kind == "SPENDING" and _PARTS.search(own.rstrip("为是：: ")):
        head = context[: context.rfind("其中")] if "其中" in context else context[: -len(own)]
        about = _kind(head)
        if about in ("BUDGET", "REVENUE") and "支出" not in own.replace("基本支出", "").replace(
            "项目支出", ""
        ):
            return about
    return kind or _kind(context)


def _kind(context: str) -> str | None:
    """The kind of the money word nearest the end of ``context``."""
    found = _last(_KIND, context, 0, len(context))
    return KIND_WORDS[int(found.lastgroup[1:])][0] if found else None


def _label(own: str) -> str | None:
    """What the amount is of: the words just before it, without connectives."""
    words = _LABEL_CUT.split(own)[-1].strip()
    words = _TAIL.sub("", _LEAD.sub("", words)).strip()
    return words or None


def _quote_span(text: str, clause_start: int, match: re.Match) -> tuple[int, int]:
    """From the label's start (at most REACH back, within the clause) to the amount's end."""
    start = max(clause_start, match.start() - REACH)
    cut = _last(_LABEL_CUT, text, start, match.start())
    return (cut.end() if cut else start), match.end()
