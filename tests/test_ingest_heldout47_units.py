"""Units of the forty-seventh held-out trial, by class: a relative publisher the text writes in
full elsewhere is named in full, through a district whose own name has a 州, through a mirror's
readings and through a page's 名称 field; each held on fictional text written unlike the
trial's, with near misses that keep today's reading."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.citypublisher import city_placed_publisher
from govkg.ingest.document.relativepublisher import placed_publisher

BODY = (
    "一、资金基本情况\n2031年下达我区某某补助资金80万元,已全额拨付。\n"
    "二、资金使用情况\n资金按规定使用,发放率100%。\n"
    + "项目按期完工,群众满意度较高,后续管护责任已落实到村,档案资料完整齐全。\n" * 20
    + "三、存在的问题\n宣传不够。\n"
)

# -- a district whose own name has a 州 (锦州区) is named under its city (citypublisher) -----


def test_a_district_named_with_a_zhou_is_completed_with_its_city():
    text = (
        "青岚市锦州区卫生健康局关于2031年度某某补助资金使用情况的报告\n"
        "来源:锦州区卫生健康局\n" + BODY
    )
    assert document(text).unit == "青岚市锦州区卫生健康局"


def test_a_publisher_under_its_city_already_is_not_completed_again():
    text = "丹霞州青岚市锦州区卫生健康局工作简报\n"
    assert city_placed_publisher(text, "青岚市锦州区卫生健康局") is None


def test_a_zhou_district_inside_a_sentence_is_not_read():
    text = (
        "关于2031年度某某补助资金使用情况的报告\n来源:锦州区卫生健康局\n"
        "根据青岚市锦州区卫生健康局的安排,现报告如下。\n" + BODY
    )
    assert document(text).unit == "锦州区卫生健康局"


# -- a mirror's readings inside the publisher and the title (readingpublisher) ---------------


def test_a_publisher_with_readings_is_completed_through_them():
    text = (
        "首頁 > 信息公開\n"
        "丹霞市樣例區(qū)民政局2031年度某某補助資金(第二批)績效自評報告\n"
        "來源:樣例區(qū)民政局\n" + BODY
    )
    assert document(text).unit == "丹霞市樣例區(qū)民政局"


def test_readings_do_not_complete_a_publisher_the_text_places_nowhere():
    text = (
        "樣例區(qū)2031年度某某補助資金績效自評報告\n來源:樣例區(qū)民政局\n"
        "根據(jù)丹霞市樣例區(qū)民政局的安排,現(xiàn)報告如下。\n" + BODY
    )
    assert document(text).unit == "樣例區(qū)民政局"


# -- a page's 名称 field, its value after a table's bar, writes the publisher placed --------


def test_a_title_field_after_a_bar_completes_a_relative_publisher():
    text = (
        "发布机构: | 县文旅局 | 主题分类: | 财政 |\n"
        "名称: | 青岚县文旅局2031年度某某补助资金绩效自评报告 | 文号: | 无 |\n" + BODY
    )
    assert document(text).unit == "青岚县文旅局"


def test_the_field_after_a_bar_names_the_publisher_placed():
    text = "发布机构: | 县文旅局 |\n名称: | 青岚县文旅局关于某事的说明 |\n"
    start = text.index("青岚县文旅局")
    assert placed_publisher(text, "县文旅局") == ("青岚县文旅局", (start, start + 6))


def test_a_mirror_s_title_field_completes_a_relative_publisher():
    text = (
        "發(fā)布機(jī)構(gòu): | 縣文旅局 | 主題分類: | 財(cái)政 |\n"
        "名稱: | 青嵐縣文旅局2031年度某某補(bǔ)助資金績(jī)效自評(píng)報(bào)告 | 文號(hào): | 無 |\n" + BODY
    )
    assert document(text).unit == "青嵐縣文旅局"


def test_a_link_word_after_the_bar_is_no_place():
    text = "发布机构: | 县文旅局 |\n说明: | 关于县文旅局2031年度某事 |\n"
    assert placed_publisher(text, "县文旅局") is None


def test_two_places_after_bars_leave_the_publisher_as_written():
    text = "发布机构: | 县文旅局 |\n名称: | 青岚县文旅局某事 |\n抄送: | 丹霞县文旅局 |\n"
    assert placed_publisher(text, "县文旅局") is None


# -- a placed name alone on the line above a title the genre's patterns do not read ----------
#    (headingunit)

UNTITLED = (
    "一、基本情况\n2031年入汛以来,我县降雨偏多,部分农田受灾,灾后恢复生产任务较重。\n"
    "二、绩效情况分析\n共下达我县救灾资金80万元,实际支出80万元,执行率100%。\n" + BODY
)


def test_a_name_alone_above_an_unread_title_is_the_unit():
    text = "青岚县水利局\n关于青岚县2031年度防汛救灾补助资金(第三批)绩效自评报告\n" + UNTITLED
    assert document(text).unit == "青岚县水利局"


def test_the_name_alone_needs_a_report_s_title_below_it():
    from govkg.ingest.document.headingunit import heading_unit

    assert heading_unit("青岚县水利局\n关于青岚县2031年度防汛救灾工作的情况\n一、基本情况\n") is None


def test_a_title_naming_another_unit_takes_no_name_above_it():
    from govkg.ingest.document.headingunit import heading_unit

    head = "青岚县财政局\n关于青岚县某某中心2031年度补助资金(第三批)绩效自评报告\n一、基本情况\n"
    assert heading_unit(head) is None


def test_a_name_alone_with_no_place_is_not_taken():
    from govkg.ingest.document.headingunit import heading_unit

    head = "水利局\n关于2031年度防汛救灾补助资金(第三批)绩效自评报告\n一、基本情况\n"
    assert heading_unit(head) is None
