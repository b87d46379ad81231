"""Rule ``money-table``: a budget's 部门收支总表 flattened onto one line with no 行次, as a
document site shows a spreadsheet (…预算公开表.xls), read where its own sums place it.

Trial 57's 1068 (an education bureau's 2020 budget tables on a document site) runs the
table onto one line, its two sides' labels interleaved, each figure after its row's label,
empty cells dropped, a page's footer and repeated head inside it:

    表1 部门收支总表 单位:万元 收 项 入 目 支 2020年预算数 项 出 目
    一、一般公共预算拨款收入 16,745.59 一、一般公共服务支出 二、政府性基金预算拨款收入 …
    六、其他收入 六、科学技术支出 2020年预算数 12,204.85 七、文化旅游体育与传媒支出
    八、社会保障和就业支出 1,663.86 九、卫生健康支出 1,235.48 … 十九、住房保障支出 1,641.40 …
    本 年 收 入 合 计 16,745.59 … 本 年 支 出 合 计 16,745.59 … 收 入 总 计 16,745.59
    支 第 2 页,共 46 页 出 总 计 16,745.59 表1-1 部门收入总表 单位:万元 …

``loosecells`` listed every figure unread (its heads and figures do not line up). But the
table's only money column is its 预算数 (both sides, the year's budget: BUDGET), and its
sums place its figures:

- a figure right after a row's label (its spaced letters joined, 本 年 收 入 合 计; a page's
  footer 第 2 页,共 46 页 taken out of the label it splits) is that row's;
- a figure after the repeated head (2020年预算数 12,204.85) has no row the text shows;
- the 收入 rows' figures add up to 本年收入合计, the 支出 rows' with the figures of no row to
  本年支出合计, and 收入总计 and 支出总计 equal them (no 结转 or 结余 row holds a figure): then
  each figure of no row is a 支出 row's (which one stays unsaid: 12,204.85 sits after
  六、科学技术支出, the collector's sums place it under 五、教育支出), and every figure is read
  BUDGET with its row, or with its side alone.

Anything else leaves the line to ``loosecells`` (listed unread, as before): a head of
another kind (决算数, 执行数), a token that is neither a label, a figure nor the head (a
行次, a code), a row of neither side holding a figure, sums that fail, figures of no row
that both or neither side need.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_budget_sheet_lines"]

RULE = "money-table"
REACH = 3000  # characters of the table after its unit's declaration
_TABLE = re.compile(r"收支总表\s*(?:金额)?单位\s*[：:]\s*(?P<unit>万元|元)")
_FOOTER = re.compile(r"第\s*\d+\s*页\s*[,，]?\s*共\s*\d+\s*页")
_NEXT_TABLE = re.compile(r"(?:^|\s)表\s*\d+(?:\s*-\s*\d+)?(?=\s)|单位\s*[：:]")
_TOKEN = re.compile(r"\S+")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,9})\.\d{2}")
_HEAD = re.compile(r"(?:20\d\d年度?)?预算数")
_OTHER_HEAD = re.compile(r"决算|执行|实际|调整")
_CHAR = re.compile(r"[\u4e00-\u9fff]")
_LABEL = re.compile(
    r"(?:[一二三四五六七八九十]+、|其中[:：]?)?[\u4e00-\u9fff（）()、]{2,40}"
)
_FIRST_ROW = re.compile(r"一、[\u4e00-\u9fff]{2,30}")
_TOTALS = {
    "本年收入合计": "in",
    "本年支出合计": "out",
    "收入总计": "in_all",
    "支出总计": "out_all",
}
_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|其中[:：]?)")
_UNPLACED = "{side} (本年{side}合计的一项, 其行未示)"


def find_budget_sheet_lines(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The figures of each such table whose sums place them (see above)."""
    text = simplified(view.text)
    for table in _TABLE.finditer(text):
        line_end = text.find("\n", table.end())
        stop = min(len(text) if line_end < 0 else line_end, table.end() + REACH)
        after = _NEXT_TABLE.search(text, table.end(), stop)
        stop = after.start() if after else stop
        placed = _placed(text, table.end(), stop)
        if placed is None:
            continue
        for start, end, figure, label in placed:
            yield cell_found(
                view,
                start,
                end,
                figure,
                table["unit"],
                rule=RULE,
                year=year,
                kind="BUDGET",
                label=label,
            )


