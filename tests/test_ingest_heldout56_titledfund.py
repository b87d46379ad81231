"""Trial 56's 1011, by class, on fictional texts: a fund's sum named in its report's title
(2020年忠烈祠免費開放經(jīng)費236.25萬元部門整體支出績效自評表; the corpus's 890, 南县渔政执法经费4.8万元
项目绩效评价报告.docx) is the fund's budget, its 经费 the fund's name; a sentence naming a fund and
its sum, and a title's figure another word names, keep their readings. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.extract import extract
from govkg.ingest.kinds.titledfund import titled_fund_kind
from govkg.ingest.text.simplified import simplified


def kind_at(text: str, figure: str, kind: str | None = "SPENDING") -> str | None:
    text = simplified(text)
    start = text.index(figure)
    return titled_fund_kind(text, start, start + len(figure), kind)


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("2031年样例祠免费开放经费120.5万元部门整体支出绩效自评表 |\n", "120.5万元"),
        ("2031年樣例祠免費開放經(jīng)費120.5萬元部門整體支出績效自評表 ||\n", "120.5万元"),
        ("样例县渔政执法经费4.8万元项目绩效评价报告.docx\n", "4.8万元"),
        ("样例镇农村环境整治专项资金30万元绩效自评报告\n", "30万元"),
    ],
)
def test_a_funds_sum_in_its_reports_title_is_its_budget(line, figure):
    assert kind_at(line, figure) == "BUDGET"
    assert kind_at(line, figure, None) == "BUDGET"


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("本年渔政执法经费4.8万元已全部支出,绩效自评报告如下\n", "4.8万元"),  # a sentence
        ("样例县2031年执法经费支出,共4.8万元项目绩效评价报告\n", "4.8万元"),  # a clause before
        ("样例县渔政执法经费4.8万元,用于执法船维护。\n", "4.8万元"),  # no report's name after
    ],
)
def test_other_lines_keep_their_readings(line, figure):
    assert kind_at(line, figure) == "SPENDING"


def test_another_words_kind_is_kept():
    assert kind_at("样例县渔政执法经费4.8万元项目绩效评价报告\n", "4.8万元", "REVENUE") == "REVENUE"


def test_in_a_whole_report():
    text = (
        "2031年样例祠免费开放经费120.5万元部门整体支出绩效自评表\n"
        "单位名称 | 样例区民族宗教事务局 |\n"
        "一、部门基本情况\n本年度实际支出免费开放经费120万元。\n"
    )
    money = [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]
    assert money == [("120.5万元", "BUDGET"), ("120万元", "SPENDING")]
