"""Trial 56's 1009 and 1039, by class, on fictional texts: a difference from the year's budget
said with its rate of change (较年初预算数增加275.39万元,增长21.3%) is stated as a change, CHANGE,
as the corpus's 148, 798 and 263 read it; one with no rate (完成年初预算的70%,比年初预算减少…)
stays OTHER. A 三公 outcome said 高于 / 低于 its budget (之所以高于预算数1.11亿元, the sentence's
subject the one before) is a 三公 difference, CHANGE; elsewhere it stays OTHER, and 高于预算的
(the budget itself) stays a budget. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str) -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


ACCOUNTS = "样例学校2031年度部门决算公开说明"


def test_a_revenue_difference_with_its_rate_is_a_change():
    text = (
        "1.收入情况。2031年度一般公共预算财政拨款收入1,200.00万元,较上年决算数增加20.00万元,"
        "增长1.7%。主要原因是人员增加。较年初预算数增加200.00万元,增长20%。主要原因是追加项目。\n"
    )
    assert read(text, ACCOUNTS)[-1] == ("200.00万元", "CHANGE")


def test_a_spending_difference_with_its_decline_is_a_change():
    text = (
        "本部门2031年度财政拨款支出500.5万元,较上年决算数增加10.5万元,增长2.1%。"
        "较年初预算数减少40.5万元,下降7.5%。主要原因是部分项目未实施。\n"
    )
    assert read(text, ACCOUNTS)[-1] == ("40.5万元", "CHANGE")


def test_a_difference_said_more_with_its_rate_of_difference():
    text = "年初预算数100000.00元,年末支出合计150000.00元。支出合计比年初预算数多50000.00元,差异率为50%。\n"
    assert read(text, ACCOUNTS)[-1] == ("50000.00元", "CHANGE")


def test_a_difference_with_no_rate_stays_other():
    text = "财政拨款本年收入1205.11万元,完成年初预算的70%,比年初预算减少537.35万元。\n"
    assert read(text, ACCOUNTS)[-1] == ("537.35万元", "OTHER")


def test_a_three_public_total_beyond_its_budget_in_a_reason():
    text = (
        "样例省本级2031年“三公经费”财政拨款预算执行数为8.5亿元。“之所以高于预算数0.3亿元,"
        "主要是因新设机构等特殊事项,增加了一部分预算。”\n"
    )
    assert read(text, "样例省本级2032年“三公经费”预算公开")[-1] == ("0.3亿元", "CHANGE")


def test_an_outcome_beyond_its_budget_elsewhere_stays_other():
    text = "2031年养老保险补贴实际发放数高于预算数12万元,主要是参保人数增加。\n"
    assert read(text, ACCOUNTS)[-1] == ("12万元", "OTHER")


def test_the_budget_an_outcome_is_compared_with_stays_a_budget():
    text = "2031年样例局“三公”经费中,因公出国(境)费用0.6亿元,低于预算的0.8亿元。\n"
    assert read(text, "样例局2031年“三公”经费决算说明")[-1] == ("0.8亿元", "BUDGET")
