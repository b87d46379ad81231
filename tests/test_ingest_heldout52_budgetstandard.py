"""The budget an outcome is compared with, tied to it by 的 (低于预算的1.8亿元: trial 52's 874, a
news item relaying a city's 三公 决算), is that budget (``kindwords``), and the parts under 其中
after it are the fee's before it, not the budget's (``totalparts``); an overrun written without
的 (超出预算5万元) keeps its reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract

HEAD = "样例市2031年市级“三公”经费决算情况\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_the_budget_compared_with_and_the_parts_of_the_fee():
    body = (
        "据报道,2031年样例市市级三公经费财政拨款支出为5.1亿元。\n"
        "其中,因公出国(境)费用0.6亿元,低于预算的0.8亿元。\n"
        "公务用车费用3.6亿元,低于预算的4.5亿元。其中车辆购置费1亿元,运行维护费2.6亿元。\n"
    )
    assert kinds(body)[1:] == [
        ("0.6亿元", "SPENDING"),
        ("0.8亿元", "BUDGET"),
        ("3.6亿元", "SPENDING"),
        ("4.5亿元", "BUDGET"),
        ("1亿元", "SPENDING"),
        ("2.6亿元", "SPENDING"),
    ]


def test_a_traditional_mirror_reads_alike():
    body = "據報道,2031年樣例市市級三公經費財政撥款支出為5.1億元。\n公務用車費用3.6億元,低於預算數的3.9億元。\n"
    assert kinds(body)[1:] == [("3.6億元", "SPENDING"), ("3.9億元", "BUDGET")]


def test_an_overrun_without_de_is_no_budget():
    given = Given(title="样例局2031年度部门决算说明")
    text = "项目支出3.6万元,超出预算0.4万元。\n"
    found = [(m.as_written, m.kind) for m in extract(text, "fictional.txt", given).money]
    assert found == [("3.6万元", "SPENDING"), ("0.4万元", "OTHER")]
