"""A news item on one central organ's own 三公 figures, its name right before its 三公 (科技部
2014年三公预算… / 据科技部网站消息,科技部2014年三公经费财政拨款预算为…: trial 57's 1075; 财政部
“三公”经费较去年约减60万 / 财政部4月18日公布的数据显示,2014年“三公”经费预算数…: 1076), names that
organ; two organs so named, a whole's lead or a place's bureau name none here. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.document.organsubject import organ_subject
from govkg.ingest.extract import extract

NEWS = (
    "民政部“三公”经费较去年约减60万\n"
    "2032年04月24日 星期四\n"
    "  民政部4月18日公布的数据显示,2032年“三公”经费预算数4891.27万元,其中因公出国(境)费"
    "2691.26万元,公务用车购置及运行费1760.59万元,公务接待费439.42万元。\n"
    "  2032年预算数比2031年预算执行数减少49.75万元。\n"
)
LEAD = (
    "商务部2032年三公预算3594.98万元 较去年略降\n"
    "  中新网4月19日电据商务部网站消息,商务部2032年三公经费财政拨款预算为3594.98万元,"
    "较2031年预算数减少341.73万元。\n"
)


def test_the_organ_whose_three_public_the_item_states_is_its_unit():
    document = extract(NEWS, "fictional.txt").document
    assert document.unit == "民政部"
    assert document.year == 2032


def test_an_organ_named_before_its_year_and_three_public_is_read():
    assert extract(LEAD, "fictional.txt").document.unit == "商务部"


def test_two_organs_each_with_their_three_public_name_none():
    head = "民政部“三公”经费预算数4891.27万元。商务部2032年“三公”经费预算3594.98万元。"
    assert organ_subject(head) is None


def test_the_same_organ_named_twice_is_one():
    head = "民政部“三公”经费预算数4891.27万元。国家民政部去年“三公”经费决算数4000万元。"
    assert organ_subject(head) == ("民政部", (0, 3))


def test_a_whole_relayed_names_none():
    head = "中央和国家有关部门19日公布了“三公经费”情况。民政部“三公”经费预算数4891.27万元。"
    assert organ_subject(head) is None


def test_a_places_bureau_is_no_central_organ():
    assert organ_subject("样例市财政局“三公”经费预算数489.27万元。") is None


def test_a_medium_is_no_organ():
    assert organ_subject("中国新闻网“三公”经费专题:各部门预算陆续公布。") is None


def test_a_finance_department_is_no_ministry():
    assert organ_subject("样例县财政部门“三公”经费管理办法规定,预算数489.27万元。") is None


def test_the_organs_full_name_given_by_its_site_is_read():
    head = (
        "人社部今年三公经费预算2891.57万元\n"
        "据国家人力资源和社会保障部网站消息,人社部2032年三公经费财政拨款预算为2891.57万元。"
    )
    found = organ_subject(head)
    assert found is not None
    assert found[0] == "人力资源和社会保障部"
