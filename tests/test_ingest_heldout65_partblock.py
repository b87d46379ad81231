"""A 其中 block proven by its parent row is left out of a table's sum to its 合计 (trial 65's
1366, a bureau's 2019 三公 accounts one cell a line: 合计 | 18 | 6.28, then 公务用车购置及运行费 |
6 | 0 | 其中:公务用车运行维护费 | 6 | 0 | 公务用车购置 | 0 | 0, whose parts counted beside their
parent made the 预算数 column add to 24 and the 18 doubted; tables/partblocks), and a
收入支出决算总表 whose heads are spaced apart one cell a line (收 入 / 支 出) is read by its
行次 (1354, a grain bureau's 2015 accounts; tables/accountsrows). Both listed unread before.
Near misses: parts that do not add up to their parent, and a block whose rows never do,
leave the 合计 doubted. Test material, fictional."""

from __future__ import annotations

from fictional_text import found

PROSE = (
    "说明:本单位严格执行预算管理的各项规定,年度收支情况如上表所示,各项支出均按照年初预算和"
    "调整后的预算安排执行,未发生超预算支出的情况,具体原因分析详见后文的各部分说明。" * 3 + "\n"
) * 3
ROWS = [
    ("合 计", "20", "7.5"),
    ("因公出国(境)费", "0", "0"),
    ("公务接待费", "12", "7.5"),
    ("公务用车购置及运行费", "8", "0"),
    ("其中:公务用车运行维护费", "8", "0"),
    ("公务用车购置", "0", "0"),
]


def _threepublic(rows=ROWS):
    cells = "".join(f"{label} |\n{a} |\n{b} |\n" for label, a, b in rows)
    return (
        "样例局2035年度一般公共预算财政拨款“三公”经费支出决算情况说明\n"
        "一、2035年度一般公共预算财政拨款“三公”经费支出决算表\n单位:万元\n"
        "项 目 |\n预 算 数 |\n决 算 数 |\n" + cells + "二、情况说明\n"
    )


def _read(text):
    return [(w, k) for w, k, _, r in found(text) if "万" not in w]


def test_a_proven_part_block_leaves_the_total_read():
    assert _read(_threepublic())[:2] == [("20", "BUDGET"), ("7.5", "SPENDING")]


def test_parts_that_do_not_add_up_to_their_parent_leave_the_total_doubted():
    rows = [*ROWS[:4], ("其中:公务用车运行维护费", "5", "0"), ("公务用车购置", "0", "0")]
    assert _read(_threepublic(rows))[0] == ("20", None)


def test_a_block_left_out_doubts_no_cell_the_whole_table_did_not():
    # an empty cell in another row: with the block counted no column added up, so nothing
    # was doubted; leaving the block out must not doubt the 决算数's 合计 now
    text = _threepublic(
        [
            ("合 计", "30", "7.5"),
            ("因公出国(境)费", "10", ""),
            ("公务接待费", "12", "5"),
            ("公务用车购置及运行维护费", "8", "2.5"),
            ("其中:公务用车运行维护费", "8", "2.5"),
        ]
    ).replace(" |\n |\n", " |\n|\n")
    text = text.replace("二、情况说明", "公务用车购置费 |\n二、情况说明")
    assert ("7.5", "SPENDING") in _read(text)


SPACED = (
    "\n\n".join(
        [
            "样例粮食局2035年部门决算",
            "收入支出决算总表",
            "公开01表",
            "单位:万元",
            "收 入",
            "支 出",
            "项 目",
            "行次",
            "决算数",
            "项目(按功能分类)",
            "行次",
            "决算数",
            "一、财政拨款收入",
            "1",
            "300.25",
            "(按功能科目)",
            "30",
            "二、上级补助收入",
            "2",
            "粮油物资储备支出",
            "31",
            "300.25",
            "三、事业收入",
            "3",
            "32",
            "四、经营收入",
            "4",
            "33",
        ]
    )
    + "\n\n"
    + PROSE
)


def test_spaced_heads_one_cell_a_line_are_the_总表s_own():
    read = {(w, k) for w, k, _, r in found(SPACED)}
    assert ("300.25", "REVENUE") in read
    assert ("300.25", "SPENDING") in read


def test_a_head_that_is_no_总表s_keeps_its_cells_unread():
    other = SPACED.replace("收 入\n\n支 出", "收 费\n\n支 出")
    assert not any(k for w, k, _, r in found(other) if w == "300.25")
