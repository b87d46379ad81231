"""Fifty-third trial: a page's publisher field read as the unit's own name. A 来源 line
writing the usual short form (青岚省住建厅) of the name signed at the end (青岚省住房和城乡
建设厅) is that name (``shortpublisher``, trial 53's 896); a 来源 line writing a second
nameplate in full after the first (青岚市某区农业农村委员会(青岚市某区集体资产监督管理委员会))
names the first (``secondplate``, trial 53's 917). Held on fictional text, with the near
cases that keep their readings."""

from __future__ import annotations

from govkg.ingest.document.report import read_document
from govkg.ingest.document.secondplate import first_plate
from govkg.ingest.document.shortpublisher import abbreviates
from govkg.ingest.text.textview import clean_view

SHORT = (
    "政策法规详情\n\n"
    "2031年度某某发展项目奖补资金绩效自评公开信息\n\n"
    "发布时间:2032-03-27来源:青岚省住建厅-文件信息\n\n"
    "  一、转移支付基本情况\n\n"
    "  我厅确定最终奖补项目9个,共计下达资金1000万元。\n\n"
    "  二、绩效目标实现情况\n\n"
    "  预算执行率100%,绩效目标无偏离。\n\n"
    "青岚省住房和城乡建设厅\n\n"
    "  2032年3月20日\n"
)


def test_a_short_publisher_is_the_name_signed_in_full():
    assert read_document(clean_view(SHORT), "x.txt").unit == "青岚省住房和城乡建设厅"


def test_the_short_form_must_write_the_signature_s_words_in_order():
    assert abbreviates("青岚省住建厅", "青岚省住房和城乡建设厅")
    assert abbreviates("青岚市发改委", "青岚市发展和改革委员会") is False  # 委 vs 委员会: no end
    assert abbreviates("青岚市人社局", "青岚市人力资源和社会保障局")
    assert not abbreviates("青岚省住建厅", "青岚省财政厅")  # another body of the place
    assert not abbreviates("青岚省住建厅", "白河省住房和城乡建设厅")  # another place
    assert not abbreviates("青岚省建厅", "青岚省住房和城乡建设厅")  # not its first word


def test_a_signature_of_another_body_leaves_the_publisher():
    other = SHORT.replace("青岚省住房和城乡建设厅\n", "青岚省财政厅\n")
    assert read_document(clean_view(other), "x.txt").unit == "青岚省住建厅"


PLATES = (
    "高级搜索\n"
    "当前位置:首页 > 政府部门 > 某区农业农村委员会\n"
    "某某示范村奖补项目前评价自评\n"
    "来源:青岚市某区农业农村委员会(青岚市某区集体资产监督管理委员会)  发布时间:2032年2月12日\n\n"
    "一、项目概况\n\n"
    "1、项目背景\n\n"
    "历年资金累计有600万元由区统筹使用。项目具体由区农业农村委农发科实施。\n"
)


def test_a_second_nameplate_written_in_full_is_not_the_unit():
    assert read_document(clean_view(PLATES), "x.txt").unit == "青岚市某区农业农村委员会"


def test_a_bracket_that_continues_the_name_stays_part_of_it():
    plates = "青岚市某区农业农村委员会(青岚市某区集体资产监督管理委员会)"
    assert first_plate(plates, "首页 > 某区农业农村委员会\n来源:" + plates) == (
        "青岚市某区农业农村委员会"
    )
    # a page naming the office only by both plates keeps both (twenty-ninth trial's test)
    assert first_plate(plates, "来源:" + plates) is None
    for name in ("宁岚市文化和旅游局(广播电视局)", "县财政局(县国资委、县金融监管局)"):
        assert first_plate(name, name[:9] + "\n" + name) is None
    kept = PLATES.replace("(青岚市某区集体资产监督管理委员会)", "(某区集体资产监督管理委员会)")
    unit = read_document(clean_view(kept), "x.txt").unit
    assert unit == "青岚市某区农业农村委员会(某区集体资产监督管理委员会)"
