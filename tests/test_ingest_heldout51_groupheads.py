"""A 三公 table of two years flattened one cell a line: each year's group head (…决算数,
…预算数) over the same item heads, then one figure for each (trial 51's 836, a mirror with
pinyin readings): each figure is its group's year and kind where each group's 合计 is its
items' sum (``tables.threepublicgroupheads``). Sums that fail, item heads that differ
between the groups, or a figure short leave every cell unread. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = (
    "样例局“三公经费”财政拨款情况及说明按照有关规定,样例局对“三公经费”2030年财政拨款决算"
    "数据和2031年财政拨款预算数据公布如下:\n单位:万元\n"
    "2030年“三公經(jīng)費(fèi)”财政拨款决算数\n|\n2031年“三公经费”财政拨款预算数\n|\n"
)
ITEMS = "合 计\n|\n因公出国\n(境)费\n|\n公务用车购\n置及运行费\n|\n公务接\n待费\n|\n"
NOTE = "有关情况说明如下:\n一、2030年财政拨款决算数包括当年安排的“三公经费”支出。\n二〇三一年七月一日\n"


def kinds(figures: list[str], items: str = ITEMS + ITEMS) -> list[tuple[str, str | None, int]]:
    body = HEAD + items + "".join(f"{f}\n|\n" for f in figures) + NOTE
    return [(m.as_written, m.kind, m.year) for m in extract(body, "fictional.txt").money]


def test_each_figure_is_its_groups_year_and_kind():
    read = kinds(["60.50", "10.00", "30.25", "20.25", "58.00", "10.00", "28.00", "20.00"])
    assert read == [
        ("60.50", "SPENDING", 2030),
        ("10.00", "SPENDING", 2030),
        ("30.25", "SPENDING", 2030),
        ("20.25", "SPENDING", 2030),
        ("58.00", "BUDGET", 2031),
        ("10.00", "BUDGET", 2031),
        ("28.00", "BUDGET", 2031),
        ("20.00", "BUDGET", 2031),
    ]


def test_a_total_that_is_not_its_items_sum_reads_nothing():
    read = kinds(["60.50", "10.00", "30.25", "20.25", "59.00", "10.00", "28.00", "20.00"])
    assert all(kind is None for _, kind, _ in read)


def test_a_figure_short_reads_nothing():
    read = kinds(["60.50", "10.00", "30.25", "20.25", "58.00", "10.00", "28.00"])
    assert all(kind is None for _, kind, _ in read)


def test_item_heads_that_differ_read_nothing():
    other = "合 计\n|\n因公出国(境)费\n|\n公务接待费\n|\n公务用车购置及运行费\n|\n"
    read = kinds(
        ["60.50", "10.00", "30.25", "20.25", "58.00", "10.00", "28.00", "20.00"], ITEMS + other
    )
    assert all(kind is None for _, kind, _ in read)
