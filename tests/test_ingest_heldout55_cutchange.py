"""A change said as a budget cut (比上年压缩预算7.35万元: trial 55's 962; 压缩的52万元出自公务接待费
预算, 压缩公务接待费52万元: 964) or as 多出 with how near the figure is (本年度比上年多出近74万元;
比去年…决算预算数48.32万元多出103万余元: 961) is a change, not the budget its 预算 names
(``kindwords``, ``moreless``, ``compared``); a rate's 压缩 (較2010年壓縮2%) and a revenue
outcome 多出 its budget keep their readings; 压缩开支 is a saving (trial 57). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例局2031年三公经费预算情况说明") -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


def test_a_budget_cut_compared_with_last_year():
    text = "三、公务用车购置及运行费情况\n2031年预算212.4万元,比上年压缩预算6.2万元。\n"
    assert read(text) == [("212.4万元", "BUDGET"), ("6.2万元", "CHANGE")]


def test_the_cut_named_and_the_fee_cut():
    text = (
        "样例局今年“三公”经费预算数为960.5万元,比去年预算数减少18万元,压缩1.8%。"
        "其中因公出国(境)费和公务用车费预算与去年持平,压缩的18万元出自公务接待费预算。"
        "样例局就此作出说明,压缩公务接待费18万元,主要是贯彻落实中央八项规定精神。\n"
    )
    assert read(text) == [
        ("960.5万元", "BUDGET"),
        ("18万元", "CHANGE"),
        ("18万元", "CHANGE"),
        ("18万元", "CHANGE"),
    ]


def test_more_by_nearly_so_much_than_last_year():
    text = (
        "公布显示,其2030年“三公”经费财政拨款决算数为320.5万元,2031年“三公”经费财政拨款预算数为"
        "362.4万元,本年度比上年多出近42万元。\n"
    )
    assert read(text)[-1] == ("42万元", "CHANGE")


def test_more_than_a_figure_compared():
    text = "今年公务接待费预算数为80.6万元,比去年公务接待费决算数30.1万元多出50万余元,多出一倍多。\n"
    assert read(text) == [("80.6万元", "BUDGET"), ("30.1万元", "SPENDING"), ("50万", "CHANGE")]


def test_a_rates_cut_in_brackets_names_no_change_of_the_next_item():
    text = (
        "2031年樣例署「三公經費」財政撥款預算中,因公出國(境)費60萬元(零增長),"
        "公務用車購置及運行費120.5萬元(較2030年壓縮2%),公務接待費86萬元(零增長)。\n"
    )
    assert [kind for _, kind in read(text)] == ["BUDGET", "BUDGET", "BUDGET"]


def test_cutting_expenses_is_a_saving():
    text = "2030年公务接待费支出12万元,压缩开支3万元。\n"
    assert read(text, "样例局2030年度部门决算")[-1] == ("3万元", "SAVING")


def test_spending_cut_in_all_is_a_saving():
    # trial 57's 1078: …统一按照5%的比例进行压减,压减支出共计8.2亿元 (read as spending before)
    text = "2031年省直部门的运行经费统一按照5%的比例进行压减,压减支出共计8.2亿元。\n"
    assert read(text, "样例局2030年度部门决算")[-1] == ("8.2亿元", "SAVING")


def test_a_revenue_outcome_more_than_its_budget_stays_other():
    text = "财政拨款本年收入1205.11万元,比年初预算多出37.35万元。\n"
    assert read(text, "样例局2031年度部门决算说明")[-1] == ("37.35万元", "OTHER")
