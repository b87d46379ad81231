"""Tables and a 三公 note's opening the twentieth held-out trial missed (texts 256, 258): each
rule held on fictional text, with the cases it must not fire on.

- a 收入支出决算总表 whose 支出 side is headed 项目(按功能分类) (``accountsrows``);
- a 三公 table's money column headed with its year, 2016年决算 (万元) (``threepublicitemgrid``);
- a 三公 note opening, after a line of bare borders, on the line that announces it
  (…“三公”经费决算2016年情况如下:), read as its title (``threepublic.title``).
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found, kinds

# -- accountsrows: the 支出 side's head names its classification ----------------------------

SHEET = (
    "青岚县档案馆2020年度部门整体支出绩效自评表\n"
    "收入支出决算总表 | |||||\n"
    "公开01表 | |||||\n"
    "部门:青岚县档案馆 | 金额单位:元 | ||||\n"
    "收入 | 支出 | ||||\n"
    "项目 | 行次 | 金额 | 项目(按功能分类) | 行次 | 金额 |\n"
    "栏次 | 1 | 栏次 | 2 | ||\n"
    "一、一般公共预算财政拨款收入 | 1 | 2,318,406.50 | 一、一般公共服务支出 | 31 | 2,105,220.10 |\n"
    "二、政府性基金预算财政拨款收入 | 2 | 二、外交支出 | 32 | ||\n"
    "三、上级补助收入 | 3 | 三、国防支出 | 33 | ||\n"
    "四、其他收入 | 4 | 3,204.80 | 四、社会保障和就业支出 | 34 | 160,318.72 |\n"
    "5 | 五、卫生健康支出 | 35 | 56,072.48 | ||\n"
    "6 | 六、节能环保支出 | 36 | ||\n"
    "7 | 七、城乡社区支出 | 37 | ||\n"
    "8 | 八、农林水支"
)


def test_a_总表_whose_支出_head_names_its_classification_is_read_by_its_行次():
    got = kinds(SHEET)
    assert ("2,318,406.50", "REVENUE") in got
    assert ("3,204.80", "REVENUE") in got
    assert ("2,105,220.10", "SPENDING") in got
    assert ("160,318.72", "SPENDING") in got
    assert ("56,072.48", "SPENDING") in got
    money = {w: a for w, _, a, _ in found(SHEET)}
    assert money["56,072.48"] == Decimal("56072.48")  # 金额单位:元


def test_a_head_of_another_classification_word_or_a_row_out_of_turn_reads_nothing():
    other = SHEET.replace("项目(按功能分类)", "项目(按部门分类)")
    assert all(kind is None for _, kind in kinds(other))  # still listed, unread
    broken = SHEET.replace("四、社会保障和就业支出 | 34", "四、社会保障和就业支出 | 39")
    assert ("160,318.72", "SPENDING") not in kinds(broken)


def test_a_总表_under_no_决算_title_reads_nothing_even_with_the_classified_head():
    untitled = SHEET.replace("收入支出决算总表", "收入支出情况表")
    assert ("2,318,406.50", "REVENUE") not in kinds(untitled)


# -- itemgrid and title: a 三公 决算 note announced on its first line, its table's year head ----

NOTE = (
    "\n|\n"
    "青岚县档案馆财政拨款“三公”经费决算2016年情况如下:\n"
    "一、因公出国(境)经费\n"
    "2016年青岚县档案馆无出国计划。\n"
    "二、公务接待费\n"
    "2016年公务接待费2.4万元,较2015年决算数下降12.5%,主要原因是压缩接待。\n"
    "三、公务用车购置及运行维护费\n"
    "2016年公务用车购置及运行维护费8.6万元,较2015年决算数下降3.1%。\n"
    "附表:\n"
    "青岚县档案馆2016年“三公”经费决算表\n"
    "项目 | 2016年决算 (万元) |\n"
    "因公出国(境)经费 | 0 |\n"
    "公务接待费 | 2.4 |\n"
    "公务用车购置及运行维护费 | 8.6 |\n"
    "其中:购置经费 | 0 |\n"
    "运行维护费 | 8.6 |\n"
)


def test_items_of_a_note_announced_as_a_三公_决算_are_spent():
    got = kinds(NOTE)
    assert got[:2] == [("2.4万元", "SPENDING"), ("8.6万元", "SPENDING")]


def test_a_三公_table_headed_with_its_year_and_决算_is_read_spent_in_its_unit():
    rows = found(NOTE)[2:]
    assert [(w, k) for w, k, _, _ in rows] == [
        ("0", "SPENDING"),
        ("2.4", "SPENDING"),
        ("8.6", "SPENDING"),
        ("0", "SPENDING"),
        ("8.6", "SPENDING"),
    ]
    assert rows[1][2] == Decimal("24000")  # 万元 from the column's head


def test_a_year_head_of_预算_under_a_决算_title_reads_no_table():
    budget = NOTE.replace("2016年决算 (万元)", "2016年预算 (万元)")
    assert all(kind is None for _, kind in kinds(budget)[2:])


def test_an_announcing_line_of_a_预算_states_budgets_and_one_not_first_says_nothing():
    budget = NOTE.replace("“三公”经费决算2016年情况如下", "“三公”经费预算2016年情况如下")
    budget = budget.replace("决算表", "预算表").replace("较2015年决算数", "较2015年")
    assert kinds(budget)[:2] == [("2.4万元", "BUDGET"), ("8.6万元", "BUDGET")]
    # the items' own comparison with 2015's 决算 would say it alone (trial 51's
    # accountscompared): taken out, so that only the announcing line is tried
    plain = NOTE.replace("较2015年决算数", "较2015年")
    later = plain.replace("\n|\n", "青岚县档案馆信息公开专栏\n")  # another first line
    assert ("2.4万元", "SPENDING") not in kinds(later)
    news = plain.replace("情况如下:", "情况如下:本报讯,")  # the line runs on: a sentence
    assert ("2.4万元", "SPENDING") not in kinds(news)
