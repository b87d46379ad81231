"""Rule ``balanced-rows`` (``balancedrows``, twenty-seventh trial): the rows of a project
results table, flattened one row a line, that their own balance proves (预算数 = 执行数 +
结余数), held on fictional text; with the cases where it must not fire: a row that does not
balance, no unit declared, heads that name no 结余数, a news item's numbered lines."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.tables.balancedrows import find_balanced_rows
from govkg.ingest.text.textview import clean_view

HEADS = (
    "单位:万元\n"
    "序号 项目名称 项目实施单位 预算数(调整后) 执行数(至2031年底) 结余数 结余交回财政数 自评得分\n"
    "中央 省级 市级 区级\n"
)
ROWS = (
    "1 样例河道保洁经费 样例区水务站       12.5 12.5 0   100  \n"
    "2 2030年样例补助资金 样例区水务站 40.2       31.7 8.5   88  \n"
    "3 样例设备购置经费 样例区水务站   9     7 1   75  \n"  # 9 != 7 + 1: not read
)


def _found(text: str) -> list[tuple[str, str | None, Decimal]]:
    return [(m.as_written, m.kind, m.amount) for m in find_balanced_rows(clean_view(text), 2031)]


def test_a_balanced_row_gives_its_budget_spending_and_balance_and_never_its_score():
    found = _found("样例区水务站\n" + HEADS + ROWS)
    assert found[:3] == [
        ("12.5", "BUDGET", Decimal("125000.0")),
        ("12.5", "SPENDING", Decimal("125000.0")),
        ("0", "CARRY_OVER", Decimal("0")),
    ]
    assert ("40.2", "BUDGET", Decimal("402000.0")) in found
    assert ("31.7", "SPENDING", Decimal("317000.0")) in found
    assert ("8.5", "CARRY_OVER", Decimal("85000.0")) in found
    assert not any(written in ("100", "88", "75", "9", "7", "1") for written, _, _ in found)


def test_a_figure_between_the_balance_and_the_score_is_listed_unread():
    row = "1 样例培训经费 样例区水务站 30 20 10 10 95\n"
    found = _found(HEADS + row)
    assert ("10", None, Decimal("100000")) in found  # the 结余交回 cell: its column unsaid
    assert ("95", None, Decimal("950000")) not in found


def test_no_unit_declared_or_no_balance_head_reads_nothing():
    assert _found(HEADS.replace("单位:万元\n", "") + ROWS) == []
    no_balance = HEADS.replace("结余数 结余交回财政数", "完成率")
    assert _found(no_balance + ROWS) == []


def test_numbered_news_lines_are_no_rows():
    news = "样例区召开会议\n1 会议听取了 3 个部门的汇报 2 1 1\n"
    assert _found(news) == []
