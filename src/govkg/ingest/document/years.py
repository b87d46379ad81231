"""Which fiscal year a report states, where its title does not: the first year its opening
writes as a year, never a date's, a compared one's or a cited document's; or the year of a
sharing site's file-name line."""

from __future__ import annotations

import re

from govkg.ingest.document.accountsyear import accounts_year
from govkg.ingest.document.afterdateyear import year_after_page_date
from govkg.ingest.document.allottedyear import allotted_year
from govkg.ingest.document.brokenyear import joined_years
from govkg.ingest.document.budgetyear import budget_year
from govkg.ingest.document.carryyear import carried_into_year
from govkg.ingest.document.citedyear import dates_a_document
from govkg.ingest.document.commissionedyear import commissioned_year
from govkg.ingest.document.dashedyear import dashed_years
from govkg.ingest.document.deadlineyear import deadline_year
from govkg.ingest.document.evaluatedspanyear import evaluated_span_year
from govkg.ingest.document.foundedyear import dates_a_founding
from govkg.ingest.document.historyyear import in_history_paragraph
from govkg.ingest.document.linkheadlines import without_link_headlines
from govkg.ingest.document.listedyears import opens_a_list_of_years
from govkg.ingest.document.maskedsubject import masks_its_year
from govkg.ingest.document.nextbudgetyear import next_budget_year
from govkg.ingest.document.periodyear import period_year
from govkg.ingest.document.publishedbudgetyear import published_budget_year
from govkg.ingest.document.reformyear import dates_a_reform
from govkg.ingest.document.reportlist import in_report_list_line
from govkg.ingest.document.seasonrange import is_season
from govkg.ingest.document.spanendyear import span_end_year
from govkg.ingest.document.titlespanyear import title_span_year
from govkg.ingest.document.trancheyear import tranche_year
from govkg.ingest.document.yearendyear import year_end_year
from govkg.ingest.document.yearlyrangeyear import yearly_range_year
from govkg.ingest.text.comparedcolumns import compared_column_year
from govkg.ingest.text.simplified import simplified

__all__ = ["FILE_NAME_LINE", "file_name_year", "stated_year"]

FILE_NAME_LINE = re.compile(r"^[^\n]*\.(?:docx?|pdf|xlsx?|wps)[ \t]*$", re.M)
"""A sharing site's banner naming the file: not the report's title."""

_FISCAL_YEAR = re.compile(
    r"(?<![\d\-—~至])(?P<year>20\d\d)"
    r"(?:\s*年(?:度|(?!\s*\d(?:\s*\d)?\s*月))|(?<![.,，]\d{4})(?=决\s*算|预\s*算))"
)
"""A year written as one (2023年度, 2023年,…), never a date's: its month may be spaced apart
by a PDF's flattening (2015年 1 1月起, the twenty-eighth trial's project period). A year
written bare before the 决算 or 预算 it dates is one too: 財政部公布了中央本級“三公”經費2010決算
支出和2011年預算情況 (trial 55's 967, a news item read as of 2011, the budget's year, the
accounts' year unseen for want of its 年; the corpus reads such an item as of its 决算's year,
``accountsyear``, ``listedyears``)."""
_RANGE = re.compile(r"20\d\d\s*[-—~至到]\s*20\d\d\s*年")
_FURNITURE = re.compile(r"发布|时间|日期|来源|索引号")
_MASKED = re.compile(r"(?<![\d\-—~至])(?P<year>20\d\d)-(?=[“\"\u4e00-\u9fff])")
"""A year whose 年 a mirror wrote as - (样例县2015-“三公”经费…决算表): title line only."""
_BARE_OPENING = re.compile(r"(?P<year>20\d\d)(?=[“\"\u4e00-\u9fff])")
"""A year that opens the title line with no 年 at all, the title's words right after it
(2016三公经费预算说明): read only there, last, like a masked one."""


