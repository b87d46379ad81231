"""Units of pages whose title is gone (thirty-second round): the body's words that name the
issuing unit, each class held on fictional text with near misses that keep today's reading."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import clean_view

# -- a portal's office in the publisher field -------------------------------------------------

PORTAL_PAGE = (
    "索引号 | 000111-2/2031-0001 | 发布机构 | 青岚县财政局 |\n"
    "公开目录 | 部门预决算 | 发布日期 | 2032-03-01 |\n\n"
    "一、部门基本情况\n"
    "(一)部门概况\n"
    "1.主要职能。文化馆面向群众开放,组织群众文化活动。我馆内设办公室、活动部。\n"
    "2.机构情况:文化馆机构数1个,编制数7人,实有人数7人。\n"
    "(二)部门预算情况\n"
    "2031年度部门预算收入128.5万元,其中基本支出100.2万元,项目支出28.3万元。\n"
)


def test_a_finance_bureau_publishing_another_units_page_is_not_the_reporter():
    assert document(PORTAL_PAGE).unit == UNNAMED


def test_a_government_office_publishing_a_township_page_is_not_the_reporter():
    text = (
        "  • 索引号\n    20320913-1\n  • 发布机构\n    青岚县人民政府办公室\n"
        "  • 发布日期\n    2032-06-30\n\n"
        "  一、基本情况\n\n  (一)项目概况\n\n"
        "  1.2031年道路维护项目,实现我乡产业发展。项目预算资金30万元,实际支出29.5万元。\n"
        + "  项目按期完工,群众满意度较高,道路通行条件明显改善,后续管护责任已落实到村。\n"
        * 20
    )  # long enough that the field's line is no signature at the end
    assert document(text).unit == UNNAMED


def test_a_people_s_government_as_the_source_line_is_not_the_reporter():
    text = (
        "来源: 青岚县人民政府 发布时间: 2032-08-09\n\n"
        "一、部门基本情况\n(一)部门概况\n1.主要职能。负责全县民族宗教事务。\n"
        "(二)部门预算情况\n2031年我单位实施村道修缮项目,年初预算50万元,已支付48万元。\n"
    )
    assert document(text).unit == UNNAMED


def test_a_finance_bureau_that_the_body_names_again_is_the_reporter():
    text = PORTAL_PAGE.replace(
        "1.主要职能。文化馆面向群众开放,组织群众文化活动。我馆内设办公室、活动部。",
        "1.主要职能。按照要求,对青岚县财政局2031年度机关整体支出开展了绩效评价。",
    )
    assert document(text).unit == "青岚县财政局"


def test_an_area_report_keeps_its_finance_bureau_as_publisher():
    text = "发布机构 | 青岚县财政局 |\n青岚县2031年“三公”经费决算情况统计表\n公务接待费 12.5万元\n"
    assert document(text).unit == "青岚县财政局"


def test_an_area_voice_keeps_its_finance_bureau_as_publisher():
    text = (
        "来源:青岚县财政局 日期:2032-04-12\n\n"
        "2031年3个重点项目绩效评价报告公开\n\n"
        "按照文件要求,我县选择3个2031年县级重点项目开展绩效评价,现予以公开:\n"
        "1、某某村道路建设项目。下达资金197万元,实际已支付186.98万元。\n"
    )
    assert document(text).unit == "青岚县财政局"


def test_an_areas_own_finances_keep_its_government_as_publisher():
    text = (
        "来源:青岚市东港区人民政府 时间:2032-07-03\n"
        "关于提请审议2031年财政收支决算草案的议案\n"
        "一、收入支出决算总体情况\n本年支出合计120.00万元。\n"
    )
    assert document(text).unit == "青岚市东港区人民政府"


def test_another_bureau_in_the_publisher_field_is_read_as_before():
    text = PORTAL_PAGE.replace("青岚县财政局", "青岚县文化和旅游局")
    assert document(text).unit == "青岚县文化和旅游局"


# -- the unit's own structure: its sections, or the bodies it is made of -----------------------

STRUCTURE_BODY = (
    "一、部门基本情况\n"
    "(一)主要职能\n"
    "组织全区妇女参与经济社会发展,维护妇女儿童合法权益。\n"
    "(二)机构设置\n"
    "{sentence}\n"
    "二、收入支出决算总体情况说明\n"
    "2031年度收入总计86.4万元,支出总计86.4万元,其中基本支出70.1万元,项目支出16.3万元。\n"
)


def _structured(sentence: str):
    return document(STRUCTURE_BODY.format(sentence=sentence))


def test_a_unit_with_no_inner_sections_is_the_reporter():
    doc = _structured("青岚市东湖区妇女联合会无内设机构。我单位属于正科级单位。")
    assert doc.unit == "青岚市东湖区妇女联合会"


def test_a_unit_whose_own_level_has_sections_is_the_reporter():
    doc = _structured("青岚市东湖区总工会本级内设4个职能科室,共有行政编制6个。")
    assert doc.unit == "青岚市东湖区总工会"


def test_a_unit_with_a_count_of_inner_sections_is_the_reporter():
    doc = _structured("青岚市东湖区档案馆设3个内设机构:办公室、征集科、利用科。")
    assert doc.unit == "青岚市东湖区档案馆"


def test_a_unit_counting_its_own_bodies_is_the_reporter():
    doc = _structured("青岚县文化馆有 1个独立编制机构, 1个独立核算单位。")
    assert doc.unit == "青岚县文化馆"


def test_sections_of_a_unit_not_placed_read_nothing():
    doc = _structured("妇女联合会无内设机构。")
    assert doc.unit == UNNAMED


def test_sections_of_every_township_read_nothing():
    doc = _structured("各乡镇人民政府无内设机构,由党政办统一管理。")
    assert doc.unit == UNNAMED


def test_sections_without_a_count_read_nothing_new():
    doc = _structured("青岚县文化馆有独立的办公场所。")
    assert doc.unit == UNNAMED


# -- a 三公 note's sentence opening on its year, then its unit ----------------------------------

THREE_PUBLIC_NOTE = (
    "一、“三公”经费总体情况\n"
    "{sentence}\n"
    "二、因公出国(境)经费\n"
    "全年无因公出国(境)支出。\n"
    "三、公务接待费\n"
    "公务接待费支出3.2万元,比上年减少0.8万元。上述经费均为一般公共预算财政拨款。\n"
)


def _note(sentence: str):
    return document(THREE_PUBLIC_NOTE.format(sentence=sentence))


def test_a_year_then_a_placed_unit_and_its_grant_names_the_unit():
    doc = _note("2031年青岚市委统战部财政预算拨款“三公”经费支出合计12.4万元。")
    assert doc.unit == "青岚市委统战部"


def test_a_year_then_a_placed_unit_and_one_of_its_items_names_the_unit():
    text = (
        "一、 因公出国(境)经费\n2031年青岚市河道养护中心没有安排出国计划。\n"
        "二、 公务用车购置及运行维护费\n2031年青岚市河道养护中心一般公务用车编制2台。"
        "安排公车运行维护费预算12万元,均为一般公共预算财政拨款。\n"
    )
    assert document(text).unit == "青岚市河道养护中心"


def test_a_relative_name_without_the_comma_is_left_to_the_signature():
    text = (
        "一、“三公”经费总体情况\n"
        "2031年市政协公务接待费支出11.7万元,均为一般公共预算财政拨款。\n"
        + "全年严格执行公务接待标准,控制陪餐人数,不安排宴请。\n" * 12
        + "\n  中国人民政治协商会议青岚市委员会办公厅\n\n  2032年8月20日\n"
    )
    assert document(text).unit == "中国人民政治协商会议青岚市委员会办公厅"


def test_a_whole_area_opening_the_sentence_names_no_unit():
    assert _note("2031年全市部门财政拨款“三公”经费支出合计812.4万元。").unit == UNNAMED


# -- the overview's part or section heading ------------------------------------------------------

OVERVIEW_BODY = (
    "{heading}\n"
    "(一)主要职能\n"
    "承担辖区基本医疗和公共卫生服务。{duties}\n"
    "(二)收入支出决算总体情况\n"
    "2031年度收入总计430.2万元,支出总计430.2万元,其中基本支出240.1万元,项目支出190.1万元。\n"
)


def _overview(heading: str, duties: str = ""):
    return document(OVERVIEW_BODY.format(heading=heading, duties=duties))


def test_a_part_heading_with_the_departments_word_names_the_unit():
    assert _overview("第一部分 青岚市东湖区不动产登记中心部门概况").unit == (
        "青岚市东湖区不动产登记中心"
    )


def test_a_numbered_overview_heading_names_a_towns_body():
    assert _overview("一、柳林镇卫生院基本概况").unit == "柳林镇卫生院"


def test_a_towns_body_is_written_in_full_where_the_body_does():
    doc = _overview("一、柳林镇卫生院基本概况", "青岚县柳林镇卫生院主要职责是:防病治病。")
    assert doc.unit == "青岚县柳林镇卫生院"


def test_an_overview_of_a_project_names_no_unit():
    assert _overview("一、项目基本概况").unit == UNNAMED


def test_an_overview_heading_further_down_the_list_names_no_unit():
    assert _overview("三、柳林镇卫生院基本概况").unit == UNNAMED


# -- the bureau that handed the money down is the source, not the holder -----------------------

PROJECT_BODY = (
    "一、项目基本情况\n"
    "(一)项目概况\n"
    "某某村高标准农田建设项目绩效自评如下。{sentence}\n"
    "(二)项目资金使用情况\n"
    "截至2031年12月31日,项目实际支出58万元,预算执行率96.7%。\n"
)


def test_the_bureau_money_came_from_is_no_holder():
    sentence = "项目资金来源为青岚市财政局下达的2031年市级农业综合开发补助资金60万元。"
    assert document(PROJECT_BODY.format(sentence=sentence)).unit == UNNAMED


def test_the_unit_money_is_handed_down_to_is_still_the_holder():
    sentence = "省农业农村厅每年均为青岚市农业农村局下达高标准农田维护经费60万元。"
    doc = document(PROJECT_BODY.format(sentence=sentence))
    assert doc.unit == "青岚市农业农村局"


# -- a level's word in a banner's title is no unit -----------------------------------------------


def test_a_levels_word_in_a_banner_title_is_no_unit():
    text = (
        "2031年度市级部门决算公开\n\n"
        "一、部门基本情况\n(一)主要职能\n审理辖区民事、刑事案件。\n"
        "二、收入支出决算总体情况说明\n2031年度收入总计512.3万元,支出总计512.3万元。\n"
    )
    assert document(text).unit == UNNAMED


def test_a_unit_before_the_level_word_is_still_read():
    text = (
        "2031年度青岚县人民法院部门决算公开\n\n"
        "一、部门基本情况\n(一)主要职能\n审理辖区民事、刑事案件。\n"
        "二、收入支出决算总体情况说明\n2031年度收入总计512.3万元,支出总计512.3万元。\n"
    )
    assert document(text).unit == "青岚县人民法院"


# -- 纳入X…部门决算: the verb is no part of the name -------------------------------------------


def test_the_unit_whose_accounts_include_no_subordinate_is_read_without_the_verb():
    text = (
        "一、主要职能\n开展学前教育,促进幼儿全面发展。\n"
        "二、机构设置\n青岚市第二幼儿园下属二级单位0个。\n\n"
        "无纳入青岚市第二幼儿园2031年度部门决算编制范围的二级预算单位。\n\n"
        "三、收入支出决算总体情况说明\n2031年度收入总计300.5万元,支出总计300.5万元。\n"
    )
    assert document(text).unit == "青岚市第二幼儿园"


def test_a_title_naming_its_unit_plainly_is_read_as_before():
    text = "青岚市第二幼儿园2031年度部门决算\n一、收入支出决算总体情况说明\n收入总计300.5万元。\n"
    assert document(text).unit == "青岚市第二幼儿园"


# -- the corpus with its titles blanked ---------------------------------------------------------

_CORPUS = Path(__file__).parent / "fixtures" / "real-reports"
_RIGHT_AT_LEAST = 88
"""Units right with titles blanked, of the texts whose title names the unit (67 of 147 before
the thirty-second round's classes, 78 after; trials 32 and 33 brought 11 more such texts, 5
right; trials 34 and 35 15 more, 5 right): a new rule may add to it, never take from it."""
_WRONG_AT_MOST = 47
"""Units wrongly named with titles blanked (21 before, 15 after; most left are the same unit
written short, 市水务局 for 遂宁市水务局; trials 32 and 33 brought 417's supervising 卫健委 and
428's 两路口街道办事处 for its full name, trial 35 467's bare 红十字会; trials 39–42: 503's
发布机构 written short, 交通局, and 616's 红河哈尼族彝族自治州投资促进局, the full name of the
红河州投资促进局 its title writes, while 489 is right now and 594's 现将我局 is no longer taken;
trials 46–48: 741's 宣州区应急管理局, its page's publisher, for the 宣城市宣州区应急管理局 its title
writes; trial 49: 775's 四川省达州市供销合作社 and 778's 杭州市园林文物局灵隐管理处(杭州花圃), the
names their bodies write longer or shorter than their titles; trial 50: 788's 丽水市政府, a
government its body names, for the 丽水市文化馆 of its title, and 800's 开州区人民法院 for the
重庆市开州区人民法院 of a budget note's title, read as a title since; trial 53: 904's
益阳市农业科学研究所, a sibling its body introduces first (…系全额拨款事业单位), for the
益阳市农业机械化管理局 of its …部门预算公开表 title, read as a title since; trial 54: 935's
荣昌区统计局 and 948's 云阳县就业和人才服务中心, their bodies' names without the 重庆市 of their
titles, the class most left are of; trial 55: 963's 中国社科院, 970's 垫江县殡仪馆 and 974's
华岩镇卫生院, their bodies' short names for the 中国社会科学院, 重庆市垫江县殡仪馆 and
重庆市九龙坡区华岩镇卫生院 of their titles, the same class; trial 56: 1004's 重庆市綦江区特殊学校, its
body's short name for the 重庆市綦江区特殊教育学校 of its title, the same class; trial 57: 128's
重庆市垫江县统计局, the full name the page's other title writes, glued onto its metadata row and read
past the row's cells since (pagelabel, for 1044), for the 垫江县统计局 of its own title, the same
class; and three of its own texts: 1064's 市政府机关幼儿园, its body's short name for the
信阳市政府机关幼儿园 of its title, the same class; 1041's 梁平区文化旅游委, the supervisor its duties
name, for the 重庆市梁平区文化遗产保护中心 of its title; 1070's 渝中区财政局, the bureau that compiled
the district's 三公 accounts, for the 渝中区 its title names; trial 59: 1148's 甘肃省财政厅, a
finance department's heading left above a county library's budget note, and 1156's
广西壮族自治区民政厅, its page's 来源, for the listing titles read since (listingtitle), the
publisher class of 741; trial 60: 1163's 天山區(qū), 1190's 区图书馆 and 1192's 图书馆, their bodies'
short names for the 烏魯木齊市天山區(qū), 重庆市九龙坡区图书馆 and 宁县图书馆 of their titles, the class
most left are of, two of them a bare 图书馆 with little or no place; trial 62: 1236's 永仁县文联 and
1269's 什邡市商务局, their bodies' short names for the 永仁县文学艺术界联合会 and 四川省什邡市商务局 of
their titles, the same class; trials 64 and 65: 1308's 大英县人民法院, 1330's 县文化馆, 1350's
省残联 and 1364's 邵阳市人大常委会办公室, their bodies' short names, the same class, and 1357's
部门基本情况, a part heading read as a unit once its title 德钦县移民局2017年度部门决算 is blanked,
a fault left): a wrong name merges a report into another unit's node."""


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", simplified(text))


