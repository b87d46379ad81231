"""Rule ``report-title``: which unit reports on which year, in which genre, when, whether whole.

The genre family: whole-department self-assessments (…部门（单位）整体支出绩效自评报告),
project self-assessments (…项目支出绩效自评报告) and final accounts (…部门决算, 决算情况说明,
a department's “三公”经费 note, ``threepublic``). A text is a report when it has a title of
the family, or states money under a heading of the genre (一、部门概况, 收入支出决算总体情况,
项目资金投入…); only one with neither (a news item) is refused: it would only invent facts.

The unit comes from the title, a field (填报单位：…), the opening sentence (现将…), or the
signature line; where the text never names it, the draft says so (``unit_named`` false)
rather than guess. A text that states no fiscal year (a fund's 2019-2021 evaluation, a
project report dated only by its events) is read with its year unknown (None), said in a
note, never guessed from a date. Titles and headings are matched on the simplified text
(``simplified``): traditional mirrors read alike, a form's field too (``readingfield``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.core.errors import IngestError
from govkg.ingest.document.areaaccounts import accounts_area
from govkg.ingest.document.bareyear import bare_year_holder
from govkg.ingest.document.bonddisclosure import discloses_bond_use
from govkg.ingest.document.breadcrumb import without_breadcrumb
from govkg.ingest.document.budgetinfotitle import BUDGET_INFO_TITLE
from govkg.ingest.document.categoryfield import category_spans
from govkg.ingest.document.commissioned import commissioned_supervisor
from govkg.ingest.document.comparedthisyear import compared_this_year
from govkg.ingest.document.coverunit import unit_below_title
from govkg.ingest.document.departmentcell import department_cell
from govkg.ingest.document.departmentproject import describes_department_project
from govkg.ingest.document.evaluationletter import sends_evaluation_letter
from govkg.ingest.document.evaluationopening import opens_evaluation
from govkg.ingest.document.evaluationoutcome import states_evaluation_outcome
from govkg.ingest.document.executionnotice import notifies_own_execution
from govkg.ingest.document.executionselfevaluation import reports_execution_self_evaluation
from govkg.ingest.document.familywords import speaks_as_family
from govkg.ingest.document.fieldwords import FIELD_END, NEXT_CELL
from govkg.ingest.document.formunit import funds_user, split_field, supervisor
from govkg.ingest.document.fundevaluation import reports_fund_evaluation
from govkg.ingest.document.fundline import fund_line_holder
from govkg.ingest.document.fundsarrival import reports_funds_arrival
from govkg.ingest.document.fundtitleunit import headline_unit, unit_above_title
from govkg.ingest.document.funduse import reports_fund_use
from govkg.ingest.document.genresigns import (
    ACCOUNTS,
    PROJECT,
    WHOLE,
    genre_shown,
    read_through,
    shows_genre,
)
from govkg.ingest.document.governmentbudget import government_budget
from govkg.ingest.document.issuerchain import BANNER, PLACE_ONLY, issuer_of
from govkg.ingest.document.keyevaluation import reports_key_evaluation
from govkg.ingest.document.listedimplementers import lists_several, supervising_department
from govkg.ingest.document.listingtitle import is_listing, writes_in_full
from govkg.ingest.document.notaunit import certain_unit
from govkg.ingest.document.ownaccounts import keeps_own_accounts
from govkg.ingest.document.pagelabel import glued_to_row
from govkg.ingest.document.performancenotice import announces_performance
from govkg.ingest.document.placedimplementer import placed_implementer
from govkg.ingest.document.publisherreadings import past_reading
from govkg.ingest.document.publishingyear import dates_publishing
from govkg.ingest.document.readingfield import cut_by_reading, through_readings, whole_name
from govkg.ingest.document.readingtitle import title_through_readings
from govkg.ingest.document.relayednote import relayed_note
from govkg.ingest.document.scopemark import without_scope
from govkg.ingest.document.scoredheadings import scores_itself
from govkg.ingest.document.sectionform import section_supervisor
from govkg.ingest.document.sharedfile import without_wrapper
from govkg.ingest.document.summarytable import money_unit_field, shows_summary_table
from govkg.ingest.document.thisyear import lead_this_year, this_year
from govkg.ingest.document.threepublicaccounts import names_three_public_accounts
from govkg.ingest.document.threepublicdisclosed import reports_three_public_disclosed
from govkg.ingest.document.threepublicheadline import headlines_three_public
from govkg.ingest.document.threepublicrate import states_three_public_rate
from govkg.ingest.document.titlebondevaluation import BOND_EVALUATION_TITLE
from govkg.ingest.document.titlefund import FUND_TITLE
from govkg.ingest.document.titlemonitoring import MONITORING
from govkg.ingest.document.titleperformance import PERFORMANCE_TITLE
from govkg.ingest.document.titleproject import names_project
from govkg.ingest.document.titleresultstable import RESULTS_TABLE
from govkg.ingest.document.titlesummary import SUMMARY_TITLE
from govkg.ingest.document.titletransfer import TRANSFER_TITLE, transfer_holder
from govkg.ingest.document.titleunit import ENUMERATOR as _ENUMERATOR
from govkg.ingest.document.titleunit import (
    RESULTS,
    clean_title_unit,
    fund_holder,
    holder,
    is_fund,
    names_organisation,
)
from govkg.ingest.document.titleunit import UNIT_END as _UNIT_END
from govkg.ingest.document.titleworknote import WORK_NOTE
from govkg.ingest.document.townshipholder import township_holder
from govkg.ingest.document.unnamedimplementer import unnamed_implementer_supervisor
from govkg.ingest.document.yearlyheadings import last_heading_year
from govkg.ingest.document.years import FILE_NAME_LINE, file_name_year, stated_year
from govkg.ingest.facts import Cite, ExtractedDocument, cite
from govkg.ingest.text.amounts import MONEY
from govkg.ingest.text.masked import MASKED
from govkg.ingest.text.numbers import calendar_date
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView
from govkg.ingest.threepublic.titleplace import title_place
from govkg.ingest.threepublic.words import NOTE_TITLE as THREE_PUBLIC_NOTE

__all__ = ["GENRES", "Given", "read_document"]

# The genre's name, with the spaces and line breaks PDFs put inside it: 整体支出 绩效自评报告,
# 整体支出\n\n绩效评价自评报告, 整体绩效自评报告, 整体支出绩效评价报告, …自评情况的报告,
# 预算绩效部门评价报告.
_GENRE = (
    r"(?:(?:部门|单位|机关)?\s*(?:[（(]单位[）)])?\s*整\s*体\s*(?:(?:和|及)\s*项\s*目\s*)?"
    r"(?:支\s*出\s*)?(?:及\s*项\s*目\s*支\s*出\s*)?绩\s*效\s*(?:评\s*价\s*)?"
    r"(?:自\s*评|自\s*我\s*评\s*价|评\s*价)?\s*(?:情\s*况|总\s*结)?\s*的?\s*报\s*告"
    r"|预\s*算\s*(?:资\s*金\s*)?绩\s*效\s*自\s*评\s*(?:报\s*告|公\s*开)"
    # Gansu's 2024 title: 政协…办公室2024年度预算绩效部门评价报告 (twenty-first trial); a
    # 专项资金部门评价 (Hunan: a department's evaluation of a fund) is no whole-unit report;
    # the words end their line (a sentence naming them goes on)
    r"|预\s*算\s*绩\s*效\s*部\s*门\s*评\s*价\s*报\s*告(?=[ \t\u3000]*(?:\n|$))"
    # a unit's own budget execution: 2024年度城关镇社区卫生服务中心预算执行情况绩效自评报告
    # (trial 53's 914, its 整体支出自评 with its projects'), right after the unit's organisation
    # word; a fund's or a transfer's (…专项资金预算执行情况…, …转移支付预算执行…) is a project's
    r"|(?<=[心局委办院所站队厅馆处府])\s*预\s*算\s*执\s*行\s*(?:情\s*况\s*)?绩\s*效\s*自\s*评"
    r"\s*报\s*告)"
)
_PROJECT = (
    # …项目支出绩效评价自评报告 (Yunnan's title: the evaluation that is a self-evaluation)
    r"项\s*目\s*(?:支\s*出|资\s*金)?\s*(?:绩\s*效\s*)?(?:单\s*位)?\s*(?:评\s*价\s*(?=自))?"
    r"(?:自\s*评|自\s*我\s*评\s*价|评\s*价)\s*(?:情\s*况)?\s*的?\s*(?:报\s*告|表)"
    r"|项\s*目\s*(?:支\s*出\s*)?绩\s*效\s*自\s*评\s*表|绩\s*效\s*评\s*价\s*报\s*告"
    # a fund's report: 专项工作经费绩效自评情况报告, 专项资金绩效自评(价)报告; of one batch of
    # it: …救灾资金(第八批)绩效自评报告 (trial 47's 726)
    r"|(?:资\s*金|经\s*费)\s*(?:[（(]\s*第\s*[一二三四五六七八九十\d]{1,3}\s*批\s*[）)])?\s*绩\s*效\s*(?:评\s*价\s*(?:工\s*作\s*)?)?自\s*评\s*(?:价\s*)?(?:情\s*况)?\s*的?\s*报\s*告"
    # with no 绩效: 2021年度新晃县步头降苗族乡省级民族散居发展专项资金自评报告 (trial 56's 1016),
    # the words ending their line (a sentence naming such a report goes on)
    r"|(?:资\s*金|经\s*费)\s*自\s*评\s*(?:情\s*况\s*)?的?\s*报\s*告(?=[ \t\u3000]*(?:\n|$))"
    # a transfer's report: 2021年中央食品监管专项转移支付绩效自评报告 (专项 stays the fund's);
    # of its budget's execution, the Ministry's own wording: 2031年度中央对地方转移支付预算执行
    # (情况)绩效自评报告, over two lines (thirty-fourth trial's 444)
    r"|转\s*移\s*支\s*付\s*(?:资\s*金\s*)?(?:预\s*算\s*执\s*行\s*(?:情\s*况\s*)?)?"
    r"绩\s*效\s*自\s*评\s*(?:情\s*况\s*)?的?\s*报\s*告"
    # a transfer's regional form: 2021年中央对地方专项转移支付区域绩效目标自评表 (thirty-third
    # trial; its 填报类型 整体□ 区域√ 项目□ names 整体 without being a whole department's)
    r"|区\s*域\s*绩\s*效\s*(?:目\s*标\s*)?自\s*评\s*表"
)
_ACCOUNTS = (
    r"(?:部\s*门|单\s*位)\s*决\s*算"
    r"(?:\s*(?:情\s*况\s*说\s*明|公\s*开\s*说\s*明|编\s*制\s*说\s*明|公\s*开))?"
    r"|决\s*算\s*(?:情\s*况|公\s*开)\s*说\s*明"
    # a title line "2021年度眉山市政府信息技术中心决算": the unit's name, then 决算, alone
    # on its line (or before the page's date, a line the cleaning joined to it)
    r"|(?:(?<=局)|(?<=委)|(?<=办)|(?<=中心)|(?<=政府)|(?<=委员会)|(?<=办公室)|(?<=院))"
    r"\s*决\s*算(?=[ \t\u3000]*(?:\n|$|20\d\d-\d\d?-\d\d?))"
    # a district's heading "一、2020年全区收支决算": its fiscal accounts (fifth trial)
    r"|(?<=全[区县市])\s*收\s*支\s*决\s*算(?=[ \t\u3000]*\n)"
    # a government's report on its accounts, a title alone on its line: 重庆市大足区人民政府
    # 关于2020年财政决算的报告 (eighteenth trial; a news item's sentence goes on after it).
    # Right after the year: a level between (2020年区级财政决算…) would be read as a unit
    r"|(?:(?<=年)|(?<=年度))\s*财\s*政\s*决\s*算\s*的?\s*报\s*告(?=[ \t\u3000]*(?:\n|$))"
    # a unit's accounts disclosed as a report, right after the year, alone on its line:
    # 大同师范高等专科学校2021年决算公开报告 (trial 51's 825), …2022年决算报告
    r"|(?:(?<=年)|(?<=年度))\s*决\s*算\s*(?:公\s*开\s*)?报\s*告(?=[ \t\u3000]*(?:\n|$))"
    # a department's budget note, filed with the accounts as the corpus files it: 样例区宣传部
    # 2031年部门预算说明, …部门预算情况说明 (fiftieth trial's 800, 802), alone on its line;
    # as disclosed: …部门预算公开说明, a page's …局2017年部门预算公开表 (trial 53's 904)
    # with 的 before 说明: 关于样例局2032年部门预算(情况)的说明 (a fictional test's title refused);
    # a site's listing title, 环县图书馆2020年预算公开, alone (listingtitle; trial 59's 1148)
    # or with no 部门 before 预算 and 公开情况 after it: 重庆市九龙坡区华岩镇卫生院2026年预算
    # 公开情况说明 (trial 55's 974, its title passed over for the page's index row); the note
    # of its drafting, 渠县某卫生院2020年部门预算的编制说明 (trial 60's 1196, refused before)
    r"|(?:部\s*门|单\s*位|(?<=年)|(?<=年度))\s*预\s*算\s*"
    r"(?:(?:情\s*况\s*|公\s*开\s*(?:情\s*况\s*)?)?(?:的\s*)?(?:编\s*制\s*)?说\s*明|公\s*开(?:\s*表)?)"
    r"(?=[ \t\u3000]*(?:\n|$))"
)
GENRES = (
    ("部门整体支出绩效自评报告", _GENRE),
    # …项目资金重点绩效评价结果 (titleresults); …项目绩效监控总结报告 (titlemonitoring);
    # …补助资金支出绩效的自评报告, …补助资金2022年度绩效自评报告 (titlefund);
    # 2022年度项目支出绩效自评总报告 (titlesummary); 样例区妇联中央转移支付2023年度绩效自评
    # 报告 (titletransfer); 部门绩效自评结果公开汇总表 (titleresultstable); 2019年度样例省某某会
    # 绩效评价工作开展情况 (titleworknote); 样例林场2031年某某费绩效报告 (titleperformance);
    # 2023年某镇专项债券项目资金绩效评价公开 (titlebondevaluation)
    (
        "项目支出绩效自评报告",
        _PROJECT
        + RESULTS
        + MONITORING
        + FUND_TITLE
        + SUMMARY_TITLE
        + TRANSFER_TITLE
        + RESULTS_TABLE
        + WORK_NOTE
        + PERFORMANCE_TITLE
        + BOND_EVALUATION_TITLE,
    ),
    # “三公”经费增减情况说明 (threepublic); 2022年经费预算信息 (budgetinfotitle)
    ("部门决算", _ACCOUNTS + "|" + THREE_PUBLIC_NOTE + "|" + BUDGET_INFO_TITLE),
)
"""The genre family: the name a draft records, and the title words that announce it."""
_SHOWN = {WHOLE: GENRES[0][0], PROJECT: GENRES[1][0], ACCOUNTS: GENRES[2][0]}
"""The name of the member a text's words show (``genresigns.genre_shown``) where no title says."""
_ANY_GENRE = "|".join(f"(?:{words})" for _, words in GENRES)
_YEAR = r"(?P<year>20\d\d)\s*年(?:度|(?!度))"
_NAME = r"(?P<unit>[^\n，。：:、；,;]{2,40}?)"
_IN_BUDGET = r"(?:\s*部\s*门\s*预\s*算(?=\s*项\s*目))?"
"""The department's budget a project is in, between the year and the genre's words:
样例镇2031年度部门预算项目支出绩效自评报告 (thirty-fifth trial's 473) titles the unit first as
样例镇2031年度项目支出绩效自评报告 does."""
_TITLES = (
    re.compile(
        _YEAR + r"\s*(?!\s|部门|单位|度|项目|整体|机关)" + _NAME + r"\s*(?:" + _ANY_GENRE + ")"
    ),
    re.compile(_NAME + r"\s*(?:关于)?" + _YEAR + _IN_BUDGET + r"\s*(?:" + _ANY_GENRE + ")"),
)
# Headings only a report of the family has: a news item that names the genre has none.
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]"
    r"|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[、.．])?[ \t\u3000]*"
    # 一、项目基本概况: Hunan's county template (twentieth trial's 250)
    r"(?:(?:部门|单位|项目)?(?:概况|基本情况|基本概况|主要职能|职能职责)"
    # an untitled budget note: 一、部门职责 … 三、2021年预算收支说明 / 1、收支预算总体情况
    # (fiftieth trial's 803)
    r"|(?:部门|单位)(?:主要)?职责|(?:20\d\d\s*年度?)?(?:部门)?(?:预算收支|收支预算)"
    r"|收入支出决算|支出决算|收入决算"
    r"|预算执行情况|绩效目标|资金投入|资金使用|自评结论|项目支出情况|基本支出情况|部门财务情况)",
    re.M,
)
_FIELD_UNIT = re.compile(
    r"(?:部门[（(]单位[）)]名称|单位名称|部门名称|填报单位|评价单位|项目单位"
    r"|单位(?=[（(](?:公章|盖章))"
    # a 决算 table's head: 编制单位:昭通市昭阳区融媒体中心 (the corpus's 140), 编制单位:汨罗市
    # 中医院[单户表] (trial 57's 1067: the bracket is the table's scope, no part of the name)
    r"|(?<![\u4e00-\u9fff])编制单位(?=[ \t\u3000]*[：:])"  # not 报告编制单位: an evaluator
    r"|报告单位(?=[ \t\u3000]*[：:])"  # a report's cover field (报告单位:湖南省文化厅, trial 45)
    r"|(?<![\u4e00-\u9fff])部门(?=[ \t\u3000]*[：:]))"  # a 决算 table's 部门:X | 金额单位:元
    r"(?:[（(](?:公章|盖章)[）)])?"
    rf"[ \t\u3000]*[：:][ \t\u3000]*(?P<unit>(?:(?!{FIELD_END})[^\s，。；、:：|\[［]){{2,40}})"
    # a form's cell: 实施单位 (盖章) | 青神县发展和改革局 |; 实施单位 219001-池州市…人民政府;
    # an OCR'd cover's 项目单位临湘市…局主管部门… (glued to the next label: twenty-first trial)
    # a form laid out one label a line, its colon ending the label's line and the name alone
    # on the next (项目单位: / 甘孜州商务和经济合作局 / 主管部门: / …: trial 56's 1020, an ex-ante
    # assessment's form, read the 主管部门's line after it as a signature)
    r"|(?:部门[（(]单位[）)]名称|单位名称|部门名称|实施单位|填报单位|项目单位)[ \t\u3000]*"
    r"(?:[（(](?:公章|盖章)[）)])?[ \t\u3000]*(?:[：:][ \t\u3000]*(?=\n))?[|\n]?"
    r"[ \t\u3000|\n]*(?:\d{3,}[-－—])?"
    r"(?P<cell>[\u4e00-\u9fff（）()]{2,40}?"
    rf"(?:局|委员会|办公室|中心|院|所|站|队|厅|处|联合会|政府|法院|检察院|委|馆|园|校|有限公司|办))"
    rf"(?=[\s|]|$|{NEXT_CELL})"  # 实施单位 | 南华县国有资本管理有限公司 |: a company too
    # 项目单位 / 样例区人大办: an office named short by its 办 (thirty-fourth trial's 446);
    # a 管理处 too (实施单位样例县某某管理处项目主管部门…: fortieth trial's 570)
)
_FIELD_YEAR = re.compile(r"(?:评价年度|报告年度|年度)[ \t\u3000]*[：:][ \t\u3000]*(?P<year>20\d\d)")
_OPENING = re.compile(
    r"现将\s*(?P<year>20\d\d)\s*年度?\s*(?P<unit>[^\n，。：:、；]{2,40}?)\s*(?:部门|单位)?\s*整体支出"
)


