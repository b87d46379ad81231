"""Rule ``numbered-form``: the cells of the health sector's 收支决算总表 (form 国卫财01-1表),
placed by the columns its 栏次 row numbers (trial 58).

A public hospital's 决算 is filed on the national health finance form 国卫财01-1表,
医疗卫生计生机构收支决算总表(按功能分类): a row a 功能分类 科目 (合计, 210 医疗卫生与计划生育支出,
21002 公立医院…) and 26 columns under a three-level head, numbered 1 to 26 by its 栏次 row.
A county site flattens it one cell a line, the heads out of their places (trial 57's 1067,
汨罗市中医院; trial 58's 1118, 汨罗市第二人民医院: every figure listed unread before, as a row
of figures whose columns the flattened text does not show). The form fixes what each
numbered column holds, whatever the flattening did to the heads:

    1-5   上年结转和结余 (合计, 基本支出结转, 项目支出结转和结余 小计, 其中:基本建设资金, 经营结余)
    6-8   本年收入 (合计, 其中:财政拨款收入 小计, 其中:基本建设资金收入)
    9-11  本年支出 (合计, 其中:财政拨款支出 小计, 其中:基本建设资金支出)
    12-15 收支结余 (合计, 基本支出结转, 项目支出结转和结余, 经营结余)
    16    用事业基金弥补收支差额
    17-21 结余分配 (合计, 交纳所得税, 提取职工福利基金, 转入事业基金, 其他)
    22-26 年末结转和结余 (合计, 基本支出结转, 项目支出结转和结余 小计, 其中:基本建设资金, 经营结余)

All of these are asked: the form's number (国卫财01-1表); its seven column groups named in
that order before the 栏次 row; the 栏次 row numbering exactly 1 to 26; a unit of money
declared above the heads (金额单位:元). A row is its label (合计, or a 科目's code and name),
then exactly 26 cells, each empty or a figure, as the page stores them one a line (the
cleaning may join them: the stored lines are read, each cell cited by its cleaned span).
The year's income is REVENUE, its spending SPENDING, the carry-overs and the year's balance
CARRY_OVER; the balance's use (用事业基金弥补, 结余分配) is listed unread with its column
named. A cell below zero is left to the rules that list it unread. Any other table, a row
short of its cells or a cell that is no figure is not read here: nothing is guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.numbers import to_ascii_digits
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_numbered_form"]

RULE = "numbered-form"
_FORM = re.compile(r"国卫财\s*01\s*[-－—]\s*1\s*表")
_GROUPS = (
    "上年结转和结余",
    "本年收入",
    "本年支出",
    "收支结余",
    "用事业基金弥补收支差额",
    "结余分配",
    "年末结转和结余",
)
_CARRIED_IN = ("合计", "基本支出结转", "项目支出结转和结余 小计", "其中:基本建设资金", "经营结余")
_COLUMNS: tuple[tuple[str, str | None], ...] = (
    *((f"上年结转和结余 {sub}", "CARRY_OVER") for sub in _CARRIED_IN),
    ("本年收入 合计", "REVENUE"),
    ("本年收入 其中:财政拨款收入", "REVENUE"),
    ("本年收入 其中:基本建设资金收入", "REVENUE"),
    ("本年支出 合计", "SPENDING"),
    ("本年支出 其中:财政拨款支出", "SPENDING"),
    ("本年支出 其中:基本建设资金支出", "SPENDING"),
    *(
        (f"收支结余 {sub}", "CARRY_OVER")
        for sub in ("合计", "基本支出结转", "项目支出结转和结余", "经营结余")
    ),
    ("用事业基金弥补收支差额", None),
    *(
        (f"结余分配 {sub}", None)
        for sub in ("合计", "交纳所得税", "提取职工福利基金", "转入事业基金", "其他")
    ),
    *((f"年末结转和结余 {sub}", "CARRY_OVER") for sub in _CARRIED_IN),
)
"""The form's 26 numbered columns: each one's head and the kind of its money (None: unread)."""
_UNIT = re.compile(r"金额单位\s*[：:]\s*(?P<unit>万元|元)")
_CELL = re.compile(
    r"^[ \t\u3000]*(?:\|[ \t\u3000]*)?(?P<words>[^|\n]*?)[ \t\u3000]*\|[ \t\u3000]*$"
)
"""One stored line a cell: ``62,011,988.25 |``, ``| 210 |``, or ``|`` for an empty cell."""
_FIGURE = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_CODE = re.compile(r"\d{3,7}")
_NAME = re.compile(r"[\u4e00-\u9fff（）()、]{2,30}")
_TOTAL = "合计"
REASON = (
    "a cell of the 收支决算总表 (国卫财01-1表) in {unit}, column {number} ({head}): the "
    "balance's use, no income, spending or carry-over: not read"
)
HEAD_REACH = 3000  # characters from the form's number to its 栏次 row


def find_numbered_form(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The figures of each 国卫财01-1表 whose 栏次 row numbers its 26 columns (see above)."""
    text = to_ascii_digits(simplified(view.source))
    form = _FORM.search(text)
    if form is None:
        return
    lines = [(m.start(), m.group()) for m in re.finditer(r"^[^\n]*", text, re.M)]
    cells = [(start, _CELL.match(line)) for start, line in lines]
    numbered = _numbered_row(cells, form.end())
    if numbered is None:
        return
    unit = _UNIT.search(text, form.start(), cells[numbered][0])
    if unit is None:
        return
    at = numbered + 1
    while at < len(cells):
        label, first = _row_label(cells, at)
        if label is None:
            at += 1
            continue
        row = cells[first : first + len(_COLUMNS) + 1]
        if not _whole(row):
            at = first
            continue
        placed = zip(row[: len(_COLUMNS)], _COLUMNS, strict=True)
        for number, ((start, cell), (head, kind)) in enumerate(placed, start=1):
            words = cell["words"]
            if not words or words.startswith("-"):  # empty; below zero: the unread rules'
                continue
            if (span := _cleaned(view, start + cell.start("words"), words)) is not None:
                yield _money(view, span, words, unit["unit"], year, number, head, kind, label)
        at = first + len(_COLUMNS)


