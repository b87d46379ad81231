"""The 2023 funding lines: amounts to the yuan, stated vs derived, shares, roll-ups."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import ask

LINE = """
query($name: String!) {
  fundingLine(name: $name) {
    name year asWritten statedShare computedShare
    amount { amount currency basis method }
    parent { name }
    children { name amount { amount basis } }
    funds { name kind }
    unit { name }
    document { id fiscalYear }
    sources { quote }
  }
}
"""

STATED = [
    ("基本支出", "2988000.00", None, "一般公共预算支出"),
    ("人员经费", "2462600.00", "82", "基本支出"),
    ("公用经费", "525400.00", "18", "基本支出"),
    ("项目支出", "41388600.00", None, "一般公共预算支出"),
    ("智慧大脑+政务服务费", "18350000.00", "44", "项目支出"),
    ("雪亮工程项目经费", "3833200.00", "9", "项目支出"),
    ("提升工程项目经费", "13221400.00", "32", "项目支出"),
    ("电子政务外网运维费", "1798500.00", "4", "项目支出"),
    ("智慧益阳管理中心电费", "3030000.00", "7", "项目支出"),
    ("财税综合信息平台项目经费", "947500.00", "2", "项目支出"),
]


@pytest.mark.parametrize(("name", "yuan", "share", "parent"), STATED, ids=[s[0] for s in STATED])
def test_stated_lines_are_exact_yuan_with_their_stated_share(kg, name, yuan, share, parent):
    line = ask(kg, LINE, name=name)["fundingLine"]
    assert line["amount"] == {"amount": yuan, "currency": "CNY", "basis": "STATED", "method": None}
    assert line["statedShare"] == share
    assert line["parent"]["name"] == parent
    assert line["year"] == 2023
    assert line["unit"]["name"] == "益阳市智慧城市和大数据中心"
    assert line["document"]["fiscalYear"] == 2023
    assert any(
        str(Decimal(yuan) / 10000).rstrip("0").rstrip(".") in s["quote"] for s in line["sources"]
    )


def test_the_unitemised_remainder_is_a_derived_line_with_its_rule(kg):
    line = ask(kg, LINE, name="其他项目支出")["fundingLine"]
    assert line["amount"]["amount"] == "208000.00"
    assert line["amount"]["basis"] == "DERIVED"
    assert "41,388,600.00" in line["amount"]["method"]
    assert "= 208,000.00 CNY" in line["amount"]["method"]
    assert line["statedShare"] is None
    assert line["sources"][0]["quote"].startswith("还有其他项目支出")


def test_project_expenditure_children_add_up_to_the_stated_total(kg):
    line = ask(kg, LINE, name="项目支出")["fundingLine"]
    total = sum(Decimal(c["amount"]["amount"]) for c in line["children"])
    assert total == Decimal("41388600.00")
    assert len(line["children"]) == 7


def test_basic_expenditure_parts_add_up_exactly(kg):
    line = ask(kg, LINE, name="基本支出")["fundingLine"]
    assert {c["name"]: c["amount"]["amount"] for c in line["children"]} == {
        "人员经费": "2462600.00",
        "公用经费": "525400.00",
    }


def test_computed_share_is_derived_from_amounts_next_to_the_stated_one(kg):
    line = ask(kg, LINE, name="提升工程项目经费")["fundingLine"]
    assert line["statedShare"] == "32"
    assert line["computedShare"] == "31.94"


def test_general_budget_is_a_derived_sum(kg):
    line = ask(kg, LINE, name="一般公共预算支出")["fundingLine"]
    assert line["amount"]["amount"] == "44376600.00"
    assert line["amount"]["basis"] == "DERIVED"
    assert line["amount"]["method"].startswith("derived: sum of 2 lines")


@pytest.mark.parametrize(
    "name", ["政府性基金预算支出", "国有资本经营预算支出", "社会保险基金预算支出"]
)
def test_budgets_the_report_says_are_none_are_stated_zero(kg, name):
    line = ask(kg, LINE, name=name)["fundingLine"]
    assert Decimal(line["amount"]["amount"]) == 0
    assert line["amount"]["basis"] == "STATED"
    assert line["asWritten"] == "无"


def test_lines_name_what_they_fund(kg):
    funds = {
        name: [f["name"] for f in ask(kg, LINE, name=name)["fundingLine"]["funds"]]
        for name in ("提升工程项目经费", "电子政务外网运维费", "财税综合信息平台项目经费")
    }
    assert funds["提升工程项目经费"] == ["新型智慧城市提升工程"]
    assert funds["财税综合信息平台项目经费"] == ["财税综合信息平台"]
    assert funds["电子政务外网运维费"] == ["电子政务外网"]


def test_funding_lines_of_a_year_and_of_no_year(kg):
    all_2023 = ask(kg, "{ fundingLines(year: 2023) { totalCount } }")["fundingLines"]
    none_2022 = ask(kg, "{ fundingLines(year: 2022) { totalCount nodes { id } } }")["fundingLines"]
    assert all_2023["totalCount"] == len(kg.catalog.lines)
    assert none_2022 == {"totalCount": 0, "nodes": []}
