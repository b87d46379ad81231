"""Rule ``target-form``: the money block of a 项目支出绩效目标表 (a target form, a plan).

A target form states the funds a project plans, one cell after each row's label, in two
columns, mid-term and annual (the eighth held-out trial's 136, flattened one cell a line):

    项目资金 (万元) | 中期资金总额: | 449.8万 | 年度资金总额: | 189.8万 |
    其中:财政拨款 | 449.8万 | 其中:财政拨款 | 189.8万 | 其他资金 | | 其他资金 |

No other rule reads it: 449.8万 writes 万 without 元, and no column head stands over the
cells. Under the block's head 项目资金 (万元) (a unit declared for it) followed by the
target form's mark, a 中期资金总额 row (a self-assessment form has 年度资金总额 under its
column heads: ``selfeval_form``), a figure right after a row's label (nothing but blanks
and bars between) is in that row. A total's label says its column (中期: a term of years,
so no one fiscal year; 年度: the form's year); a 其中 or 其他资金 row's k-th cell is in
the k-th total's column. Each is the budget the form sets, BUDGET. A label with no figure
after it (an empty cell) states nothing; a text without the head (a sentence
年度资金总额为189.8万) is not this form, and is left to the other rules.

A one-year form has the annual column alone (trial 60's 1178, a county's
项目支出绩效目标申报表: 项目金额(万元) | 年度资金总额 | 2279.048 万元 | 其中:财政投款 |
2279.048 万元 | 其他资金 |): its head may say 项目金额, and with no 中期资金总额 the form's
title (绩效目标申报表 / 绩效目标表) before the head marks it, no column heads (年初预算数,
全年执行数, 分值: a self-assessment's) standing between the head and the 年度资金总额 row.
A 其中 row is a part of the total whatever its fund's name (财政拨款, or 财政投款 as the form
misprints it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_target_form"]

RULE = "target-form"
_HEAD = re.compile(r"项目(?:资金|金额)\s*[（(]\s*万元\s*[)）]")
_ROW = re.compile(
    r"(?P<label>(?P<term>中期|年度)资金总额|其中\s*[:：]\s*[\u4e00-\u9fff]{2,8}?|其他资金)\s*[:：]?"
    r"[\s|]*(?P<cell>(?P<figure>\d+(?:\.\d+)?)\s*(?:万元|万)?)(?=[\s|])"
)
_BLOCK_END = re.compile(r"总\s*体\s*目\s*标|绩\s*效\s*指\s*标|年度目标")
REACH = 400  # characters of the block after its head at most


def find_target_form(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each money cell of a target form's 项目资金 (万元) block (see above), a budget."""
    text = simplified(view.text)
    head = _HEAD.search(text)
    if head is None or not _target_form(text, head.start(), head.end()):
        return  # a self-assessment's 年度资金总额 row has its columns: ``selfeval_form``
    stop = head.end() + REACH
    if end := _BLOCK_END.search(text, head.end(), stop):
        stop = end.start()
    terms: list[str] = []
    seen: dict[str, int] = {}
    for row in _ROW.finditer(text, head.end(), stop):
        if row["term"]:
            terms.append(row["term"])
            term = row["term"]
        else:
            label = re.sub(r"\s", "", row["label"])
            at = seen.get(label, 0)
            seen[label] = at + 1
            term = terms[at] if at < len(terms) else None
        quote = cite(view, row.start("cell"), row.end("cell"))
        label = re.sub(r"\s", "", row["label"])
        yield MoneyFound(
            rule=RULE,
            cites=(quote,),
            amount=yuan(row["figure"], "万元"),
            figure=row["figure"],
            unit="万元",
            as_written=quote.quote,
            kind="BUDGET",
            label=label if row["term"] or term is None else f"{term} {label}",
            year=year if term == "年度" else None,
        )


_FORM_TITLE = re.compile(r"绩\s*效\s*目\s*标\s*(?:申\s*报\s*)?表")
_COLUMN_HEADS = re.compile(r"预算数|执行数|执行率|分\s*值|得\s*分")


def _target_form(text: str, head_start: int, head_end: int) -> bool:
    """Whether the block after the head is a target form's: a 中期资金总额 row in it, or an
    annual one alone under a 绩效目标(申报)表 title before the head and no column heads (年初预算数,
    全年执行数, 分值: a self-assessment's columns) between the head and its 年度资金总额."""
    after = text[head_end : head_end + 80]
    if "中期资金总额" in after:
        return True
    annual = after.find("年度资金总额")
    if annual < 0 or _COLUMN_HEADS.search(after, 0, annual):
        return False
    return bool(_FORM_TITLE.search(text, max(0, head_start - 400), head_start))
