"""The amounts of other kinds the twenty-eighth held-out trial (texts 349–360) found read as
spending, each rule held on fictional text with cases it must not fire on."""

from __future__ import annotations

from fictional_text import kinds

# -- a 三公 budget note titled …公开说明 ----------------------------------------------------------

DISCLOSED = (
    "青岚市某某区文化馆 2020年部门预算“三公”经费公开说明\n\n"
    "一、“三公”经费情况说明\n\n"
    "2020年本部门一般公共预算“三公”经费预算支出6.40万元,较上年减少1.20万元。具体情况如下:\n\n"
    "1、因公出国(境)经费0万元。\n\n"
    "2、公务接待费1.90万元,较上年减少0.3万元。\n\n"
    "3、公务用车购置及运行费支出4.5万元,其中:\n\n"
    "(1)、公务用车运行维护费4.50万元;\n"
)


def test_the_items_of_a_budget_disclosure_note_are_budgeted():
    assert kinds(DISCLOSED) == [
        ("6.40万元", "BUDGET"),
        ("1.20万元", "CHANGE"),
        ("0万元", "BUDGET"),  # 经费: the item's name, not money spent
        ("1.90万元", "BUDGET"),
        ("0.3万元", "CHANGE"),
        ("4.5万元", "BUDGET"),  # 支出 in a budget note: budgeted spending
        ("4.50万元", "BUDGET"),
    ]


def test_a_disclosure_note_of_the_accounts_keeps_its_spending():
    text = DISCLOSED.replace("部门预算", "部门决算").replace("预算支出", "决算支出")
    assert [k for _, k in kinds(text)][-1] == "SPENDING"


def test_a_disclosure_of_something_else_is_no_three_public_note():
    text = DISCLOSED.replace("部门预算“三公”经费公开说明", "政务信息公开说明")
    assert kinds(text)[2] == ("0万元", "SPENDING")  # as read before: no 三公 note's title
    # …2020年部门预算信息公开说明 is a department's budget note (trial 63's 1287): budgeted
    budget = DISCLOSED.replace("“三公”经费公开说明", "信息公开说明")
    assert kinds(budget)[2] == ("0万元", "BUDGET")


# -- a budget note's 三公 total worded 支出 -------------------------------------------------------

WORDED = (
    "青岚县某某局2019年部门预算“三公”经费情况说明\n\n"
    "“三公”经费包括因公出国(境)费、公务用车购置及运行维护费和公务接待费。"
    "2019年财政拨款“三公”经费支出合计7.2万元,比上年减少0.8万元。"
    "其中:公务用车运行维护费 4.2万元,占58%,公务接待费3万元,占42%。\n"
)


def test_a_budget_notes_total_worded_as_spending_is_budgeted():
    assert kinds(WORDED) == [
        ("7.2万元", "BUDGET"),
        ("0.8万元", "CHANGE"),
        ("4.2万元", "BUDGET"),  # the items take their total's kind
        ("3万元", "BUDGET"),
    ]


def test_a_total_of_another_year_stays_spent():
    text = WORDED.replace("2019年财政拨款", "2018年财政拨款")
    assert kinds(text)[0] == ("7.2万元", "SPENDING")  # last year's, as the body says
    text = WORDED.replace("2019年财政拨款", "上年财政拨款")
    assert kinds(text)[0] == ("7.2万元", "SPENDING")


def test_a_total_of_the_accounts_or_actually_spent_stays_spent():
    text = WORDED.replace("部门预算", "部门决算")
    assert kinds(text)[0] == ("7.2万元", "SPENDING")
    text = WORDED.replace("“三公”经费支出合计", "“三公”经费实际支出合计")
    assert kinds(text)[0] == ("7.2万元", "SPENDING")


def test_a_news_item_on_three_public_spending_is_not_a_budget_note():
    text = WORDED.replace("青岚县某某局2019年部门预算“三公”经费情况说明", "青岚县压减一般性支出")
    assert kinds(text)[0] == ("7.2万元", "SPENDING")


# -- a project's funds total, executed by its rate; funds received by a 经费 fund's name ---------

PROJECT = (
    "青岚县第二中学2022年度项目支出绩效自评报告\n"
    "(一)绩效目标完成情况\n"
    "1. 执行率情况。\n"
    "2022年度我校学生资助工作经费项目财政资金总额8.40万元,全部为县级资金,拨付使用8.40万元,"
    "预算执行率100%。\n"
    "①数量指标:2022年,我校收到学生资助工作经费资金8.40万元。\n"
)


def test_a_projects_funds_total_the_rate_is_taken_of_is_its_budget():
    assert kinds(PROJECT)[:2] == [("8.40万元", "BUDGET"), ("8.40万元", "SPENDING")]


def test_a_total_the_rate_does_not_agree_with_stays_as_read():
    text = PROJECT.replace("预算执行率100%", "预算执行率90%")
    assert kinds(text)[0] == ("8.40万元", "SPENDING")  # as read before: the 经费 of its name
    text = PROJECT.replace("拨付使用8.40万元", "另安排8.40万元")
    assert kinds(text)[0] == ("8.40万元", "SPENDING")  # nothing said done


def test_funds_received_under_a_fee_name_are_revenue():
    assert kinds(PROJECT)[-1] == ("8.40万元", "REVENUE")


def test_received_funds_whose_own_words_name_spending_stay_spent():
    text = PROJECT.replace("收到学生资助工作经费资金8.40万元", "收到经费后支出8.40万元")
    assert kinds(text)[-1] == ("8.40万元", "SPENDING")
    text = PROJECT.replace("我校收到学生资助工作经费资金", "我校学生资助工作经费")
    assert kinds(text)[-1] == ("8.40万元", "SPENDING")  # no 收到: the fee as read