def stated_year(head: str) -> re.Match | None:
    """The first year the opening states as a year (2023年度, 2023年，…), never the year of
    a date (2023年12月18日) and nothing when the text covers a range (2019-2021年), but the
    last year of a span its title line dates it by (``titlespanyear``); next of
    all the year the notice the report answers commissions to be self-evaluated (根据《…关于
    开展2022年度…绩效自评工作的通知》: ``commissionedyear``). Any other year in a cited
    document's title (《关于下达2019年…的通知》, 《…规划(2016-2020年)》) dates that document,
    and a compared one (较2022年度决算数, 比2022年) is the year before, and a cover's date under
    its maker (…财政局制 / 2025年) is when the form was filled in: none is the report's.
    A project's period within one year (``periodyear``) is read after all of these; the
    year money was carried into from the year before (``carryyear``) before them; last of
    all, the year of the budget or funds plan the money was allotted under, cited as the
    allotment's ground (``allottedyear``). A news item giving a year's 三公 决算 and the next
    year's budget is of the 决算's year, which may be dated by its own figures where it
    says only 去年 (``accountsyear``). Last of all, a status as at a year's end (截至2020年末:
    ``yearendyear``). Where the text covers a range, the last year of a span evaluated
    (对2019-2021年…项目开展…绩效评价: ``evaluatedspanyear``)."""
    head = joined_years(head)  # 2019 / 年本部门…: a year its line break cut (brokenyear)
    head = dashed_years(head)  # 岳阳县20 16 -度部门…: a year its 年 written - (dashedyear)
    head = without_link_headlines(head)  # [相关报道…] [2011年…预算] […]: links (linkheadlines)
    written = head
    if masks_its_year(written):  # “xxxx年村级组织活动场所建设项目”: the year hidden (maskedsubject)
        return None
    head = _CITED.sub(lambda m: " " * len(m.group()), head)
    if span := title_span_year(head):  # …2019年-2020年度绩效自评报告: the last (titlespanyear)
        return span
    # several years; or a yearly policy's period (yearlyrangeyear); a season over the turn of
    # a year is one season, no range (2023-2024年冬春: seasonrange)
    # a mirror's market-research reports on sale (• 2018-2023年KTV…市场调研…报告: reportlist)
    ranges = [
        found for found in _RANGE.finditer(head) if not in_report_list_line(head, found.start())
    ]
    if any(not is_season(head, found) for found in ranges):
        # or the last year of a span evaluated (对2019-2021年…项目开展…评价: evaluatedspanyear)
        # or the last year of spans whose end the status is given at (截至2021年年底 with
        # 2019—2021年: spanendyear)
        found = yearly_range_year(head) or evaluated_span_year(head)
        return found or span_end_year(head, [r for r in ranges if not is_season(head, r)])
    if commissioned := commissioned_year(written):  # 根据《…关于开展2022年度…绩效自评工作的通知》
        return commissioned  # the one cited title whose year is the report's (commissionedyear)
    if accounts := accounts_year(head):  # news: 2010年…决算数 with 2011年…预算 (accountsyear)
        return accounts
    if budget := budget_year(head):  # 2024年…执行…,2025年“三公”经费预算: the budget's (budgetyear)
        return budget
    if published := published_budget_year(head):  # 公开了2010年部门预算 (publishedbudgetyear)
        return published
    if carried := carried_into_year(head):  # 2024年结转2023年…资金: the year evaluated (carryyear)
        return carried
    if compared := compared_column_year(head):  # 2016年度 2017年度 2017比2016增减 (comparedcolumns)
        return compared
    for line in re.finditer(r"[^\n]*\n?", head):
        end = line.end()
        if len(line.group()) < 80 and (page := _FURNITURE.search(line.group())):
            end = line.start() + page.start()  # page furniture dates the page; a title the
            # cleaning joined to it (…2017年度…预算情况表来源:…) keeps its year (fourteenth)
        if _COVER_DATE.fullmatch(line.group()) and head[: line.start()].rstrip().endswith("制"):
            continue  # 林芝市财政局制 / 2025年: the date the form was made (twelfth trial)
        for found in _FISCAL_YEAR.finditer(head, line.start(), end):
            if not _COMPARED.search(head, max(0, found.start() - 6), found.start()) and not (
                in_report_list_line(head, found.start())  # a mirror's wares (reportlist)
                or dates_a_document(written, found.end())  # 2007年《…纪要》 (citedyear)
                or dates_a_founding(head, found.start(), found.end())  # 于2013年建成 (foundedyear)
                or dates_a_reform(head, found.end())  # 2018年事业单位机构改革 (reformyear)
                or in_history_paragraph(head, found.start())  # 我校2002年通过… (historyyear)
            ):
                if later := next_budget_year(head, found):  # 2018年底… / 2019年部门预算
                    return later  # the year before the budget's (nextbudgetyear)
                if opens_a_list_of_years(head, found):  # 2021年、2022年…: several (listedyears)
                    # 2021年3300万元,2022年9000万元,至2022年底…: the last (trancheyear)
                    return tranche_year(head, found)
                return found
        if end < line.end() and (after := year_after_page_date(head, end, line.end())):
            return after  # 日期:2018-01-16 08:232017年…总表: a title joined after (afterdateyear)
    # a project's period within one year (项目起止时间 2016年1月起至2016年12月止: periodyear)
    # last, the year of the budget or funds plan its money was allotted under (allottedyear)
    found = _form_year(head) or _filed_year(written) or period_year(head) or _masked_year(head)
    # then a timeliness indicator's year-end deadline (整体完成时间 2031年12月31日: deadlineyear)
    found = found or allotted_year(written) or deadline_year(head)
    # last, a status as at a year's end (截至2020年末,共使用专项债券资金…: yearendyear)
    return found or year_end_year(head)


