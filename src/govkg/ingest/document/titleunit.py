"""The unit a title names, cleaned of what is not a name, and never a fund or a fee.

A title's words between its year and its genre are the unit only when they are one:

- a fund, a project or a fee is never a unit (2022年衔接资金项目…, 2023年度财政公安信息系统
  维护费及安全等级评定费项目绩效自评报告, 2021年中央食品监管专项转移支付…, 2017年度…“三公”
  经费支出决算情况说明, …一般公共预算财政拨款“三公”经费…); the unit that holds it heads
  the line before the year (东方市公安局2023年度…, 关于上海市嘉定区司法局2017年度…), or the
  title names none;
- a page's metadata label (主题词, 索引号, 发布机构…, ``pagelabel``) is no name: an empty
  field leaves it alone on the line above the title;
- a name never starts with the digits or the table furniture the page put before it: an
  index number joined onto the title's line (监督索引号53090000722201000中国共产党…), a
  metadata row's cell border (名称: | 重庆市沙坪坝区交通局2021年度部门决算情况说明 |), or
  the field's label itself (• 文件标题 重庆市黔江区园林绿化所…, trial 54's 941);
- a fund's words that end on no organisation word are no unit where the genre's words
  after them open on the fund's money (2021年度中央支持地方公共文化项目资金绩效自评报告: the
  genre took 项目资金, so ``is_fund`` cannot see it; nineteenth trial's 245); the holder
  heading the line names the unit, also before a 关于 (保山市文化和旅游局关于2021年度…);
- a title's subject is no name (银川市…局关于2016年度预算公开的补充说明: 预算公开的补充说明
  ends on no organisation word): the holder heading the line before its 关于 and year names
  the unit (twenty-seventh trial), before the page's publisher field;
- a count of what the title reports on is no name (2021年10个重点项目绩效评价报告: 10个重点,
  ``titlefragment.is_count``; eighteenth trial);
- a level mark after the name is not the name: 林业局(本级) is 林业局, its own accounts
  (eighteenth held-out trial); so are the marks of the accounts' other scopes, (系统) and
  (部门) for the body with its subordinates, (汇总) for their sum: 城市管理局(系统) is
  城市管理局 (nineteenth trial's 248; the corpus's 139 writes 退役军人事务局(部门));
- words after a clause's comma are a sentence's, not a title's (南城街道办事处属区级直属单位,
  是纳入2021年度部门决算编报范围的行政单位: 是纳入 is no unit; seventh held-out trial): taken
  only where they end with an organisation word (``NAME_END``), else the title names none.
"""

from __future__ import annotations

import re

from govkg.ingest.document.fundgloss import without_gloss
from govkg.ingest.document.fundlevel import is_funding_level
from govkg.ingest.document.newsdateline import without_announcing, without_dateline
from govkg.ingest.document.pagelabel import is_page_label, past_metadata_row
from govkg.ingest.document.scopemark import without_scope
from govkg.ingest.document.titlefragment import is_count
from govkg.ingest.document.titleresults import (
    RESULTS,  # a title's words, re-exported with its unit's
)

__all__ = [
    "ENUMERATOR",
    "NOT_A_NAME",
    "RESULTS",
    "UNIT_END",
    "clean_title_unit",
    "holder",
    "is_fund",
    "names_organisation",
]

