"""Trial 54: numbered lines whose first figures add up, to the fen, to a figure of the lead before
them are its parts and take its kind (920's (1)因公出国(境)费…(3)公务接待费 after a 预算 and an
实际支出; 952's 1、公务用车购置费0万元 / 2、…运行维护费 under 公务用车费预算…:). Figures that do not
add up, a lead figure of two kinds, a class of spending's figure, items out of order keep their
readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例部2031年“三公”经费情况说明\n\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


ITEMS = (
    "\n\n(1)因公出国(境)费100.50万元。全年共派出团组12个。"
    "\n\n(2)公务用车购置及运行费 200.25 万元。年末公务用车保有量为30辆。"
    "\n\n(3)公务接待费50.00万元,主要用于工作餐费等支出。\n"
)


def test_items_adding_up_to_what_was_spent_are_spent():
    body = (
        "财政部批复样例部2031年“三公经费”财政拨款预算400.00万元,实际支出350.75万元,"
        "比预算减少49.25万元。具体情况如下:" + ITEMS
    )
    got = written(body)
    assert got[:3] == [("400.00万元", "BUDGET"), ("350.75万元", "SPENDING"), ("49.25万元", "CHANGE")]
    assert [k for _, k in got[3:]] == ["SPENDING"] * 3


def test_items_adding_up_to_the_budget_are_budgeted_in_any_number_style():
    body = (
        "2032年“三公经费”财政拨款预算350.75万元,比上年减少10万元,具体情况如下:"
        + ITEMS.replace("(1)", "（一）").replace("(2)", "（二）").replace("(3)", "（三）")
    )
    assert [k for _, k in written(body)[2:]] == ["BUDGET"] * 3


def test_a_part_of_zero_on_a_numbered_line_under_a_budget_line():
    body = (
        "(三)公务用车费预算19.95万元,同比减少5.70万元。公务用车费预算19.95万元:\n\n"
        "1、公务用车购置费0万元,同比持平;\n\n"
        "2、公务用车运行维护费19.95万元,同比减少5.70万元。\n"
    )
    got = written(body)
    assert ("0万元", "BUDGET") in got
    assert got[-2] == ("19.95万元", "BUDGET")


def test_items_that_do_not_add_up_stay_unread():
    body = (
        "财政部批复样例部2031年“三公经费”财政拨款预算400.00万元,实际支出350.00万元,"
        "比预算减少50.00万元。具体情况如下:" + ITEMS
    )
    assert [k for _, k in written(body)[3:]] == [None] * 3


def test_a_sum_equal_to_figures_of_two_kinds_says_nothing():
    body = (
        "2031年“三公经费”财政拨款预算350.75万元,实际支出350.75万元。具体情况如下:" + ITEMS
    )
    assert [k for _, k in written(body)[2:]] == [None] * 3


def test_a_class_of_spending_s_figure_is_no_act_of_spending():
    body = (
        "样例中心2031年参与绩效评价的项目共2个,项目支出14.97万元。具体如下:\n"
        "1、档案整理费5万元,主要用于档案整理方面;\n"
        "2、门面租金9.97万元,主要用于出租门面的管理。\n"
    )
    got = written(body)
    assert got[1] == ("5万元", None)
    assert got[2] == ("9.97万元", None)


def test_items_out_of_order_or_a_single_item_keep_their_reading():
    body = (
        "2031年“三公经费”实际支出350.75万元。具体情况如下:"
        "\n\n(2)因公出国(境)费100.50万元。\n\n(1)公务接待费250.25万元。\n"
    )
    assert [k for _, k in written(body)[1:]] == [None, None]
    body = "2031年项目实际支出100.50万元。具体情况如下:\n\n(1)甲项目100.50万元。\n"
    assert written(body)[1] == ("100.50万元", None)
