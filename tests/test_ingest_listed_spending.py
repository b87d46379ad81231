"""The items of a list of spending, each with its share of the whole (占项目经费的32%),
are spending, whether their own words say 经费 (``kinds/projectfunds``: not a project's
budget) or only the fee's name (``kinds/parallel``: the frame of the item before); a saving
said per year is a saving. Held on fictional text, then on the bundled report, whose list of
project spending this is.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from govkg.answers.kg import bundled_seed
from govkg.ingest.extract import extract
from govkg.seed.load import load_seed


def _read(text: str):
    report = extract(text, "fictional.txt")
    kinds = {m.as_written: m.kind for m in report.money}
    lines = {line.name: line for line in report.lines}
    return kinds, lines


LISTED_SPENDING = (
    "示范市数据中心2023年度部门整体支出绩效自评报告\n"
    "2023年度项目支出共计1000万元，主要包含项目有政务云服务费500万元，占项目支出的50%；"
    "平台项目经费300万元，占项目经费的30%；外网运维费150万元，占项目经费的15%；"
    "机房电费50万元，占项目经费的5%。\n"
    "整合机房，有效节省租赁费20万元/年。\n"
)


def test_the_items_of_a_list_of_spending_with_their_shares_are_spending():
    kinds, lines = _read(LISTED_SPENDING)
    assert kinds["300万元"] == "SPENDING"  # 项目经费 with its share: a part, not a budget
    assert kinds["150万元"] == kinds["50万元"] == "SPENDING"  # only the fee's name, in the frame
    assert lines["平台项目经费"].amount == Decimal("3000000")
    assert kinds["20万元"] == "SAVING"  # per year, as savings are said


def test_a_share_of_a_budget_does_not_make_an_item_spending():
    kinds, _ = _read(
        "示范县档案局2023年度档案数字化项目支出绩效自评报告\n"
        "一、项目概况\n"
        "2023年档案数字化项目经费40万元，占年初预算的20%。\n"
    )
    assert kinds["40万元"] == "BUDGET"


def test_the_bundled_report_reads_its_list_of_project_spending_as_spending(tmp_path: Path):
    from govkg.ingest.write import ingest

    seed_dir = Path(bundled_seed())
    curated = load_seed(seed_dir)
    ingest(seed_dir / curated.documents[0].file, tmp_path / "seed")
    draft = load_seed(tmp_path / "seed")
    kinds = {m.as_written: m.kind for m in draft.money_figures}
    for listed in ("1835万元", "383.32万元", "1322.14万元", "179.85万元", "303万元", "94.75万元"):
        assert kinds[listed] == "spending", listed
    assert kinds["20万元"] == "saving"
    assert all(m.read for m in draft.money_figures)


NUMBERED_ITEMS = (
    "示范县文联2023年度部门整体支出绩效自评报告\n"
    "1.项目支出30万元，具体为：\n"
    "（1）剧本创作费5万元；\n"
    "（2）音乐创作费2万元，该项为某某活动（总预算3万元）的一部分；\n"
    "（3）活动经费23万元。\n"
    "2.基本支出10万元。\n"
    "演出场地费8万元。\n"
)


def test_the_numbered_lines_under_a_lead_that_ends_its_line_are_its_items():
    kinds, _ = _read(NUMBERED_ITEMS)
    assert kinds["5万元"] == kinds["2万元"] == "SPENDING"  # the items of 项目支出
    assert kinds["8万元"] is None  # after the list: nothing names it


def test_numbered_lines_that_add_up_to_more_than_the_total_or_follow_no_lead_say_nothing():
    more, _ = _read(NUMBERED_ITEMS.replace("30万元", "20万元"))
    assert more["5万元"] is None  # 5 + 2 + 23 > 20: not its detail
    no_lead, _ = _read(NUMBERED_ITEMS.replace("，具体为：", "。"))
    assert no_lead["5万元"] is None
