"""Rule ``glued-funds``: a self-evaluation form's funds row whose cells run together, cut where
the row's own 执行率 proves the cut.

A 绩效自评表 flattened with no blank between its cells writes its funds row as one run of
digits: under ``资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分`` the row
``年度资金总额:202010100.00%10`` is 20 | 20 | 10 | 100.00% | 10 (the eighth held-out trial's
135). No figure stands alone there, so no other rule reads it. The heads say how many cells the
run holds and of what (money, 分值, the rate); every way to cut the digits before the % into
that many well-formed cells (no leading zero, a 分值 a whole number of points up to 100, a rate
of at most two decimals) is tried, and the row is read only where exactly one cut gives the
stated rate to its written precision (20 / 20 = 100.00%) and a 得分 after the rate within the
分值. The ``其中`` row right after (``其中:本年财政拨款2020``: money cells only, no rate) is
cut into the money columns where exactly one cut keeps each part within the total's cell of
its column (20 | 20; 202 | 0 is over the total's 20): a part of a total is never more than it.

A province's form (the nineteenth trial's 242, OCR'd) writes its 得分 head with its formula,
``得分(20分*执行率)``, and its row ``年度财政资金总额`` (a blank where the cell's line wrapped):
``预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政 资金总额10001000100%20`` is 1000 |
1000 | 100% | 20, cut as above. OCR may print the rate head's ``)`` as ``1`` (``执行率(B/A1得分``),
read so only where the next head follows at once.

A mirror's form (the twentieth trial's 249, traditional characters with readings) writes the
rate head with its formula, ``预算执行率(B/A×100%)``, and a 其中 row with a rate of its own,
``其中:中央财政资金390390100%``: a 其中 row that states its rate is cut as the total's is,
proven by that rate, each money cell within the total's (the readings, 全年預(yù)算數(shù)(A), are
out of the text the table rules read: ``extract``). A 其中 row may list its sources with 、
(``其中:中央、省、市补助县级资金194.9194.9100%``, a document site's form: the twenty-second
trial's 282).

The unit must be declared before the heads (``(万元)``, ``单位:万元``); a head the form does not
name plainly (an OCR'd 预匏数) stops the rule. Kinds are the heads' (``ratedrows``): 预算 BUDGET,
执行 SPENDING, 到位 REVENUE.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.ratedrows import _RATE_CELL, _UNIT_DECLARED, _checks, _money_kind
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_glued_funds"]

RULE = "glued-funds"
_HEAD = re.compile(
    r"(?P<money>(?:年初|全年|调整后?|本年)?(?:预算|执行|到位)(?:数|资金|金额))"
    r"(?:[(（](?P<letter>[A-Z])[)）])?"
    r"|(?P<rate>(?:预算|资金)?(?:执行|到位)率)[(（](?P<num>[A-Z])/(?P<den>[A-Z])"
    r"(?:\s*[×*xX]\s*100\s*%)?"  # 执行率(B/A×100%): its formula
    r"(?:[)）]|1(?=分值|得分))"  # 执行率(B/A1得分: an OCR'd ")" before the next head
    r"|(?P<other>分值|得分)(?:[(（][^()（）\n]{1,16}[)）])?"  # 得分(20分*执行率): its formula
)
_HEADS = re.compile(rf"(?:{_HEAD.pattern})+")
_ROW = re.compile(
    r"(?P<label>年度(?:财政)?\s?资金总额)[:：]?(?P<run>[\d.]+(?:万[\d.]+)*)%(?P<score>\d+(?:\.\d+)?)?"
)
_PART = re.compile(
    r"(?P<label>其中[:：]?[\u4e00-\u9fff][\u4e00-\u9fff、]{1,15}?)"  # 中央、省、市补助
    r"(?:(?P<run>\d[\d.]*)(?![\d.%])|(?P<rated>[\d.]+)%)"  # 其中:中央财政资金390390100%
)
_MONEY_CELL = re.compile(r"(?:0|[1-9]\d*)(?:\.\d{1,6})?万?")
"""A money cell; one written with its own 万 (10万10万100%20: a mirror's form, the fortieth
trial) ends there, so the 万 cuts the run itself; it is read in 万元, whatever the heads say."""
_POINTS_CELL = re.compile(r"[1-9]\d?|100")
_RATE = re.compile(r"(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?")
HEAD_REACH = 120  # characters between the heads and the funds row
UNIT_REACH = 40  # characters before the heads in which their unit is declared


def find_glued_funds(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of each glued funds row (and its 其中 row) that one cut proves."""
    text = simplified(view.text)
    for row in _ROW.finditer(text):
        heads = _heads_before(text, row.start())
        if heads is None:
            continue
        columns, unit = heads
        before = columns[: _rate_at(columns)]
        rate_head = columns[len(before)]
        cuts = [
            cut
            for cut in _cuts(row["run"], [c[0] for c in before] + ["RATE"])
            if _proven(cut, before, rate_head, row["score"], columns)
        ]
        if len(cuts) != 1:
            continue
        money = [(c, piece) for c, piece in zip(before, cuts[0], strict=False) if c[0] == "MONEY"]
        label = re.sub(r"\s", "", row["label"])  # 年度财政 资金总额: a cell's wrapped line
        yield from _cells(view, before, cuts[0], row.start("run"), unit, year, label)
        yield from _part(view, text, row.end(), rate_head, money, unit, year)


