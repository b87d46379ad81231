"""Spending by economic class that makes up its total, and the appropriation's side of the same
total stated sections later (财政拨款为…,相对应的支出为…: trial 46's 704), are two cuts of one
whole: the later one hangs under no line, so no line's parts add up to more than it. A part
restated later is merged with itself, not unhung. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract

ACCOUNTS = (
    "样例县环卫局2031年部门决算公开说明\n"
    "一、支出决算情况\n"
    "2031年支出合计300.00万元,其中工资福利支出为100.00万元;商品和服务支出为150.00万元;"
    "对个人和家庭的补助支出为50.00万元。\n"
    "二、关于单位2031年度财政拨款收入支出决算总体情况说明\n"
    "2031年财政拨款为200.00万元,相对应的支出为200.00万元。\n"
)


def parents(text: str) -> dict[Decimal, set]:
    report = extract(text, "fictional.txt")
    names = {line.key: line.name for line in report.lines}
    found: dict[Decimal, set] = {}
    for line in report.lines:
        found.setdefault(line.amount, set()).add(names.get(line.parent))
    return found


def test_the_appropriations_side_is_no_part_beside_the_classes():
    found = parents(ACCOUNTS)
    assert found[Decimal("1000000")] == {"支出"}  # the classes stay under their total
    assert found[Decimal("2000000")] == {None}


def test_a_part_restated_later_is_merged_not_unhung():
    text = (
        "样例县环卫局2031年部门决算公开说明\n一、支出决算情况\n"
        "2031年支出合计300.00万元,其中基本支出100.00万元,项目支出200.00万元。\n"
        "二、基本支出情况\n2031年基本支出100.00万元,主要用于人员经费和公用经费。\n"
    )
    found = parents(text)
    assert found[Decimal("1000000")] == {"支出"}
    assert found[Decimal("2000000")] == {"支出"}