_YEAR_CELL = re.compile(r"(?<=[\s|])(?P<year>20\d\d)(?=[\s|])")
_ANY_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def _form_year(head: str) -> re.Match | None:
    """A form's 项目年份 field whose value a PDF's flattening moved away from its label
    (项目主管部门(单 位) 2021 苏州市财政局 … 项目年份 财政拨款数, eleventh trial): the year is
    the one cell that is a year alone, only where the opening writes no other year at all."""
    if "项目年份" not in head or len(_ANY_YEAR.findall(head)) != 1:
        return None
    return _YEAR_CELL.search(head)


_COVER_DATE = re.compile(r"[ \t\u3000]*20\d\d\s*年[ \t\u3000]*\n?")
"""A cover's date: a year alone on the line under the form's maker (…财政局制): when the
form was filled in, not the year it reports on."""
_FILED = re.compile(r"填\s*报\s*日\s*期\s*[：:]?\s*(?P<year>20\d\d)\s*年")
_DATED = re.compile(r"(?P<year>20\d\d)\s*年\s*\d{1,2}\s*月")


def _filed_year(head: str) -> re.Match | None:
    """A form filed (填报日期) in one year whose opening writes no year but the year before
    (2024年3月,签订《2024年度…》合同, twelfth trial's 170): it reports on the year before,
    the year of its dated acts. Read only where every year the opening writes is the filing
    year or the one before, and the one before dates an act (a year and month)."""
    filed = _FILED.search(head)
    if filed is None:
        return None
    before = str(int(filed["year"]) - 1)
    years = {m.group() for m in _ANY_YEAR.finditer(head)}
    if years != {filed["year"], before}:
        return None
    return next((m for m in _DATED.finditer(head) if m["year"] == before), None)


_CITED = re.compile(r"《[^《》\n]{1,80}》")
_COMPARED = re.compile(r"(?:较|比|与|同比|相比|对比|比较)[ \t\u3000]*$")
"""Words that put a year in comparison: 较 2022 年度决算数, 比2022年, 与2022年相比."""


def file_name_year(head: str) -> re.Match | None:
    """The year a file-name line states (2019年度…自评表.pdf) where the body states none:
    the name the publisher gave the document stands for its title."""
    text = simplified(head)
    for line in FILE_NAME_LINE.finditer(text):
        found = _FISCAL_YEAR.search(text, line.start(), line.end())
        if found and not _RANGE.search(line.group()):
            return found
    return None


def _masked_year(head: str) -> re.Match | None:
    """The year of the title line (the first line with words) written with - for 年
    (2015-“三公”经费…, 2017-度), or opening it bare (2016三公经费…): a mirror's masking or a
    writer's slip, read only there, after every other reading found none; never a date
    (2017-04-27) or a range (2015-2016)."""
    first = re.search(r"[^\n]*[\u4e00-\u9fff][^\n]*", head)
    if first is None:
        return None
    # or with no 年 at all where the title opens on it (2016三公经费预算说明: trial 48's 758)
    return _MASKED.search(head, first.start(), first.end()) or _BARE_OPENING.match(
        head, first.start() + len(first.group()) - len(first.group().lstrip())
    )