def _heads_before(text: str, at: int) -> tuple[list[tuple], str] | None:
    """The columns (kind tag, money kind, name, letter, formula) of the heads written glued
    right before the row at ``at``, and their declared unit; None where there are none."""
    window = text[max(0, at - HEAD_REACH) : at]
    found = list(_HEADS.finditer(window))
    if not found:
        return None
    heads = found[-1]
    if heads.end() != len(window):
        return None  # the heads run into the row: nothing between them
    declared = list(
        _UNIT_DECLARED.finditer(window, max(0, heads.start() - UNIT_REACH), heads.start() + 1)
    )
    if not declared:
        return None
    unit = declared[-1]["u"] or declared[-1]["v"]
    columns: list[tuple] = []
    for head in _HEAD.finditer(heads.group()):
        if head["money"]:
            kind = _money_kind(head["money"])[1]
            columns.append(("MONEY", kind, head.group(), head["letter"], None))
        elif head["rate"]:
            columns.append(("RATE", None, head.group(), None, (head["num"], head["den"])))
        else:
            columns.append(
                ("POINTS" if head["other"] == "分值" else "SCORE", None, head.group(), None, None)
            )
    if sum(1 for c in columns if c[0] == "RATE") != 1:
        return None
    return columns, unit


def _rate_at(columns: list[tuple]) -> int:
    return next(i for i, c in enumerate(columns) if c[0] == "RATE")


def _cuts(run: str, tags: list[str]) -> Iterator[list[str]]:
    """Every way to cut ``run`` into one well-formed piece per tag, in order."""
    if not tags:
        if not run:
            yield []
        return
    pattern = {"MONEY": _MONEY_CELL, "POINTS": _POINTS_CELL, "SCORE": _POINTS_CELL, "RATE": _RATE}[
        tags[0]
    ]
    for end in range(1, len(run) + 1):
        if tags[0] != "MONEY" and "万" in run[:end]:
            break  # a 万 closes a money cell: never a 分值's or a rate's
        if pattern.fullmatch(run[:end]) and _whole_cell(run, end, tags[0]):
            for rest in _cuts(run[end:], tags[1:]):
                yield [run[:end], *rest]


def _whole_cell(run: str, end: int, tag: str) -> bool:
    """A money cell of a run that writes 万 after its cells ends on its 万 (10万 | 10万)."""
    return tag != "MONEY" or "万" not in run or run[end - 1] == "万"


def _figure(piece: str) -> str:
    return piece.removesuffix("万")


def _proven(cut, before, rate_head, score, columns) -> bool:
    """The cut's rate is its two money cells' quotient, and a 得分 is within the 分值."""
    letters = {c[3]: _figure(piece) for c, piece in zip(before, cut, strict=False) if c[3]}
    num, den = (letters.get(letter) for letter in rate_head[4])
    if num is None or den is None or number_value(num) == 0 or number_value(cut[-1]) == 0:
        return False  # 0 / x is 0% for any x, and a small x / a huge y rounds to 0.00%
    if not _checks(num, den, _RATE_CELL.fullmatch(cut[-1] + "%")):
        return False
    points = [p for c, p in zip(before, cut, strict=False) if c[0] == "POINTS"]
    if score is not None and points and number_value(score) > number_value(points[0]):
        return False
    return not (score is None and any(c[0] == "SCORE" for c in columns))


def _offsets(at: int, pieces: list[str]) -> list[int]:
    out = []
    for piece in pieces:
        out.append(at)
        at += len(piece)
    return out


def _part(view, text, at, rate_head, money, unit, year) -> Iterator[MoneyFound]:
    """The 其中 row right after the total: its money cells, each within the total's; where
    the row states its own rate, only the cut that rate proves."""
    part = _PART.match(text, at)
    if part is None or not money:
        return
    columns = [column for column, _ in money]
    if part["rated"]:  # its money cells and its rate (no 分值, no 得分 in a 其中 row)
        cuts = [
            cut[:-1]
            for cut in _cuts(part["rated"], ["MONEY"] * len(money) + ["RATE"])
            if _proven(cut, columns, rate_head, None, [])
        ]
    else:
        cuts = list(_cuts(part["run"], ["MONEY"] * len(money)))
    tops = [number_value(_figure(piece)) for _, piece in money]
    cuts = [
        c for c in cuts if all(number_value(_figure(p)) <= t for p, t in zip(c, tops, strict=True))
    ]
    if len(cuts) != 1:
        return
    label = re.sub(r"^其中[:：]?", "其中:", part["label"])
    start = part.start("rated") if part["rated"] else part.start("run")
    yield from _cells(view, columns, cuts[0], start, unit, year, label)


def _cells(view, columns, pieces, at, unit, year, label) -> Iterator[MoneyFound]:
    """The money cells of a row cut into ``pieces`` from ``at``, one per column (a cut may
    end on a rate no column is listed for), each of its column's kind."""
    for column, piece, start in zip(columns, pieces, _offsets(at, pieces), strict=False):
        if column[0] == "MONEY" and column[1]:
            end = start + len(piece)
            figure = _figure(piece)
            yield cell_found(
                view,
                start,
                end,
                figure,
                "万元" if figure != piece else unit,
                rule=RULE,
                year=year,
                kind=column[1],
                label=f"{label} {column[2]}",
            )
