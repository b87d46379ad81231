"""A text that speaks as 我局 and names the bureau that pays on the very sum handed to it
(trial 49's 763: …将奖补资金1639.69万元拨付给我局账户。 / 芜湖市经信局…将1639.69万元…拨付到各担保
机构): that bureau held the money, it is the writer (passedon). Near misses read nothing: the
giver alone, another sum, two payers, a unit of another kind. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.passedon import passed_on_unit
from govkg.ingest.document.report import UNNAMED
from govkg.ingest.extract import extract


def unit(text: str) -> str:
    return extract(text, "fictional.txt").document.unit


PASSED = (
    "样例市2031年度某某降费奖补转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
    "省厅下达我市8家机构降费奖补520.5万元。\n二、绩效目标完成情况分析\n"
    "1、项目资金到位情况分析\n样例市财政局于2031年7月将奖补资金520.5万元拨付给我局账户。\n"
    "2、项目资金执行情况分析\n样例市工信局于2031年8月3日将520.5万元一次性拨付到各机构。\n"
)


def test_the_bureau_paying_on_the_sum_handed_to_us_is_the_unit():
    assert unit(PASSED) == "样例市工信局"


def test_the_giver_alone_is_no_unit():
    text = PASSED.replace("样例市工信局于2031年8月3日将520.5万元", "我局于2031年8月3日将520.5万元")
    assert unit(text) == UNNAMED


def test_a_bureau_paying_another_sum_is_no_unit():
    text = PASSED.replace("将520.5万元一次性", "将52.5万元一次性")
    assert passed_on_unit(text) is None


def test_two_bureaus_paying_the_sum_on_name_none():
    text = PASSED + "样例市商务局于2031年9月将520.5万元拨付到各企业。\n"
    assert passed_on_unit(text) is None


def test_a_unit_of_another_kind_is_none():
    text = PASSED.replace("样例市工信局", "样例市担保中心")
    assert passed_on_unit(text) is None
