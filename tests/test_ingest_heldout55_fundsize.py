"""Trial 55's 983, by class, on fictional texts: a fund's size said 规模 right before its figure
(2011年8月省委常委会…明确设立两型社会建设专项资金,规模为5000万元,纳入当年省长预备金) is the money set
for it, a budget; a 规模 of works, 超规模 and a figure another word names keep their readings.
Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract
from govkg.ingest.kinds.fundsize import fund_size_kind
from govkg.ingest.text.simplified import simplified


@pytest.mark.parametrize(
    "own",
    [
        "2021年8月省委常委会会议明确设立样例建设专项资金,规模为",
        "中央核定我省样例风险基金规模为",
        "总资金规模",
        "專項資金規模為",
    ],
)
def test_a_funds_size_is_its_budget(own):
    assert fund_size_kind(simplified(own), None) == "BUDGET"


@pytest.mark.parametrize(
    "own",
    [
        "项目建设规模为",  # works, no fund
        "地方应配套资金,实际配套到位资金104880.14万元,超规模",  # past the size
        "样例县人口规模为",
    ],
)
def test_other_sizes_stay_unread(own):
    assert fund_size_kind(own, None) is None


def test_a_figure_another_word_names_keeps_it():
    assert fund_size_kind("专项资金规模为", "SPENDING") == "SPENDING"


def test_in_a_fund_evaluation():
    text = (
        "2031年度样例省样例建设专项资金支出绩效自评报告\n\n一、预算支出基本情况\n"
        "2021年8月省委常委会第23次会议明确设立样例建设专项资金,规模为3000万元,"
        "纳入当年省长预备金,要求加强示范引领。\n"
    )
    money = extract(text, "fictional.txt", Given(title=None)).money
    assert [(m.as_written, m.kind) for m in money] == [("3000万元", "BUDGET")]
