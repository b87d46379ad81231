"""Trial 64's 1322 and 1323, by class, on fictional texts: a news roundup ranks bodies by one
figure each, one item after another (甲为218亿元,乙为161亿元,…; 甲(125.54亿元)、乙(114.88亿元)、…),
the kind of money named once before the run, or in the heading line above a line that is only
the run (8所高校预算超百亿元 / 清华大学297.21亿元,浙江大学191.77亿元,…). Before, the items past the
lead's reach were listed unread; now every item of a run of three figures or more takes the kind
its lead names (kinds/siblingrun). A lead naming no kind or only a change, a 其中 opening the run
(a total's parts), a run of two figures, an item whose name says a kind, and a run line under a
line of prose read nothing this way. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.siblingrun import sibling_run_kind

TITLE = "样例省教育厅2035年部门决算\n"
RANKED = TITLE + (
    "据了解,样例省40所高校通过网站公布了2035年度部门决算。从高校公布的决算数字来看,"
    "青岚大学以318亿元居首,白沙大学为261亿元,东湖大学为241亿元,南岭学院为171亿元,"
    "北坡大学为120亿元。\n"
)
BRACKETED = TITLE + (
    "支出方面,青岚大学超过300亿。此外,年度支出较多的大学有白沙大学(225.54亿元)、"
    "东湖大学(214.88亿元)、南岭学院(213.98亿元)、北坡大学(202.10亿元)。\n"
)
HEADED = TITLE + (
    "样例省40所高校公布预算 6所高校预算超百亿元\n"
    "青岚大学397.21亿元,白沙大学291.77亿元,东湖大学290.07亿元,南岭学院175.17亿元,"
    "北坡大学156.32亿元,西林大学125.09亿元。\n"
)


def test_a_ranked_run_takes_its_leads_kind():
    read = dict(kinds(RANKED))
    assert read["171亿元"] == "SPENDING"
    assert read["120亿元"] == "SPENDING"
    read = dict(kinds(BRACKETED))
    assert read["213.98亿元"] == "SPENDING"
    assert read["202.10亿元"] == "SPENDING"


def test_a_run_line_under_a_heading_naming_the_budget_is_budgeted():
    read = dict(kinds(HEADED))
    assert read["397.21亿元"] == "BUDGET"
    assert read["125.09亿元"] == "BUDGET"


def test_a_lead_of_no_kind_or_a_change_reads_nothing():
    plain = RANKED.replace("从高校公布的决算数字来看", "从高校公布的数字来看")
    plain = plain.replace("2035年度部门决算。", "2035年度报告。")
    assert dict(kinds(plain))["120亿元"] is None
    changed = HEADED.replace("6所高校预算超百亿元", "6所高校比上年增加")
    assert dict(kinds(changed))["125.09亿元"] is None


def test_a_run_of_two_figures_or_under_prose_reads_nothing():
    run = TITLE + (
        "从高校公布的决算数字和公开信息综合整理来看,青岚师范高等专科学校为318亿元,"
        "南岭学院为271亿元,东湖职业技术学院为241亿元。\n"
    )
    assert dict(kinds(run))["241亿元"] == "SPENDING"
    two = run.replace("南岭学院为271亿元,", "")
    assert dict(kinds(two))["241亿元"] is None
    prose = HEADED.replace("6所高校预算超百亿元", "6所高校预算超百亿元。")
    assert dict(kinds(prose))["125.09亿元"] is None


def test_parts_under_among_are_not_a_run():
    parts = (
        "2035年样例市“三公”经费总额为18554万元,同比下降13.6%。其中因公出国(境)费用972万元,"
        "公务接待费7399万元,公务用车购置费2077万元,公务用车运行维护费8106万元。"
    )
    assert sibling_run_kind(parts, parts.index("8106"), kind_of) is None
    ranked = parts.replace("其中", "此外")
    assert sibling_run_kind(ranked, ranked.index("8106"), kind_of) == "SPENDING"
