"""Rule ``money-figure``: every amount of money a report states, with the kind of money it is.

The spending rules turn some amounts into funding lines; this rule accounts for all of them,
so that an amount is never lost and never shown as spending when the text says otherwise.
Each amount (万元, 元, 亿元, and 万 or 亿 alone where the clause speaks of money, 预算297万,
or a fund's name follows, 将141.8万补助资金…发放到位) gets the kind named by the nearest
money word before it in its clause: 较上年增加 is a CHANGE, 到位资金 REVENUE, 结转
CARRY_OVER, 预算 BUDGET, 支出 SPENDING… An amount no such word
names is kept as unread (``read: false``) with the reason, never guessed, unless it is a
part listed under 其中 right after a total (项目支出500万元，其中：甲300万元；乙200万元):
a part has its total's kind; or the first amount of a clause that repeats an earlier
clause's frame word for word (甲年初预算数6万元，年末结算支出6万元；乙411.95万元，年末结算
支出411.95万元): it has the kind that clause names (``parallel``); or an item or total of a
list of acts of spending that adds up (``itemised``). 下达 and 收到 are read in ``allocated``.

Patterns of published reports, each kept to what the words say: one figure for both sides
(收、支总计均为1201.05万元) is two amounts, 收 as revenue and 支 as spending; one unit word
for a list (收、支总计各是4125.49,4143.91万元) gives each figure that unit, in order; a
mirror's readings inside words (萬(wàn)元) are read through, also in the words said after an
amount (32萬元納(nà)入2018年預(yù)算: a budget, of the year it names); a figure the excerpt ends
inside (…减少1,913.0) is listed unread, its unit word lost; so is a figure whose comma groups
one or two digits (677,00元, ``misgrouped``): neither read nor lost (amount 0 for none).

An amount written in English (``text.english``, a translation's gloss: 24.6659 million yuan)
takes the kind of the Chinese amount its line restates, else is listed unread: no English
word is read for a kind. A price in a page's advertisement line (``text.advertline``:
【阿里云】…99元/年) is listed unread, the page's and not the report's.

Kinds and their words are listed in ``kindwords``, with how an amount's words settle its kind;
the words said after a figure are in ``saidafter``, an amount's label and quote in
``amountlabel``, the kind a part of a total or a share takes in ``partkinds``. ``find_money``
asks them, and the modules each reading one pattern, in one chain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from govkg.ingest.facts import Cite, cite
from govkg.ingest.kinds.allocated import allocated_kind, under_budget_heading
from govkg.ingest.kinds.amountlabel import REACH
from govkg.ingest.kinds.amountlabel import label as _label
from govkg.ingest.kinds.amountlabel import quote_span as _quote_span
from govkg.ingest.kinds.approvedarrived import approved_funds
from govkg.ingest.kinds.arrangedlines import arranged_line_kind
from govkg.ingest.kinds.bodieslisted import listed_body_kind
from govkg.ingest.kinds.bracketparts import (
    bracketed_kind,
    changed_whole_kind,
    without_budget_sources,
)
from govkg.ingest.kinds.classparts import class_named
from govkg.ingest.kinds.comparedjoint import compared_joint, compared_sides
from govkg.ingest.kinds.contextkinds import context_kind
from govkg.ingest.kinds.cutunit import same_section
from govkg.ingest.kinds.figureshares import StatedShare, stated_share
from govkg.ingest.kinds.financedocument import opens_on_finance_document
from govkg.ingest.kinds.fundsection import fund_section_kind
from govkg.ingest.kinds.fundwords import said_kind
from govkg.ingest.kinds.headingjoint import joint_above_line
from govkg.ingest.kinds.itemfees import without_item_fee
from govkg.ingest.kinds.itemised import itemised_kind
from govkg.ingest.kinds.jointside import side_named_after
from govkg.ingest.kinds.kindwords import KIND as _KIND
from govkg.ingest.kinds.kindwords import SPENT, past_gloss
from govkg.ingest.kinds.kindwords import kind_in as _kind_in
from govkg.ingest.kinds.kindwords import kind_of as _kind
from govkg.ingest.kinds.labelabove import label_above_kind
from govkg.ingest.kinds.levelbreakdown import level_breakdown_kind
from govkg.ingest.kinds.lineparts import line_part_kind
from govkg.ingest.kinds.moneylist import in_money_list
from govkg.ingest.kinds.namedafter import named_after_kind
from govkg.ingest.kinds.obtainedfund import obtained_fund_kind
from govkg.ingest.kinds.parallel import parallel_kind
from govkg.ingest.kinds.partkinds import FUND_PART_REASON as _FUND_PART_REASON
from govkg.ingest.kinds.partkinds import fund_part as _fund_part
from govkg.ingest.kinds.partkinds import kind_of_total as _kind_of_total
from govkg.ingest.kinds.partkinds import share_of as _share_of
from govkg.ingest.kinds.projectlist import listed_project_kind
from govkg.ingest.kinds.saidafter import (
    ALLOCATED_AFTER,
    BUDGET_AFTER,
    EXECUTED_AFTER,
    NOT_ARRIVED_AFTER,
    PAID_ON_AFTER,
    PASSED_DOWN_AFTER,
    PER_UNIT,
    RECEIVED_AFTER,
    STANDARD_AFTER,
    STANDARD_BEFORE,
)
from govkg.ingest.kinds.siblingrun import sibling_run_kind
from govkg.ingest.text.advertline import ADVERT_REASON, in_advert_line
from govkg.ingest.text.amounts import MONEY, amounts_written
from govkg.ingest.text.amounts import PINYIN as _PINYIN
from govkg.ingest.text.amounts import amounts as _amounts
from govkg.ingest.text.cutyuan import yuan_cut_at_end
from govkg.ingest.text.headlinebar import HEADLINE_REASON, in_headline_bar
from govkg.ingest.text.lastmatch import last as _last
from govkg.ingest.text.misgrouped import Misgrouped, misgrouped
from govkg.ingest.text.numbers import NUMBER, yuan
from govkg.ingest.text.readingreach import reach_back
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.spacedwords import closed_up
from govkg.ingest.text.tagline import TAG_REASON, in_tag_line
from govkg.ingest.text.textview import TextView

__all__ = ["MONEY", "MoneyFound", "amounts_written", "find_money"]

RULE = "money-figure"
_MONEY_WORD = re.compile(
    rf"预算|执行|支出|资金|经费|投资|收入|金额|费|款|拨|三公|[少多]花了?$|{SPENT}$"
)
"""Words that make a bare 万 money; 三公 is the 三公经费 a news headline shortens (trial 53's 882:
公安部今年三公减少1271万); a 花 (spent) right before the figure too (trial 58's 1113, a
sub-heading: 5个部门花2.69亿)."""
ENGLISH_REASON = (
    "written in English (a translation's gloss): no rule reads the kind of money its English "
    "words say, and it restates no amount its line writes in Chinese"
)
GLOSS_REASON = (
    "written in English, the gloss of the amount its line writes in Chinese before it, whose "
    "kind no word names"
)
_CLAUSE_END = re.compile(r"[。；;！？!?\n]")
_YEAR = re.compile(r"(20\d\d)\s*年")
_SAME_TIME_LAST_YEAR = re.compile(r"(?:去年|上年|上一年)同期(?:的)?(?:数|为|是)?\s*$")
"""A figure said right after 去年同期 is the year before's (trial 55's 990, a quarterly 三公 note:
本年度公务用车费为28万元,比去年同期26万元增长了7.69%: 26万元 is 2017's, not a second 2018 cost)."""
NO_WORD = "no word before it says what kind of money it is"
AFTER = 80  # characters after an amount in which words said after it are read (readings taken out)


