"""Trial 59's 1157: funds a government pays out bare (拨付资金175亿元, no giver or receiver named) to
speed up or support works (,加快铁路、公路…建设) are its spending, not revenue arriving
(``kinds.paidforworks``).
"""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def kinds(text: str) -> list[tuple[str, str | None]]:
    """A news item's money figures, its title given as the person ingesting would."""
    given = Given(title="青岚省财政厅2035年度部门决算")
    return [(m.as_written, m.kind) for m in extract(text, "f.txt", given).money]


NEWS = (
    "7月30日,青岚省人大常委会审议了省政府《关于2035年省级财政决算草案和2036年上半年全省财政预算执行情况的报告》。"
    "《报告》提出,从今年起,青岚省计划6年筹集资本金828亿元,支持加快铁路建设。\n"
    "《报告》显示,2035年,省级收入为196.6亿元,同比增长13%。省级支出590.1亿元,同比增长24.8%。\n"
    "上半年,青岚省整合筹措资金,全力支持样例工程建设。"
    "拨付资金175亿元,加快铁路、公路、水利等基础设施建设。\n"
)


def test_funds_paid_out_bare_for_works_are_spent():
    assert dict(kinds(NEWS))["175亿元"] == "SPENDING"


def test_funds_paid_by_a_named_giver_or_for_no_works_keep_their_readings():
    giver = NEWS.replace("拨付资金175亿元", "上级拨付资金175亿元")
    assert dict(kinds(giver))["175亿元"] == "REVENUE"
    received = NEWS.replace("拨付资金175亿元", "收到拨付资金175亿元")
    assert dict(kinds(received))["175亿元"] == "REVENUE"
    no_works = NEWS.replace(",加快铁路、公路、水利等基础设施建设", ",资金已全部到账")
    assert dict(kinds(no_works))["175亿元"] != "SPENDING"
