"""Trial 55's 965, by class, on fictional texts: a figure no word names, followed right after
by the budget's execution rate (a news item on a ministry's 决算: headline 外交部去年公务接待费仅
8万元 预算执行比例不到3%; body 其中:因公出国(境)费8657.78万元,预算执行比例为90.13%), is what was
executed: spending. A figure whose own words name its kind (预算数, 财政拨款 read so by the
rules), a part under 其中 of a budget, a figure of a text that says the rate after a budget,
and a rate of something else keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract
from govkg.ingest.kinds.saidafter import EXECUTED_AFTER


def read(text: str, title: str = "样例部去年公务接待费仅6万元 预算执行比例不到5%") -> list:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


NEWS = (
    "样例部去年公务接待费仅6万元 预算执行比例不到5%\n\n"
    "  中新网7月18日电 样例部2031年度部门决算近日公布,数据显示,2031年样例部“三公”经费支出"
    "5044.01万元,预算执行比例为88.69%。\n\n"
    "  其中:因公出国(境)费4657.78万元,预算执行比例为90.13%,公务用车购置及运行费380.00万元,"
    "预算执行比例为97.66%,公务接待费6.23万元,预算执行比例为4.69%。\n"
)


def test_a_figure_before_its_execution_rate_is_spent():
    money = read(NEWS)
    assert money[0] == ("6万元", "SPENDING")
    assert ("4657.78万元", "SPENDING") in money


def test_the_rates_wordings():
    for said in (",预算执行比例为90.13%", ",执行率100%", " 预算执行比例不到3%", ",资金执行率为98.2%"):
        assert EXECUTED_AFTER.match(said)
    for said in (",执行进度较快", ",占预算的90%", ",到位率100%", ",执行中"):
        assert not EXECUTED_AFTER.match(said)


def test_a_budget_before_its_rate_keeps_its_word():
    text = "此专项经费预算数180万元,执行率100%。\n"
    assert read(text, "样例县某某资金绩效自评报告")[0] == ("180万元", "BUDGET")


def test_a_part_of_a_budget_under_its_total_keeps_the_totals_kind():
    text = "2031年“三公”经费预算300万元,其中:因公出国(境)费120万元,执行率100%。\n"
    assert read(text, "样例局2031年“三公”经费预算情况说明")[1] == ("120万元", "BUDGET")


def test_a_text_saying_the_rate_after_a_budget_keeps_the_unnamed_figure_unread():
    text = "其中,甲项目年初预算数20万元,执行率为90%;乙项目6.50万元,执行率为100%。\n"
    money = read(text, "样例县某某项目支出绩效自评报告")
    assert ("6.50万元", None) in money
