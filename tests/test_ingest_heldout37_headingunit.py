"""A self-assessment form whose money heading's unit is printed after the column heads
(项目资金 | 年初预算数 … 得分 | (万元) | 年度资金总额 …: thirty-seventh trial's 500) is read in
that unit, its rows placed under their columns; a unit cell with no money heading before
the heads, or a (万元) that is not the heads' last cell, declares nothing. All text
fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found


def _cells(*cells: str) -> str:
    """A web page's table flattened: one cell a paragraph."""
    return "".join(f"{cell}\n\n" for cell in cells)


_HEADS = _cells("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
_ROWS = _cells(
    "年度资金总额", "80", "75", "60", "10", "80%", "8", "其中:当年财政拨款", "80", "75", "60"
)


def _text(before_heads: str, after_heads: str) -> str:
    return (
        _cells("样例县文体局2031年度项目支出绩效自评表", "项目名称", "乡村文化活动经费")
        + _cells("主管部门", "样例县文体局")
        + f"{before_heads}{_HEADS}{after_heads}{_ROWS}"
        + _cells("二、存在的问题", "无。")
    )


def test_the_unit_after_the_heads_declares_the_form_unit():
    money = found(_text(_cells("项目资金", " "), _cells("(万元)")))
    read = [(w, k, y) for w, k, y, r in money if r is None]
    assert ("80", "BUDGET", Decimal("800000")) in read
    assert ("75", "BUDGET", Decimal("750000")) in read
    assert ("60", "SPENDING", Decimal("600000")) in read
    assert len(read) == 6


def test_written_as_one_cell_before_the_heads_reads_as_before():
    money = found(_text(_cells("项目资金(万元)"), ""))
    assert ("60", "SPENDING", Decimal("600000"), None) in money


def test_no_money_heading_before_the_heads_declares_nothing():
    money = found(_text(_cells("说明"), _cells("(万元)")))
    assert not [w for w, k, y, r in money if r is None and w in ("80", "75", "60")]


def test_a_unit_after_the_heads_is_taken_only_where_the_rate_proves_the_row():
    for rate in ("0.8", "95%"):  # a bare fraction proves nothing; 95% disagrees with 60 / 75
        text = _text(_cells("项目资金", " "), _cells("(万元)")).replace(
            "\n\n80%\n\n", f"\n\n{rate}\n\n"
        )
        assert not [w for w, k, y, r in found(text) if r is None and w in ("80", "75", "60")]