def _field_unit(head: str) -> re.Match | None:
    """The first field naming the unit (单位名称：…, or a form's 实施单位 cell), its name in
    the group ``unit``."""
    found = _FIELD_UNIT.search(head)
    if found is None:  # 實(shí)施單位 | …
        found = through_readings(_FIELD_UNIT, head)
    elif cut_by_reading(head, found):  # 項目單位:…公路養(yǎng)護中心
        found = whole_name(through_readings(_FIELD_UNIT, head)) or found
    if found is None or found["unit"]:
        # 项目主管部门(单 位) 2021 苏州市财政局 (formunit); a commissioned evaluation's cover
        # 部门 | 金寨县…服务中心 |: a whole-department form's bare label (departmentcell)
        found = found or split_field(head) or commissioned_supervisor(head)
        # 主管部门 X委员会 实施单位 相关项目建设单位: its one named office (unnamedimplementer)
        return found or department_cell(head) or unnamed_implementer_supervisor(head)
    if lists_several(head, found.end("cell")):  # 项目实施单位 | X公司 Y公司 … (listedimplementers)
        return supervising_department(head)
    return re.compile(r"(?P<unit>.+)").match(head, found.start("cell"), found.end("cell"))


_DATE_LINE = re.compile(
    r"^[ \t\u3000]*(?:(?:报告|填报|编制)?日期\s*[：:]\s*)?[（(]?"
    r"(?P<y>20\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日[）)]?[ \t\u3000]*$",
    re.M,
)
_SPENDING = re.compile(r"基本支出|项目支出|人员经费|公用经费|支出情况|预算支出")
_CLOSING = re.compile(r"存在的?问题|改进措施|整改措施|自评结果|其他需要说明|下一步")
_ENDS = "。！？.!?）)”"
RULE = "report-title"