@dataclass(frozen=True)
class MoneyFound:
    """One amount as the text states it; ``kind`` is None when no word names it."""

    rule: str
    cites: tuple[Cite, ...]
    amount: Decimal  # exact yuan
    figure: str  # the number as written
    unit: str  # 元 | 万元 | 亿元
    as_written: str
    kind: str | None
    label: str | None
    year: int | None
    reason: str | None = None
    share: StatedShare | None = None  # a percent stated right after it (figureshares)


def find_money(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Every amount of money in the text, in text order."""
    text = simplified(view.text)  # 萬元, 預算: one character for one, offsets unchanged
    previous_end = 0
    kinds: list[tuple[int, str | None]] = []  # (end, kind) of each amount read so far
    list_own = ""
    last_amount: tuple[int, str | None, Decimal] | None = None  # (end, kind, yuan)
    last_unit: tuple[str, int] = ("", 0)
    rate_end = 0  # where the 每年每人 said after the last amount (a rate) ends
    slips = list(misgrouped(text))  # 677,00元: listed unread where it stands
    kind_at: dict[int, str | None] = {}  # the kind of each amount read so far, by its start
    rated: set[str] = set()  # the kinds of the amounts an execution rate was said after
    for amount in _amounts(text):
        while slips and slips[0].start < amount.start:
            yield _misgrouped(view, text, slips.pop(0), year)
        clause_start = _clause_start(text, amount.start)
        context = text[max(clause_start, amount.start - REACH) : amount.start]
        if (
            amount.bare
            and not amount.fund
            and not _MONEY_WORD.search(context)
            and not opens_on_finance_document(text[clause_start : amount.start])
            and not in_money_list(text, amount.start)  # …经费180万元,主要项目:1、联络3万
            and not yuan_cut_at_end(text, amount.start, amount.end)  # …;(2)新闻出版51.44万|
        ):
            continue  # 2100万 of something else: no money word in its clause
        reach = reach_back(text, amount.start, REACH)  # 結(jié)轉(zhuǎn): readings not counted
        own_at = max(clause_start, previous_end, rate_end, reach)
        own = text[own_at : amount.start]
        if amount.position:  # 4125.49,4143.91万元: the words before the list name each
            own = list_own
        list_own = own
        plain = _PINYIN.sub("", own)
        about = text[max(clause_start, rate_end, amount.start - REACH) : amount.start]
        about = past_gloss(text, max(clause_start, rate_end), amount.start, about, REACH)
        spaced = closed_up(plain)  # 总预 算 安 排: a page's letter-spacing (spacedwords)
        kind = _kind_in(spaced, closed_up(_PINYIN.sub("", about)))
        part = spaced[spaced.rfind("其中") :] if "其中" in spaced else spaced  # its own words
        own_kind = _kind(without_item_fee(without_budget_sources(part)))
        if own_kind is None and (total := _kind_of_total(text, amount.start, kinds)):
            kind = total  # 决算支出785万元,较年初预算减少28%其中:购置费274万元: not the change
        elif own_kind is None and (
            whole := bracketed_kind(text, amount.start, amount.yuan, last_amount, _kind)
        ):
            kind = whole  # 发放2734.6万元,(县级配套资金1290.6万元): a part of the amount before
        elif own_kind is None and (whole := changed_whole_kind(text, amount.start, kinds)):
            kind = whole  # 运行费585.53万元,同比减少144.92万元(购置费0万元,同比减少…): its part
        elif (  # its own 支出 only its class of spending (with none, the total's was tried)
            own_kind is not None
            and class_named(part)
            and (of := _kind_of_total(text, amount.start, kinds)) in ("BUDGET", "REVENUE")
        ):
            kind = of  # 预算批复基本支出…其中工资福利性支出1358.23万元; 到位资金…(其中…项目支出…)
        own_start = max(clause_start, previous_end)  # 下达…资金: a budget; 收到…: revenue
        kind = allocated_kind(text, clause_start, own_start, amount.start, kind, _kind)
        after = _PINYIN.sub("", text[amount.end : amount.end + AFTER])  # 納(nà)入: 纳入
        budget_after = BUDGET_AFTER.match(after)
        if budget_after:
            kind = "BUDGET"  # 经费170万元经年初预算审核通过: the budget, said after it
        if kind == "SPENDING" and _fund_part(text, amount.start):
            kind = None  # 優撫資金包括…慰問工作經費1.5萬元: an item's name, not money spent
        per_unit = PER_UNIT.match(after)
        if per_unit:  # 增加0.3万元/人: an amount per person, whatever its verb, is a rate;
            # 节省租赁费20万元/年 stays a saving, said per year as savings are (#13 names it)
            if kind != "SAVING" or not per_unit.group().rstrip().endswith("年"):
                kind = "PRICE_OR_RATE"
        elif STANDARD_AFTER.match(after) and STANDARD_BEFORE.search(
            text, max(0, amount.start - 8), amount.start
        ):
            kind = "PRICE_OR_RATE"  # 按照500万元标准实施激励: a standard paid by (saidafter)
        elif NOT_ARRIVED_AFTER.match(after):
            kind = "OTHER"  # 资金2万元未到位: said not to have come, neither received nor spent
        elif (
            kind is None or own_kind in (None, "REVENUE") or approved_funds(plain)
        ) and RECEIVED_AFTER.match(after):  # 项目批复资金350万已全部到位 (approvedarrived)
            # 衔接资金105万元已全部到位: the kind word after the amount; it wins over the
            # kind of a total it is listed under (…总投资39万元,其中:中央资金39万元,已下拨到位)
            # and over the budget its own 下达 makes it (上级下达我市…资金412万元,已全部拨付到位:
            # handed down and said to have arrived, thirty-fourth trial)
            kind = "REVENUE"
        elif kind is None and ALLOCATED_AFTER.match(after):
            kind = "BUDGET"  # 奖补资金8,200万元分配至各县: funds allocated
        elif kind in (None, "REVENUE") and PASSED_DOWN_AFTER.match(after):
            kind = "BUDGET"  # 将2.4亿元资金下拨用于实施…: allocated on, a budget
        elif kind in (None, "REVENUE") and PAID_ON_AFTER.match(after):
            kind = "SPENDING"  # 补助资金99万元全部拨付各个县市区: paid on to those under it
        reason = None if kind else NO_WORD
        if kind is None and _fund_part(text, amount.start):
            reason = _FUND_PART_REASON
        elif kind is None:
            kind = (
                _kind_of_total(text, amount.start, kinds)
                or line_part_kind(text, amount.start, kinds)  # 其中:\n公务接待费638万元,…
                or _share_of(text, amount.end)
                or named_after_kind(after, _kind)  # 63.1亿元中央本级“三公”经费预算中,…
                or parallel_kind(text, amount.start, amount.end, _kind)
                or itemised_kind(text, amount.start, amount.end, _kind)
                or listed_project_kind(text, amount.start, amount.end, _kind)
                or under_budget_heading(text, amount.start)
                or label_above_kind(text, amount.start, _kind)  # 当年实际支出: / 19500万元
                or listed_body_kind(text, amount.start, _kind)  # …三公总数…分别是甲(9.5万)、乙(…)
                or level_breakdown_kind(text, amount.start, kinds)  # 下达…。省级资金X万元,为…
                or fund_section_kind(text, amount.start, amount.end, _kind)  # 二、资金使用情况
                or obtained_fund_kind(plain)  # 项目取得专项债券资金1600万元
                or arranged_line_kind(text, amount.start)  # 安排…如下:\n1、 报刊征订12万元
                or sibling_run_kind(text, amount.start, _kind)  # 决算…甲为218亿元,乙为161亿元,…
            )
            reason = None if kind else reason
        kind, why = context_kind(text, amount.start, amount.end, plain, kind, kinds, _kind)
        reason = why or (reason if kind is None else None)
        total = partial(_kind_of_total, text, amount.start, kinds)  # fundwords: said kinds
        kind, reason = said_kind(text, amount, clause_start, kind, reason, _kind, total)
        executed = EXECUTED_AFTER.match(after)  # …费8657.78万元,预算执行比例为90.13%
        if executed and kind is None and reason == NO_WORD and not rated - {"SPENDING"}:
            kind, reason = "SPENDING", None  # what was executed, where no rate follows a budget
        if executed and kind:
            rated.add(kind)  # 年初预算数12万元,执行率为83.33%: the text's rates follow budgets
        if amount.english:  # a translation's gloss (text.english): no kind word is read in
            kind = kind_at.get(amount.glossed)  # English; 1.95 million glossing 约195万: its kind
            reason = None if kind else ENGLISH_REASON if amount.glossed is None else GLOSS_REASON
        if in_advert_line(text, amount.start):  # 【阿里云】2核2G云新老同享 99元/年 (advertline)
            kind, reason = None, ADVERT_REASON
        if in_tag_line(text, amount.start):  # 關(guān)鍵詞:“三公”支出 48.25億元 (tagline)
            kind, reason = None, TAG_REASON
        if in_headline_bar(text, amount.start):  # [地震局去年公車費4100萬元] [...] (headlinebar)
            kind, reason = None, HEADLINE_REASON
        kind_at[amount.start] = kind
        stated_year = _YEAR.findall(context)
        if year and _SAME_TIME_LAST_YEAR.search(plain):  # 比去年同期26万元增长了7.69%
            stated_year = [str(year - 1)]
        if budget_after and (budget_year := _YEAR.search(budget_after.group())):
            stated_year = [budget_year[1]]  # 32万元纳入2018年预算: the budget of 2018
        joint = _JOINT.search(plain) or _JOINT_BEFORE.search(plain)
        if joint and joint_above_line(view, own_at, amount.start, _joint_in):
            joint = None  # 二、…收入支出决算总体情况说明\n…收入总计…: the heading's 收支
        if joint and side_named_after(plain, joint):
            joint = None  # 收支决算情况公布,…经费决算支出5亿元: one side (jointside)
        label = _label(plain)
        if joint and amount.count in (1, 2):
            same = kind in ("CHANGE", "BUDGET", "PLANNED")  # 收支较上年…, 收支预算总数…
            same = same and joint.re is _JOINT  # 项目收支2,000万元: both sides, whatever before
            pair = (kind, kind) if same else ("REVENUE", "SPENDING")
            rest = _label(plain[joint.end() :]) or ""
            sides = ((pair[0], "收入" + rest), (pair[1], "支出" + rest))  # 收、支总计均为…
            if amount.count == 2:  # 收、支总计各是A,B万元: A of 收, B of 支
                sides = (sides[amount.position],)
            reason = None
        elif kind is None and (subject := compared_joint(text, amount.start, amount.end, plain)):
            # 与2016年816.4万元相比,财政拨款收支总计各减少…: last year's 收 and 支, both
            sides = compared_sides(label, subject)
            reason = None
        else:
            sides = ((kind, label),)
        span = _quote_span(text, clause_start, amount)
        for side_kind, side_label in sides:
            yield MoneyFound(
                rule=RULE,
                cites=(cite(view, *span),),
                amount=amount.yuan,
                figure=amount.figure,
                unit=amount.unit,
                as_written=cite(view, amount.start, amount.end).quote,  # 91.91\n万元 as stored
                kind=side_kind,
                label=side_label,
                year=int(stated_year[-1]) if stated_year else year,
                reason=reason if side_kind is None else None,
                share=stated_share(view, text, *span) if kind and len(sides) == 1 else None,
            )
        kinds.append((amount.end, kind))
        last_amount = (amount.end, kind, amount.yuan)
        previous_end = amount.end
        # 30000元每年每人,保险费共3万元: the rate's 每人 is this amount's, not the next one's
        rate_end = amount.end + len(per_unit.group()) if per_unit else 0
        last_unit = (amount.unit, amount.end)
    yield from (_misgrouped(view, text, slip, year) for slip in slips)
    if last_unit[0]:
        yield from _cut_at_the_end(view, text, last_unit, year)


def _misgrouped(view: TextView, text: str, slip: Misgrouped, year: int | None) -> MoneyFound:
    """A figure whose comma groups fewer than three digits (``misgrouped``), unread."""
    clause_start = _clause_start(text, slip.start)
    start, end = _quote_span(text, clause_start, slip)
    own = _PINYIN.sub("", text[start : slip.start])
    return MoneyFound(
        rule=RULE,
        cites=(cite(view, start, end),),
        amount=slip.yuan,
        figure=slip.figure,
        unit=slip.unit,
        as_written=cite(view, slip.start, slip.end).quote,
        kind=None,
        label=_label(own),
        year=year,
        reason=slip.reason,  # MISGROUPED_REASON, or two points' (3.042.27万元)
    )


_CUT = re.compile(rf"(?P<fig>{NUMBER})\.?\s*$")
"""A figure the excerpt ends inside, its decimal point kept where the cut fell after it (2.)."""
_LIST_NEXT = re.compile(r"\s*、[^、，,。；;！？!?\n]{1,40}")
"""The next item of a list of amounts (…维修170.01万元、2021年度某某工程2.|): after the 、,
the item's name only, no clause's end (forty-first trial)."""


_HEADING_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")
"""A year a heading names (五、关于2016年度一般公共预算财政拨款支出决算情况说明): a date, not a
figure of the section's, so the heading is no bar to the amount before it (46th trial's 704)."""


def _cut_at_the_end(view: TextView, text: str, last_unit: tuple[str, int], year):
    """A figure the excerpt ends inside (减少1,913.0|): its unit word is lost. Where its
    clause has a money word, or it is the next item after a 、 of a list of amounts, and an
    amount of its paragraph comes before it, it is listed unread in that amount's unit,
    saying so; never read. A point the cut fell after (2.|) is quoted with it."""
    found = _CUT.search(text, max(0, len(text) - 40))
    unit, unit_end = last_unit
    if found is None or found.start() < unit_end:
        return
    clause_start = _clause_start(text, found.start())
    between = _HEADING_YEAR.sub(
        lambda year: "年" * len(year.group()), text[unit_end : found.start()]
    )
    # blank lines a page sets between headings (三、…\n\n  (一)…\n\n  1.…) are no lines of
    # their own: only the headings count (forty-eighth trial's 742)
    between = re.sub(r"\n(?:[ \t\u3000]*\n)+", "\n", between)
    if not same_section(between, 0, len(between)):  # a heading's year (2016年度) is no figure
        return  # no amount of its paragraph (or of its section, ``cutunit``) gives the unit
    own = _PINYIN.sub("", text[max(clause_start, unit_end) : found.start()])
    allocated = opens_on_finance_document(text[clause_start : found.start()])  # 冀财建[2020]11号…
    listed = _LIST_NEXT.fullmatch(text, unit_end, found.start()) is not None  # 、an item
    if not _MONEY_WORD.search(own) and not _KIND.search(own) and not allocated and not listed:
        return
    reason = (
        f"the text ends inside this figure: its unit word is lost ({unit} is the unit of "
        "the amount before it in its paragraph, not stated here)"
    )
    written = found.group().rstrip()  # the figure and the point the cut fell after
    for side in ("收入", "支出") if _JOINT.search(own) else ("",):
        yield MoneyFound(
            rule=RULE,
            cites=(cite(view, max(clause_start, found.start() - REACH), found.end()),),
            amount=yuan(found["fig"], unit),
            figure=found["fig"],
            unit=unit,
            as_written=cite(view, found.start(), found.start() + len(written)).quote,
            kind=None,
            label=(side + (_label(own) or "")) or None,
            year=year,
            reason=reason,
        )


_JOINT = re.compile(
    r"收\s*入?\s*[、,，和与及/]?\s*支\s*出?"
    r"(?=\s*(?:总计|合计|总额|总体|均|各|较|比|与|同比|总?决算(?!\s*总?表)|上年))"
)
"""收 and 支 stated together with one figure each or one for both: 收、支总计均为…, 收支较上年…;
not the name of a table (收支决算总表中…“其他支出”金额为…: one row of it, forty-second trial)."""
_JOINT_BEFORE = re.compile(r"收\s*支(?=\s*$)")
"""A bare 收支 right before its figure, "凌云路项目收支2,000万元": as much came in as went out."""


def _joint_in(words: str) -> bool:
    """Whether ``words`` state 收 and 支 together (``_JOINT``, ``_JOINT_BEFORE``)."""
    return bool(_JOINT.search(words) or _JOINT_BEFORE.search(words))


def _clause_start(text: str, at: int) -> int:
    found = _last(_CLAUSE_END, text, max(0, at - 200), at)
    return found.end() if found else max(0, at - 200)
