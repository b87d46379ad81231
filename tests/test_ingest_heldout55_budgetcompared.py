"""Trial 55's 966, by class, on fictional texts: a fee's figure no word names, compared at once
with an earlier year's 预算 in a paragraph of budgets (公务接待费2015年预算152.19万元,比2014年预算
减少126.54万元,降低45%。外事接待费与上年预算持平;国内接待费76.19万元,比2014年预算减少…), is that
fee's budget. A paragraph of spending (a 决算 compared with last year's budget), a comparison
with the same year's budget, and a figure another word names keep their readings. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例署2031年“三公”经费预算情况说明") -> list:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


def test_a_parts_fee_compared_with_last_years_budget_is_its_budget():
    text = (
        "  公务接待费2031年预算52.19万元,比2030年预算减少26.54万元,降低33.7%。"
        "外事接待费与上年预算持平;国内接待费36.19万元,比2030年预算减少26.54万元,降低42.3%\n"
    )
    assert read(text)[2] == ("36.19万元", "BUDGET")


def test_compared_with_last_years_budget_said_as_shang_nian():
    text = "公务用车运行费2031年预算40万元,与上年持平;燃油费12万元,较上年预算减少1万元。\n"
    assert read(text)[1] == ("12万元", "BUDGET")


def test_a_paragraph_of_spending_keeps_the_figure_as_read():
    text = (
        "2031年“三公”经费决算数共计35.5万元,比上年预算减少3万元;"
        "其他接待费15.5万元,比上年预算减少2万元。\n"
    )
    assert ("15.5万元", "BUDGET") not in read(text, "样例镇2031年“三公”经费决算说明")


def test_the_same_years_budget_compared_keeps_it_unread():
    text = (
        "公务接待费2031年预算52.19万元,比2030年预算减少26.54万元。"
        "国内接待费36.19万元,与2031年预算相比减少1万元。\n"
    )
    assert ("36.19万元", "BUDGET") not in read(text)
