"""A table comparing a unit's two years, flattened a row a line (trial 54's 942, a hospital's
财务信息公示: 项目及编号 2016年度 2017年度 2017比2016增减 / 收入总计 58596771.09 117154424.7
58557653.59 99.93% …, its 35 cells listed nowhere before): a row whose change is its second
figure less its first, and whose rate is that change over the first, is read: the years'
cells of the kind its words or its group say, the change a CHANGE of its magnitude, an
average a PRICE_OR_RATE. A row no subtraction proves, a row of one figure, a table with no
stated money unit or no change column read nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fictional_text import found
from govkg.ingest.tables.comparedrows import find_compared_rows
from govkg.ingest.text.textview import clean_view

TITLE = "样例县人民医院财务信息公示\n发布时间:2032-03-31\n\n样例县公立医院情况对比表\n"
UNIT = "单位:样例县人民医院 单位:万元\n"
HEAD = "项目 2030年度 2031年度 2031比2030增减\n增减值 增减%\n"
ROWS = (
    "一、收入支出情况对比 (一) 收入总计 1200.50 1500.75 300.25 25.01%\n"
    "1. 财政补助收入 200 350 150 75.00%\n"
    "2. 科研收入 0\n"
    "(二) 支出总计 1100.00 1050.00 -50.00 -4.55%\n"
    "1. 医疗业务成本 800.00 790.00 -10.00 -1.25%\n"
    "二、住院病人人均费用\n"
    "6200.5 6350.5 150 2.42%\n"
)


def _read(text: str) -> dict[str, tuple[str | None, Decimal]]:
    return {written: (kind, amount) for written, kind, amount, _ in found(text)}


def test_rows_their_change_proves_are_read_by_their_kind():
    read = _read(TITLE + UNIT + HEAD + ROWS)
    assert read["1200.50"] == ("REVENUE", Decimal("12005000"))
    assert read["1500.75"] == ("REVENUE", Decimal("15007500"))
    assert read["300.25"] == ("CHANGE", Decimal("3002500"))
    assert read["350"] == ("REVENUE", Decimal("3500000"))
    assert read["1100.00"] == ("SPENDING", Decimal("11000000"))
    assert read["50.00"] == ("CHANGE", Decimal("500000"))  # -50.00: its magnitude
    assert read["790.00"][0] == "SPENDING"  # 成本 under 支出总计
    assert read["6200.5"][0] == "PRICE_OR_RATE"  # an average, its cells on the next line
    assert read["150"][0] in {"CHANGE", "PRICE_OR_RATE"}
    assert read["0"][0] is None  # one figure: its column is not shown


@pytest.mark.parametrize(
    "text",
    [
        TITLE + "单位:样例县人民医院\n" + HEAD + ROWS,  # no money unit stated
        TITLE + UNIT + "项目 2030年度 2031年度 增减\n增减值 增减%\n" + ROWS,  # no compared years
    ],
)
def test_without_a_unit_or_a_compared_head_no_cell_is_read(text):
    assert list(find_compared_rows(clean_view(text), None)) == []


def test_a_row_its_change_does_not_prove_is_listed_unread():
    rows = ROWS.replace("300.25 25.01%", "310.25 25.84%")  # 1500.75 - 1200.50 is 300.25
    listed = {w: (kind, reason) for w, kind, _, reason in found(TITLE + UNIT + HEAD + rows)}
    assert listed["1200.50"][0] is None
    assert "not proven" in listed["1200.50"][1]
    assert listed["310.25"][0] is None
    assert listed["350"][0] == "REVENUE"  # the next row is still proven


def test_a_rate_that_is_not_the_change_over_the_first_year_proves_nothing():
    rows = ROWS.replace("150 75.00%", "150 42.86%")  # 150 / 350, not 150 / 200
    listed = {w: kind for w, kind, _, _ in found(TITLE + UNIT + HEAD + rows)}
    assert listed["200"] is None
    assert listed["350"] is None
