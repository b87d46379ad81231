"""A transfer form whose one local supervisor and its funds user are offices of one area names
the user (trial 62's 1245, 地方主管部门 | 休宁县文化旅游体育局 | 资金使用单位 | 休宁县文物局:
unnamed before; the corpus's 352, 广元市朝天区人民政府 over 广元市朝天区体育发展中心, read right
since). Pattern: both cells' names open on the same area (``formunit._same_area``): the area's
office using the money assesses its use. Not a supervisor of another place or level (青岚市…局
over 青岚市样例区…局, 青岚市财政局 over 青岚县…局): who filed it is not written. Test material,
fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.report import UNNAMED

FORM = (
    "青岚县转移支付区域项目绩效目标自评表样例旧址展陈项目\n"
    "青岚县转移支付区域(项目)绩效目标自评表 | |||||||\n(2035年度) | |||||||\n"
    "转移支付(项目)名称 | 青岚县样例旧址陈列布展项目 | ||||||\n中央主管部门 | 国家文物局 | ||||||\n"
    "地方主管部门 | {local} | 资金使用单位 | {user} | ||||\n"
    "资金情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | ||||\n"
    "年度资金总额: | 127 | 27.9996 | 22% | ||||\n"
)


def test_a_supervisor_and_a_user_of_one_area_name_the_user():
    text = FORM.format(local="青岚县文化旅游体育局", user="青岚县文物局")
    assert document(text).unit == "青岚县文物局"


def test_a_supervisor_of_another_place_or_level_leaves_the_unit_unread():
    text = FORM.format(local="青岚市文化旅游体育局", user="青岚市样例区文物局")
    assert document(text).unit == UNNAMED
    text = FORM.format(local="青岚市财政局", user="青岚县文物局")
    assert document(text).unit == UNNAMED