UNIT_END = r"(?:局|委员会|办公室|中心|院|所|站|队|厅|联合会|政府|法院|检察院|委)"
NAME_END = re.compile(UNIT_END + r"$|(?:处|馆|园|校|协会|学会|社|办)$")
"""The organisation words a name ends with (a clause's words end with none)."""
_CLAUSE_MARK = re.compile(r"[，,；;][^\n，,；;]*$")
"""A clause's comma earlier on the title's line: the words after it are a sentence's."""
ENUMERATOR = re.compile(r"^(?:\d+\s*[、.．]|[一二三四五六七八九十]+、|[（(]\d+[）)])\s*")
_PART_OF_NAME = re.compile(
    r"^第[一二三四五六七八九十]+部分(?=[\u4e00-\u9fff]{2,40}?"
    r"(?:局|委员会|办公室|中心|院|所|站|队|厅|政府|委|处|馆|园|校|学)"
    r"(?:[（(][\u4e00-\u9fff]{2,40}[）)])?$)"
)
"""A part's number before a name that ends on an organisation word (its second name in
brackets after it): the heading names the unit (第三部分X图书馆2017年度决算情况说明)."""
NOT_A_NAME = re.compile(r"第[一二三四五六七八九十\d]+部分|附件|【|】|\||机关$|^机关")
_FUND = re.compile(
    r"(?:资金|经费|费|基金|专项|项目|工程|补助|补贴|奖补|计划|支出|收入|转移支付|拨款|预算|决算"
    r"|(?:扶助|补助|补偿|救助|援助|资助|奖励|抚恤|慰问|助学|奖学|补贴|保障|引导|扶持|周转|备用)金)$"
)
"""What a title names between its year and its genre that is a fund, a project, a fee or
its spending or revenue (a section's heading, 2019年收入决算情况说明: eighth trial), never a
unit: also the appropriation a 三公 note's title names before “三公”经费 (2017年度
一般公共预算财政拨款“三公”经费支出决算情况说明, ``threepublic``), and the budget or accounts
it is of (宣州区某局2018年预算“三公”经费情况说明: its holder heads the line, eighteenth trial).
A fund named for the aid it pays ends on 金 (移民困难扶助金, 某某救助金, 奖学金: forty-third
trial's 635): money, never who reports on it."""
_BEFORE = re.compile(
    rf"(?:关于)?(?P<unit>(?:[\u4e00-\u9fff（）()]{{4,40}}?|[省市县区][\u4e00-\u9fff]{{2}})"
    rf"(?:{UNIT_END}|校|中学|小学|幼儿园|公司"
    r"|林场|农场|牧场|苗圃|(?<![此各好益用出住到之何深四难])处))"
    r"\s*(?:关于)?\s*$"
)
"""The holder heading the title's line, after a 关于 that opens it or before one that leads
to the year (保山市文化和旅游局关于2021年度…: nineteenth trial); a school too (迎春镇学校
2017年度专项资金…: thirteenth round), and a company (样例市公交公司2031年度财政支出项目…:
a state company reports on the subsidy it runs, thirty-eighth trial's 528); a state farm or
nursery too (样例林场2031年某某恢复费绩效报告: the fee it holds, forty-third trial's 639); a
处 (宏宇小学总务处2024年度课桌椅购置项目…: trial 58's 1104), not a place's 此处, 好处.
A name relative to its area may be short: 市公路局2020年度公路养护类项目 / 自评结果 (fifty-third
trial's 894: 省, 市, 县 or 区 and two words before the organisation word)."""
_FUND_MONEY = re.compile(r"\s*(?:项\s*目|资\s*金|经\s*费)")
"""The fund's money or the project opening the genre's words: 项目资金绩效自评报告,
资金绩效评价报告, 项目支出绩效评价报告 (2016年公路日常养护|项目支出…: the project's name,
twentieth trial's 251)."""
_ANY_ORG = re.compile(
    rf"(?:{UNIT_END}|处|馆|园|校|协会|学会|社|办|部|镇|乡|街道|社区|村|公司|集团|学|会)$"
)
"""Every organisation word a name may end with (部, 镇, 乡 too: 中共…组织部, 样例镇)."""
_OWN_LEVEL = re.compile(r"[（(](?:本级|系统|部门|汇总)[）)]$")
"""The level mark after a name: the scope of the accounts (the body's own, 本级, or with its
subordinates, 系统 / 部门 / 汇总), not a second unit."""
_MASK = r"[xX×Ｘｘ]{2,4}(?=[省市县区州盟旗镇乡])"
"""A place's name masked by a document site with letters (XX区第二幼儿园, xx县, ××市: trial 57's
1065): part of the name as written, never furniture before it, though no Chinese character.
A star's mask (****部门, **镇) is no name at all (``notaunit``)."""
_LEADING = re.compile(
    rf"^(?:[^\n]*?\d{{6,}}(?:(?!{_MASK})[^\u4e00-\u9fff])*|(?:(?!{_MASK})[^\u4e00-\u9fff（(])+)"
)
"""An index number (and the label before it) or table furniture before the name; not a place's
mask (``_MASK``): XX区第二幼儿园2017年度部门决算 names XX区第二幼儿园, the district left masked
as the text writes it, never 区第二幼儿园 (a name cut) nor a district guessed."""

_UNOPENED_QUOTE = re.compile(r"^(?P<words>[^“\"]*[\u4e00-\u9fff])[”\"]$")
"""A closing quote ending the title's words whose opening one went with the furniture before
the name (2016年度“科学普及专项资金”绩效评价报告: trial 62's 1244, read 科学普及专项资金”): no
part of a name, and what it closes is then seen for what it is (a fund, ``is_fund``)."""

_FIELD_LABEL = re.compile(r"^(?:文件|信息|文章|公开)?(?:标题|名称)[\]】］]?[：:]?")
"""A page's metadata field of the title, its label joined onto the name once the spaces are
closed up: 标题, 名称, and a site's longer label for the same field (• 文件标题 重庆市黔江区园林
绿化所2021年度部门决算情况说明, trial 54's 941, read 文件标题重庆市…; 信息名称 宁国市2023年…:
the corpus's 364), in brackets too (Chongqing's [ 标 题 ] 石柱土家族自治县文化馆2023年…: trial
55's 979, read ] 石柱…). The label is the site's, never part of the unit's name."""

