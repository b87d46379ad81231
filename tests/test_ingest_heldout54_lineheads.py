"""A 三公 table of two years flattened one cell a line with no border at all: each year's
group head (its year without 年: 2030三公经费财政拨款决算数) over the same item heads, then
the figures, some grouped by thousands (trial 54's 928, a news site's copy of a national
academy's note): each figure is its group's year and kind where each group's 合计 is its
items' sum (``tables.threepublicgroupheads``). Sums that fail, a figure short, or a unit
line going on after the unit leave every cell unread. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "来源:样例院 发布时间:2031-7-9 12:54:17\n样例院公布“三公经费”情况说明\n \n样例院三公经费财政拨款情况表\n \n单位:万元\n"
GROUPS = "2030三公经费财政拨款决算数\n2031三公经费财政拨款预算数\n"
ITEMS = "合计\n因公出国(境)费\n公务用车购置及运行费\n公务接待费\n"
NOTE = (
    " \n一、样例院基本情况\n \n样例院是国务院直属事业单位,为我国样例方面的研究机构,现有12个二级预算"
    "单位,截止2030年底,全院在职人员2000名,离退休人员1500名。\n \n二、因公出国(境)费情况\n \n"
    "样例院财政拨款因公出国(境)费2030年实际执行数为1000.25万元,2031年预算数为900万元。\n"
)
GOOD = ["3100.50", "1000.25", "1,100.00", "1000.25", "2,950.00", "900", "1050.00", "1000"]


def kinds(figures: list[str], head: str = HEAD, groups: str = GROUPS):
    body = head + groups + ITEMS + ITEMS + "".join(f"{f}\n" for f in figures) + NOTE
    money = extract(body, "fictional.txt").money
    return [(m.as_written, m.kind, m.year) for m in money if "万元" not in m.as_written]


def test_each_line_is_a_cell_and_each_figure_its_groups_year_and_kind():
    assert kinds(GOOD) == [
        ("3100.50", "SPENDING", 2030),
        ("1000.25", "SPENDING", 2030),
        ("1,100.00", "SPENDING", 2030),
        ("1000.25", "SPENDING", 2030),
        ("2,950.00", "BUDGET", 2031),
        ("900", "BUDGET", 2031),
        ("1050.00", "BUDGET", 2031),
        ("1000", "BUDGET", 2031),
    ]


def test_the_year_written_with_its_nian_reads_the_same():
    groups = "2030年三公经费财政拨款决算数\n2031年三公经费财政拨款预算数\n"
    assert [kind for _, kind, _ in kinds(GOOD, groups=groups)] == ["SPENDING"] * 4 + ["BUDGET"] * 4


def test_a_total_that_is_not_its_items_sum_reads_nothing():
    read = kinds(["3100.50", "1000.25", "1,100.00", "1000.25", "2,950.00", "900", "1050.00", "999"])
    assert not [kind for _, kind, _ in read if kind]


def test_a_figure_short_reads_nothing():
    read = kinds(GOOD[:-1])
    assert not [kind for _, kind, _ in read if kind]


def test_a_unit_line_going_on_is_no_table_of_lines():
    head = HEAD.replace("单位:万元\n", "单位:万元 以下为说明\n")
    read = kinds(GOOD, head=head)
    assert not [kind for _, kind, _ in read if kind]
