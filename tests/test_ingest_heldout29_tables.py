"""Tables and lists of figures the twenty-ninth held-out trial (texts 361–374) left unread,
each rule held on fictional text with cases it must not fire on."""

from __future__ import annotations

from fictional_text import found, kinds

# -- a form's row whose own 执行率 cell proves its columns (rowrate) ----------------------------

FORM = (
    "青岚县古建筑修缮补助资金绩效自评表(2021年度)\n"
    "项目名称 古建筑修缮补助资金\n"
    "主管部门 青岚县文物局 实施单位 青岚县文物局\n"
    "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
    "(万元) 资金总额 {a} {b} {c} 10 {rate} {score}\n"
    "年度总体目标 预期目标 实际完成情况\n"
    "完成三处古建筑修缮。\n"
)


def _form(a="50", b="48", c="45.6", rate="0.95", score="9"):
    return FORM.format(a=a, b=b, c=c, rate=rate, score=score)


def test_a_row_its_fractional_rate_proves_is_read():
    assert kinds(_form()) == [
        ("50", "BUDGET"),
        ("48", "BUDGET"),
        ("45.6", "SPENDING"),  # 45.6 / 48 = 0.95: the rate's own cell
    ]


def test_a_rate_cut_not_rounded_proves_it_too():
    assert kinds(_form(c="45.9", rate="0.956"))[2] == ("45.9", "SPENDING")  # 0.95625


def test_a_rate_written_as_a_percent_proves_it():
    assert kinds(_form(rate="95.0"))[2] == ("45.6", "SPENDING")


def test_a_rate_that_does_not_match_leaves_the_row_unread():
    read = found(_form(rate="0.90"))
    assert read
    assert all(kind is None for _, kind, _, _ in read)


def test_a_rate_of_too_few_decimals_proves_nothing():
    read = found(_form(b="50", c="50", rate="1"))
    assert read
    assert all(kind is None for _, kind, _, _ in read)


def test_a_score_above_its_points_leaves_the_row_unread():
    read = found(_form(score="12"))
    assert read
    assert all(kind is None for _, kind, _, _ in read)


def test_a_row_short_of_a_column_leaves_it_unread():
    text = _form().replace(" 10 0.95 9", " 0.95 9")  # 分值 lost: no column is certain
    read = found(text)
    assert read
    assert all(kind is None for _, kind, _, _ in read)
