"""Who issued a report, where its title does not say in full: the order in which the rules
of ``document/`` are asked (rule ``report-title``).

The title's unit first, in full where the opening or the page's publisher introduces it so;
where the title names none, the unit a body's sentence names (a serving office, a stated
name, a 三公 note's subject, a self-evaluation's subject, a count of projects, Beijing's
机构设置, a heading), the page's publisher field, the signature line at the end, and last
the weaker statements (an implementing unit, a self-location, a contact line). Each name
found is cited; where none is found the report stays unnamed (``report.UNNAMED``), never
guessed.
"""

from __future__ import annotations

import re

from govkg.ingest.document.accountsheading import unit_in_body
from govkg.ingest.document.accountsscope import accounts_scope_unit
from govkg.ingest.document.announcer import announcing_unit
from govkg.ingest.document.areaaccounts import accounts_area_in_body
from govkg.ingest.document.areafund import area_fund
from govkg.ingest.document.areainfull import area_in_full
from govkg.ingest.document.assetholder import asset_holder
from govkg.ingest.document.attachedtable import attached_table_unit
from govkg.ingest.document.barebody import bare_body
from govkg.ingest.document.bareevaluationtitle import bare_evaluation_title
from govkg.ingest.document.bareplacedinbody import placed_in_body
from govkg.ingest.document.bondtitleunit import bond_title_unit
from govkg.ingest.document.bracketbyline import bracket_byline
from govkg.ingest.document.budgetsubject import budget_subject
from govkg.ingest.document.budgettablehead import budget_table_unit
from govkg.ingest.document.budgettitle import budget_title_unit
from govkg.ingest.document.budgetunits import listed_budget_unit
from govkg.ingest.document.bylinepublisher import byline_publisher
from govkg.ingest.document.cellline import in_table_cell
from govkg.ingest.document.citypublisher import city_placed_publisher
from govkg.ingest.document.commissionedsubject import commissioned_subject
from govkg.ingest.document.companysignature import company_signature
from govkg.ingest.document.compositionsubject import composition_subject
from govkg.ingest.document.contactline import contact_unit
from govkg.ingest.document.coverabove import cover_above
from govkg.ingest.document.cppccinfull import cppcc_in_full
from govkg.ingest.document.cutplace import cut_inside_place
from govkg.ingest.document.definedshort import defined_in_full
from govkg.ingest.document.departmentform import department_form_unit
from govkg.ingest.document.departmentvoice import speaks_as_department
from govkg.ingest.document.divisionduties import division_parent
from govkg.ingest.document.doubledword import once_written
from govkg.ingest.document.dutiessubject import duties_subject
from govkg.ingest.document.entrustedreport import entrusting_government
from govkg.ingest.document.establishedsubject import established_subject
from govkg.ingest.document.fieldinfull import field_in_full
from govkg.ingest.document.fieldlabels import past_labels
from govkg.ingest.document.functiondivision import is_function_division
from govkg.ingest.document.headingunit import heading_unit
from govkg.ingest.document.headlinevoice import headline_unit
from govkg.ingest.document.implementer import implementing_unit
from govkg.ingest.document.institutions import own_institutions
from govkg.ingest.document.issuer import fuller_name, last_resort_name, same_unit, stated_name
from govkg.ingest.document.jointselfevaluation import joint_self_evaluation
from govkg.ingest.document.naturesubject import nature_subject
from govkg.ingest.document.newsmedium import news_medium
from govkg.ingest.document.newssource import news_source
from govkg.ingest.document.notaunit import row_office
from govkg.ingest.document.organinfull import organ_in_full
from govkg.ingest.document.organlead import organ_lead
from govkg.ingest.document.organsubject import organ_subject
from govkg.ingest.document.overviewsubject import overview_subject
from govkg.ingest.document.ownaccounts import accounts_table_owner
from govkg.ingest.document.ownnotice import own_notice
from govkg.ingest.document.ownproject import own_project_unit
from govkg.ingest.document.ownrunning import own_running_unit
from govkg.ingest.document.ownvoice import voiced_unit
from govkg.ingest.document.partheading import part_heading_in_full
from govkg.ingest.document.partneredvoice import partnered_department
from govkg.ingest.document.passedon import passed_on_unit
from govkg.ingest.document.placedsignature import signed_placed
from govkg.ingest.document.placeholderunit import placeholder_unit
from govkg.ingest.document.portalpublisher import portal_office
from govkg.ingest.document.projectcount import project_holder
from govkg.ingest.document.publisher import PUBLISHER as _PUBLISHER
from govkg.ingest.document.publisher import publisher_in_full, speaks_as_another
from govkg.ingest.document.publisherreadings import past_reading, publisher_through_readings
from govkg.ingest.document.quotasubject import quota_subject
from govkg.ingest.document.readingnames import name_through_readings
from govkg.ingest.document.readingpublisher import in_full_through_readings
from govkg.ingest.document.relativedivision import is_relative_division
from govkg.ingest.document.relativepublisher import placed_publisher
from govkg.ingest.document.reportedevaluation import reporting_evaluator
from govkg.ingest.document.roleline import role_cut
from govkg.ingest.document.secondplate import first_plate
from govkg.ingest.document.selfevaluated import self_evaluated
from govkg.ingest.document.selflocated import self_located
from govkg.ingest.document.servingoffice import serving_office
from govkg.ingest.document.shortnote import note_in_full
from govkg.ingest.document.shortpublisher import abbreviates
from govkg.ingest.document.sidebyside import side_by_side
from govkg.ingest.document.signedinfull import signed_in_full
from govkg.ingest.document.sitepublisher import site_body
from govkg.ingest.document.spelledout import spelled_out
from govkg.ingest.document.staffedunit import staffed_unit
from govkg.ingest.document.subordinatecount import subordinate_count
from govkg.ingest.document.titlesigned import signed_whole
from govkg.ingest.document.townshipvoice import township_voice
from govkg.ingest.document.yearfundtitle import year_fund_title
from govkg.ingest.document.yearsplitpublisher import year_split_publisher
from govkg.ingest.document.yeartitleunit import year_title_unit
from govkg.ingest.document.zonecommittee import zone_committee
from govkg.ingest.text.simplified import simplified
from govkg.ingest.threepublic.areatotal import area_total
from govkg.ingest.threepublic.headingplace import heading_place
from govkg.ingest.threepublic.levelarea import level_area
from govkg.ingest.threepublic.opening import note_unit
from govkg.ingest.threepublic.unitscope import scope_unit
from govkg.ingest.threepublic.yearsubject import year_subject

