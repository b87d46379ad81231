"""A form's row one cell a line that lost an empty cell: the thirty-sixth held-out trial
(texts 475–496) read a 分值 (10) as the 全年执行数 of ``年度资金总额 30 30 10 100% 99``, the
row short of one of its six heads. Its 执行率 cell now places it; held on fictional text,
with the readings the rule must keep."""

from __future__ import annotations

from fictional_text import kinds

FORM = (
    "项目支出绩效自评表\n\n（2032年度）\n\n项目名称 青岚河道保洁经费 实施单位 青岚市某某中心\n\n"
    "项目资金 (万元) 年初预算数 调整预算数 全年执行数 分值 执行率 得分\n\n"
)


def test_a_row_short_of_a_cell_is_placed_by_its_rate():
    text = FORM + "年度资金总额   48   45   20   93.75%   18\n\n年度总体目标\n"
    assert kinds(text) == [("48", "BUDGET"), ("45", "SPENDING")]


def test_a_score_is_never_read_as_the_executed_amount():
    text = FORM + "年度资金总额   60   60   10   100%   10\n\n年度总体目标\n"
    assert ("10", "SPENDING") not in kinds(text)


def test_a_full_row_keeps_its_reading_by_position():
    text = FORM + "年度资金总额   50   48   45   10   93.75%   9\n\n年度总体目标\n"
    assert kinds(text) == [("50", "BUDGET"), ("48", "BUDGET"), ("45", "SPENDING")]


def test_a_short_row_its_rate_does_not_prove_stays_unread():
    text = FORM + "年度资金总额   48   45   20   80%   18\n\n年度总体目标\n"
    assert all(kind is None for _, kind in kinds(text))
