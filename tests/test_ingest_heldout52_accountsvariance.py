"""A 三公 决算 compared with its budget named by its year (“三公”经费决算数为4.47亿元,比2031年预算
数少0.35亿元: trial 52's 871) and the year's 决算 as the comparison's own subject (2031年的决算比
预算减少了1.1亿元: 874) state a CHANGE (``variance``); a revenue line's outcome against its budget
stays OTHER, and a budget compared with an earlier year's budget stays a change as read. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract

HEAD = "样例省2031年省级“三公”经费决算公开\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_a_three_public_total_below_its_budget_of_the_year():
    body = (
        "经汇总,我省本级2031年“三公”经费决算数为3.2亿元,比2031年预算数少0.2亿元。"
        "从具体构成看,因公出国(境)费0.3亿元,公务用车购置及运行维护费1.9亿元,公务接待费1亿元。\n"
    )
    assert kinds(body) == [
        ("3.2亿元", "SPENDING"),
        ("0.2亿元", "CHANGE"),
        ("0.3亿元", "SPENDING"),
        ("1.9亿元", "SPENDING"),
        ("1亿元", "SPENDING"),
    ]


def read(text: str, title: str) -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


def test_the_years_accounts_against_the_budget():
    text = "会议听取了决算草案的报告。尽管2031年的决算比预算减少了0.7亿元,但支出仍有增长。\n"
    assert read(text, "样例局2031年度部门决算说明") == [("0.7亿元", "CHANGE")]


def test_a_revenue_outcome_against_its_budget_stays_other():
    text = "财政拨款本年收入1205.11万元,完成年初预算的70%,比年初预算减少537.35万元。\n"
    assert read(text, "样例局2031年度部门决算说明")[-1] == ("537.35万元", "OTHER")


def test_a_budget_against_last_years_budget_stays_a_change():
    text = "2032年收支总预算8000万元,比2031年年初预算增加700万元。\n"
    assert read(text, "样例局2032年部门预算说明")[-1] == ("700万元", "CHANGE")
