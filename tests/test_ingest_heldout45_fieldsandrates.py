"""A report's cover field 报告单位: names its unit, and a value per item (单位价值) a threshold
states is a price (trial 45's 671 and 682; corpus 207 reads its 单位价值 so since). Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

COVER = (
    "样例省2023年度文化专项资金预算支出绩效评价报告 报告单位:样例省文化和旅游厅\n"
    "样例省财政厅:\n"
    "根据有关规定,我厅对2023年度文化专项资金实施了绩效评价。省财政厅共拨付资金300.00万元。\n"
)


def test_a_cover_field_of_the_reporting_unit_names_the_unit():
    assert extract(COVER, "fictional.txt").document.unit == "样例省文化和旅游厅"


def test_report_unit_words_without_a_colon_are_no_field():
    text = COVER.replace("报告单位:样例省文化和旅游厅", "本报告单位为省级部门")
    assert extract(text, "fictional.txt").document.unit != "为省级部门"


def test_a_value_per_item_a_threshold_states_is_a_price():
    text = (
        "样例县体育学校2023年度部门决算说明\n"
        "一、支出决算情况\n"
        "2023年度支出合计120.00万元。\n"
        "二、国有资产占用情况\n"
        "单位价值30万元以上的通用设备0台,资产总额80.00万元。\n"
    )
    kinds = {m.as_written: m.kind for m in extract(text, "fictional.txt").money}
    assert kinds["30万元"] == "PRICE_OR_RATE"
    assert kinds["80.00万元"] == "OTHER"  # an asset's total stays what it was
    assert kinds["120.00万元"] == "SPENDING"
