"""A 收支 named in a section heading above an amount's line is the section's: the line under
"二、…收入支出决算总体情况说明" that states 收入总计 alone is revenue only, with no spending
figure invented beside it (trial 48's 756, the cleaned text joining the long heading to the
line under it). A 收支 stated on the amount's own line keeps both sides. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = (
    "样例市文化艺术中心2031年度部门决算公开说明\n"
    "一、部门基本情况\n"
    "样例市文化艺术中心是市文化局所属公益二类事业单位,主要承担全市文艺演出\n"
    "艺术普及和剧场运营等工作职能,内设办公室、演出部、艺术教育部、剧场管理部\n"
    "财务部等五个部门,年末实有在职人员一百二十六人,离退休人员四十二人,\n"
    "本年度共组织各类演出二百一十场次,开展公益艺术普及活动八十余场次,接待\n"
    "观众三十五万人次,较上年有所增加,社会效益和经济效益得到进一步提升。\n"
    "中心坚持以人民为中心的创作导向,推出原创剧目三部,获省级奖项两项,全年\n"
    "剧场设施运行平稳,安全生产无事故,各项工作任务均按计划顺利完成。\n"
    "二、样例市文化艺术中心2031年度收入支出决算总体情况说明\n"
)


def kinds_of(body: str, figure: str) -> list[str | None]:
    money = extract(HEAD + body, "fictional.txt").money
    return [m.kind for m in money if m.as_written == figure]


def test_one_side_under_a_heading_naming_both_is_that_side_only():
    body = "2031年度收入总计5230.5万元,其中:本年收入4800万元,用事业基金弥补收支差额130.5万元。\n"
    assert kinds_of(body, "5230.5万元") == ["REVENUE"]


def test_both_sides_stated_on_the_amounts_line_stay_both():
    body = "2031年度收支总计均为5230.5万元,与上年相比增加120万元。\n"
    assert sorted(kinds_of(body, "5230.5万元")) == ["REVENUE", "SPENDING"]


def test_a_joint_on_the_same_line_as_its_figure_stays_both():
    text = "样例县某局2031年度部门决算说明\n2031年度收入支出决算总计386.2万元。\n"
    kinds = [m.kind for m in extract(text, "fictional.txt").money if m.as_written == "386.2万元"]
    assert sorted(kinds) == ["REVENUE", "SPENDING"]
