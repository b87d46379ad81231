"""A 收支总表 whose two sides share one money head (项目 | 预算数 | 项目 | 预算数), flattened so
its empty cells are lost: each figure is its nearest label's, of the shared column (trial
47's 735; trial 46's 702, one cell a line). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例县档案馆2031年部门预算公开\n本单位2031年部门预算如下。\n"

PIPED_BUDGET = HEAD + (
    "收支总表\n单位:万元\n"
    "| 收 入 | 支 出 | |\n"
    "| 项 目 | 预算数 | 项 目 | 预算数 |\n"
    "| 一、一般公共预算拨款收入 | 210.40 | 一、一般公共服务支出 | 180.25 |\n"
    "| 二、事业收入 | 二、教育支出 | |\n"
    "| 三、其他收入 | 三、文化旅游体育与传媒支出 | 22.15 | |\n"
    "| 四、住房保障支出 | 8.00 | |\n"
    "| 五、其他支出 | |\n"
)

ACCOUNTS_ONE_A_LINE = (
    "样例区公园管理处2030年度决算\n第二部分 决算表\n2030年度收入支出决算总表\n单位:万元\n"
    "收入 |\n支出 |\n||\n项目 |\n决算数 |\n项目 |\n决算数 |\n"
    "一、财政拨款收入 |\n1200.50 |\n一、一般公共服务支出 |\n|\n"
    "其中:政府性基金预算财政拨款 |\n300.25 |\n二、城乡社区支出 |\n950.10 |\n"
    "二、事业收入 |\n|\n三、年末结转和结余 |\n40.00 |\n"
)


def _kinds(text: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(text, "fictional.txt").money}


def test_piped_budget_cells_are_budgets_wherever_the_lost_cells_shift_them():
    kinds = _kinds(PIPED_BUDGET)
    assert kinds == {"210.40": "BUDGET", "180.25": "BUDGET", "22.15": "BUDGET", "8.00": "BUDGET"}


def test_accounts_cells_one_a_line_take_their_label_kind():
    kinds = _kinds(ACCOUNTS_ONE_A_LINE)
    assert kinds == {
        "1200.50": "REVENUE",
        "300.25": "REVENUE",
        "950.10": "SPENDING",
        "40.00": "CARRY_OVER",
    }


def test_heads_that_differ_leave_the_cells_unread():
    text = PIPED_BUDGET.replace(
        "| 项 目 | 预算数 | 项 目 | 预算数 |", "| 项 目 | 预算数 | 项 目 | 决算数 |"
    )
    assert set(_kinds(text).values()) == {None}


def test_a_figure_after_a_figure_or_after_a_label_naming_no_kind_stays_unread():
    text = HEAD + (
        "收支总表\n单位:万元\n| 项 目 | 预算数 | 项 目 | 预算数 |\n"
        "| 一、一般公共预算拨款收入 | 50.10 | 12.30 | |\n"
        "| 二、预备费 | 4.20 | |\n"
    )
    kinds = _kinds(text)
    assert kinds["50.10"] == "BUDGET"
    assert kinds["12.30"] is None
    assert kinds["4.20"] is None


def test_a_table_with_a_row_number_column_or_a_sentence_before_its_heads_is_not_this_rule():
    numbered = HEAD + (
        "收支总表\n单位:万元\n| 项目 | 预算数 | 项目 | 预算数 | 行次 |\n"
        "| 一、一般公共预算拨款收入 | 50.10 | 一、教育支出 | 50.10 |\n"
    )
    sentence = HEAD + (
        "单位:万元。下表为样例。\n| 项目 | 预算数 | 项目 | 预算数 |\n"
        "| 一、一般公共预算拨款收入 | 50.10 | 一、教育支出 | 50.10 |\n"
    )
    for text in (numbered, sentence):
        money = extract(text, "fictional.txt").money
        assert all(m.rule != "money-table" or m.kind is None for m in money), text


def test_a_figure_the_text_ends_on_is_not_read():
    text = ACCOUNTS_ONE_A_LINE + "四、其他收入 |\n12.5"
    kinds = _kinds(text)
    assert kinds.get("12.5") is None
