"""A cost indicator's actual glued right after its target in a flattened indicator grid
(成本指标项目建设成本≤50万元47.68万元, under 年度指标值全年完成值) is the cost spent (trial 50's
785). A row naming no cost, a rate's row, or no heads above keep their readings. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "2031年样例中心绩效项目支出自评表\n"
HEADS = "绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施\n"
ROWS = "产出指标数量指标系统升级100%100%\n时效指标完成时间12月已完成\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_the_cost_after_its_ceiling_is_spent():
    body = HEADS + ROWS + "成本指标项目建设成本≤30万元28.5万元\n"
    assert written(body) == [("30万元", "PLANNED"), ("28.5万元", "SPENDING")]


def test_a_rate_or_no_heads_keep_the_reading():
    body = HEADS + ROWS + "成本指标每亩造林成本≤300元280元\n"
    assert written(body)[1] != ("280元", "SPENDING")
    body = ROWS + "成本指标项目建设成本≤30万元28.5万元\n"
    assert written(body)[1] == ("28.5万元", None)
