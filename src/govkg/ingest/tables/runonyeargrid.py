"""Rule ``money-table``: Hunan's year-headed 经费控制情况 grid with its heads on one line and
its rows run on, wrapped anywhere (sixty-second trial's 1260, a forum's copy of the form).

``yeargrid`` reads the 部门整体支出绩效评价基础数据表's grid where a page gives it one cell a
line. A copy that runs the form together gives the caption and its three heads on one line,
then each row's label and figures one after another, a line broken wherever it was wrapped:

    附件3: 部门整体支出绩效评价基础数据表 填报单位: 单位:万元 财政供养人员情况 …
    经费控制情况 2017年决算数 2018年预算数 2018年决算数 三公经费 29.08 63.46 44.29
    1、公务用车购置和维护经费 11.86 41.46 39.30 其中:公车购置 29.46 29.46 公车运行维护 11.86

    12 9.84

    2、出国经费

A row is its label and the figures after it up to the next label, over any line breaks: the
text order keeps a row's cells after its label. A row is read only where it has exactly one
figure per head (then none can be missing between them): its kind is its head's (决算数,
执行数 SPENDING; 预算数 BUDGET), its year the head's year. A row with figures but fewer or
more than the heads, and a
政府采购 or 预算调整 row (money counted or moved within the budget), are listed unread as
``yeargrid`` lists them; a row with a cell that is no figure (a run of cells glued together,
7.50.25.36) is left to the rules that list such cells; a cell with a stop after it (7.50.) is
its figure.

One short row is placed by its group's sums: a 其中: row right under a row read whole, the
rows after it up to the next group (a numbered label, a heading with :, another 其中:) each
read whole or empty. Where the head row less those rows leaves, column by column, exactly the
short row's figures in order and nothing in its other columns (公务用车购置和维护经费 11.86
41.46 39.30 less 公车运行维护 11.86 12 9.84 leaves 0, 29.46, 29.46: 其中:公车购置 29.46
29.46 fills 2018年预算数 and 2018年决算数), each figure is read in its column.

The grid's unit must be declared before its caption within ``UNIT_REACH`` characters of the
form's head (单位:万元), or in the caption (经费控制情况(万元)), and no other unit in between.
The grid ends at a sentence, another table's caption (…指标表), a form's 指标 or 得分 heads, a
note or an annex, or a new year head.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.yeargrid import NOT_OWN_REASON, REASON
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_run_on_year_grids"]

RULE = "money-table"
_YEAR_HEAD = r"20\d\d[ \t\u3000]*年度?[ \t\u3000]*(?:决算数|预算数|执行数)"
_CAPTION = re.compile(
    rf"经费控制情况(?P<unit>[（(](?:万元|元)[)）])?(?P<heads>(?:[ \t\u3000]+{_YEAR_HEAD}){{2,4}})"
    r"(?=[ \t\u3000\n])"
)
_HEAD = re.compile(r"(?P<year>20\d\d)[ \t\u3000]*年度?[ \t\u3000]*(?P<column>决算数|预算数|执行数)")
_KINDS = {"决算数": "SPENDING", "执行数": "SPENDING", "预算数": "BUDGET"}
_DECLARED = re.compile(
    r"(?:金额)?单位[ \t\u3000]*[：:][ \t\u3000]*(?P<unit>万元|元)(?![\u4e00-\u9fff])"
)
_OTHER_UNIT = re.compile(r"[（(][ \t\u3000]*(?:人|个|辆|㎡|平方米|亿元)[ \t\u3000]*[)）]|单位[：:]")
_TOKEN = re.compile(r"\S+")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_STOPPED = re.compile(r"\d+\.\d+[.．]")
"""A cell with a stop after it, its decimal point already written (7.50. between 17.92 and
25.36): the stop is no part of the figure; a bare 95. (a rate wrapped over a line) is not."""
_LABEL = re.compile(
    r"^(?:\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]+[)）])?[^\d%％]*[\u4e00-\u9fff][^\d%％]*$"
)
_PART = re.compile(r"^其中[:：]")
_GROUP = re.compile(r"^(?:\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]+[)）])|[:：]$|^其中[:：]")
"""A label that opens a new group of rows: numbered (2、出国经费), a heading (项目支出:), or
another 其中: row."""
_END = re.compile(r"[。；;]|表$|指标|得分|^(?:说明|注)[:：]|^附件|^附表")
_NOT_OWN = re.compile(r"政府采购|预算调整")
UNIT_REACH = 300  # characters before the caption searched for the form's unit
MAX_ROWS = 30
MAX_TOKENS = 200


def find_run_on_year_grids(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each run-on year-headed grid's cells (see above), read or listed unread."""
    text = simplified(view.text)
    for caption in _CAPTION.finditer(text):
        unit = _unit(text, caption)
        if unit is None:
            continue
        heads = list(_HEAD.finditer(caption["heads"]))
        yield from _rows(view, text, caption.end(), heads, unit)


