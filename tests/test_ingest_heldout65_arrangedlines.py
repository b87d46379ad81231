"""The numbered lines a budget's arranged sum opens are items of that budget (trial 65's 1362,
a district NPC office's 2017 budget in 元: 2017年安排项目支出2897260元,具体项目情况说明如下: /
1、 代表履职补贴643200元; / 测算标准:… / 2、 报刊征订120000元,同上年; …, the items naming only
what the money is for, listed unread before; kinds/arrangedlines). Near misses: a head with
no 安排 or no 如下:, 安排使用 (an act), a number out of turn, a heading between, the second
amount of a line and the figures of the reckoning lines stay unread. Test material,
fictional."""

from __future__ import annotations

from fictional_text import kinds

TEXT = (
    "一、 机构及人员情况\n样例区人大常委会办公室属一级行政预算单位。\n"
    "二、 2035年部门收入预算总体情况\n"
    "2035年部门经费预算500000元,基本支出200000元;项目支出300000元。\n"
    "(一)2035年部门基本支出预算根据基础信息数据测算。\n"
    "(二)2035年部门项目支出预算安排情况说明\n"
    "2035年安排项目支出300000元,具体项目情况说明如下:\n"
    "1、 代表履职补贴120000元;\n"
    "测算标准:50名代表,年人均2400元计120000元。\n"
    "2、 报刊征订100000元,同上年;\n"
    "3、 代表培训80000元,同上年,另30000元。\n"
    "(三)其他说明\n"
)


def _of(text, written):
    return [k for w, k in kinds(text) if w == written]


def test_each_numbered_items_amount_is_the_budget():
    assert _of(TEXT, "100000元") == ["BUDGET"]
    assert _of(TEXT, "80000元") == ["BUDGET"]
    assert _of(TEXT, "120000元")[0] == "BUDGET"


def test_the_second_amount_of_a_line_and_the_reckoning_stay_unread():
    assert _of(TEXT, "30000元") == [None]
    assert _of(TEXT, "120000元")[1] is None


UNHEADED = TEXT.replace("二、 2035年部门收入预算总体情况", "二、 2035年部门收入情况")
"""The note under a heading that names no budget: 部门收入预算总体情况 makes an untitled text a
budget note, whose items are budgets by that alone (kinds/budgetnote, trial 65's 1362 too),
so the near misses of this rule are held without it."""


def test_near_misses_stay_unread():
    assert _of(UNHEADED, "100000元") == ["BUDGET"]  # the rule alone, as in TEXT
    for changed in (
        UNHEADED.replace("2035年安排项目支出", "2035年项目支出"),
        UNHEADED.replace("情况说明如下:", "情况说明。"),
        UNHEADED.replace("2035年安排项目支出", "2035年安排使用项目资金"),
    ):
        assert _of(changed, "100000元") != ["BUDGET"]  # left unread, or to another rule
    out_of_turn = UNHEADED.replace("2、 报刊征订", "5、 报刊征订")
    assert _of(out_of_turn, "100000元") == [None]
    assert _of(out_of_turn, "80000元") == [None]
    headed = UNHEADED.replace("2、 报刊征订", "(三)其他\n2、 报刊征订")
    assert _of(headed, "100000元") == [None]
