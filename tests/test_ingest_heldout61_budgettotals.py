"""A budget note's unit named by its revenue total's sentence (trial 61's 1209, 海东市残疾人联合会's
untitled budget note: (一)收入情况。海东市残疾人联合会本年度预算总收入为376.59万元: unnamed before).
Pattern: a placed name opening its line or the run-in heading (（一）收入情况。), then the year
(本年度, 2035年度) and the revenue total (预算总收入, 收入预算总计) (``document.budgettotals``).
Not a name inside a sentence, not another total, not a name with no place. Test material,
fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.budgettotals import budget_totals_unit

NOTE = (
    "一、部门基本情况\n(一)所属单位。机关事业单位1个。\n二、收支预算总表说明(表1)\n"
    "(一)收入情况。{line}为120.5万元,比上年减少4.5万元。\n"
    "(二)支出情况。本年度支出预算120.5万元。其中:基本支出100万元,项目支出20.5万元。\n"
)


def test_the_revenue_totals_sentence_names_the_unit():
    text = NOTE.format(line="青岚市样例联合会本年度预算总收入")
    assert budget_totals_unit(text)[0] == "青岚市样例联合会"
    assert document(text).unit == "青岚市样例联合会"


@pytest.mark.parametrize(
    "line",
    [
        "根据青岚市财政局批复,本年度预算总收入",  # a name inside a sentence
        "青岚市样例联合会本年度支出预算",  # another total
        "样例联合会本年度预算总收入",  # no place
    ],
)
def test_no_placed_name_before_the_revenue_total_is_read(line):
    assert budget_totals_unit(NOTE.format(line=line)) is None
