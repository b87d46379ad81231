"""Rule ``money-table``: a budget's two-sided 收支预算表, each row a line of the stored text:
收入 label, its 预算数, 支出 label, its 预算数 (sixty-second trial's 1254, a page cut inside it).

    收支预算表
        单位:万元
    收      入 支      出
    项目 预算数 项目 预算数
    一、财政拨款收入 130.61 一、一般公共服务
      财政预算拨款收入 130.61 二、国防支出
      非税收入   三、公共安全支

Each side has one money column, its 预算数 (the year's budget: BUDGET), and a row's cells stand
on its line in order, an empty cell dropped. So a figure right after a label on the row's line
is that label's cell: the first label's the 收入 side's, the second's the 支出 side's, and two
figures can never follow one label. The cleaning may join the lines (a wrapped page), so a row
is a line of the stored text. A row is read only where its line is that plain: one or two
labels, each followed by at most one figure written to the fen; the first line that is not
(a 行次, spaced letters 本 年 收 入 合 计, a sentence) ends the table, and its figures are left
to the rules that list them. The heads must be 项目 预算数 项目 预算数 (a year before 预算数
allowed) on one line, under a caption 收支预算表 or 收支预算总表 and its unit (单位:万元).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_sides_budget_rows"]

RULE = "money-table"
_CAPTION = re.compile(
    r"收支预算总?表[ \t\u3000]*\n[ \t\u3000]*(?:金额)?单位[ \t\u3000]*[：:][ \t\u3000]*"
    r"(?P<unit>万元|元)[ \t\u3000]*\n(?:[ \t\u3000]*收[ \t\u3000]*入[ \t\u3000]*支[ \t\u3000]*出"
    r"[ \t\u3000]*\n)?[ \t\u3000]*项[ \t\u3000]*目[ \t\u3000]+(?:(?P<year>20\d\d)年度?)?预算数"
    r"[ \t\u3000]+项[ \t\u3000]*目[ \t\u3000]+(?:20\d\d年度?)?预算数[ \t\u3000]*(?=\n)"
)
_TOKEN = re.compile(r"\S+")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,9})\.\d{2}")
_LABEL = re.compile(
    r"(?:[一二三四五六七八九十]+、|\d{1,2}[.、]|其中[:：]?)?[\u4e00-\u9fff（）()、“”]{2,30}"
)
_NOT_LABEL = re.compile(r"[。；;，,]")
MAX_ROWS = 40


def find_sides_budget_rows(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of each two-sided 收支预算表's plain rows (see above), read BUDGET."""
    text = simplified(view.text)
    for caption in _CAPTION.finditer(text):
        unit = caption["unit"]
        when = int(caption["year"]) if caption["year"] else year
        for label, figure in _cells(view, _lines(view, text, caption.end())):
            yield cell_found(
                view,
                figure.start(),
                figure.end(),
                figure.group(),
                unit,
                rule=RULE,
                year=when,
                kind="BUDGET",
                label=f"{label} 预算数",
            )


def _lines(view: TextView, text: str, at: int) -> list[list[re.Match]]:
    """The tokens after ``at``, grouped by the stored text's lines (up to ``MAX_ROWS``)."""
    lines: list[list[re.Match]] = []
    previous = None
    for token in _TOKEN.finditer(text, at):
        if (
            previous is None
            or "\n" in view.source[view.origin[previous.end() - 1] + 1 : view.origin[token.start()]]
        ):
            if len(lines) >= MAX_ROWS:
                break
            lines.append([])
        lines[-1].append(token)
        previous = token
    return lines


def _cells(view: TextView, lines: list[list[re.Match]]) -> Iterator[tuple[str, re.Match]]:
    """(label, figure) of each plain row line's cells, up to the first line not plain."""
    for tokens in lines:
        row: list[tuple[str, re.Match | None]] = []
        for token in tokens:
            word = token.group()
            if _FIGURE.fullmatch(word) and row and row[-1][1] is None:
                row[-1] = (row[-1][0], token)
            elif _LABEL.fullmatch(word) and not _NOT_LABEL.search(word):
                row.append((word, None))
            else:
                return  # a token no label or cell: the table's end
        if not 1 <= len(row) <= 2:
            return
        yield from ((label, figure) for label, figure in row if figure is not None)