def _unit(text: str, caption: re.Match) -> str | None:
    """The caption's unit, or the last one the form declares before it with no other unit
    (财政供养人员情况(人), another 单位:) between."""
    if caption["unit"]:
        return caption["unit"].strip("（()）")
    before = text[max(0, caption.start() - UNIT_REACH) : caption.start()]
    declared = list(_DECLARED.finditer(before))
    if not declared or _OTHER_UNIT.search(before, declared[-1].end()):
        return None
    return declared[-1]["unit"]


def _rows(view, text: str, at: int, heads: list[re.Match], unit: str) -> Iterator[MoneyFound]:
    """The rows after the caption's heads, each its label and the figures after it."""
    rows: list[tuple[str, list[re.Match], bool]] = []  # label, figures, a cell no figure
    for count, token in enumerate(_TOKEN.finditer(text, at)):
        word = token.group()
        if count >= MAX_TOKENS or _END.search(word) or _HEAD.search(word):
            break
        if _FIGURE.fullmatch(word) or _STOPPED.fullmatch(word):
            if not rows:
                break  # a figure before any label: no row the text shows
            rows[-1][1].append(_FIGURE.match(text, token.start()))  # 7.50. is 7.50
        elif _LABEL.match(word):
            if len(rows) >= MAX_ROWS:
                break
            rows.append((word, [], False))
        elif rows:
            rows[-1] = (rows[-1][0], rows[-1][1], True)
        else:
            break
    names = " / ".join(re.sub(r"\s+", "", h.group()) for h in heads)
    for at, (label, figures, odd) in enumerate(rows):
        if odd or not figures:
            continue  # a glued run's row: its cells are other rules' to list
        name = label.rstrip(":：")
        reason = None
        placed = _placed(rows, at, len(heads))
        if placed is not None:
            figures, heads_of = placed, [heads[c] for c in _columns(rows, at, len(heads))]
        else:
            heads_of = heads * len(figures)
        if _NOT_OWN.search(name):
            reason = NOT_OWN_REASON.format(label=name, unit=unit, heads=names)
        elif len(figures) != len(heads) and placed is None:
            reason = REASON.format(unit=unit, heads=names, count=len(figures), columns=len(heads))
        for figure, head in zip(figures, heads_of, strict=False):
            yield cell_found(
                view,
                figure.start(),
                figure.end(),
                figure.group(),
                unit,
                rule=RULE,
                year=int(head["year"]),
                kind=None if reason else _KINDS[head["column"]],
                label=name if reason else f"{name} {head['year']}年{head['column']}",
                reason=reason,
            )


def _whole(row: tuple[str, list[re.Match], bool], columns: int) -> list[Decimal] | None:
    """A row's values, column by column, where it is read whole or is empty; else None."""
    label, figures, odd = row
    if odd or _NOT_OWN.search(label) or len(figures) not in (0, columns):
        return None
    return [number_value(f.group()) for f in figures] or [Decimal(0)] * columns


def _left(rows: list, at: int, columns: int) -> list[Decimal] | None:
    """What the whole row above the short 其中: row ``at`` leaves, column by column, once the
    rows of its group after it are taken away; None where the group is not so plain."""
    label, figures, _ = rows[at]
    if at == 0 or not _PART.match(label) or not 0 < len(figures) < columns:
        return None
    head = rows[at - 1]
    if not head[1] or (left := _whole(head, columns)) is None:
        return None
    for row in rows[at + 1 :]:
        if _GROUP.search(row[0]):
            break
        if (values := _whole(row, columns)) is None:
            return None
        left = [a - b for a, b in zip(left, values, strict=True)]
    return left


def _columns(rows: list, at: int, columns: int) -> list[int]:
    """The columns the short row ``at`` fills: those its group's sums leave something in."""
    left = _left(rows, at, columns) or []
    return [c for c, value in enumerate(left) if value != 0]


def _placed(rows: list, at: int, columns: int) -> list[re.Match] | None:
    """The short 其中: row ``at``'s figures where its group's sums place them (see above)."""
    left = _left(rows, at, columns)
    figures = rows[at][1]
    if left is None or any(value < 0 for value in left):
        return None
    filled = [value for value in left if value != 0]
    values = [number_value(f.group()) for f in figures]
    return figures if filled == values else None
