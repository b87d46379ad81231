"""The rules the third held-out trial (texts 85–94) asked for, each held on fictional text
with a case it must not fire on: a text with a sign of the genre (a form's title, the
indicator table's levels, the budget-execution headings) is read without a title or money;
a 批复 governs its sentence's amounts and the items its 包括 lists (where they add up); a
contract's 中标金额 and payment schedule, and a sum written twice (大写, 小写) read only where
both agree; 财政拨款 named after a figure is received; an execution pair checked by its
stated rate; funds arrived under their heading; a kindless total and parts that add up.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.extract import extract

BODY = "\n一、项目概况\n项目预算资金12万元，全年执行12万元。\n"


def money(text: str) -> dict[str, tuple[str | None, Decimal]]:
    """as_written -> (kind, yuan) of each money figure (the last one where written twice)."""
    return {m.as_written: (m.kind, m.amount) for m in extract(BODY + text, "f.txt").money}


def reasons(text: str) -> dict[str, str | None]:
    return {m.as_written: m.reason for m in extract(BODY + text, "f.txt").money}


# -- A. signs of the genre accept a text with no title and no money under a heading --------


@pytest.mark.parametrize(
    "text",
    [
        "《部门整体绩效自评表.docx》由会员分享\n主管部门 自评总分97 执行率(%) 得分",
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 数量指标 | 培训次数 | 3次 |",
        "部门预算执行情况 年初预算数 全年预算数 全年执行数 执行率 得分 O76%",
    ],
)
def test_a_sign_of_the_genre_accepts_a_text_without_title_or_money(text):
    assert document(text).unit  # read: the unit unnamed, never guessed


@pytest.mark.parametrize(
    "text",
    [
        "青岚市举办消费者权益保护宣传活动，现场发放资料2000份，投入经费10万元。",
        "本报讯 青岚市一级指标体系建设取得进展，市民满意。",  # one level only
        "新闻：记者从青岚市获悉，年初预算数将于下月公布。",  # one heading only
    ],
)
def test_a_news_item_is_still_refused(text):
    with pytest.raises(IngestError):
        document(text)


# -- B. an approval governs its sentence ---------------------------------------------------


def test_a_批复_and_the_items_of_its_list_that_add_up_are_a_budget():
    found = money(
        "市财政局批复本局预算项目3个，项目经费共计30.5万元，具体包括：平台运行经费10万元、"
        "网络维护经费20万元、专家评审经费0.5万元。"
    )
    assert {kind for kind, _ in found.values() if kind} >= {"BUDGET"}
    for written in ("30.5万元", "10万元", "20万元", "0.5万元"):
        assert found[written][0] == "BUDGET"


def test_items_that_do_not_add_up_to_the_approved_total_stay_unread():
    text = "市财政局批复本局项目经费共计30万元，具体包括：平台运行经费10万元、网络维护经费25万元。"
    found = money(text)
    assert found["30万元"][0] == "BUDGET"
    assert found["10万元"][0] is None
    assert found["25万元"][0] is None
    assert "do not add up" in reasons(text)["25万元"]


def test_what_was_spent_after_a_批复_stays_spending():
    found = money("市财政局批复项目经费30万元，年末已支出经费28万元。")
    assert found["30万元"][0] == "BUDGET"
    assert found["28万元"][0] == "SPENDING"
    assert money("本年项目经费支出28万元。")["28万元"][0] == "SPENDING"  # no 批复: unchanged


# -- C. contracts ---------------------------------------------------------------------------


def test_a_中标金额_is_a_contract():
    assert money("该项目中标金额88万元，中标单位为青岚科技公司。")["88万元"][0] == "CONTRACT"


def test_a_schedule_written_twice_is_read_where_both_agree_and_never_picked_where_not():
    text = (
        "按照合同约定：甲方支付合同总金额的50%人民币肆拾万元整（小写：40万元），验收后支付"
        "总金额的50%人民币叁拾万元整（小写：40.00万元）。"
    )
    found = money(text)
    assert found["肆拾万元"] == ("CONTRACT", Decimal("400000"))
    assert found["40万元"][0] == "CONTRACT"
    assert found["叁拾万元"][0] is None
    assert "disagree" in reasons(text)["叁拾万元"]
    assert found["40.00万元"][0] == "CONTRACT"


def test_a_share_of_a_sum_outside_a_contract_is_no_instalment():
    found = money("全年支出总金额的50%计20万元用于培训。")
    assert found["20万元"][0] != "CONTRACT"


# -- D. 财政拨款 named after the figure -------------------------------------------------------


def test_财政拨款_after_the_figure_is_received_unless_its_verb_says_spent():
    assert money("变动的主要原因是新增了60万元政府性基金预算财政拨款。")["60万元"][0] == "REVENUE"
    assert money("本年使用了60万元财政拨款。")["60万元"][0] == "SPENDING"
    assert money("本年新增60万元财政拨款支出。")["60万元"][0] != "REVENUE"


# -- E. execution pairs and funds arrived ---------------------------------------------------


def test_an_execution_pair_whose_rate_agrees_is_a_budget_and_what_was_paid():
    found = money("项目资金共200万元，截至年底已完成拨付150万元，执行率75%。")
    assert found["200万元"][0] == "BUDGET"
    assert found["150万元"][0] == "SPENDING"


def test_an_execution_pair_whose_rate_disagrees_is_not_read_so():
    found = money("项目资金共200万元，截至年底已完成拨付150万元，执行率80%。")
    assert found["200万元"][0] is None
    assert found["150万元"][0] != "SPENDING"


def test_funds_all_come_under_a_heading_of_arrival_are_revenue():
    heading = "1、项目资金到位情况分析。衔接资金300万元目前已全部拨付，及时安排到项目。"
    assert money(heading)["300万元"][0] == "REVENUE"
    other = "1、项目资金使用情况分析。衔接资金300万元目前已全部拨付，及时安排到项目。"
    assert money(other)["300万元"][0] is None


# -- F. a kindless total and its parts that add up --------------------------------------------


def test_a_kindless_total_whose_parts_add_up_is_other():
    found = money("本年度评价资金总计30.5万元，其中监理费10万元，测绘费20.5万元。")
    assert [found[w][0] for w in ("30.5万元", "10万元", "20.5万元")] == ["OTHER"] * 3


def test_parts_that_do_not_add_up_leave_the_total_unread():
    found = money("本年度评价资金总计31万元，其中监理费10万元，测绘费20.5万元。")
    assert found["31万元"][0] is None
    assert found["10万元"][0] is None


# -- the line tree: a line larger than the category it would hang under is no part of it --


def _parents(text: str) -> dict[str, str | None]:
    lines = extract(text, "fictional.txt").lines
    names = {line.key: line.name for line in lines}
    return {line.name: names.get(line.parent) for line in lines}


TREE = (
    "2023年度青岚市妇幼保健院部门决算\n一、支出决算情况说明\n"
    "2023年本年支出合计400万元，其中：基本支出270万元，占67.5%；项目支出130万元，占32.5%。\n"
    "二、财政拨款收入支出决算总体情况说明\n"
    "2023年财政拨款支出{amount}万元，与2022年相比增加10万元。\n"
)


def test_a_line_larger_than_the_project_spending_before_it_hangs_under_the_total():
    # under the total, whose stated parts already make it up: left out of the tree (its
    # amount stays a money figure), never a part of the 130万元
    assert _parents(TREE.format(amount="187")).get("财政拨款支出") != "项目支出"


def test_a_line_that_fits_under_the_project_spending_stays_under_it():
    assert _parents(TREE.format(amount="100"))["财政拨款支出"] == "项目支出"
