"""Trial 56's 1012 and 1013, by class, on fictional texts: money a body won (向各部门单位争取专项
经费513万元, 某市发改委争取省…专项资金1亿元, 已争取中、省各类资金) is money it took in, REVENUE, as
the corpus's 272, 615, 618, 650 and 651 read it; a sum won that its sentence sets for a use
(…,用于…) or computes by a standard (按…标准测算,争取到…) is the budget of that use (trial 11's
162), and money striven for (积极争取) is not yet had. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例馆2031年度部门整体支出绩效自评报告") -> list:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("年度主要工作内容:1、接待游客45万人次; 2、向各部门单位争取专项经费300万元; 3、确保安全。", "300万元"),
        ("2031年,样例市发改委争取省区域战略推进专项资金2亿元,扶持了全市重点项目。", "2亿元"),
        ("目前,已争取中、省各类水利资金3.5亿元,完成目标任务120%。", "3.5亿元"),
        ("2031年样例县殡葬服务中心向县级财政争取资金88.8万元。", "88.8万元"),
        ("我单位2031年新增地方政府专项债券项目2个,争取债券资金1.2亿元。", "1.2亿元"),
    ],
)
def test_money_won_is_taken_in(sentence, figure):
    assert read(sentence + "\n")[0] == (figure, "REVENUE")


def test_money_won_for_a_use_is_its_budget():
    text = "争取到省级档案转化经费项目资金40万元,用于更换服务器。\n"
    assert read(text) == [("40万元", "BUDGET")]


def test_money_won_as_computed_by_a_standard_is_a_budget():
    text = "资料1000册,按照规定每册3元的标准测算,争取到市级财政资金12.6万元。\n"
    assert read(text)[-1] == ("12.6万元", "BUDGET")


def test_money_striven_for_is_not_taken_in():
    text = "我局将积极争取上级专项资金500万元。\n"
    assert read(text)[-1][1] != "REVENUE"


def test_a_kind_word_after_争取_keeps_its_reading():
    text = "争取到上级资金后,实际支出资金30万元。\n"
    assert read(text) == [("30万元", "SPENDING")]
