"""Rule ``money-table``, one more shape: a 收入支出决算总表 flattened onto one line, as a
sharing site shows a spreadsheet (…2021年部门决算公开表….xls):

    收入支出决算总表 部门:… 收入 项目 行次 栏次 金额 … 八、其他收入 8 11,122,315.04
    13,628,965.89 1,003,618.46 9 10 … 总计 30 25,754,899.39 25,754,899.39 … 公开01表
    金额单位:元 支出 项目(按功能分类) 行次 栏次 金额 … 八、社会保障和就业支出 38
    697,723.84 九、卫生健康支出 39 25,037,565.22 十、…

A figure is read only where its row is certain: after the line states its unit, one
figure between a row's label and 行次 and the next row's label ("八、社会保障和就业支出 38
697,723.84 九、…"), of a 决算 table, its kind from the label (…支出 spending, …收入
revenue). Every other figure of the line (several after one row, the empty rows' cells
shifted onto the last label, figures before the unit is stated) is listed unread, never
placed. A figure is a number with its cents (1,003,618.46): a bare integer is a 行次.
A sheet titled 收入支出决算表 (no 总, the eighth trial's 140) has its certain rows read the
same way; its other figures are ``loosecells``' to list, up to the table's end.
A 决算 form's OCR that gives the form code 财决公开01表 (the code of the 收入支出决算总表) but
not its title is the same table (一一般公共预算财政拨款收入 1 4,627.57 一一般公共服务支出 32 …);
a row's figure followed by the next row's 行次 alone (that row empty), then a label or the
line's end, is certain too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_sheet_line"]

RULE = "money-table"
MAX_TOKENS = 2000  # tokens looked at on one line
_LINE = re.compile(r"[^\n]+")
_TITLE = re.compile(r"收入支出决算总?表|财决公开01表")
_UNIT = re.compile(r"金额单位\s*[：:]\s*(?P<unit>万元|元)(?=\s)")
_TOKEN = re.compile(r"\S+")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d")
_ROW = re.compile(r"\d{1,3}")
_LABEL = re.compile(r"(?:[一二三四五六七八九十]+、)?(?P<name>[\u4e00-\u9fff]{2,30})")
_KINDS = (("REVENUE", re.compile(r"收入(?:合计|总计)?$")), ("SPENDING", re.compile(r"支出$")))
_NO_KIND = "a row of the table whose label names no kind of money"
_UNPLACED = (
    "a figure of a 收入支出决算总表 flattened onto one line whose row the text order does "
    "not show (several figures after one row, or before the table states its unit)"
)


def find_sheet_line(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The figures of every such line, in text order."""
    text = simplified(view.text)
    for line in _LINE.finditer(text):
        title, unit = _TITLE.search(line.group()), _UNIT.search(line.group())
        if title is None or unit is None or "行次" not in line.group():
            continue
        unit_at = line.start() + unit.end()
        tokens = list(_TOKEN.finditer(text, line.start() + title.start(), line.end()))
        cells = _cells(view, tokens[:MAX_TOKENS], unit["unit"], unit_at, year)
        if title.group() == "收入支出决算表":  # a sheet's 收入支出决算表: its rows read here, the
            cells = (c for c in cells if c.kind)  # rest listed by ``loosecells`` as before
        yield from cells


def _cells(view, tokens, unit, unit_at, year) -> Iterator[MoneyFound]:
    words = [t.group() for t in tokens]
    for at, token in enumerate(tokens):
        if not _FIGURE.fullmatch(words[at]):
            continue
        label = _LABEL.fullmatch(words[at - 2]) if at >= 2 else None
        certain = (
            token.start() > unit_at
            and label is not None
            and _ROW.fullmatch(words[at - 1])
            and at + 1 < len(words)
            and (_LABEL.fullmatch(words[at + 1]) or _next_row(words, at + 1))
        )
        kind = _kind(label["name"]) if certain else None
        start = tokens[at - 2].start() if certain else token.start()
        yield MoneyFound(
            rule=RULE,
            cites=(cite(view, start, token.end()),),
            amount=yuan(words[at].replace(",", ""), unit),
            figure=words[at],
            unit=unit,
            as_written=cite(view, token.start(), token.end()).quote,
            kind=kind,
            label=label["name"] if certain else None,
            year=year,
            reason=None if kind else (_NO_KIND if certain else _UNPLACED),
        )


def _next_row(words: list[str], at: int) -> bool:
    """The next row's 行次 alone (its cell empty), then a label or the line's end."""
    return bool(_ROW.fullmatch(words[at])) and (
        at + 1 == len(words) or bool(_LABEL.fullmatch(words[at + 1]))
    )


def _kind(name: str) -> str | None:
    return next((kind for kind, words in _KINDS if words.search(name)), None)
