"""Thirty-second held-out trial: a funds grid whose column groups print their own label
before every cell (``tables/labelledgroups``), held on fictional text. Read only where the
heads name the groups, the first row's labels name the same kinds in the same order, later
rows repeat one label per group, and a stated 执行率 agrees; otherwise today's reading
(each cell unread) stays."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract

TITLE = "青岚县文化馆2023年度预算项目绩效自评表\n"


def money(text: str) -> list[tuple[str, str | None, Decimal]]:
    return [(m.as_written, m.kind, m.amount) for m in extract(text, "fictional.txt").money]


def test_two_groups_in_yuan_each_cell_labelled_are_read_in_their_group():
    text = TITLE + (
        "项目名称: 非遗展演 金额单位:元\n"
        "预算批复情况 资金支出情况 执行率\n"
        "调整后预算数 12000.00 支出数 9600.00 80%\n"
        "当年财政拨款 10000.00 当年财政拨款 8000.00\n"
        "上年结转 2000.00 上年结转 1600.00\n"
        "三、绩效指标\n"
    )
    assert money(text) == [
        ("12000.00", "BUDGET", Decimal("12000")),
        ("9600.00", "SPENDING", Decimal("9600")),
        ("10000.00", "BUDGET", Decimal("10000")),
        ("8000.00", "SPENDING", Decimal("8000")),
        ("2000.00", "CARRY_OVER", Decimal("2000")),
        ("1600.00", "CARRY_OVER", Decimal("1600")),
    ]


def test_three_groups_without_a_rate_are_read_by_their_labels():
    text = TITLE + (
        "(单位:万元)\n预算安排情况 资金到位情况 资金执行情况\n预算数 3.50 到位数 3.00 执行数 2.75\n"
    )
    assert [(w, k) for w, k, _ in money(text)] == [
        ("3.50", "BUDGET"),
        ("3.00", "REVENUE"),
        ("2.75", "SPENDING"),
    ]


def _unread(text: str) -> set[str]:
    """The figures listed, none of them read (which other rule lists them is theirs)."""
    found = money(text)
    assert all(kind is None for _, kind, _ in found), found
    return {written for written, _, _ in found}


def test_a_rate_that_disagrees_leaves_the_grid_unread():
    text = TITLE + (
        "金额单位: 万元\n"
        "预算安排情况 资金到位情况 资金执行情况 预算执行进度(%)\n"
        "预算数 8.00 到位数 8.00 执行数 6.00 100.00\n"
    )
    assert _unread(text) >= {"8.00", "6.00"}


def test_labels_out_of_the_heads_order_or_a_row_of_mixed_labels_are_not_placed():
    swapped = TITLE + (
        "金额单位: 万元\n"
        "预算安排情况 资金到位情况 资金执行情况\n"
        "到位数 8.00 预算数 8.00 执行数 6.00\n"
    )
    assert _unread(swapped) >= {"6.00"}
    mixed = TITLE + (
        "金额单位: 万元\n"
        "预算安排情况 资金到位情况 资金执行情况\n"
        "预算数 8.00 到位数 8.00 执行数 6.00\n"
        "财政资金 8.00 其他资金 8.00 财政资金 6.00\n"
    )
    found = money(mixed)
    assert [k for _, k, _ in found[:3]] == ["BUDGET", "REVENUE", "SPENDING"]
    assert all(kind is None for _, kind, _ in found[3:])


def test_without_a_declared_unit_nothing_is_read():
    text = TITLE + ("预算安排情况 资金到位情况 资金执行情况\n预算数 8.00 到位数 8.00 执行数 6.00\n")
    assert all(kind is None for _, kind, _ in money(text))
