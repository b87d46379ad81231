"""Trial 64's 1331, by class, on fictional texts: a 三公 budget note states the total, ends its
line on 其中:, then gives each part on a line of its own, opening on the part's name and figure
(公务接待费638万元,比上年年初预算减少317万元。主要原因是…). Before, the parts whose names say no
kind were listed unread (a line break ends the sentence ``partkinds`` reads under 其中); now each
line's first figure is a part of the total and takes its kind (kinds/lineparts). A line of
another shape between (prose, a heading), a figure not the first of its line, or a 其中: with
no total before it reads nothing this way. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

TITLE = (
    "根据青岚区人民代表大会批准的青岚区本级2035年预算,2035年区本级一般公共预算安排的公务接待费、"
    "公务用车购置及运行维护费(以下简称“三公”经费)支出预算安排情况如下:\n"
)
PLAIN_TITLE = "青岚区2035年“三公”经费说明\n"
"""A title naming no budget: ``TITLE``'s opening (以下简称“三公”经费)支出预算安排情况如下 makes
the text a budget note, whose items are budgets by that alone (kinds/budgetnote, trial 64's
1331 too), so the near misses of this rule are held under this one."""
NOTE = (
    "2035年,青岚区本级一般公共预算安排的“三公”经费预算共计923万元,比2034年预算数减少32万元,"
    "下降3.3%。其中:\n"
    "公务接待费138万元,比上年年初预算减少17万元。主要原因是压减不必要的接待。\n"
    "公务用车购置费218万元,比上年年初预算增加35万元,主要原因是更新报废车辆。\n"
    "公务用车运行维护费505万元,比上年年初预算减少74万元。\n"
)


def test_each_line_opening_on_a_part_takes_the_totals_kind():
    read = dict(kinds(TITLE + NOTE))
    assert read["923万元"] == "BUDGET"
    assert read["138万元"] == "BUDGET"
    assert read["218万元"] == "BUDGET"
    assert read["505万元"] == "BUDGET"
    assert read["17万元"] == "CHANGE"


def test_a_line_of_prose_between_ends_the_list():
    broken = NOTE.replace("公务用车购置费218万元", "另外说明如下。\n公务用车购置费218万元")
    read = dict(kinds(PLAIN_TITLE + broken))
    assert read["138万元"] == "BUDGET"
    assert read["218万元"] is None
    assert read["505万元"] is None


def test_no_total_before_the_among_reads_nothing():
    untotalled = NOTE.replace(
        "预算共计923万元,比2034年预算数减少32万元,下降3.3%。", "情况说明如下。"
    )
    read = dict(kinds(PLAIN_TITLE + untotalled))
    assert read["138万元"] is None
