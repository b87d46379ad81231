"""Kinds of the twenty-seventh trial held on fictional text: the shares of money handed on,
each in a bracket after its project (``passedparts``), the items of a clause opened by 支付
(``paidlist``), funds pooled by 统筹 for a use (``additions``), and a look-back that does not
count a mirror's readings (``text.readingreach``), with the cases where none may fire."""

from __future__ import annotations

from govkg.ingest.kinds.money import find_money
from govkg.ingest.text.readingreach import reach_back
from govkg.ingest.text.textview import clean_view


def _kinds(text: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in find_money(clean_view(text), 2031)}


_HANDED_ON = (
    "样例省财政厅以《关于下达2031年水源保护资金的通知》向我市下达2031年水源保护资金910万元。"
    "我市于2031年3月2日,以《关于分配水源保护资金的通知》将该笔资金下拨至甲县和乙县,用于实施"
    "“甲县北山水源地一级保护区界标设置与隔离防护围网及监控设施建设工程项目”(640万元)和“乙县南湖饮用水源地规范化建设项目”(270万元)。"
)


def test_shares_in_brackets_have_the_kind_of_the_sum_handed_on():
    kinds = _kinds(_HANDED_ON)
    assert kinds["910万元"] == "BUDGET"
    assert kinds["640万元"] == "BUDGET"
    assert kinds["270万元"] == "BUDGET"


def test_shares_that_do_not_add_up_or_money_not_handed_on_stay_unread():
    kinds = _kinds(_HANDED_ON.replace("(270万元)", "(260万元)"))
    assert kinds["640万元"] is None
    assert kinds["260万元"] is None
    kinds = _kinds(_HANDED_ON.replace("将该笔资金下拨至甲县和乙县", "甲县和乙县分别开展"))
    assert kinds["640万元"] is None
    assert kinds["270万元"] is None
    news = "样例市召开水源保护推进会。会上通报了“甲县北山水源地保护项目”(640万元)的进展。"
    assert _kinds(news)["640万元"] is None


def test_items_of_a_clause_opened_by_a_payment_are_spent():
    text = (
        "项目概况:样例中心改造项目中标价为180000.00元,其中:工程费120000.00元,其他费60000.00元;"
        "支付样例服务站2030年场地租赁经费3万元,样例展厅展品购置经费2万元。"
    )
    kinds = _kinds(text)
    assert kinds["3万元"] == "SPENDING"
    assert kinds["2万元"] == "SPENDING"
    assert kinds["60000.00元"] == "CONTRACT"


def test_a_payment_needed_planned_or_a_rate_is_not_a_payment_made():
    assert _kinds("需支付样例站场地租赁费3万元。")["3万元"] == "PLANNED"
    assert _kinds("支付进度:计划样例站场地租赁费3万元。")["3万元"] == "PLANNED"
    assert _kinds("支付样例站租赁经费较上年增加3万元。")["3万元"] == "CHANGE"
    assert _kinds("支付样例站补贴500元/人。")["500元"] == "PRICE_OR_RATE"


def test_funds_pooled_for_a_use_are_a_budget_and_so_is_their_part():
    text = "县级统筹省级财政资金600万元用于园区建设,其中120万元用于样例服务站改造项目。"
    kinds = _kinds(text)
    assert kinds["600万元"] == "BUDGET"
    assert kinds["120万元"] == "BUDGET"


def test_pooled_funds_already_used_or_received_are_not_a_budget():
    assert _kinds("县级统筹省级财政资金600万元已用于园区建设。")["600万元"] != "BUDGET"
    assert _kinds("县级统筹省级财政资金收入600万元用于园区建设。")["600万元"] == "REVENUE"
    assert _kinds("县级统筹工作经费会议召开,资金600万元。")["600万元"] != "BUDGET"


def test_a_look_back_does_not_count_a_mirrors_readings():
    text = "2031年結(jié)轉(zhuǎn)2030年樣(yàng)例河道整治與(yǔ)生態(tài)修復(fù)工程項(xiàng)目資(zī)金合計(jì)56.5萬(wàn)元"
    assert _kinds(text)["56.5萬(wàn)元"] == "CARRY_OVER"
    plain = "甲" * 50 + "结转资金合计"
    assert reach_back(plain, len(plain), 40) == len(plain) - 40  # no readings: unchanged
    read = "萬(wàn)" * 5
    assert reach_back(read, len(read), 3) == len(read) - 3 * len("萬(wàn)")