def _tokens(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """The table's tokens, a page's footer taken out and a spaced label's letters joined
    (本 年 收 入 合 计: one word)."""
    blank = _FOOTER.sub(lambda m: " " * len(m.group()), text[start:stop])
    tokens: list[tuple[int, int, str]] = []
    for found in _TOKEN.finditer(blank):
        begin, end, word = start + found.start(), start + found.end(), found.group()
        single = len(word) == 1 and _CHAR.fullmatch(word)
        if single and tokens and tokens[-1][3]:
            last = tokens[-1]
            tokens[-1] = (last[0], end, last[2] + word, True)
            continue
        tokens.append((begin, end, word, bool(single)))
    return [(b, e, w) for b, e, w, _ in tokens]


def _placed(text: str, start: int, stop: int) -> list[tuple[int, int, str, str]] | None:
    """(start, end, figure, label) of every figure of the table where its sums place them
    all (see above), else None."""
    tokens = _tokens(text, start, stop)
    first = next((i for i, t in enumerate(tokens) if _FIRST_ROW.fullmatch(t[2])), None)
    if first is None:
        return None
    heads = [t[2] for t in tokens[:first]]
    if not any(_HEAD.fullmatch(h) for h in heads) or any(_OTHER_HEAD.search(h) for h in heads):
        return None
    rows: list[tuple[int, int, str, str | None]] = []  # figure and its row's label
    before = None  # the token right before: a label, the head, or a figure
    for begin, end, word in tokens[first:]:
        if _FIGURE.fullmatch(word):
            label = before if before not in (None, "") else None
            rows.append((begin, end, word, label))
            before = None
        elif _HEAD.fullmatch(word):
            before = ""  # a page's repeated head: the figure after it has no row shown
        elif _LABEL.fullmatch(word) and not _OTHER_HEAD.search(word):
            before = word
        else:
            return None  # a 行次, a code or a word of another kind: not this shape
    if not rows:
        return None
    return _by_sums(rows)


def _side(label: str) -> str | None:
    name = _NUMBER.sub("", label)
    if name in _TOTALS:
        return _TOTALS[name]
    if name.endswith("收入"):
        return "income"
    if name.endswith("支出"):
        return "spending"
    return None


def _by_sums(rows) -> list[tuple[int, int, str, str]] | None:
    sums: dict[str, Decimal] = {"income": Decimal(0), "spending": Decimal(0)}
    totals: dict[str, list[Decimal]] = {}
    loose: list[Decimal] = []
    for _, _, figure, label in rows:
        value = number_value(figure)
        if label is None:
            loose.append(value)
            continue
        side = _side(label)
        if side is None:
            return None  # a 结转 or 结余 row with a figure: the sides are not this simple
        if side in sums:
            sums[side] += value
        else:
            totals.setdefault(side, []).append(value)
    if any(len(totals.get(t, ())) != 1 for t in _TOTALS.values()):
        return None
    subtotal_in, subtotal_out = totals["in"][0], totals["out"][0]
    if not (subtotal_in == totals["in_all"][0] and subtotal_out == totals["out_all"][0]):
        return None
    extra = sum(loose, Decimal(0))
    income_short = subtotal_in - sums["income"]
    spending_short = subtotal_out - sums["spending"]
    if loose and income_short == extra and spending_short == 0:
        side = "收入"
    elif loose and spending_short == extra and income_short == 0:
        side = "支出"
    elif not loose and income_short == 0 and spending_short == 0:
        side = ""
    else:
        return None
    return [
        (begin, end, figure, label or _UNPLACED.format(side=side))
        for begin, end, figure, label in rows
    ]
