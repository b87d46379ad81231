"""Parts of a stated total read by the total: the thirty-second held-out trial (texts 395–412)
left the items of a detail list after its ; unread (共计支出6.77万元,具体内容包括:…;药品事务0.18
万元;…) and read a part of money paid out by its source as a carry-over (全年共发放3957.55万元
(当年资金3904.82万元,上年结转资金52.73万元)). Held on fictional text, with the readings the
rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县文化馆2031年度部门决算公开说明\n\n"


def test_the_items_of_a_detail_list_after_a_total_have_its_kind():
    text = (
        REPORT
        + "全年会议费支出4.5万元,具体明细如下:业务培训2万元;专题会议1.5万元;年度总结1万元。\n"
    )
    assert kinds(text) == [
        ("4.5万元", "SPENDING"),
        ("2万元", "SPENDING"),
        ("1.5万元", "SPENDING"),
        ("1万元", "SPENDING"),
    ]


def test_a_budget_total_gives_its_items_the_budget():
    text = REPORT + "年初预算安排培训费3万元,具体包括:业务培训2万元;专题讲座1万元。\n"
    assert [k for _, k in kinds(text)] == ["BUDGET", "BUDGET", "BUDGET"]


def test_a_list_of_more_than_its_total_stays_unread():
    text = REPORT + "全年会议费支出4.5万元,具体明细如下:业务培训2万元;专题会议3万元。\n"
    assert kinds(text)[2] == ("3万元", None)


def test_a_lead_after_no_amount_says_nothing():
    text = REPORT + "会议费主要用于以下方面,具体内容包括:业务培训2万元;专题会议1.5万元。\n"
    assert kinds(text)[1] == ("1.5万元", None)


def test_a_part_paid_out_of_last_years_carry_over_is_spent():
    text = REPORT + "本年共支付补贴资金120万元(本年度资金100万元,以前年度结余资金20万元)。\n"
    assert kinds(text)[-1] == ("20万元", "SPENDING")


def test_a_carry_over_beside_money_received_stays_a_carry_over():
    text = REPORT + "本年到位资金120万元(本年度资金100万元,上年结转资金20万元)。\n"
    assert kinds(text)[-1] == ("20万元", "CARRY_OVER")


def test_a_carry_over_whose_parts_do_not_add_up_stays_a_carry_over():
    text = REPORT + "本年共支付补贴资金120万元(本年度资金90万元,上年结转资金20万元)。\n"
    assert kinds(text)[-1] == ("20万元", "CARRY_OVER")