def _line_span(text: str, start: int, end: int) -> tuple[int, int]:
    after = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if after < 0 else after


def _title_lines(text: str, doc) -> tuple[int, int] | None:
    """The lines of the span the document cites for its title, where they are a title (no
    sentence, no field of the page) naming the unit; with the line above or below where the
    title is written in two lines (the unit alone on its line)."""
    cited = [c for c in doc.cites if _squashed(c.quote) == _squashed(doc.title)]
    if not cited:
        return None
    start, end = _line_span(text, cited[0].start, cited[0].end)
    if re.search(r"[，,。]|索引号|发布机构|发文单位|来源", text[start:end]):
        return None
    name = _squashed(doc.unit)
    if name in _squashed(text[start:end]):
        return start, end
    for near in (_line_span(text, start - 1, start - 1), _line_span(text, end + 1, end + 1)):
        line = _squashed(text[near[0] : near[1]])
        if start > 0 and name in line and len(line) <= len(name) + 4:
            return min(start, near[0]), max(end, near[1])
    return None


def _untitled_classes() -> Counter:
    classes: Counter = Counter()
    for expected_file in sorted(_CORPUS.glob("*.expected.yaml")):
        expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
        if expected.get("unit") is None:
            continue
        text_file = expected_file.with_name(expected_file.name.replace(".expected.yaml", ".txt"))
        view = clean_view(text_file.read_text(encoding="utf-8"))
        try:
            doc = read_document(view, text_file.name)
        except IngestError:
            continue
        lines = _title_lines(view.text, doc) if doc.unit_named else None
        if lines is None:
            continue
        blanked = view.text[: lines[0]] + view.text[lines[1] :]
        try:
            untitled = read_document(clean_view(blanked), text_file.name)
        except IngestError:
            classes["REFUSED"] += 1
            continue
        if untitled.unit == expected["unit"]:
            classes["RIGHT"] += 1
        elif not untitled.unit_named:
            classes["UNNAMED"] += 1
        else:
            classes["WRONG"] += 1
    return classes


def test_the_corpus_with_its_titles_blanked_keeps_its_units():
    classes = _untitled_classes()
    assert classes["RIGHT"] >= _RIGHT_AT_LEAST, classes
    assert classes["WRONG"] <= _WRONG_AT_MOST, classes