def _whole(row) -> bool:
    """Whether ``row`` (the form's 26 cells and the line after them) is a row of the form:
    26 cells, each empty or a figure, and no figure after them (a longer row is another's)."""
    if len(row) < len(_COLUMNS) or any(
        cell is None or (cell["words"] and not _FIGURE.fullmatch(cell["words"]))
        for _, cell in row[: len(_COLUMNS)]
    ):
        return False
    after = row[len(_COLUMNS) :]
    return not any(cell is not None and _FIGURE.fullmatch(cell["words"]) for _, cell in after)


def _numbered_row(cells, after: int) -> int | None:
    """The line index of the last number of the 栏次 row (1 … 26) after the seven groups."""
    at = bisect.bisect_left([start for start, _ in cells], after)
    heads = []
    while at < len(cells) and cells[at][0] - after < HEAD_REACH:
        cell = cells[at][1]
        words = cell["words"] if cell else ""
        if words == "栏次":
            numbers = [c["words"] if c else None for _, c in cells[at + 1 : at + 1 + len(_COLUMNS)]]
            if numbers != [str(n) for n in range(1, len(_COLUMNS) + 1)]:
                return None
            groups = [head for head in heads if head in _GROUPS]
            return at + len(_COLUMNS) if tuple(groups) == _GROUPS else None
        heads.append(words)
        at += 1
    return None


def _row_label(cells, at: int) -> tuple[str | None, int]:
    """A row's label (合计, or 科目 code and name) at ``at`` and the index of its first cell."""
    cell = cells[at][1]
    words = cell["words"] if cell else ""
    if words == _TOTAL:
        return _TOTAL, at + 1
    name = cells[at + 1][1] if at + 1 < len(cells) else None
    if _CODE.fullmatch(words) and name and _NAME.fullmatch(name["words"]):
        return f"{words} {name['words']}", at + 2
    return None, at


def _cleaned(view: TextView, start: int, figure: str) -> tuple[int, int] | None:
    """The cleaned span of a stored cell, None where the cleaning did not keep it whole."""
    first = bisect.bisect_left(view.origin, start)
    last = bisect.bisect_left(view.origin, start + len(figure) - 1) + 1
    if last - first != len(figure) or first >= len(view.origin):
        return None
    return (first, last) if view.origin[first] == start else None


def _money(view, span, figure, unit, year, number, head, kind, label) -> MoneyFound:
    described = f"{head} ({label})"
    if kind is None:
        reason = REASON.format(unit=unit, number=number, head=head)
        return cell_found(
            view,
            *span,
            figure.replace(",", ""),
            unit,
            rule=RULE,
            year=year,
            label=described,
            reason=reason,
        )
    return cell_found(
        view, *span, figure.replace(",", ""), unit, rule=RULE, year=year, kind=kind, label=described
    )
