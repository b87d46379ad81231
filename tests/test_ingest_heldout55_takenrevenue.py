"""Money said right after its figure to be taken in as revenue (主要原因是年中安排的存量资金
669.04万元作为收入: trial 55's 970, a funeral home's 2020 accounts, read as a budget by its 安排)
is revenue, read by ``takenrevenue``; words denying it, and money said to be used for something,
keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例馆2030年度部门决算") -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


def test_funds_arranged_in_the_year_taken_as_revenue():
    text = (
        "2030年度收入总计820.4万元,支出总计820.4万元。较上年比较收、支总计增加310.5万元,"
        "增长61.0%,主要原因是年中安排的存量资金280.2万元作为收入。\n"
    )
    assert read(text)[-1] == ("280.2万元", "REVENUE")


def test_funds_handed_down_counted_in_the_years_revenue():
    text = "本年上级下达专项资金45万元,已全部计入本年事业收入。\n"
    assert read(text)[-1] == ("45万元", "REVENUE")


def test_funds_not_taken_as_revenue_keep_their_reading():
    text = "本年安排专项资金45万元不作为收入,单独核算。\n"
    assert read(text)[-1] == ("45万元", "BUDGET")


def test_funds_used_for_a_purpose_keep_their_reading():
    text = "本年安排专项资金45万元作为设备购置经费。\n"
    assert read(text)[-1] == ("45万元", "BUDGET")