_COLUMN_TAG = re.compile(r"^[ \t\u3000]*【[\u4e00-\u9fff]{2,8}】")
"""A site's column tag before the title (【财政决算】样例县某某馆2031年度部门决算,
forty-second trial): the page's section, no part of the name."""

_INCLUDED_IN = re.compile(r"^(?:无|没有|未)?纳入")
"""纳入X…部门决算编制范围: the verb before the name of the unit whose accounts include it."""
_TIMING = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:事前|事中|事后|重点)$")
"""When the evaluation is made (事后绩效评价报告: ex post), or which kind it is (重点绩效评价:
a key evaluation, thirty-fifth trial's 458), the genre's word, not the end of a name:
2023年高龄补贴事后绩效评价报告 titles the 高龄补贴, a fund (thirty-second trial's 397);
…建设项目重点绩效评价报告 titles the project."""

_OF = re.compile(r"(?<=[\u4e00-\u9fff]{2})的$")
"""The 的 that joins what a title reports on to the genre (关于2031年度某某专项资金的绩效评价
报告): no name ends on it; what is left is read as any title's words (a fund names no unit:
thirty-fourth trial's 442)."""


_PRONOUN = re.compile(r"^(?:本|我|该)(?:部门|单位|局|院|委|办|中心|机关|校|所|站)")
"""A pronoun for the unit (本部门在2021年度部门决算中反映…: thirty-eighth trial's 536): the
words are a sentence's subject, never the unit's name."""
_SENDING = re.compile(r"^(?:现|特|兹)将")
_FUND_PURPOSE = re.compile(r"(?:资金|经费|基金)(?:支持|用于|扶持|促进|补助|奖励)")
"""A fund named by what it pays for (省级财政专项资金支持民营经济及中小微企业发展: thirty-
eighth trial's 530): the words name a fund, not who reports on it."""


def clean_title_unit(words: str, before: str = "") -> str:
    """The title's unit words without spaces, the 度 of 年度, an opening or closing 关于, an
    enumerator, a 标题/名称 label, or digits and cell borders before the name; "" where
    what is left is no name (a part heading, a table cell, a clause fragment: ``before``,
    the text before the title, ends in a clause after its comma)."""
    unit = re.sub(r"\s+", "", words).removeprefix("度").removesuffix("关于")
    # 關于北京市水務局2012年“三公經費”預算…情況的說明: the title's opening 关于 (a mirror's 關于
    # too) is no part of the name (trial 52's 872, once 情况的说明 titles were read)
    unit = re.sub(r"^[关關]于(?=[\u4e00-\u9fff]{2})", "", unit)
    if is_count(unit):
        return ""  # 2021年10个重点项目…: a count of projects, no unit (titlefragment)
    # [ 发布日期 ] | 2021-08-31 |重庆市…中心: the page's metadata row glued onto the title's
    # line, its cells no part of the name (pagelabel; trial 57's 1044)
    unit = past_metadata_row(unit)
    unit = _COLUMN_TAG.sub("", unit)  # 【财政决算】X: the site's column, not the name
    unit = without_dateline(unit)  # 中新网7月17日电 中国科学院: the lead, no name (newsdateline)
    unit = without_announcing(unit)  # 科技部今日在其官方网站公布|2011年度部门决算 (newsdateline)
    unit = _LEADING.sub("", unit)
    # 《教育与职业》杂志社2021年度部门决算: a periodical's office named by the title in its
    # marks; the marks are kept whole, never the closing one alone (trial 63's 1298)
    unit = _kept_title_marks(words, unit)
    unit = _UNOPENED_QUOTE.sub(r"\g<words>", unit)  # “科学普及专项资金”|绩效…: the quote's close
    unit = _FIELD_LABEL.sub("", ENUMERATOR.sub("", unit))
    # 第三部分上海市青浦区图书馆(…青杏科技图书馆)2017年度决算情况说明: a part heading of the
    # Shanghai template naming its unit, the part's number no part of the name (trial 58's 1116)
    unit = _PART_OF_NAME.sub("", unit)
    # 无纳入X2023年度部门决算编制范围的二级预算单位: the sentence of X's own accounts, whose
    # 纳入 is no part of the name (thirty-second round: a page whose title is gone)
    unit = _INCLUDED_IN.sub("", unit)
    unit = _TIMING.sub("", unit)  # 高龄补贴事后|绩效评价报告: the evaluation's time, no name
    unit = _OF.sub("", unit)  # 某某专项资金的|绩效评价报告: what the report is of (its 的)
    if NOT_A_NAME.search(unit) or not re.search("[\u4e00-\u9fff]{2}", unit):
        return ""
    # 现将我局2031年度项目资金绩效自评情况报告如下: the sentence that sends the report, read as
    # a title where the page lost its own (the corpus with titles blanked: 594); its 现将 is
    # no part of a name, and the pronoun after it names none
    unit = _SENDING.sub("", unit)
    if _PRONOUN.match(unit):  # 本部门在…: a sentence's subject, no name
        return ""
    if _FUND_PURPOSE.search(unit) and not _ANY_ORG.search(unit):
        return ""  # …专项资金支持…发展: a fund by its purpose, no name
    if is_funding_level(unit):  # 2023年度|中央|转移支付资金…: the money's level (fundlevel)
        return ""
    if is_page_label(unit):  # 主题词 / 2019年度…报告: an empty field's label (pagelabel)
        return ""
    if _CLAUSE_MARK.search(before) and not NAME_END.search(unit):
        return ""  # 单位,是纳入2021年度部门决算…: a sentence's words, no name
    # 样例县某某中心学校部门2020年度部门决算: the genre's 部门 glued on after the name
    # (fourteenth trial); kept where no organisation word ends what is before it
    if unit.endswith("部门") and NAME_END.search(unit[:-2]):
        unit = unit[:-2]
    # 样例县档案馆单位2022年度部门决算: the generic 单位 after the name (thirty-sixth trial)
    if unit.endswith("单位") and NAME_END.search(unit[:-2]):
        unit = unit[:-2]
    # 2023年福彩中心绩效项目支出自评表: the genre's 绩效 glued on before its 项目支出自评表
    # (fiftieth trial's 785): what the form is of, no part of the name before it
    if unit.endswith("绩效") and NAME_END.search(unit[:-2]):
        unit = unit[:-2]
    # 林业局(本级): the report covers the body's own accounts, not its subordinates'; the
    # unit is the body (eighteenth trial; the corpus writes 垫江县统计局 for …统计局(本级));
    # 城市管理局(系统): the body's with its subordinates', still the body's (nineteenth)
    if (bare := _OWN_LEVEL.sub("", unit)) != unit and NAME_END.search(bare):
        unit = bare
    return without_scope(unit)  # …法院省级, …镇汇总: the budget's level, the sum (scopemark)


