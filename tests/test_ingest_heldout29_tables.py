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


# -- an amount after a class of spending's code, by its section's heading (functionclass) -----

CLASSES = (
    "青岚县2021年财政决算有关事项的说明\n"
    "一、青岚县一般公共预算支出决算情况\n"
    "2021年全县一般公共预算支出为88000万元,比上年决算数增加3000万元。分科目情况如下:\n"
    "(一)205-教育支出31000万元,比上年决算数增加1200万元,其中:\n"
    "1、20502-普通教育26000万元,比上年决算数增加900万元。\n"
    "2、2050204-高中教育4100万元,与上年决算数持平。\n"
)


def test_an_amount_after_a_class_code_is_the_sections_spending():
    assert kinds(CLASSES) == [
        ("88000万元", "SPENDING"),
        ("3000万元", "CHANGE"),
        ("31000万元", "SPENDING"),  # 教育支出: read by its own word, as before
        ("1200万元", "CHANGE"),
        ("26000万元", "SPENDING"),  # 20502-普通教育: a class of spending, the section's 决算
        ("900万元", "CHANGE"),
        ("4100万元", "SPENDING"),
    ]


def test_under_a_heading_of_the_budget_it_is_budgeted():
    text = CLASSES.replace("支出决算情况", "支出预算情况")
    assert kinds(text)[4] == ("26000万元", "BUDGET")


def test_under_a_heading_naming_no_spending_it_stays_unread():
    text = CLASSES.replace("一般公共预算支出决算情况", "财政决算总体情况")
    assert kinds(text)[4] == ("26000万元", None)


def test_a_revenue_class_code_says_nothing():
    text = CLASSES.replace("20502-普通教育", "10101-国内增值税")
    assert kinds(text)[4] == ("26000万元", None)


def test_a_year_or_a_count_before_the_name_is_no_class_code():
    text = CLASSES.replace("1、20502-普通教育", "1、2021-普通教育").replace(
        "2、2050204-高中教育", "2、学校共205所,高中教育"
    )
    assert kinds(text)[4] == ("26000万元", None)
    assert kinds(text)[6] == ("4100万元", None)


# -- a 三公 table of items under a <year>年度支出 head, its sums proven (threepublicspent) -----

SPENT = (
    "青岚县2021年度“三公”经费支出决算说明\n"
    "项目 |\n"
    "2021年度支出 (万元) |\n"
    "支出增减情况(万元) |\n"
    "增减率 |\n"
    "公务用车购置及运行维护费 |\n"
    "{cars} |\n"
    "-2.5 |\n"
    "-4.8% |\n"
    "公务用车购置费 |\n"
    "20.00 |\n"
    "— |\n"
    "— |\n"
    "公务用车运行维护费 |\n"
    "30.00 |\n"
    "— |\n"
    "— |\n"
    "公务接待费 |\n"
    "12.40 |\n"
    "1.1 |\n"
    "9.7% |\n"
    "“三公”经费合计 |\n"
    "62.40 |\n"
    "— |\n"
    "— |\n"
)


def test_a_table_its_sums_prove_is_read_spent():
    assert kinds(SPENT.format(cars="50.00")) == [
        ("50.00", "SPENDING"),
        ("2.5", "CHANGE"),  # the magnitude; the sign is the direction
        ("20.00", "SPENDING"),
        ("30.00", "SPENDING"),
        ("12.40", "SPENDING"),
        ("1.1", "CHANGE"),
        ("62.40", "SPENDING"),
    ]


def test_an_item_its_parts_do_not_add_up_to_reads_nothing():
    read = kinds(SPENT.format(cars="51.00"))
    assert read
    assert all(kind is None for _, kind in read)  # listed unread, as before


def test_a_table_naming_no_three_public_item_reads_nothing():
    text = (
        SPENT.format(cars="50.00")
        .replace("公务用车购置及运行维护费", "办公设备购置费")
        .replace("公务用车购置费", "办公家具购置费")
    )
    read = kinds(text)
    assert read
    assert all(kind is None for _, kind in read)
