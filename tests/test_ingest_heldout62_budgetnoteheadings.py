"""Trial 62's 1259 (a county women's federation's 2014 budget note, published without a title:
三、部门收支预算编制的依据及测算说明 / 1、人员经费:…据实编列。共计27.2万元 / 4、2014年收支情况:本年收入
总计:43.89万元; 27.2万元 unread and 43.89万元 read as revenue before) and 1255 (a county science
association's 2018 note, untitled: 三、2018年科协预算收支情况表 2018年财政拨款预算收入960800元,…
其他资本性支出7980元, read as spending before). Pattern: an untitled budget note says what it is
in the template's headings (``kinds.budgetnote``): how its 收支 budget was drawn up
(部门收支预算编制的依据及测算说明), or its year's 预算收支情况表 with the unit's short name between
year and 预算收支; its 收入 and 支出 are then budgeted, and an amount no word names under a heading
of its 收支 is too (``kinds.budgetsection``). A text naming 决算 anywhere, and a heading of other
work, are no such note. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.budgetnote import budget_note_year

DRAWN_UP = (
    "一、部门主要职责:代表和维护妇女权益。\n"
    "二、2035年主要工作任务:1、实施巾帼创业工程。\n"
    "三、部门收支预算编制的依据及测算说明\n"
    "1、人员经费:依据单位2035年元月底财政供养人员据实编列。共计12.5万元。\n"
    "2、2035年收支情况:本年收入总计:20.5万元.本年度财政综合预算支出20.5万元。\n"
)
TABLE = (
    "一、样例协会主要职能 (一)团结和动员全区科技工作者。 二、人员情况 编制数是6人。 "
    "三、2035年样例协会预算收支情况表 2035年财政拨款预算收入650000元, 预算支出:在职人员工资"
    "400000元,商品和服务240000元。其他资本性支出10000元。\n"
    "预算收支增减情况说明: 2035年比2034年减少0.08%,因退休2人,工资相应降低。\n"
    "2035年机关运行经费预算安排240000元。 三公经费预算支出情况:2035年公务用车预算0元。\n"
)


def test_a_note_headed_by_how_its_budget_was_drawn_up_is_a_budget_note():
    assert budget_note_year(DRAWN_UP) == 2035
    assert kinds(DRAWN_UP) == [
        ("12.5万元", "BUDGET"),
        ("20.5万元", "BUDGET"),
        ("20.5万元", "BUDGET"),
    ]


def test_a_note_headed_by_its_units_budget_table_is_a_budget_note():
    assert budget_note_year(TABLE) == 2035
    assert ("10000元", "BUDGET") in kinds(TABLE)


def test_a_text_naming_its_accounts_is_no_budget_note():
    accounts = DRAWN_UP.replace("本年收入总计", "本年决算收入总计")
    assert budget_note_year(accounts) is None
    assert budget_note_year(TABLE.replace("预算收支情况表", "决算收支情况表")) is None


def test_a_heading_of_other_work_makes_no_budget_note():
    other = DRAWN_UP.replace("部门收支预算编制的依据及测算说明", "部门重点工作完成情况")
    assert budget_note_year(other) is None
    assert ("12.5万元", None) in kinds(other)
    assert budget_note_year(TABLE.replace("预算收支情况表", "工作情况")) is None
