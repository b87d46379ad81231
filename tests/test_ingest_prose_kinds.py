"""The kinds running prose settles (``prosekinds``, thirteenth round), each held on
fictional text with the sentence it must not fire on: a 政府采购 figure is a contract sum
(its share of 政府采购支出总额 too), 应采购金额 a plan; "按每…N万元标准" and 生均… are rates;
an amount no word names that restates a label and figure read elsewhere has that kind.
"""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract
from govkg.ingest.kinds.money import find_money
from govkg.ingest.kinds.prosekinds import procurement_kind, rate_standard_kind
from govkg.ingest.text.textview import clean_view


def money(text: str) -> list[tuple[str, str | None, Decimal]]:
    return [(m.as_written, m.kind, m.amount) for m in extract(text, "fictional.txt").money]


ACCOUNTS = (
    "青岚县档案馆2024年度部门决算\n一、收入支出决算总体情况说明\n"
    "2024年度收入总计120.00万元，支出总计118.00万元。\n"
)
PROJECT = "2023年青岚县道路养护项目支出绩效自评报告\n一、项目概况\n"


# -- procurement ------------------------------------------------------------------------


def test_a_procurement_note_states_contract_sums_with_their_parts_and_shares():
    text = ACCOUNTS + (
        "七、政府采购支出情况说明\n2024年度政府采购支出总额80.00万元，其中：政府采购货物支出"
        "30.00万元、政府采购工程支出40.00万元、政府采购服务支出10.00万元。授予中小企业合同"
        "金额40.00万元，占政府采购支出总额的50%。\n"
    )
    kinds = [k for w, k, _ in money(text) if w not in ("120.00万元", "118.00万元")]
    assert kinds == ["CONTRACT"] * 5
    shares = [m.share for m in extract(text, "fictional.txt").money if m.share]
    assert [s.percent for s in shares] == ["50"]


def test_a_form_states_what_was_due_to_be_bought_and_what_was_bought():
    text = PROJECT + "是否实施政府采购及金额√是\n应采购金额80万元实际采购金额78万元。\n"
    assert [k for _, k, _ in money(text)] == ["PLANNED", "CONTRACT"]


def test_procurement_words_before_other_words_or_in_a_fund_name_do_not_fire():
    assert procurement_kind("政府采购支出较上年增加", "CHANGE") == "CHANGE"
    assert procurement_kind("政府采购专家评审经费", "SPENDING") == "SPENDING"
    assert procurement_kind("非政府采购支出", "SPENDING") == "SPENDING"
    text = PROJECT + "安排政府采购专家评审经费6万元。\n"
    assert [k for _, k, _ in money(text)] != ["CONTRACT"]


# -- rates ------------------------------------------------------------------------------


def test_an_amount_per_something_by_its_standard_is_a_rate():
    text = PROJECT + "文件下达我县补短工程120万元，按每个乡镇20万元标准核定。\n"
    assert [k for _, k, _ in money(text)] == ["BUDGET", "PRICE_OR_RATE"]


def test_an_amount_with_a_standard_but_not_per_something_is_not_a_rate_by_this_rule():
    assert rate_standard_kind("按规定120万元标准", 8, "按规定", "BUDGET") == "BUDGET"
    text = "按每个乡镇20万元拨付到位"  # no 标准 after: the sum handed out, not a rate
    assert rate_standard_kind(text, 9, "按每个乡镇", None) is None


def test_an_amount_per_student_is_a_rate():
    text = PROJECT + "要求各地高校生均拨款水平不低于12000元。\n"
    assert [k for _, k, _ in money(text)] == ["PRICE_OR_RATE"]
    text = PROJECT + "拨付公办幼儿园生均经费20万元。\n"  # a fund named per student, spent
    assert [k for _, k, _ in money(text)] != ["PRICE_OR_RATE"]


# -- restated ---------------------------------------------------------------------------

GOALS = "2023年青岚县道路养护项目支出绩效自评报告\n一、绩效目标分解下达情况\n1、专项资金下达预算情况。\n"


def test_a_figure_restated_with_its_label_takes_the_kind_read_where_first_stated():
    text = GOALS + (
        "年度资金30.5万元，本年度财政拨款30.5万元，执行率100%。\n"
        "二、资金投入情况\n1、年度资金30.5万元，本年度财政拨款30.5万元。\n"
    )
    alone = [m.kind for m in find_money(clean_view(text), 2023)]
    assert alone == ["BUDGET", "BUDGET", None, None]  # the restatement: no word of its own
    assert [k for _, k, _ in money(text)] == ["BUDGET"] * 4


def test_a_reading_by_an_event_after_the_figure_is_not_the_restatements():
    text = PROJECT + "衔接资金105万元已全部到位。\n二、资金管理情况\n衔接资金105万元。\n"
    assert [k for _, k, _ in money(text)] == ["REVENUE", None]  # the arrival is that statement's
    text = GOALS + (
        "年度资金30.5万元全部到位。\n二、资金执行情况\n年度资金30.5万元，已支出28万元，执行率"
        "91.80%。\n三、资金管理情况\n年度资金30.5万元。\n年度资金31万元。\n"
    )
    kinds = [(w, k) for w, k, _ in money(text)]
    assert kinds[:2] == [("30.5万元", "REVENUE"), ("30.5万元", "BUDGET")]  # arrived; a rate's base
    assert kinds[3:] == [("30.5万元", "BUDGET"), ("31万元", None)]  # another figure: none


def test_a_restatement_whose_readings_disagree_stays_unread():
    text = GOALS + (
        "年度资金30.5万元。\n二、资金使用情况\n年度资金30.5万元，占项目支出总额的100%。\n"
        "三、资金管理情况\n年度资金30.5万元。\n"
    )
    assert [k for _, k, _ in money(text)] == ["BUDGET", "SPENDING", None]


def test_a_short_label_restates_nothing():
    text = GOALS + "资金30.5万元，执行率100%。\n二、资金投入情况\n1、资金30.5万元。\n"
    assert [k for _, k, _ in money(text)] == ["BUDGET", None]  # 资金: too short to be a label
    text = text.replace("资金3", "专项资金3")
    assert [k for _, k, _ in money(text)] == ["BUDGET", "BUDGET"]
