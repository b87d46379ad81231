"""The tail of a budget note, its title and opening cut off, whose state-assets section names
the unit as the holder of its assets (四、国有资产占有情况 / 截止2017年底,政务中心共有固定资产
211.79万元: trial 58's 1092): that name is the unit, as written; a pronoun (本部门, 我局), an
area (全县), a sentence away from the section's heading or a holder of what is no asset name
none. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.assetholder import asset_holder
from govkg.ingest.extract import extract

TAIL = (
    "一、绩效目标设置情况\n"
    "按照“费随事定”的原则,2035年某某服务中心专项资金182万元,均按要求实行绩效目标。\n"
    "二、政府采购情况说明\n"
    "2035年预算没有安排政府采购资金\n"
    "三、国有资产占有情况\n"
    "截止2034年底,某某服务中心共有固定资产201.79万元\n"
    "四、名词解释\n"
    "1.财政拨款收入:指区级财政当年拨付的资金。\n"
    "2.基本支出:指为保障机构正常运转而发生的人员支出和公用支出。\n"
    "3.项目支出:指在基本支出之外为完成行政任务所发生的支出。\n"
)


def test_the_holder_of_the_notes_assets_is_the_unit():
    document = extract(TAIL, "fictional.txt").document
    assert document.unit == "某某服务中心"
    assert document.year == 2035


def test_a_pronoun_names_none():
    text = TAIL.replace("截止2034年底,某某服务中心共有", "截止2034年底,本部门共有")
    assert not extract(text, "fictional.txt").document.unit_named


def test_an_area_names_none():
    assert asset_holder("国有资产占有情况\n截至2034年底,全县行政单位共有车辆12辆") is None


def test_a_sentence_away_from_the_heading_is_not_read():
    head = "三、其他说明\n截止2034年底,某某服务中心共有固定资产201.79万元\n"
    assert asset_holder(head) is None


def test_a_holder_of_no_asset_is_not_read():
    head = "三、国有资产占有情况\n截止2034年底,某某服务中心共有在职人员21人\n"
    assert asset_holder(head) is None


def test_the_holder_with_its_span():
    head = "三、国有资产占有情况\n截至2034年12月31日,样例局共有车辆3辆\n"
    assert asset_holder(head) == ("样例局", (25, 28))
