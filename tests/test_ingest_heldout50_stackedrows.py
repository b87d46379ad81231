"""A flattened self-assessment form whose funds rows follow the heads in one run, their labels
printed before the heads, is read where the run is the heads times the rows and each row's
rate proves it (trial 50's 787). A run of another length or a rate that does not agree leaves
the cells unread. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = (
    "样例县项目支出绩效自评表 (2031年度) 项目名称 样例配套资金 主管部门 样例县医疗保障局 "
    "项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 "
    "全年预算数 全年执行数 分值 执行率 得分 "
)
TAIL = " 上年结转资金 — — 其他资金 — — 预期目标 实际完成情况 提高保障水平\n"


def written(run: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + run + TAIL, "fictional.txt").money]


def test_two_rows_in_one_run_proven_by_their_rates_are_read():
    assert written("40.00 38.00 10 95% 9 40.00 38.00 — 95% —") == [
        ("40.00", "BUDGET"),
        ("38.00", "SPENDING"),
        ("40.00", "BUDGET"),
        ("38.00", "SPENDING"),
    ]


def test_a_rate_that_does_not_agree_leaves_them_unread():
    got = written("40.00 38.00 10 80% 9 40.00 38.00 — 80% —")
    assert all(kind is None for _, kind in got)


def test_a_run_of_another_length_leaves_them_unread():
    got = written("40.00 38.00 10 95% 9 38.00 — 95% —")
    assert all(kind is None for _, kind in got)