__all__ = ["BANNER", "PLACE_ONLY", "issuer_of"]

PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,3}[省市县区州]")
"""A place alone (样例市, 某某区): where a publisher field or a title says only this, it names
no unit."""
# The signature: a line that is a unit's name alone, above or beside the date at the end.
_SIGNATURE = re.compile(
    r"^[ \t\u3000]*(?P<unit>(?:[\u4e00-\u9fff（）()]"
    r"|[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]){4,30}"
    r"(?:局|委员会|委|办公室|办|中心|院|所|站|队|厅|部|会|处|政府|法院|检察院))[ \t\u3000]*$",
    re.M,
)
"""A signature line at the end: a unit's name alone; a mirror's readings (職業(yè)學(xué)院) read
through (thirteenth round)."""
BANNER = re.compile(r"^\s*(?:欢迎|您|当前)|网站$")
"""A site's banner (欢迎访问…网站) on a line of its own: it signs nothing, titles nothing."""


def issuer_of(text: str, head: str, unit: str, spans: list) -> tuple[str, bool]:
    """The unit the title named, in full where the opening introduces it so; else the one
    the body states (``issuer``), the page's publisher or the signature, and last the
    weaker statements. Each name found adds its span to ``spans``, cited like the title;
    True where the name is the text at that span, as written."""
    if not unit and side_by_side(simplified(text)):  # 铁道部及质检总局…分别公布了… (sidebyside)
        return "", False  # a news item on two or more bodies, each its own figures: unnamed
    found = (fuller_name(head, unit) or publisher_in_full(text, unit)) if unit else None
    if unit and found is None and PLACE_ONLY.fullmatch(unit):  # 江汉区 2015年“三公”经费…说明
        # / 江汉区中国共产党…党校因公出国(境)费…开支单位包括局本级: a template's title filled
        # with its area only; the scope sentence names the unit in that area (fifty-third trial)
        scoped = scope_unit(head)
        found = scoped if scoped and unit in scoped[0] else None
    if unit and found is None:  # 2023年福彩中心…自评表 / 资金使用单位宁夏福利彩票发行中心
        found = field_in_full(head, unit)  # (fieldinfull)
    # 县司法局2020年度… / 紫金县司法局对…进行了自评: a name relative to its area, written in
    # full by the body's own statement (fifty-third trial; issuer.same_unit)
    if unit and found is None and unit[0] in "省市县区" and (body := _body_name(text, head)):
        found = body if same_unit(body[0], unit) else None
    if unit and found is None:  # 昆明市科技局…说明 / 昆明市科学技术局部门2018年度… (spelledout)
        found = spelled_out(head, unit)
    if unit and found is None:  # 吕梁市政协…说明 / 中国人民政治协商会议吕梁市委员会… (cppccinfull)
        found = cppcc_in_full(head, unit)
    if unit and found is None:  # 肇庆市文联2016年… signed 肇庆市文学艺术界联合会 (titlesigned)
        found = signed_whole(text, unit)
    if found is None and not unit:  # 我受区人民政府委托,向区人大常委会… (entrustedreport)
        found = entrusting_government(head)
    found = found or (None if unit else _body_name(text, head))
    if (
        found is not None and not unit
    ):  # 自治区体育局是… titled 西藏自治区体育局 (relativepublisher)
        found = placed_publisher(text, re.sub(r"\s+", "", found[0])) or found
    if found is not None and not unit:  # 天山区本级…“三公”… under 乌鲁木齐市天山区2019年度…
        found = area_in_full(text, found[0]) or found  # (areainfull)
    if found is not None and not unit:  # 绩溪县政协办 … signed 绩溪县政协办公室 (signedinfull)
        found = signed_in_full(text, re.sub(r"\s+", "", found[0])) or found
        found = signed_whole(text, found[0]) or found  # 肇庆市文联 … 肇庆市文学艺术界联合会
        # 人大常委会办公室属… signed 盘龙区人大常委会办公室 (placedsignature; trial 65's 1362)
        found = signed_placed(text, found[0]) or found
    if found is not None and not unit:  # …X,以下简称灵隐管理处 … 灵隐管理处部门决算 (definedshort)
        found = defined_in_full(text, re.sub(r"\s+", "", found[0])) or found
    if found is not None and not unit:  # 昆明市科技局…说明 / 昆明市科学技术局部门… (spelledout)
        found = spelled_out(head, re.sub(r"\s+", "", found[0])) or found
    if found is not None and not unit:  # 中科院是… under 中国科学院公布…说明 (organinfull)
        found = organ_in_full(head, found[0]) or found
    if found is not None and not unit:  # 自治区政府机关事务管理局属… under 第一部分自治区人民政府
        found = part_heading_in_full(head, found[0]) or found  # 机关事务管理局概况 (partheading)
    if found is None and not unit:  # 清遠(yuǎn)市…局2019年度“三公”… (readingnames)
        found = name_through_readings(lambda closed: _body_name(closed, closed), head)
    if found is None and not unit:
        elsewhere, where = _unit_elsewhere(text)
        kept = past_labels((elsewhere, where)) if where else None  # (fieldlabels)
        if kept is not None:
            # signed 财政金融部, the body's 将按照样例开发区财政金融部关印发… (bareplacedinbody); a
            # publisher's field (来源:农业农村局) is named as the page names it
            if (signed := _signature(text)) and signed[1] == kept[1]:
                kept = placed_in_body(text, kept) or kept
            spans.append(kept[1])
            return kept[0], False
        found = implementing_unit(head) or self_located(head)  # 该项目实施单位为X; X位于…。我院…
        found = found or last_resort_name(head) or unit_in_body(head, text) or own_notice(head)
        # 杜集區(qū)政府辦2021年度…“三公”經(jīng)費…: the same weaker statement through a mirror's
        # readings, read as in a text without them (readingnames; thirty-sixth trial)
        found = found or name_through_readings(last_resort_name, head)
        found = found or contact_unit(text)  # 联系方式:宁国市…局政务公开电子邮箱:… (contactline)
        found = found or division_parent(head)  # 某市政府办公室信息科主要负责… (divisionduties)
        found = found or year_title_unit(head)  # 2031年市某委…“三公”经费预算表 (yeartitleunit)
        # 2016年小榄镇水利所定向财力转移支付资金 / 收支情况说明: its holder (yearfundtitle)
        found = found or year_fund_title(head)
        # 舞钢市教育体育局2021-2022债券存续期公开: the disclosure's unit (bondtitleunit)
        found = found or bond_title_unit(head)
        # …下达我公司… signed 晋城市水利建筑公司 over the date (companysignature)
        found = found or company_signature(text)
        # 长沙市某馆2022年年初专项经费指标总额为84万元, named again (quotasubject)
        found = found or quota_subject(head)
        # 单位:万元 | 项目 | … / 样例县2031年“三公”经费预算增减变化情况说明 (headingplace)
        found = found or heading_place(head)
        # …将2031年区本级财政总决算相关重要事项说明如下: / 2031年度样例区本级一般公共预算支出数为…
        found = found or accounts_area_in_body(head)  # (areaaccounts)
        # …拨付给我局账户。 / 蕪湖市經信局…将(same sum)…拨付到… (passedon), through readings too
        found = found or passed_on_unit(head) or name_through_readings(passed_on_unit, head)
        # 我厅会同省财政厅… / 《省住房城乡建设厅等五部门关于…》: the one other 厅 (partneredvoice)
        found = found or partnered_department(head)
        # 科技部2014年三公预算… / 据科技部网站消息,科技部2014年三公经费…: the one central organ
        # whose own 三公 a news item states (organsubject; trial 57's 1075, 1076)
        found = found or organ_subject(head)
        # 四、国有资产占有情况 / 截止2017年底,政务中心共有固定资产…: its holder (assetholder)
        found = found or asset_holder(head)
        # 松木塘镇地处…,辖14个行政村 … 我镇: the township it describes and speaks as (townshipvoice)
        found = found or township_voice(head)
        # 附件:肥西县政协办2018年部门“三公”经费支出预算表: the unit's own table (attachedtable)
        found = found or attached_table_unit(text)
        # 现就样例县2031年度…专项资金绩效自评情况报告如下 … 我县…: the area (areafund; trial 64)
        found = found or area_fund(head)
    if found is not None:  # …主管部门X资金使用单位Y: no name runs across a label (fieldlabels)
        found = past_labels(found)
    if found is not None:  # 鄂州市急救中心中心, written 设立鄂州市急救中心 too (doubledword)
        found = once_written(text, found) or found
    if found is None:
        return unit, False
    (start, end) = found[1]
    end = past_reading(text, end)
    spans.append((start, end))
    return text[start:end], True


