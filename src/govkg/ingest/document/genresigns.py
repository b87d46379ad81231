"""Signs of the genre that accept a text with no title and no money figure under a heading.

A page of a self-assessment often comes without its title or its money: a later page of
an article that starts inside the form's indicator table (一级指标 | 二级指标 | 三级指标,
成本指标 10万元), or a form whose figures were lost to OCR (部门整体绩效自评表 … 年初预算数
全年预算数 全年执行数 …). Such a text is still a report of the family: only a text that
shows neither a money figure nor a sign of the genre is refused (``report``).

A sign is one of: the title of a self-assessment form (…绩效自评表, …绩效目标自评表) among the
text's opening lines, or a title line ending in 绩效自评报告 / 绩效评价报告 whatever its subject
(…转移支付区域绩效自评报告, …工程绩效评价自评报告: a notice asking for one ends 的通知, a
sentence goes on); the three levels of the indicator table's headings together (一级指标,
二级指标, 三级指标); or the form's budget-execution headings, at least two of 年初预算数,
全年预算数, 全年执行数 (a news item quoting a budget names none of these); or a 三公 note's
title or its stated 决算/预算 total (``threepublic``), or a 三公 table's title or
note's opening total (``threepublic.sheet``), or two of the three 三公 items listed with an
amount each (``threepublic.sign``), or the 三公 money stated at least twice, each with its
amount, in a text of no other class than news (``threepublicfigures``: a roundup of several
bodies' 三公 figures), or once in news with its change since the year before; or a budget
note's lines (机关运行经费, 基本支出…) stated with money twice in news of departments' budgets
(``departmentbudgetnews``); or a unit's 收支总表, its figures' unit of money lost or not
(``summarytable``); or a self-evaluation's cover, its fields 评价类型 / 评价方式 / 评价机构 …
together (``evaluationcover``); or a project's 预算数, 执行数 and share done in one sentence
beside its 绩效目标 (``projectexecution``). The unit and the year such a text leaves unstated
are marked unknown by the callers, never guessed.

Every sign, and every word ``genre_shown`` counts, is looked for with a mirror's readings
read through (twentieth trial): a mirror prints a reading after some characters
(績效目標(biāo)自評表, 項(xiàng)目名稱), which would break the words; the readings are taken
out first (``amounts.PINYIN``), as the title's matching blanks them (``report``).
"""

from __future__ import annotations

import re

from govkg.ingest.document.departmentbudgetnews import reports_department_budgets
from govkg.ingest.document.evaluationcover import shows_evaluation_cover
from govkg.ingest.document.projectexecution import states_project_execution
from govkg.ingest.document.summarytable import shows_summary_table
from govkg.ingest.document.threepublicfigures import (
    reports_three_public_change,
    states_three_public_figures,
)
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.threepublic.opening import announces_three_public
from govkg.ingest.threepublic.sheet import sheet_of_three_public
from govkg.ingest.threepublic.sign import itemises_three_public
from govkg.ingest.threepublic.words import states_three_public

__all__ = ["ACCOUNTS", "PROJECT", "WHOLE", "genre_shown", "read_through", "shows_genre"]

_FORM_TITLE = re.compile(r"绩\s*效\s*(?:目\s*标\s*)?自\s*评\s*表")
_REPORT_TITLE = re.compile(
    r"绩\s*效\s*(?:评\s*价\s*(?=自))?(?:自\s*评|评\s*价)\s*(?:情\s*况\s*)?的?\s*报\s*告"
    r"[ \t\u3000]*$",
    re.M,
)
"""A self-evaluation's title line, whatever its subject: …转移支付区域绩效自评报告 (29th trial),
…提质增效工程绩效评价自评报告 (the evaluation that is a self-evaluation: 34th trial)."""
_LEVELS = ("一级指标", "二级指标", "三级指标")
_EXECUTION = re.compile(r"年初预算数|全年[（(]?\S{0,4}?[）)]?\s*预算数|全年执行数")
OPENING = 600  # characters in which a form's title is looked for

