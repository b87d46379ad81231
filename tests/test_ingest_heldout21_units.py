"""The units of the twenty-first held-out trial, each rule held on fictional text with cases it
must not fire on: an office introduced as the 办事机构 of the body before it (``servingoffice``);
a division named after its department's bare word, 厅公共服务处 (``relativedivision``); an
OCR'd cover's 项目单位 cell glued to the next label (``report._FIELD_UNIT``); a closing contact
line naming a unit and its own channel (``contactline``).
"""

from __future__ import annotations

from fictional_text import document

UNNAMED = "（未署名的报告单位）"

# -- the office a body's report introduces after the body (servingoffice) ---------------------

BODY = "中国人民政治协商会议青岚省委员会(以下简称省政协)是政治协商的地方委员会。"
SERVING = (
    "一、部门基本情况\n(一)部门概况\n{body}{office}负责省政协履职的服务保障工作。\n"
    "(二)部门预决算情况\n2022年省政协办公厅收入全部为财政拨款收入。年初预算批复812万元。\n"
)


def _serving(office: str, body: str = BODY) -> str:
    return document(SERVING.format(body=body, office=office)).unit


def test_an_office_introduced_as_the_body_s_serving_office_reports():
    office = "中国人民政治协商会议青岚省委员会办公厅(以下简称省政协办公厅)是省政协的综合办事机构,"
    assert _serving(office) == "中国人民政治协商会议青岚省委员会办公厅"
    full = "政协青岚省委员会办公室是中国人民政治协商会议青岚省委员会的办事机构,"
    assert _serving(full) == "政协青岚省委员会办公室"


def test_a_body_with_no_serving_office_or_an_office_of_an_unnamed_body_is_read_as_before():
    first = "中国人民政治协商会议青岚省委员会"
    # no office introduced: the body's introduction names the unit
    assert _serving("") == first
    # an office serving a body the text never named before it
    other = "青岚市人大常委会办公室是市人大常委会的办事机构,"
    assert _serving(other) == first
    # a subordinate centre introduced as a 机构, not an office serving the body
    centre = "青岚省政协信息中心是省政协办公厅的下属事业单位,"
    assert _serving(centre) == first


# -- a division named after its department's bare word is no unit (relativedivision) ----------

PAGE = (
    "中央支持地方乡村书屋补助资金2021年度绩效自评报告\n\n"
    "2022-12-15 17:18     来源:{source}     作者:\n\n"
    "一、绩效目标分解下达情况\n2021年,合计下达我区中央补助资金5310万元。\n"
)


def test_a_division_of_an_unnamed_department_is_no_unit():
    for source in ("厅公共服务处", "局办公室", "委财务科"):
        read = document(PAGE.format(source=source))
        assert (read.unit, read.unit_named) == (UNNAMED, False)


def test_a_placed_or_full_publisher_is_the_unit():
    for source in ("青岚省文化和旅游厅", "青岚市财政局公共服务处"):
        assert document(PAGE.format(source=source)).unit == source


# -- an OCR'd cover's 项目单位 glued to its name and the next label (report._FIELD_UNIT) -------

COVER = (
    "《财政支出项目绩效评价自评报告.docx》由会员分享,可在线阅读。\n"
    "1、财政支出项目绩效评价自评报告评价类型:项目实施过程评价项目名称乡村书屋运行经费"
    "项目单位{cell}评价方式:部门(单位)绩效自评报告日期:2022年8月2日"
    "青岚市财政局(制)一、项目基本概况项目起止时间2021年1月起至2021年12月止\n"
)


def test_a_glued_project_unit_cell_ending_at_the_next_label_names_the_unit():
    cell = "青岚市文化旅游广电局主管部门青岚市人民政府"
    assert document(COVER.format(cell=cell)).unit == "青岚市文化旅游广电局"


def test_a_glued_project_unit_cell_running_into_words_names_no_unit():
    # the name runs on into a sentence's words, not the next label: where it ends is unsaid
    cell = "青岚市文化旅游广电局下属书屋运行情况良好"
    assert document(COVER.format(cell=cell)).unit != "青岚市文化旅游广电局"


# -- a closing contact line that opens on a unit and its own channel (contactline) ------------

NOTE = (
    "一、2019年“三公”经费财政拨款支出决算表\n(单位:万元)\n合计\n12.5\n"
    "二、2019年“三公”经费财政拨款支出决算情况说明\n"
    "2019年,“三公”经费财政拨款决算数为12.5万元。其中:公务接待费12.5万元。\n"
    "{contact}\n用微信扫描二维码分享至好友和朋友圈\n"
)


def _contact(line: str) -> str:
    return document(NOTE.format(contact=line)).unit


def test_a_contact_line_naming_a_unit_and_its_own_channel_names_the_unit():
    assert (
        _contact("联系方式:青岚市交通运输局政务公开电子邮箱:qljt@example.cn") == "青岚市交通运输局"
    )
    assert _contact("联系方式:青岚市交通运输局 电话:0000-1234567") == "青岚市交通运输局"
    assert _contact("联系单位:青岚市交通运输局") == "青岚市交通运输局"


def test_a_person_s_a_phone_s_a_division_s_line_or_a_sentence_names_no_unit():
    for line in (
        "联系人:张某某 联系电话:0000-1234567",
        "联系电话:0000-1234567",
        "联系方式:张某某 0000-1234567",
        "(联系方式:青岚市某区财政局国库科,张某,0000-1234567)",
        "联系方式:请与青岚市财政局联系",
    ):
        assert _contact(line) == UNNAMED, line


def test_a_contact_line_in_the_body_names_no_unit():
    # not the page's closing line: a sentence's contact point far from the end
    line = "联系单位:青岚市交通运输局\n" + "公务接待费主要用于接待上级单位业务指导。" * 30
    assert _contact(line) == UNNAMED
