"""Thirty-ninth and fortieth trials: issuing units read wrong or left unnamed (a title's 关于,
a pronoun 我台, a form's 项目主管部门 glued on, a title with only 绩效自评报告, a first part
headed by the unit and 基本情况, a 来源 office named short, a bracketed byline). Held on
fictional text, each with the near misses that keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.bareevaluationtitle import bare_evaluation_title
from govkg.ingest.document.bracketbyline import bracket_byline
from govkg.ingest.document.ourunit import our_unit
from govkg.ingest.document.publisher import PUBLISHER
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view

BODY = (
    "一、项目基本情况\n项目资金主要用于设备维护。\n二、项目资金情况\n"
    "年初预算安排8.5万元,实际支出8.5万元,基本支出2万元。\n三、存在的问题\n无。\n"
)


def _unit(text: str) -> str:
    return read_document(clean_view(text), "x.txt").unit


def test_a_title_s_guanyu_is_no_part_of_the_name():
    text = (
        "关于样例县某某服务中心2031年财政拨款“三公”经费预算情况的说明\n\n"
        "样例县某某服务中心2031年财政拨款“三公”经费预算情况如下:\n"
        "公务接待费预算3万元,较上年持平。\n" + BODY
    )
    assert _unit(text) == "样例县某某服务中心"


def test_a_name_opening_the_text_without_guanyu_reads_as_before():
    text = "样例市某某养护中心财政拨款“三公”经费预算2031年情况如下:\n公务接待费预算3万元。\n" + BODY
    assert _unit(text) == "样例市某某养护中心"


def test_a_station_s_pronoun_is_no_name():
    assert our_unit("2031年我台在县委、县政府的领导下,完成节目制作。") is None
    assert our_unit("2031年我厅会同财政厅开展评价。") is None
    assert our_unit("我社在上级的支持下出版图书。") is None


def test_a_name_after_wo_reads_as_before():
    found = our_unit("年初预算安排我公路建设养护中心某项目174万元。")
    assert found is not None
    assert found[0] == "公路建设养护中心"


def test_a_form_s_implementer_ends_where_its_supervisor_field_begins():
    text = (
        "样例县财政支出项目绩效评价报告\n项目名称2031年度某某清运经费"
        "项目实施单位样例县某某管理处项目主管部门样例县某某建设局评价方式:部门评价\n" + BODY
    )
    assert _unit(text) == "样例县某某管理处"


def test_a_form_s_implementer_cell_alone_reads_as_before():
    text = "2031年度某某项目绩效自评报告\n实施单位 | 样例县某某局 |\n" + BODY
    assert _unit(text) == "样例县某某局"


def test_a_title_with_only_its_self_evaluation_names_its_unit():
    head = "发布机构 | 样例市某某局 |\n样例市某某局某某服务站2031年度绩效自评报告\n(某某项目)\n"
    assert bare_evaluation_title(head) == ("样例市某某局某某服务站", (16, 27))
    assert _unit(head + BODY) == "样例市某某局某某服务站"


def test_a_sentence_about_a_self_evaluation_is_no_title():
    assert bare_evaluation_title("我站按要求编写了2031年度绩效自评报告并上报。\n") is None
    assert bare_evaluation_title("某某服务站2031年度绩效自评报告\n") is None  # no place


def test_a_first_part_headed_by_the_unit_and_its_overview_names_it():
    text = (
        "第一部分 样例省样例市样例旗某某镇人民政府基本情况\n一、部门职能\n负责全镇日常运转。\n"
        "第二部分 2031年度收入决算情况说明\n2031年度收入总计88.5万元,支出总计88.5万元。\n"
        "基本支出60万元,项目支出28.5万元。\n"
    )
    assert _unit(text) == "样例省样例市样例旗某某镇人民政府"


def test_a_part_heading_of_other_words_names_none():
    text = (
        "第一部分 收入支出决算总体情况说明\n2031年度收入总计88.5万元,支出总计88.5万元。\n"
        "基本支出60万元,项目支出28.5万元。\n"
    )
    assert _unit(text) == UNNAMED


def test_a_source_line_naming_an_office_short_is_the_publisher():
    found = PUBLISHER.search("来源: 扶贫办 时间: 2031-12-26 浏览次数:")
    assert found is not None
    assert found["unit"] == "扶贫办"
    found = PUBLISHER.search("来源:乡村局\n")
    assert found is not None
    assert found["unit"] == "乡村局"


def test_a_source_line_of_a_site_or_a_pronoun_is_none():
    assert PUBLISHER.search("来源: 本网站 时间: 2031-12-26") is None
    assert PUBLISHER.search("来源: 本局 时间: 2031-12-26") is None
    assert PUBLISHER.search("来源: 某某办法规定 时间") is None


def test_a_bracketed_byline_after_the_title_names_its_unit():
    head = "2031年度某某发展项目资金绩效自评报告(样例市某某局2032年4月3日)一、项目概况"
    assert bracket_byline(head) == ("样例市某某局", (21, 27))


def test_a_bracket_that_is_no_byline_names_none():
    assert bracket_byline("资金按(样例市某某局2032年4月3日)文件拨付") is not None  # still a byline
    assert bracket_byline("根据(样政发〔2031〕5号)文件") is None
    assert bracket_byline("(某某局2032年4月3日)") is None  # no place
    assert bracket_byline("(经样例市某某局审核后于2032年4月3日下达)") is None


def test_the_sentence_sending_the_report_names_no_unit_by_its_pronoun():
    """A page whose title is gone: 现将我站…报告如下 is the sentence that sends the report,
    read by the title patterns; its 现将 and the pronoun after it name no unit (the corpus's
    594 with its title blanked took 现将我局 for one)."""
    text = (
        "根据有关通知要求,我站开展了自评,现将我站2031年度项目资金绩效自评情况报告如下:\n"
        + BODY
    )
    unit = _unit(text)
    assert "现将" not in unit
    assert not unit.startswith("我")


def test_a_placed_name_after_xianjiang_is_still_the_unit():
    text = "现将样例县某某管理站2031年度项目支出绩效自评报告如下:\n" + BODY
    assert _unit(text) == "样例县某某管理站"
