"""Two figures given 分别 for two names of different kinds take each its name's kind, in order
(住建部在公务接待费方面,去年决算和今年预算分别仅为26.07万元和13.95万元: trial 55's 969, the 决算
read as a budget by the 预算 nearest it), read by ``pairedsides``; two names of one kind, fees'
names and a single figure keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例部2031年三公经费预算情况说明") -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


def test_last_years_accounts_and_this_years_budget_respectively():
    text = "值得注意的是,样例部在公务接待费方面,去年决算和今年预算分别仅为12.07万元和9.5万元。\n"
    assert read(text) == [("12.07万元", "SPENDING"), ("9.5万元", "BUDGET")]


def test_a_budget_and_its_spending_respectively():
    text = "该项目年初预算与实际支出分别为12万元和11.5万元,执行率95.8%。\n"
    assert read(text, "样例局2031年项目支出绩效自评报告") == [
        ("12万元", "BUDGET"),
        ("11.5万元", "SPENDING"),
    ]


def test_revenue_and_spending_totals_respectively_with_one_unit_word():
    text = "2031年度本年收入合计与本年支出合计分别为820.5和815.2万元。\n"
    assert read(text, "样例局2031年度部门决算") == [
        ("820.5", "REVENUE"),
        ("815.2万元", "SPENDING"),
    ]


def test_two_fees_names_keep_their_readings():
    text = "(二)项目投入情况\n(1)协作区经费和协作办公费经费分别为3万元和10万元。\n"
    read_so = read(text, "样例委2031年区域协作经费绩效评价报告")
    assert read_so[0][1] == read_so[1][1]  # one kind for both names: no pair of sides


def test_two_names_of_one_kind_keep_their_readings():
    text = "2030年决算和2029年决算分别为20万元和18万元。\n"
    assert read(text, "样例局2030年度部门决算") == [("20万元", "SPENDING"), ("18万元", "SPENDING")]