WHOLE, PROJECT, ACCOUNTS = "whole", "project", "accounts"
_WHOLE_WORDS = re.compile(r"部门整体|单位整体|整体支出")
_ACCOUNTS_WORDS = re.compile(
    r"三公|决算|预算情况[说説]明|预算收支|收支预算|部门收支概况|预算编报范围"
    r"|收支总体情况|[(（][一二三四五六七八九十][)）]收入预算"
    r"|部门(?:收支|收入|支出)总表"
)
"""表1 部门收支总表, 表1-1 部门收入总表: a unit's budget or accounts tables by their titles (trial
57's 1068, an education bureau's 2020 budget workbook on a document site, no prose, under the
site's banner: its genre left out before)."""
"""…二、部门收支总体情况 / (一)收入预算: the Chongqing template of a unit's budget note, whose
unit's duties may name its 主管部门 twice (trial 56's 1005, a primary school's budget, untitled;
the corpus's 21 texts with these headings are all accounts)."""
"""二、部门收支概况 / 2016年部门预算编报范围包括…: an untitled budget note's heading and its
first words (trial 53's 902, a science museum's budget), filed with the accounts."""
"""Final accounts' words; a department's budget note (样例大剧院2031年预算情况説明: trial 48's
755; an untitled one's 三、2021年预算收支说明 / 1、收支预算总体情况: trial 50's 803) is filed
with them, as the corpus files its 三公 and 部门预算 notes."""
_PROJECT_WORDS = re.compile(
    r"项目名称|项目(?:基本)?(?:概况|情况)|项目资金|项目(?:支出)?绩效|项目自评|立项|实施单位|(?<!行业)主管部门"
    r"|绩效目标分解下达|转移支付[^。\n]{0,12}绩效自评"
)
"""A project's words; 绩效目标分解下达(情况) too, the first heading of a 转移支付 region's
self-evaluation template (一、绩效目标分解下达情况 / (二)绩效目标完成情况分析): a transfer's
report on its project funds, filed with no title (thirty-sixth trial's 479, 491; the
corpus's 347, 454); and a transfer's 绩效自评 (trial 48's 743: an untitled self-evaluation of
a central transfer's budget execution; 转移支付 alone is revenue a town's 决算 names too, 103).
A 行业主管部门 is a sector's regulator a unit's duties name, no project's supervisor (trial 58's
1090, an untitled trading centre's 决算 note: its genre left out before, its one 决算 heading
against that duty's 主管部门)."""


def read_through(text: str) -> str:
    """``text`` with a mirror's readings taken out: 績效目標(biāo)自評表 → 績效目標自評表."""
    return PINYIN.sub("", text)


def shows_genre(text: str) -> bool:
    """True where ``text`` (simplified) shows a sign of the genre family (see above)."""
    text = read_through(text)
    if _FORM_TITLE.search(text[:OPENING]) or _REPORT_TITLE.search(text[:OPENING]):
        return True
    squeezed = re.sub(r"\s+", "", text[:20_000])
    if all(level in squeezed for level in _LEVELS) or states_three_public(text):
        return True
    if announces_three_public(text):  # 现将X2020年度“三公”经费决算情况公布如下 (thirteenth trial)
        return True
    if sheet_of_three_public(text):  # …“三公”经费汇总情况决算表, 2020年“三公”经费支出… (fourteenth)
        return True
    if shows_evaluation_cover(text):  # 评价方式:部门(单位)绩效自评… (twentieth trial)
        return True
    if states_project_execution(text):  # 项目全年预算数为…,执行数为…,完成预算的… (28th trial)
        return True
    if itemises_three_public(text):  # 因公出国(境)费0万元…公务接待费12.5万元 (corpus round 16)
        return True
    if states_three_public_figures(text):  # “三公”支出为1421.31万元 … 共114.72亿元 (trial 56)
        return True
    if reports_three_public_change(text):  # news: “三公经费”支出13.5亿元,比上年同期下降30.6%
        return True
    if shows_summary_table(text):  # 收入总计 | 支出总计 | 本年收入合计 … 预算数 (trial 56's 1022)
        return True
    if reports_department_budgets(text):  # 机关运行经费比去年减少0.07万元 … (trial 60's 1165)
        return True
    return len({m.group() for m in _EXECUTION.finditer(squeezed)}) >= 2


def genre_shown(text: str) -> str | None:
    """Which member of the family a text with no title of it is (``WHOLE``, ``PROJECT`` or
    ``ACCOUNTS``), by the words only that member keeps using: 部门整体/整体支出 for a whole
    department's assessment (also where it cites its 三公 or 决算 figures), 三公 and 决算
    for final accounts, 项目名称/项目资金/立项… for a project's; the most of them wins, a
    whole department's where its words are as many as a project's. None where none is
    written, or 决算 and project words are as many: said unknown, never guessed. Over the
    development corpus's 67 texts with no title, 61 come out right, 4 unknown, 2 wrong (a
    whole department's page with only 决算 words; a medical platform's accounts that speak
    of 项目绩效); before, all 67 were filed as whole-department assessments."""
    text = read_through(text)
    whole = len(_WHOLE_WORDS.findall(text))
    accounts = len(_ACCOUNTS_WORDS.findall(text))
    project = len(_PROJECT_WORDS.findall(text))
    if whole and whole >= project:
        return WHOLE
    if accounts > project:
        return ACCOUNTS
    if project > accounts:
        return PROJECT
    return None