def _body_name(text: str, head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a body's sentence names (``issuer``, ``threepublic.opening``, ``selfevaluated``),
    or a line of the title block opens on (``headingunit``); an office introduced as the
    办事机构 of the body introduced before it first (``servingoffice``)."""
    return (
        budget_title_unit(head)  # 样例县某局2031年部门预算情况说明, a line (budgettitle)
        or bare_evaluation_title(head)  # 样例县某某站2031年度绩效自评报告 (bareevaluationtitle)
        or bracket_byline(head)  # …自评报告(样例市某某局2031年4月13日) (bracketbyline)
        or serving_office(head)
        or listed_budget_unit(head)  # 1.101 X(一级预算单位); 本部门仅有X本级… (budgetunits)
        or composition_subject(head)  # 单位构成 / X只有本级…; 纳入X部门决算编报的 (trial 62)
        or accounts_table_owner(head)  # 单位:X 单位:元 … 收入总计 585… 支出总计 680… (ownaccounts)
        or budget_table_unit(head)  # 920样例县某某所 / 预算年度:2031 / 单位:万元 (budgettablehead)
        or stated_name(text, head)
        or note_unit(head)
        # 2014年济南市本级…安排的“三公”经费预算总额为2.08亿元: a city's whole total (areatotal)
        or area_total(head)
        # 东莞市2016年市本级“三公”决算汇总表…公布,…2016年市本级“三公”支出合计为… (levelarea)
        or level_area(head)
        or announcing_unit(head)  # 中国气象局公布…“三公经费”情况; 现将X…公布如下 (announcer)
        # 中新网7月19日电科技部今日在其官方网站公布2011年度部门决算,… (organlead, trial 54)
        or organ_lead(head)
        or scope_unit(head)  # X有…安排“三公”经费的单位包括X本级 (threepublic.unitscope)
        or year_subject(head)  # 2016年,市人大“三公”经费预算为… (threepublic.yearsubject)
        or note_in_full(head)  # 区直工委2020年…“三公”经费…; 中共…区直属机关工作委员会 (shortnote)
        or self_evaluated(head)
        or own_project_unit(head)  # 我单位对X2031年度…项目…开展了自评 (ownproject)
        or reporting_evaluator(head)  # X对…开展了绩效评价。现将…报告如下 (reportedevaluation)
        or commissioned_subject(head)  # 我们接受…委托,…对X的…开展绩效评价 (commissionedsubject)
        or joint_self_evaluation(head)  # 样例省某厅、财政厅…开展了…绩效自评 (jointselfevaluation)
        or project_holder(head)  # (一)样例市…处2022年度共有5个项目 (projectcount)
        or own_institutions(head)  # X机构个数1个; 设立X,内设13个部门 (institutions)
        or duties_subject(head)  # (一)职能职责。X的宗旨为… (dutiessubject)
        or established_subject(head)  # 机构设置 / X是依据…成立的…事业单位 (establishedsubject)
        or nature_subject(head)  # 1、本单位职责:X是…的一所直属学校 (naturesubject)
        or overview_subject(head)  # 二、部门概况 / 区政务服务中心下属事业单位1个 (overviewsubject)
        or heading_unit(head)
        or department_form_unit(head)  # 主管部门 | [155]X局, no 实施单位 (departmentform)
        # 记者从市发改委获悉 / 日照市发改委争取…专项资金1亿元: the source's money (newssource)
        or news_source(head)
        # 冷水江市财政局…工作积极推进 / …讯(通讯员…)我局… (headlinevoice; trial 61's 1210)
        or headline_unit(head)
        # 2023年故宫博物院收支总预算… / 故宫博物院2023年收入预算… (budgetsubject; trial 61's 1203)
        or budget_subject(head)
        # 纳入X(汇总)2020年度部门决算编制范围…; X2022年度部门决算编制范围为X本级 (accountsscope)
        or accounts_scope_unit(head)
        # (三)部门人员构成 / X总编制人数29人; X(second plate)核定编制总人数… (staffedunit)
        or staffed_unit(head)
        # 2017年X部门财务总收入… / 用于保障X机构正常运转的支出… (ownrunning)
        or own_running_unit(head)
        or bare_body(head)  # 科协是事业正科级单位, no place written (barebody; trial 62's 1255)
        # 天津某某学院 / 2025年部门预算 / 目 录: the cover's unit (coverabove; trial 64's 1311)
        or cover_above(head)
        # 样例镇政府(单位)主要职责是… / …(单位)内设机构共6个 (placeholderunit; trial 64's 1312)
        or placeholder_unit(head)
        # 样例集中区(管委会)2035年一般公共预算“三公”经费… (zonecommittee; trial 64's 1338)
        or zone_committee(head)
        # 另外,样例市某局下属共有 6 个事业单位,事业运行经费… (subordinatecount; trial 64's 1334)
        or subordinate_count(head)
    )


def _unit_elsewhere(text: str) -> tuple[str, tuple[int, int] | None]:
    """The unit from the page's publisher field or the signature at the end; the signature
    where it writes the publisher's name in full (发布机构 区交通运输局 signed 宁波市奉化区
    交通运输局: one unit, its place left out by the site)."""
    head = simplified(text[:1500])
    field = _PUBLISHER.search(head)  # matched as simplified, named as written
    publisher = (
        (
            field["unit"],
            text[field.start("unit") : past_reading(text, field.end("unit"))],
            (field.start(), past_reading(text, field.end())),
        )
        if field
        else publisher_through_readings(text)  # 發(fā)布機(jī)構(gòu) | … (publisherreadings)
    )
    # 湖南省应急管理厅 时间:2023-06-28 09:06 under the title: a byline (bylinepublisher)
    publisher = publisher or byline_publisher(text)
    first = first_plate(publisher[0], simplified(text[:1500])) if publisher else None
    if first and publisher and simplified(publisher[1]).startswith(first):
        end = publisher[2][1] - len(publisher[1]) + len(first)  # X委(上海市…Y委) (secondplate)
        publisher = (first, publisher[1][: len(first)], (publisher[2][0], end))
    if publisher:  # 图片来源:国土资源部网站: the body the site is named after (sitepublisher)
        publisher = site_body(publisher) or publisher
    if publisher and news_medium(simplified(text), publisher[0]):
        publisher = None  # 来源:冷水江市融媒体中心 under its item's 讯: the medium (newsmedium)
    if publisher and speaks_as_another(text, publisher[0]):
        publisher = None  # a bureau's page for a school's report (我校…): not the reporter
    if publisher and speaks_as_department(text, publisher[0]):
        publisher = None  # 发布机构 明山区人民政府 over 我厅…拨付: republished (departmentvoice)
    if publisher and is_relative_division(publisher[0]):
        publisher = None  # 来源:厅公共服务处: a division of a department the text never names
    if publisher and is_function_division(publisher[0]):
        publisher = None  # 来源: 规划财务处: a division by its function alone (functiondivision)
    if publisher and cut_inside_place(text, publisher[0], publisher[2]):
        publisher = None  # 来源:楼区财政局 of the 岳阳楼区财政局 the text writes (cutplace)
    if publisher and portal_office(text, publisher[0], publisher[2]):
        publisher = None  # 发布机构 施甸县财政局 over a library's report: the portal's office
    if publisher and (voiced := voiced_unit(text, publisher[0])):
        return voiced  # 发布机构 样例县民政局 over 我中心…样例县某某中心 (ownvoice)
    signature = _signature(text)
    if publisher and not PLACE_ONLY.fullmatch(publisher[0]):
        short, written, span = publisher
        if signature and (full := simplified(signature[0])) != short and full.endswith(short):
            return signature
        if signature and abbreviates(short, simplified(signature[0])):
            return signature  # 来源:吉林省住建厅 signed 吉林省住房和城乡建设厅 (shortpublisher)
        # 来源:样例区民政局 under 青岚市样例区民政局关于… (citypublisher)
        in_full = placed_publisher(text, short) or city_placed_publisher(text, short)
        # 來源:宣州區(qū)應急管理局 under 宣城市宣州區(qū)應急管理局(…)…報告 (readingpublisher)
        in_full = in_full or in_full_through_readings(placed_publisher, text, short)
        in_full = in_full or in_full_through_readings(city_placed_publisher, text, short)
        # 来源:县某局 under 样例县2031年度某局“三公”…表 (yearsplitpublisher)
        in_full = in_full or year_split_publisher(text, short)
        return in_full or (written, span)
    return signature or ("", None)


def _signature(text: str) -> tuple[str, tuple[int, int]] | None:
    """The last signature line at the end: a unit's name alone (not a banner, a row's office
    or a table's cell)."""
    tail_start = max(0, len(text) - 600)
    signature, cut = None, 0
    for found in _SIGNATURE.finditer(simplified(text[tail_start:])):
        role = role_cut(found["unit"])  # 项目业主为X: X (roleline)
        if role is None or BANNER.search(found["unit"]):
            continue
        at = tail_start + found.start("unit")
        if not row_office(text, at) and not in_table_cell(text, at):
            signature, cut = found, role  # the last one; a row office, a cell sign nothing
    if signature is None:
        return None
    start, end = signature.span("unit")
    start += cut
    return text[tail_start + start : tail_start + end], (tail_start + start, tail_start + end)
