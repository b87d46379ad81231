"""三公 budget notes trial 53 misread, by class, on fictional texts: a note on a district's
template titled …“三公”经费财政拨款预算情况说明 (or …补充说明), 财政拨款 before its 预算, is a
note of a budget (887, 888), also behind a site's table of the document's fields (文 号 | … /
发布机构 | … / 标 题 | … |: 888); its items are budgeted, 公务接待费3.1万元 and an item named
by its line, 车辆运行维护费支出4.89万元, as is a fee 执行公务 (on duty) 开支 (887). Near cases keep
their readings: a note titled as spending, an item said 支出费用, a clause of the budget's
execution. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.threepublic.title import budget_note_year


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [
        (found.figure + (found.unit or ""), found.kind)
        for found in extract(text, "fictional.txt").money
    ]


BODY = (
    "一、“三公”经费的单位范围\n"
    "样例区某某中心因公出国(境)费、公务接待费、公务用车购置及运行维护费开支单位包括本级1个事业单位。\n"
    "二、2031年“三公”经费财政拨款预算情况\n"
    "2031年部门财政拨款资金安排“三公”经费预算8万元。具体情况如下:\n"
    "(一)因公出国(境)费\n"
    "年初由财政预算集中管理,实际发生时报区委、区政府审批后列入单位预算,年终并入单位决算予以公开。\n"
    "(二)公务接待费\n"
    "公务接待费3万元。主要用于执行公务和开展业务活动开支的公务接待费。\n"
    "(三)公务用车购置及运行维护费\n"
    "1、公务用车购置费\n"
    "年初由财政预算集中管理,实际发生时报区委、区政府审批后列入单位预算,年终并入单位决算予以公开。\n"
    "2、车辆运行维护费支出5万元,截至2030年底本单位公务用车辆共3台。\n"
)
TITLED = "样例区某某中心2031年“三公”经费财政拨款预算情况说明\n" + BODY
FIELDS = (
    "文 号 | 无 | 发文日期 | 2031-07-07 17:30 |\n---|---|---|---|\n"
    "发布机构 | 样例区人民政府 | 有 效 性 | 有效 |\n"
    "标 题 | 样例区某某街2031年“三公”经费财政拨款预算情况补充说明 |\n"
    "样例区某某街2031年“三公”经费财政拨款预算情况补充说明\n" + BODY
)


def test_a_note_titled_with_its_appropriation_before_the_budget_is_a_budget_note():
    assert budget_note_year(TITLED) == (2031,)
    assert budget_note_year(FIELDS) == (2031,)


def test_its_items_are_budgeted():
    for text in (TITLED, FIELDS):
        assert kinds(text) == [("8万元", "BUDGET"), ("3万元", "BUDGET"), ("5万元", "BUDGET")]


def test_a_fee_paid_on_duty_is_still_a_budget_line():
    text = TITLED.replace("公务接待费3万元。", "执行公务和开展业务活动开支公务接待费3万元。")
    assert ("3万元", "BUDGET") in kinds(text)


def test_a_note_titled_as_spending_is_no_budget_note():
    spent = TITLED.replace("财政拨款预算情况说明", "财政拨款支出决算情况说明", 1)
    assert budget_note_year(spent) is None


def test_an_item_said_spent_keeps_its_reading():
    text = TITLED.replace("车辆运行维护费支出5万元", "车辆运行维护费支出费用5万元")
    assert ("5万元", "SPENDING") in kinds(text)
    done = TITLED.replace("公务接待费3万元。", "公务接待费执行3万元。")
    assert ("3万元", "BUDGET") not in kinds(done)


def test_a_fields_table_without_a_note_title_names_no_budget_note():
    text = FIELDS.replace("“三公”经费财政拨款预算情况补充说明", "工作总结")
    assert budget_note_year(text) is None
