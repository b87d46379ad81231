"""A table flattened into running prose: its heads run together, one money head carrying its
unit, each row's money cell glued between the row's words (forty-fifth trial's 672).

A document-sharing site prints a report's table as one run of words, its heads with no blank
between them and the head's unit cut from it by the site's page marker (``3、`` at the start
of a line)::

    项目整体目标如下:实施单位项目名称预算金额
    3、(万元)任务目标某某局▲某某音乐会项目66.30举办一台…音乐会。▲某某惠民项目313.00举办12场…

The cells were neither read nor listed: no figure carries a unit, and no blank or bar cuts
the cells. The heads place them: a name head (项目名称, 实施单位…) then one money head whose
words name a kind (预算金额: BUDGET, ``kindwords.kind_of``) with its unit in brackets right
after it (or after a page marker whose page before it has its own marker), then a head of
words (任务目标, 主要内容, 备注…). The other columns are words, so a row's first figure, right
after its name, is its money cell. Each row (cut at 。 or a bullet ▲●■◆) has its first figure
read in the head's unit and kind only where it is written to the fen (66.30: two decimals),
stands right after a word or a closing mark and right before a word that is no unit or measure
(举办, not 场 or 万). Reading stops at a heading, a unit declared again or ``REACH`` characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_prose_tables"]

RULE = "money-table"
_HEADS = re.compile(
    r"(?:项目名称|实施单位|单位名称|项目单位)[\u4e00-\u9fff]{0,12}?"
    r"(?P<money>预算金额|预算数|安排金额|安排资金|下达金额|支出金额|执行金额)"
    r"[ \t]*(?:\n(?P<page>\d{1,3})、)?[ \t]*[（(](?P<unit>万元|元)[)）]"
    r"[\u4e00-\u9fff]{0,6}?(?:目标|内容|备注|用途|说明|成效)"
)
_ROW = re.compile(r"[^。▲●■◆；;]+")
_FIRST = re.compile(r"\d[\d,.]*")
_CELL = re.compile(r"(?:0|[1-9]\d{0,8})\.\d\d")
_BEFORE = re.compile(r"[\u4e00-\u9fff”》」)）]")
_NOT_AFTER = re.compile(r"[万亿元个人次场项家年月日天户米吨台辆件套份册本页批期号%％倍分]")
_END = re.compile(
    r"(?:^|\n)\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)|单位[：:]"
)
REACH = 800  # characters of a table's rows after its heads


def find_prose_tables(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each row's money cell of each such table (see above)."""
    text = simplified(view.text)
    for heads in _HEADS.finditer(text):
        page = heads["page"]
        if page and not re.search(rf"(?:^|\n){int(page) - 1}、", text[: heads.start()]):
            continue  # a numbered list's item, not a sharing site's page marker
        kind = kind_of(heads["money"])
        if kind is None or kind == "OTHER":
            continue
        stop = min(len(text), heads.end() + REACH)
        end = _END.search(text, heads.end(), stop)
        stop = stop if end is None else end.start()
        for row in _ROW.finditer(text, heads.end(), stop):
            first = _FIRST.search(row.group())
            if first is None:
                continue
            at = row.start() + first.start()
            figure = first.group().rstrip(".,")
            if not _CELL.fullmatch(figure) or not _BEFORE.match(text, at - 1):
                continue
            after = text[at + len(figure) : at + len(figure) + 1]
            if not re.fullmatch(r"[\u4e00-\u9fff]", after) or _NOT_AFTER.match(after):
                continue
            label = re.sub(r"\s+", "", text[row.start() : at])[-30:]
            yield cell_found(
                view,
                at,
                at + len(figure),
                figure,
                heads["unit"],
                rule=RULE,
                year=year,
                kind=kind,
                label=f"{label} {heads['money']}",
            )
