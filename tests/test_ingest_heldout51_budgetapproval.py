"""A ministry's approval of a department's budget, published as the department's budget, is a
budget note (trial 51's 832: 根据《财政部关于批复…2011年部门预算的通知》…,现将…2011年部门预算批复
情况公布如下。): its 收入, 支出 and the projects it lists (…西部计划14566万元, a 计划 in the
project's name) are BUDGET, and so are the items no word names under its 支出 heading
(二、财政拨款支出预算 / 1.行政运行3825.86万元). An untitled note whose first section comes after
the page's publication line and table of contents (trial 51's 841: 发布时间:… 信息来源:市财政局 /
目录: / 一、部门基本概况) is one too. A project's report citing the notice in its body, a
决算's approval and a text naming 决算 keep today's reading (``kinds.budgetnote``). Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract
from govkg.ingest.kinds.budgetnote import budget_note_year

GIVEN = Given(title="样例青年联合会2031年部门预算说明")
"""The title given on the command line, so that the short fictional texts are read at all
(the real 832 is accepted by its own words); the kinds are read from the text alone."""


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt", GIVEN).money]


APPROVAL = (
    "根据《财政部关于批复样例青年联合会2031年部门预算的通知》(财预[2031]12号),"
    "现将样例青年联合会2031年部门预算批复情况公布如下。\n"
    "一、总体收支预算\n"
    "2031年一般预算收入900万元,其中:财政拨款800万元,其他收入100万元;预算支出900万元。\n"
    "二、财政拨款支出预算\n"
    "2031年财政拨款支出预算800万元。\n"
    "(一)一般公共服务支出800万元。\n"
    "1.行政运行300万元,用于保障机构正常运转的支出。\n"
    "2.一般行政管理事务500万元,用于开展青年工作的支出。其中:\n"
    "(1)专项工作经费400万元。主要项目有:青年志愿服务计划250万元,青年网站建设150万元。\n"
)


def test_a_published_approval_is_a_budget_note():
    assert budget_note_year(APPROVAL) == 2031
    got = dict(kinds(APPROVAL))
    for written in ("300万元", "500万元", "400万元", "250万元", "150万元"):
        assert got[written] == "BUDGET", written


def test_the_approval_titled_or_addressed_to_the_unit():
    titled = "财政部关于批复样例青年联合会2031年部门预算的通知\n样例青年联合会:\n一、总体收支预算\n"
    assert budget_note_year(titled) == 2031
    addressed = "样例青年联合会:\n根据有关规定,现批复你单位2031年部门预算。\n一、总体收支预算\n"
    assert budget_note_year(addressed) == 2031


def test_an_approval_cited_in_a_project_report_is_no_budget_note():
    report = (
        "一、项目基本情况\n"
        "根据《样例市财政局关于2031年部门预算的批复》(样财建〔2031〕6号),市财政下达项目资金"
        "50万元。\n"
        "二、项目实施情况\n"
        "项目实际支出48万元。\n"
    )
    assert budget_note_year(report) is None
    got = dict(kinds(report))
    assert got["48万元"] == "SPENDING"


def test_an_accounts_approval_is_no_budget_note():
    accounts = "现将样例青年联合会2031年部门决算批复情况公布如下。\n一、收入支出决算总体情况\n"
    assert budget_note_year(accounts) is None


FURNISHED = (
    "发布时间:2031-02-13 15:54 信息来源:市财政局\n"
    "目录:\n"
    "一、部门基本概况\n"
    "二、部门预算单位构成\n"
    "三、部门收支总体情况\n"
    "一、部门基本概况\n"
    "样例市特殊教育学校是市教育局管理的学校。\n"
    "二、部门预算单位构成\n"
    "纳入2031年部门预算编制范围的只有样例市特殊教育学校本级。\n"
    "三、部门收支总体情况\n"
    "(一)收入预算,2031年年初预算数385.3万元,其中,一般公共预算拨款385.3万元;"
    "财政专户管理的非税收入拨款0万元。\n"
)


def test_a_note_after_its_page_furniture_and_contents_is_a_budget_note():
    assert budget_note_year(FURNISHED) == 2031
    got = kinds(FURNISHED)
    assert ("0万元", "BUDGET") in got


def test_furniture_before_a_text_naming_accounts_reads_as_before():
    text = FURNISHED + "四、上年决算情况\n2030年决算支出380万元。\n"
    assert budget_note_year(text) is None
    got = dict(kinds(text))
    assert got["380万元"] == "SPENDING"