def _kept_title_marks(words: str, unit: str) -> str:
    """``unit`` with the opening 《 ``_LEADING`` cut from before it put back, where the name
    holds the closing 》 and no 《 of its own (《教育与职业》杂志社); as it was otherwise."""
    if "》" not in unit or "《" in unit:
        return unit
    written = re.sub(r"\s+", "", words)
    return "《" + unit if written.endswith("《" + unit) else unit


def is_fund(unit: str, genre_words: str = "") -> bool:
    """Whether a title's words are a fund, a project, a fee or its spending; or, given
    ``genre_words`` (the title's words after them), words ending on no organisation word
    right before the fund's money the genre opens on (中央支持地方公共文化|项目资金绩效…)."""
    if _FUND.search(unit) or _FUND.search(without_gloss(unit)):  # …资金(…) (fundgloss)
        return True
    return bool(genre_words and _FUND_MONEY.match(genre_words) and not _ANY_ORG.search(unit))


_FUND_OF = re.compile(
    r"(?P<unit>(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州))+[\u4e00-\u9fff]{2,30}?"
    rf"(?:{UNIT_END}|学校|中学|小学))(?=[\u4e00-\u9fff]{{2,}}$)"
)


_BUREAU_OF = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,12}?(?:局|委员会))(?=[\u4e00-\u9fff]{2,}$)")
"""A bureau's or a committee's name opening a project's words, placed or not: 自然资源局|
不动产数据化建设 (never what a project builds, as a 中心, a 站 or a 院 may be)."""


def fund_holder(words: str, genre_words: str = "") -> str:
    """The placed unit a title's fund words open on (2017年度长沙市电子工业学校财政专项资金
    绩效评价报告: thirteenth round): the fund is that unit's; "" where they open on none.
    A bureau opens them too, its place left out as its readers leave it (2019年自然资源局
    不动产数据化建设|项目绩效评价报告: thirtieth trial's 379, ``genre_words`` opening on the
    project's money)."""
    if not is_fund(words, genre_words):
        return ""
    found = _FUND_OF.match(words) if is_fund(words) else None
    found = found or _BUREAU_OF.match(words)
    return found["unit"] if found else ""


def names_organisation(words: str) -> bool:
    """Whether a title's words end on an organisation's word (样例局, 某镇): a unit's name;
    预算公开的补充说明 is the title's subject, no name."""
    return bool(_ANY_ORG.search(words))


def holder(head: str, start: int, end: int) -> re.Match | None:
    """The unit that heads the text from ``start`` (its line's start) to ``end`` (the
    title's year), its name in the group ``unit``."""
    return _BEFORE.search(head, start, end)
