"""The rules that let the twentieth held-out trial's refused reports in, each held on fictional
text with cases it must not fire on: every sign of the genre looked for with a mirror's
readings read through (``genresigns``); a self-evaluation's cover as a sign of the genre
(``evaluationcover``); a cover's 项目单位 field, also where a reading cut its name
(``report``, ``readingfield``).
"""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.evaluationcover import shows_evaluation_cover
from govkg.ingest.document.genresigns import genre_shown, shows_genre

PROJECT = "项目支出绩效自评报告"

# -- every sign of the genre read through a mirror's readings (genresigns) ------------------

MIRROR_FORM = (
    "索引號 | 000123/2023-00042 | 發布機構 | 青嵐市林業局 |\n"
    "信息名稱 | 青嵐市森林防火(項目)績效目標(biāo)自評表 (2023年度) |\n"
    "項目名稱 | 森林防火 | 實施單位 | 青嵐市林業局 |\n"
)


def test_a_form_s_title_is_found_through_a_mirror_s_readings():
    assert document(MIRROR_FORM).genre == PROJECT


def test_the_signs_themselves_read_through_readings():
    assert shows_genre("青岚市森林防火绩效目(mù)标自(zì)评表 (2023年度)")
    assert shows_genre("全年预(yù)算数 | 全年执(zhí)行数 |")


def test_the_words_that_tell_the_member_read_through_readings():
    # 項(xiàng)目名稱 and 實(shí)施單位 are a project's words once the readings are out
    assert genre_shown("项(xiàng)目名称 | 森林防火 | 项(xiàng)目资金 | 立(lì)项 |") == "project"


def test_a_news_item_with_readings_is_still_refused():
    news = "本報訊 青嵐市林業(yè)局昨日召開會議,部署2023年度績效(xiào)自評工作。\n"
    with pytest.raises(IngestError):
        document(news)


# -- a self-evaluation's cover is a sign of the genre (evaluationcover) -----------------------

COVER = (
    "評價類型:項目實施過程評價□項目完成結果評價□\n"
    "項目名稱:青嵐縣鄉村道路養(yǎng)護\n"
    "項目單位:青嵐縣鄉村道路養(yǎng)護所\n"
    "主管部門:青嵐縣交通運輸局\n"
    "評價方式:部門(單位)績效自評\n"
    "評價機構:部門(單位)評價組\n"
    "報告日期:2022年06月30日\n"
    "青嵐縣財政局(制)\n"
    "一、項目基本概況 |\n"
    "|||||||\n"
    "項目負責人 |\n"
    "王某 |\n"
)


def test_a_cover_of_fields_makes_a_text_with_no_title_and_no_money_a_report():
    doc = document(COVER)
    assert doc.genre == PROJECT
    # 項目單位, its name read through the reading that cut it (養(yǎng)護所), up to 主管部門
    assert doc.unit == "青嵐縣鄉村道路養(yǎng)護所"


def test_two_evaluation_fields_or_a_project_s_fields_with_its_evaluation_way():
    assert shows_evaluation_cover("评价方式:部门(单位)绩效自评\n评价机构:部门(单位)评价组\n")
    assert shows_evaluation_cover(
        "项目名称:乡村道路养护\n项目单位:青岚县道路所\n评价方式:部门绩效自评\n"
    )
    # a cover the cleaning ran together, a tick box before a label
    assert shows_evaluation_cover("评价类型事前评价□√评价方式:部门自评□√评价机构:评价组□")


def test_a_news_item_naming_one_evaluation_field_is_refused():
    news = (
        "本报讯 记者从青岚县财政局获悉,今年将改进项目绩效评价工作。\n"
        "评价方式:以部门自评为主,财政抽查为辅。\n"
    )
    assert not shows_evaluation_cover(news)
    with pytest.raises(IngestError):
        document(news)


def test_a_procurement_notice_for_an_evaluation_is_refused():
    notice = (
        "青岚县绩效评价服务采购公告\n"
        "项目名称:青岚县2023年度项目支出绩效评价服务\n"
        "采购单位:青岚县财政局\n"
        "采购方式:公开招标\n"
        "评价机构资格要求:具有会计师事务所资质\n"
    )
    assert not shows_evaluation_cover(notice)
    with pytest.raises(IngestError):
        document(notice)


def test_a_policy_on_how_to_evaluate_numbers_its_field_like_words():
    policy = (
        "青岚县项目支出绩效评价管理办法\n"
        "第八条 评价方式:绩效评价采用单位自评和财政评价相结合的方式。\n"
        "第九条 评价机构:财政部门可委托第三方评价机构开展绩效评价。\n"
        "(三)评价类型:包括事前评价、事中评价和事后评价。\n"
    )
    assert not shows_evaluation_cover(policy)
    with pytest.raises(IngestError):
        document(policy)


def test_fields_far_apart_are_no_cover():
    far = "评价方式:部门绩效自评\n" + "本项目按计划实施。" * 60 + "\n评价机构:部门评价组\n"
    assert not shows_evaluation_cover(far)


def test_evaluation_fields_whose_values_name_no_evaluation_are_no_cover():
    assert not shows_evaluation_cover("评价方式:公开招标\n评价机构:青岚会计师事务所\n")


def test_a_whole_name_before_blanks_is_not_closed_up_with_the_next_words():
    # no reading: 青岚县林业局, then blanks and the next cell's words, is the whole name
    form = (
        "2022年度青岚县项目支出绩效自评报告\n"
        "项目单位:青岚县林业局      预算编码 | 106006\n"
        "一、项目基本情况\n项目资金100万元。\n"
    )
    assert document(form).unit == "青岚县林业局"


# -- 一、项目基本概况 is a heading of the genre (report._HEADING) -------------------------------


def test_a_basic_overview_heading_with_money_under_it_is_a_report():
    text = "一、项目基本概况\n计划安排项目资金100万元,已全部拨付到位。\n"
    assert document(text).genre == PROJECT


def test_a_sentence_naming_the_overview_is_no_heading():
    news = "本报讯 会上,县交通局介绍了项目基本概况,项目总投资100万元。\n"
    with pytest.raises(IngestError):
        document(news)