@dataclass(frozen=True)
class Given:
    """What the person ingesting says about the report (flags): it wins over the text."""

    unit: str | None = None
    year: int | None = None
    title: str | None = None


def read_document(view: TextView, file: str, given: Given | None = None) -> ExtractedDocument:
    """The report's title, genre, unit, fiscal year and date; IngestError if it is none."""
    given = given or Given()
    head = FILE_NAME_LINE.sub(lambda m: " " * len(m.group()), simplified(view.text[:1500]))
    head = _READING.sub(lambda m: " " * len(m.group()), head)  # 说(shuō)明: 说      明
    head = without_breadcrumb(head)  # 当前位置:首页>>…>>2018年预决算: the site's sections
    head = without_wrapper(head)  # 《…报告.docx》由会员分享…: the file's name only (sharedfile)
    genre_name, genre = _genre(head)
    if genre is None and _HEADING.search(head) and (titled := _file_title(view.text)):
        head = titled
        genre_name, genre = _genre(head)
    named = _given_title(given.title) if genre is None else None
    if named is None and (why := government_budget(simplified(view.text), genre is not None)):
        raise IngestError(  # a whole area's budget to the people's congress (governmentbudget)
            file,
            f"does not look like a report of the genre family: {why}, not a unit's spending "
            "report; if it is one, give its title with --title",
        )
    if genre is None and named is None and not _reads_as_report(view.text):
        raise IngestError(
            file,
            "does not look like a report of the genre family: no title such as "
            "'2023年度…整体支出绩效自评报告', '…项目支出绩效自评报告' or '…部门决算', and no "
            "amount of money under a heading of the genre (一、部门概况, 收入支出决算…); "
            "if it is one, give its title with --title",
        )
    if named is not None:  # the person's title says the genre (and may name unit and year)
        genre_name = named[0]
        given = Given(given.unit or named[1], given.year or named[2], given.title)
    elif genre is None:  # no title: the genre its words show, or unknown (None); a unit's
        # own year's 收入总计 / 支出总计 under their headings is its accounts (ownaccounts)
        plain = simplified(view.text)
        shown = ACCOUNTS if keeps_own_accounts(read_through(plain)) else genre_shown(plain)
        opening = read_through(plain[:20_000])  # the signs below read the same opening
        if shown is None and announces_performance(opening):
            shown = PROJECT  # a fund's performance 公示 under its targets (performancenotice)
        if shown is None and reports_fund_use(opening):
            shown = PROJECT  # a body's 公告 of its use of a public fund (funduse)
        if shown is None and discloses_bond_use(opening):
            shown = PROJECT  # a special bond project's disclosure of its use (bonddisclosure)
        if shown is None and states_evaluation_outcome(opening):
            shown = PROJECT  # a fund's evaluation and its grade (evaluationoutcome; trial 60)
        if shown is None and shows_summary_table(opening):
            shown = ACCOUNTS  # a unit's budget or accounts as its tables only (summarytable)
        if shown is None and reports_key_evaluation(opening):
            shown = PROJECT  # a bureau's key evaluation of N projects (keyevaluation)
        if shown is None and describes_department_project(opening):
            shown = PROJECT  # 2025年…部门项目 / 一、项目概述 / 二、立项依据 (departmentproject)
        if shown is None and notifies_own_execution(opening):
            shown = ACCOUNTS  # a unit's notice on its own budget execution (executionnotice)
        if shown is None and reports_funds_arrival(opening):
            shown = PROJECT  # a project's funds' arrival and execution (fundsarrival)
        if shown is None and reports_fund_evaluation(opening):
            shown = PROJECT  # a fund's use evaluated, its money used (fundevaluation)
        genre_name = _SHOWN.get(shown)
    unit, year, spans = _unit_and_year(head, genre) if genre else ("", None, [])
    if genre and not unit and (closed := title_through_readings(_title_unit, head)):
        # 永仁縣工業(yè)信息化…局公開…項目績效評價報告: the title's rules through the mirror's
        # readings, its spans mapped back (readingtitle; trial 57's 1056)
        unit, year, spans = closed[0], year or closed[1], closed[2]
    if not spans:  # no title: the first line that is not page furniture stands for one
        spans = [_first_line(head)]
        # 实施单位 …股, 实施单位 禁毒支队: its 主管部门's (sectionform), before the cell itself
        field = section_supervisor(head) or _field_unit(head)
        field = field or supervisor(head) or funds_user(head)  # a form's cell
        if field is not None:
            unit = without_scope(field["unit"])  # 部门:样例镇汇总 (scopemark)
            if certain_unit(head, unit):  # a (略) placeholder is not cited (notaunit)
                spans.append(field.span())
        elif area := accounts_area(head, spans[0]):  # 样例县2031年政府决算… (areaaccounts)
            unit = area["unit"]
    unit, as_written = issuer_of(view.text, head, certain_unit(head, unit), spans)
    written = re.search(r"\s*".join(map(re.escape, unit)), head) if unit else None
    if as_written:
        written = None
    if written:  # as the text writes it (traditional characters and readings stay)
        # with the reading after its last character too (委員會(huì): trial 55's 984, read from
        # a form's cell through its readings, unnamedimplementer): the name as written
        unit = view.text[written.start() : past_reading(view.text, written.end())]
        # but closed up where a page spaced it to its cell's width (发布机构: 水 利 局)
        unit = re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])", "", unit)
    if given.unit:
        unit = given.unit
    if given.year:
        year = given.year
    if year is None:
        # 上海今年“三公经费”… / 2013年01月28日: a news item's 今年 is its date's (thisyear);
        # said in its lead only where no year is stated: 公布了今年的…“三公”经费预算 under
        # 01.10.2014 (thisyear.lead_this_year, trial 56's 1030)
        # 一、2015年… 二、2016年… 三、2017年…: a run of year headings, its last (yearlyheadings)
        found = this_year(head) or last_heading_year(head)
        found = found or stated_year(head) or lead_this_year(head)
        found = found or file_name_year(view.text[:1500])
        # 今年 … 比2018年减少了831.99万元, no other year: the year after (comparedthisyear)
        found = found or compared_this_year(head)
        if found:
            year = int(found["year"])
            spans.append(found.span())
    cites: list[Cite] = [cite(view, start, end) for start, end in spans if end > start]
    date = None
    dates = [m for m in _DATE_LINE.finditer(view.text) if m.start() < 300]
    dates += [m for m in _DATE_LINE.finditer(view.text) if m.start() > len(view.text) - 400]
    dates = [m for m in dates if calendar_date(m["y"], m["m"], m["d"])]
    if dates:
        found = dates[0]
        date = f"{found['y']}-{int(found['m']):02d}-{int(found['d']):02d}"
        cites.insert(0, cite(view, found.start(), found.end()))
    notes = []
    if not _SPENDING.search(view.text):
        notes.append("it has no spending section (基本支出, 项目支出…): the text looks incomplete")
    closing = _CLOSING.search(view.text, len(view.text) // 3)
    if closing is None:
        notes.append("it has no 存在的问题 / 改进措施 section: the text looks incomplete")
    tail = _DATE_LINE.sub("", view.text[-200:]).rstrip()  # a closing date line is whole
    last_line = tail.rsplit("\n", 1)[-1]
    if len(last_line) > 20 and last_line[-1] not in _ENDS:  # short last lines: a signature
        notes.append(f"it ends mid-sentence ('…{tail[-12:]}'): the text looks cut off")
    if genre is None:
        plain = simplified(view.text[:20_000])
        because = (
            "the title given with --title is one"
            if named is not None
            else "it states money under headings or among words of the genre"
            if MONEY.search(plain) or MASKED.search(plain)
            # a 收支决算总表 under its 金额单位:元 (summarytable; trial 57's 1067)
            else "it shows signs of the genre (a table's headings) and states its table's unit "
            f"of money ({field.group()}), no figure written with a unit of its own"
            if (field := money_unit_field(plain))
            # a unit's 收支总表 with no 单位:万元 (summarytable; trial 56's 1022)
            else "it shows signs of the genre (a form's or a table's headings), but it states "
            "no unit of money (no 元, 万元 anywhere): its figures are not read as money"
        )
        notes.insert(0, "it has no title of the genre family: read as a report because " + because)
    if genre_name is None:
        notes.append(
            "neither a title nor the words of the text say which report of the family it is: "
            "the draft's genre is left out"
        )
    if not unit:
        notes.append("the text never names its unit: the draft's issuing unit is unnamed")
    if year is None:
        notes.append(
            "the text states no fiscal year (no '2023年度' in its title or opening): the "
            "draft's year is unknown (year_unknown: true), so its amounts are money figures "
            "only, without funding lines or indicators; give the year with --year YYYY"
        )
    title = given.title or re.sub(r"\s+", "", view.text[spans[0][0] : spans[0][1]])
    return ExtractedDocument(
        rule=RULE,
        cites=tuple(cites),
        title=title,
        unit=unit or UNNAMED,
        year=year,
        date=date,
        complete=not notes,
        notes=tuple(notes),
        genre=genre_name,
        unit_named=bool(unit),
    )


UNNAMED = "（未署名的报告单位）"
"""The name of a reporting unit the text never names: said, never guessed."""


def _genre(head: str) -> tuple[str, re.Match | None]:
    """The genre whose title words come first in the opening (a title opens the text; a
    news item names the genre later, if at all); within that line, the words that end it
    last: a title's head noun comes last (2023年部门决算中项目绩效评价报告 is a project
    report filed with the accounts, not the accounts)."""
    shelves = category_spans(head[:600])  # 组配分类: 本部门决算 (categoryfield)
    every = [
        (match.start(), name, match)
        for name, words in GENRES
        for match in re.finditer(words, head[:600])
    ]
    off_shelf = [item for item in every if not any(a <= item[0] < b for a, b in shelves)]
    first: dict[str, tuple] = {}  # each genre's first title words, off the shelves where any are
    for item in sorted(off_shelf or every, key=lambda item: item[0]):
        first.setdefault(item[1], item)
    found = list(first.values())
    if not found:
        return GENRES[0][0], None
    start, name, match = min(found, key=lambda item: item[0])
    line_end = head.find("\n", start)
    line_end = len(head) if line_end < 0 else line_end
    same_line = [item for item in found if item[0] < line_end and item[2].end() <= line_end]
    if same_line:
        _, name, match = max(same_line, key=lambda item: (item[2].end(), -item[0]))
    return name, match


_VOCABULARY = re.compile(
    r"决算数|预算数|财政拨款|基本支出|项目支出|一般公共预算|年初预算|调整预算|结转结余|执行率"
)


def _reads_as_report(text: str) -> bool:
    """Money under a heading of the genre, or among the genre's budget words, or beside an
    evaluation's outcome (``evaluationoutcome``: …绩效评价…综合得分为89分), or an
    evaluation's own opening (``evaluationopening``: 对…进行了绩效评价…报告如下), or a body's
    notice of its use of a public fund with the money used (``funduse``), or a special bond
    project's disclosure of its money's use (``bonddisclosure``), or a scoring
    scheme's headings with the points the writer gave itself (``scoredheadings``), or a sign of the
    genre (``genresigns``): a report whose title the page lost (a news item has none); last,
    money among five of the family's word groups in no other class's text (``familywords``). A
    mirror's readings are read through (績效目標(biāo)自評表: ``genresigns.read_through``)."""
    head = read_through(simplified(text[:20_000]))
    if shows_genre(head):  # a form's title, the indicator table's or execution's headings
        return True
    # (一)收入情况 … 收入总计…元 (二)支出情况 … 我院 (trial 51's 824: a hospital's own
    # year-end accounts); or its table, 单位:X 单位:元 … 收入总计 585… (trial 54's 942), whose
    # figures carry no 元 of their own: asked before money written with its unit (ownaccounts)
    if keeps_own_accounts(head):
        return True
    if not MONEY.search(head) and not MASKED.search(head):  # *元: masked money (text.masked)
        return False
    if states_evaluation_outcome(head):  # a fund's evaluation notice (nineteenth trial)
        return True
    if opens_evaluation(head):  # 对…进行了绩效评价,现将…报告如下 + (一)评价目的 (33rd trial)
        return True
    if sends_evaluation_letter(head):  # 某财政厅: … 开展…绩效评价 … 现将…报送如下 (41st trial)
        return True
    if announces_performance(head):  # 现将…绩效完成情况公示如下 + 一、2021年度绩效目标 (trial
        return True  # 55's 982: a fund's performance 公示 with no title; performancenotice)
    if reports_fund_use(head):  # …公益金使用情况的公告 + 二、…使用情况 + 分配使用…万元 (funduse;
        return True  # trial 56's 1014)
    if discloses_bond_use(head):  # 1、截至上年末专项债券资金使用情况 + 共使用专项债券资金…万元
        return True  # + 2、…建设进度、运营情况 (bonddisclosure; trial 57's 1057)
    if reports_execution_self_evaluation(head):  # 对…资金预算执行情况进行了绩效自评,现将…汇报如下
        return True  # (executionselfevaluation; forty-eighth trial)
    if reports_key_evaluation(head):  # 对20个项目进行了绩效评价。涉及资金总额…万元 (keyevaluation;
        return True  # trial 61's 1210, 1216)
    if describes_department_project(head):  # 2025年…部门项目 / 一、项目概述 … 安排40万元
        return True  # / 二、立项依据 (departmentproject; trial 63's 1283)
    if names_three_public_accounts(head):  # 2017年“三公”经费决算 … 公务用车购置费 232万元 ×2
        return True  # (threepublicaccounts; trial 61's 1208)
    if states_three_public_rate(head):  # 全省“三公”经费支出比2013年下降30.1% (threepublicrate;
        return True  # trial 61's 1226)
    if notifies_own_execution(head):  # 现将…预算执行情况通报如下 + 全所累计支出…万元,完成预算的…%
        return True  # (executionnotice; trial 62's 1235)
    if reports_funds_arrival(head):  # (二)项目经费到位和执行情况 + 到位率101.15% (fundsarrival;
        return True  # trial 62's 1243)
    if reports_fund_evaluation(head):  # 对2015年…债券资金使用情况进行绩效评价 + …主要用于…
        return True  # 投入6623万元 (fundevaluation; trial 65's 1348)
    if headlines_three_public(head):  # 广州11区晒“三公”决算 + 公务接待费用…下降502.01万元
        return True  # (threepublicheadline; trial 62's 1265)
    if reports_three_public_disclosed(head):  # 公布了2012年“三公经费”情况 + 购置公务用车…万元
        return True  # (threepublicdisclosed; trial 64's 1339)
    if scores_itself(head):  # 一、投入(14分) (一)项目立项(8分) … 自评得2分 (34th trial)
        return True
    if _HEADING.search(head) or len(set(_VOCABULARY.findall(head))) >= 2:
        return True
    return speaks_as_family(head)  # the general fallback, last: many family words (familywords)


def _given_title(title: str | None) -> tuple[str, str | None, int | None] | None:
    """The genre a title given with ``--title`` announces, with the unit and year it names
    (None where it names them not): the person ingesting vouches for a text whose page lost
    its title. None where the title is no title of the family: the text must show one."""
    if not title:
        return None
    plain = simplified(title)
    name, genre = _genre(plain)
    if genre is None:
        return None
    found = next((m for pattern in _TITLES for m in pattern.finditer(plain)), None)
    if found is None:
        return name, None, None
    return name, clean_title_unit(found["unit"], plain[: found.start()]) or None, int(found["year"])


def _file_title(text: str) -> str | None:
    """The opening with its first file-name line kept, where that line is a title of the
    genre (昭通市…卫生院2021年部门决算公开表20221013044707503.xls, a sharing site's
    spreadsheet of the tables): read only in a text with no other title whose body has a
    heading of the genre (收入支出决算总表). Other file-name lines stay blanked."""
    head = _READING.sub(lambda m: " " * len(m.group()), simplified(text[:1500]))
    first = FILE_NAME_LINE.search(head)
    if first is None or first.start() > 400:
        return None
    line = re.sub(r"\d*\.\w+[ \t]*$", "", first.group())  # the file's stamp and extension
    if not any(pattern.search(line) for pattern in _TITLES):
        return None
    kept = line.ljust(len(first.group()))
    blanked = FILE_NAME_LINE.sub(lambda m: " " * len(m.group()), head)
    return blanked[: first.start()] + kept + blanked[first.end() :]


def _first_line(head: str) -> tuple[int, int]:
    for line in re.finditer(r"[^\n]*[^\s][^\n]*", head):  # blanks around it are no part
        if len(line.group().strip()) >= 4:
            text = line.group()
            return line.start() + len(text) - len(text.lstrip()), line.start() + len(text.rstrip())
    return (0, min(len(head), 20))


_LINE_ABOVE = re.compile(
    rf"(?:^|\n)[ \t\u3000?]*(?P<unit>[\u4e00-\u9fff（）() ]{{4,60}}?{_UNIT_END})[ \t\u3000]*\n"
    r"[ \t\u3000]*$"
)
"""A title in two lines: the unit's name alone on the line above '2023年度决算情况说明'."""
_READING = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
"""A reading a mirror site printed after a character (說(shuō)明): blanked for matching."""
_BEFORE_GENRE = re.compile(rf"(?P<unit>[\u4e00-\u9fff（）()]{{4,40}}{_UNIT_END})\s*$")


def _first_title(head: str) -> re.Match | None:
    """The first title whose unit is a name: one running over a contents line
    (…2014年公共预算…决算表 第三部分 青海广播电视大学 2014 年度部门决算情况说明) holds a second
    year, and the title above it (青海广播电视大学2014年度部门决算) is the one (trial 45's 683)."""
    found = (m for pattern in _TITLES for m in pattern.finditer(head))
    titles = [
        m
        for m in found
        if not _NO_NAME.search(m["unit"])
        and not (_ANNOUNCED.match(head, m.end()) and not _NAMES_UNIT.search(m["unit"]))
        # 自2013年…开始公开部门决算: the year the publishing began (publishingyear)
        and not (m.re is _TITLES[0] and dates_publishing(m["unit"]))
    ]
    if titles and is_listing(titles[0].group()):
        # 2018年信阳市政府幼儿园部门预算公开, the site's listing, then the note's own heading
        # 2018年信阳市政府机关幼儿园部门预算公开说明: the name in full (listingtitle; the
        # corpus's 1064); a heading naming another unit leaves the listing the title (1148)
        for below in titles[1:]:
            if writes_in_full(titles[0]["unit"], below["unit"]):
                return below
    if titles and glued_to_row(titles[0]["unit"]):
        # [ 发布日期 ] | 2025-09-19 |重庆市垫江县统计局(本级)2024年度…说明 / 垫江县统计局(本级)
        # 2024年度决算公开说明 (the corpus's 128): a title the cleaning glued onto the page's
        # metadata row gives way to one standing right after it, on the next line or glued
        # on as the cleaning joins short lines (pagelabel; trial 57's 1044 has only the
        # glued one, read past the row's cells)
        for below in titles[1:]:
            between = head[titles[0].end() : below.start()]
            if (
                below.start() >= titles[0].end()
                and not between.strip()
                and between.count("\n") <= 1
            ):
                return below
    return titles[0] if titles else None


_TITLE_LABEL = re.compile(
    r"[ \t\u3000•·]*(?:文件|信息|文章|公开)?标[ \t\u3000]*题[ \t\u3000]*[：:]?[ \t\u3000]*"
)
"""A page's 标题 field label opening the title's line (a site's • 文件标题 too, trial 54's
941): no part of the unit's name."""
_ANNOUNCED = re.compile(r"[ \t\u3000]*如[ \t\u3000]*下")
_NAMES_UNIT = re.compile(_UNIT_END + r"\s*$")
"""A report a sentence announces (现将2020年度中央对地方转移支付项目绩效自评报告如下), its words
naming no unit (a transfer, a fund), is no title: the page's own title is elsewhere (trial 52's
864, 西藏自治区文物局中央转移支付2020年度绩效自评报告 in its 标题 field, read as the 发布机构's
自治区政府办公厅 while the sentence's words stood for the title). One naming a unit
(现将样例县某某站2031年度…报告如下, heldout39) stays a title."""


_NO_NAME = re.compile(r"20\d\d\s*年")
"""What a unit's name never holds: a year (a part's heading alone, 第一部分 2021年度部门决算, is
a title naming no unit, read as one: its unit is found elsewhere)."""


def _title_unit(head: str) -> tuple[str, int | None, list[tuple[int, int]]]:
    """The title's unit, year and spans in ``head`` (its genre found again), or no unit."""
    genre = _genre(head)[1]
    return _unit_and_year(head, genre) if genre else ("", None, [])


def _unit_and_year(head: str, genre: re.Match) -> tuple[str, int | None, list[tuple[int, int]]]:
    """From the title; else, or where the title names only a place, from a field or the
    opening sentence. The spans cited: the title first, then what filled it in."""
    title = _first_title(head)
    field, opening = section_supervisor(head) or _field_unit(head), _OPENING.search(head)
    if title is not None:
        unit = clean_title_unit(title["unit"], head[: title.start()])
        spans = [title.span()]
        # a title that leads with a place, or with what is not an organisation (a fund or a
        # project: 2020年市级服务贸易发展资金项目自评表), names its unit in a form's field
        if field and (PLACE_ONLY.fullmatch(unit) or not re.search(_UNIT_END + "$", unit)):
            unit = without_scope(field["unit"])  # 部门:样例镇汇总 (scopemark)
            spans.append(field.span())
        elif is_fund(unit, head[title.end("unit") : title.end()]):  # 2022年衔接资金项目…,
            # 中央支持地方公共文化|项目资金绩效…: the fund is no unit; its holder
            # …长沙市电子工业学校财政专项资金…, 自然资源局不动产数据化建设|项目…: the
            # unit it opens on
            unit = fund_holder(unit, head[title.end("unit") : title.end()])
            # the holder may head the line: 海口市秀英区水务局2022年衔接资金项目…
            line_start = head.rfind("\n", 0, title.start()) + 1
            if found := holder(head, line_start, title.start()):
                unit = found["unit"]
                spans[0] = (found.start("unit"), title.end())  # the title is the line
                spans.append(found.span("unit"))
            elif found := title_place(head, line_start, title.start(), title["unit"]):
                unit = found["unit"]  # 样例县2031年|“三公”经费|决算情况说明 (titleplace)
                spans[0] = (found.start("unit"), title.end())
                spans.append(found.span("unit"))
            elif carried := placed_implementer(head, line_start, title.start()):
                unit = carried[0]  # 五华区2031年某某项目… / 由区某局实施 (placedimplementer)
                spans.extend(carried[1])
            elif not unit and (
                town := township_holder(
                    head, re.sub(r"\s+", "", title["unit"]).removeprefix("度"), title.start()
                )
            ):  # 2021年度新晃县步头降苗族乡|…专项资金… in a text saying 我乡 (townshipholder)
                unit = town[0]
                spans.append(town[1])
            elif not unit and (
                found := headline_unit(head, _TITLES[1].finditer(head), title)
                or unit_above_title(head, line_start)
            ):  # 样例县某局2031年度项目资金… headlining the page; 样例县某局 / 关于2031年度某某
                unit = found["unit"]  # 资金… in two lines (fundtitleunit)
                spans.append(found.span("unit"))
        elif not names_organisation(unit) and (
            found := holder(head, head.rfind("\n", 0, title.start()) + 1, title.start())
        ):  # 样例局关于2016年度预算公开的补充说明: the subject is no unit; the line's holder
            unit = found["unit"]
            spans.append(found.span("unit"))
        elif not unit and (below := unit_below_title(head, title.end())):
            unit = below["unit"]  # 2019年度部门决算公开 / 样例县总工会 (coverunit)
            spans.append(below.span("unit"))
        return unit, int(title["year"]), spans
    line_start = head.rfind("\n", 0, genre.start()) + 1
    if label := _TITLE_LABEL.match(head, line_start, genre.start()):
        line_start = label.end()  # 标  题 X中央转移支付2020年度…: a page's field (trial 52's 864)
    line_end = head.find("\n", genre.end())
    line_end = line_end if line_end >= 0 else len(head)
    line = head[line_start:line_end]  # blanked furniture around it is no part (sharedfile)
    first, last = line_start + len(line) - len(line.lstrip()), line_start + len(line.rstrip())
    spans = [(first, last)]
    unit = year = None
    if field:
        unit = without_scope(field["unit"])  # 部门:样例镇汇总 (scopemark)
        spans.append(field.span())
    elif opening:
        unit = re.sub(r"\s+", "", opening["unit"])
        spans.append(opening.span())
    elif relayed := relayed_note(head, line_start, genre):
        # 近日,中国社科院网站公布该院“三公经费”财政拨款情况说明。 / 关于中国社会科学院“三公
        # 经费”财政拨款情况说明: a lead, the note's own title below it (relayednote)
        unit, at, title_line = relayed
        if title_line:
            spans[0] = title_line
        spans.append(at)
    elif transfer := transfer_holder(head, line_start, genre.start()):
        unit = transfer["unit"]  # 样例区妇联|中央|转移支付2023年度绩效自评报告 (titletransfer)
        spans.append(transfer.span("unit"))
    elif before := _BEFORE_GENRE.search(head, line_start, genre.start()):
        unit = _ENUMERATOR.sub("", before["unit"])  # 1、重庆市…中心项目资金绩效自评报告
    elif bare := bare_year_holder(head, line_start, genre.start()):
        unit = _ENUMERATOR.sub("", bare[0]["unit"])  # 重庆市…中心小学2021项目资金…: 年 dropped
        year = int(bare[1].group().strip())
    elif held := fund_line_holder(head, line_start, genre.start()):
        unit = held["unit"]  # 样例市某某医院某某项目补助|资金2031年度绩效自评报告 (fundline)
        spans.append(held.span("unit"))
    elif (above := _LINE_ABOVE.search(head, max(0, line_start - 80), line_start)) and not (
        BANNER.search(above["unit"])
    ):
        unit = re.sub(r"\s+", "", above["unit"])  # 重庆市…中心 / 2023年度决算情况说明
        spans.append(above.span("unit"))
    elif below := unit_below_title(head, line_end):
        unit = below["unit"]  # 2019年度部门决算公开 / 样例县总工会 (coverunit)
        spans.append(below.span("unit"))
    if unit and names_project(head, unit):  # 中央转移支付…游泳馆|项目绩效自评表 (titleproject)
        user = funds_user(head)
        unit = user["unit"] if user else None
        if user:
            spans.append(user.span("unit"))
    year_field = _FIELD_YEAR.search(head)
    for found in (opening, year_field, stated_year(head)):
        if found and year is None:
            year = int(found["year"])
            if found.span() not in spans:
                spans.append(found.span())
    return unit or "", year, spans
