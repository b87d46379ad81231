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
inside (…减少1,913.0) is listed unread, its unit word lost.

Kinds and their words are listed in ``KIND_WORDS``, in the order they are tried when two
end at the same place.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from govkg.ingest.facts import Cite, cite
from govkg.ingest.kinds.allocated import allocated_kind, under_budget_heading
from govkg.ingest.kinds.bracketparts import bracketed_kind, without_budget_sources
from govkg.ingest.kinds.classparts import class_named
from govkg.ingest.kinds.contextkinds import context_kind
from govkg.ingest.kinds.cutunit import same_section
from govkg.ingest.kinds.figureshares import StatedShare, stated_share
from govkg.ingest.kinds.fundwords import said_kind
from govkg.ingest.kinds.itemfees import without_item_fee
from govkg.ingest.kinds.itemised import itemised_kind
from govkg.ingest.kinds.parallel import parallel_kind
from govkg.ingest.kinds.projectlist import listed_project_kind
from govkg.ingest.kinds.prosekinds import HEADS, MEASURES
from govkg.ingest.kinds.shareof import SHARE_OF as _SHARE_OF
from govkg.ingest.kinds.totalparts import total_kind
from govkg.ingest.text.amounts import MONEY, Amount, amounts_written
from govkg.ingest.text.amounts import PINYIN as _PINYIN
from govkg.ingest.text.amounts import amounts as _amounts
from govkg.ingest.text.numbers import NUMBER, yuan
from govkg.ingest.text.readingreach import reach_back
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = [
    "BUDGET_AFTER",
    "KIND_WORDS",
    "MONEY",
    "PER_UNIT",
    "RECEIVED_AFTER",
    "MoneyFound",
    "amounts_written",
    "find_money",
    "kind_of",
]

RULE = "money-figure"
KIND_WORDS: tuple[tuple[str, str], ...] = (
    (
        "CHANGE",
        r"(?:较|比|与)(?:上年|上一年|20\d\d年)度?(?:同期)?(?:决算数?|预算数?)?(?:相比)?"
        r"(?:增加|减少|增长|下降)(?:支出)?|同比(?:增加|减少|增长|下降)|(?:增加|减少)了?",
    ),
    ("SAVING", r"节约|节省|节支|减少支出"),
    ("CONTRACT", r"中标(?:金额|价格?|总价)?|合同(?:金额|价款?|总价)?"),
    (
        "PRICE_OR_RATE",
        # 平均每辆1.76万元: an average per vehicle, a rate (eighteenth trial)
        r"人均|生均|每人|每月|每年每|每户|每件|每次|单价|标准|每[卷册页张份本盒]|平均每|每[辆台]",
    ),
    (
        "PLANNED",
        # 全年需支付…68万元: a need; 年度指标值3000万元: a target; 计划项目 before more of a
        # name is a plan's projects (省级科技计划项目验收工作经费16万元, nineteenth trial), not
        # before its money (计划项目资金100万元: planned)
        r"计划投资|计划到位|拟投资|拟安排|每年需|需要资金|需资金|还需|尚需|约需"
        r"|计划(?!项目(?!资金|经费|金额|预算|总?投资))|未付|未支付|待支付|需要?支付|指标值|目标值",
    ),
    # 年初预算为2.95万元,差值为0.9万元: a difference from the budget, not a budget
    ("OTHER", r"结余分配|(?:大于|小于|超过|超出|低于)(?:年初)?预算数?|差值"),
    # the economy's (a business's profit too: 利润为2万元), not public money
    ("OTHER", r"零售额|销售额|进出口总?额|营业额|生产总值|产值|利润"),
    (
        "SPENDING",
        # 对家庭和个人的补助 (either order): a class of spending, not a grant received
        r"对(?:个人和家庭|家庭和个人|企业|附属单位)的?补助|(?:一般公共|政府性基金)预算(?:财政拨款)?支出",
    ),
    ("CARRY_OVER", r"结转|结余(?!分配)"),
    (
        "BUDGET",
        # 三公经费预算拨入33万元: the budget allocated in, not money received (sixteenth trial)
        r"(?:年初|全年|调整后?)?预算(?:收入|支出|数|资金|经费|总?金额|拨入)|安排(?:专项)?资金"
        # 县级批复总投资3374.3万元: what was approved, not an investment made
        r"|批复的?总?(?:投资额?|资金|金额)"
        # 预算批复的总支出为18531.47万元, 预算批复基本支出: the spending approved, a budget
        # (nineteenth trial); not 按(照)预算批复支出 (spent as approved)
        r"|(?<![按照据]预算)(?<![按照据])批复的?(?:总|基本|项目)?支出(?!决算|实际)"
        # 部门预算项目支出87.5万元: the budget's project lines; 一般公共预算项目支出 stays spending
        r"|(?<!公共)(?<!基金)预算(?:项目|基本)支出(?!决算|实际)"
        # 全年应执行数为7.79万元,实际执行率为100%: what was to be executed, the rate's base
        # (eighteenth trial); 执行数 alone stays spending
        r"|应(?:当|该)?执行(?:数|金额|资金)"
        # 项目总投资39.27万元, 工程总投资1860万元: what the project is planned to cost, its
        # budget (sixteenth trial); 固定资产投资 and an investment alone stay OTHER
        r"|(?:项目|工程)(?:计划)?总投资(?:额)?"
        # 安排公车购置及运行维护费38万: the fee the budget arranges, not one spent
        r"|安排(?!使用|支出|支付)[^，,。；;：:使支]{0,16}?费",
    ),
    (
        "REVENUE",
        r"收入(?:决算数?|总计|合计)?|到位|到账|拨付|下达|下拨|拨入|财政拨款收入|补助|资金来源",
    ),
    ("BUDGET", r"预算|安排资金|批复|年初安排|核定|安排(?=\s*$)"),  # 购置安排692万元
    (
        "SPENDING",
        r"支出(?:决算数?|总计|合计)?|执行|(?<!转移)支付|列支|使用|花费|开支|经费|费用|决算|实际完成"
        r"|完成预算资金|完成资金",
    ),
    ("OTHER", r"总投资|投资|资产|采购|金额"),
)
_KIND = re.compile("|".join(f"(?P<k{i}>{words})" for i, (_, words) in enumerate(KIND_WORDS)))
_MONEY_WORD = re.compile(r"预算|执行|支出|资金|经费|投资|收入|金额|费|款|拨")
_CLAUSE_END = re.compile(r"[。；;！？!?\n]")
_LABEL_CUT = re.compile(r"[，,：:、（(]")
_LEAD = re.compile(
    r"^(?:其中|包括|主要|分别为|分别是|以及|和|及|共|为|是|[\d一二三四五六七八九十]+[、.])+"
)
_TAIL = re.compile(r"(?:总额为|金额为|为|是|达到|(?<!下)达|共|约|了|各|均)+$")  # 下达: a verb, kept
_YEAR = re.compile(r"(20\d\d)\s*年")
REACH = 40  # characters before an amount in which its words are looked for
AFTER = 80  # characters after it in which words said after it are read (readings taken out)


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


BUDGET_AFTER = re.compile(r"\s*(?:经(?:年初|调整后?)?|[列纳]入[^，,。；;]{0,10}?)预算")
"""A budget said after it: 经费170万元经年初预算审核通过后; 资金3483万元列入2022年部门预算."""


PER_UNIT = re.compile(
    rf"\s*(?:/|每)\s*(?:{HEADS}|月|年|次|件|台|辆|{MEASURES})(?![\u4e00-\u9fff])"
)
"""An amount per something, said after it: 1.142万元/人, 0.3万元/人, 7000元/公里, 4400元/村
(a rate, not a sum)."""
RECEIVED_AFTER = re.compile(
    r"\s*(?:转移支付)?(?:资金)?(?:[，,]?\s*于\s*20\d\d\s*年(?:当年)?)?"  # ,于2016年当年全部到位
    r"(?:\s*[，,](?=\s*(?:已|均已|全额|全部|足额)))?"  # 39万元,已下拨到位 / ,全额拨付到位
    r"\s*(?:已经?|均已)?\s*(?:全部|全额|足额)?\s*(?:及时)?(?:拨付|下拨)?\s*(?:到位|到账)"
    r"|\s*[，,]?\s*已\s*完成\s*自筹")
"""Money received, said after its figure: "衔接资金105万元已全部到位", "100万元资金全部拨付到位",
"中央资金39万元,已下拨到位", "自筹资金2696元,已完成自筹" (raised: in hand); "专项资金92.4万元,
全额拨付到位" (trial 25: after a comma, 全额 / 全部 / 足额 say it all came)."""
ALLOCATED_AFTER = re.compile(r"\s*(?:分配|安排)(?:至|给|到)")
"""Funds allocated, said after their figure: "奖补资金8,200万元分配至各县" (a budget)."""
PASSED_DOWN_AFTER = re.compile(r"\s*资金\s*下拨\s*(?:用于|至|到|给)")
"""Funds passed down to a use, said after their figure (twenty-seventh trial): "将2.4亿元资金
下拨用于实施清洁取暖,47万元资金下拨用于实施…项目" — what a city allocates on from the
transfer it was given, a budget as 下达…资金 is (``allocated``); the 下拨 before the second
figure is the first's, not its own (it was read as money received). 下拨到位 after a figure is
money arrived (``RECEIVED_AFTER``)."""


def find_money(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Every amount of money in the text, in text order."""
    text = simplified(view.text)  # 萬元, 預算: one character for one, offsets unchanged
    previous_end = 0
    kinds: list[tuple[int, str | None]] = []  # (end, kind) of each amount read so far
    list_own = ""
    last_amount: tuple[int, str | None, Decimal] | None = None  # (end, kind, yuan)
    last_unit: tuple[str, int] = ("", 0)
    for amount in _amounts(text):
        clause_start = _clause_start(text, amount.start)
        context = text[max(clause_start, amount.start - REACH) : amount.start]
        if amount.bare and not amount.fund and not _MONEY_WORD.search(context):
            continue  # 2100万 of something else: no money word in its clause
        reach = reach_back(text, amount.start, REACH)  # 結(jié)轉(zhuǎn): readings not counted
        own = text[max(clause_start, previous_end, reach) : amount.start]
        if amount.position:  # 4125.49,4143.91万元: the words before the list name each
            own = list_own
        list_own = own
        plain = _PINYIN.sub("", own)
        kind = _kind_in(plain, _PINYIN.sub("", context))
        part = plain[plain.rfind("其中") :] if "其中" in plain else plain  # its own words
        own_kind = _kind(without_item_fee(without_budget_sources(part)))
        if own_kind is None and (total := _kind_of_total(text, amount.start, kinds)):
            kind = total  # 决算支出785万元,较年初预算减少28%其中:购置费274万元: not the change
        elif own_kind is None and (
            whole := bracketed_kind(text, amount.start, amount.yuan, last_amount, _kind)
        ):
            kind = whole  # 发放2734.6万元,(县级配套资金1290.6万元): a part of the amount before
        elif (  # its own 支出 only its class of spending (with none, the total's was tried)
            own_kind is not None
            and class_named(part)
            and _kind_of_total(text, amount.start, kinds) == "BUDGET"
        ):
            kind = "BUDGET"  # 预算批复基本支出…其中工资福利性支出1358.23万元 (``classparts``)
        own_start = max(clause_start, previous_end)  # 下达…资金: a budget; 收到…: revenue
        kind = allocated_kind(text, clause_start, own_start, amount.start, kind, _kind)
        after = _PINYIN.sub("", text[amount.end : amount.end + AFTER])  # 納(nà)入: 纳入
        budget_after = BUDGET_AFTER.match(after)
        if budget_after:
            kind = "BUDGET"  # 经费170万元经年初预算审核通过: the budget, said after it
        if kind == "SPENDING" and _fund_part(text, amount.start):
            kind = None  # 優撫資金包括…慰問工作經費1.5萬元: an item's name, not money spent
        if PER_UNIT.match(after):
            kind = "PRICE_OR_RATE"  # 增加0.3万元/人: an amount per person, whatever its verb
        elif (kind is None or own_kind is None) and RECEIVED_AFTER.match(after):
            # 衔接资金105万元已全部到位: the kind word after the amount; it wins over the
            # kind of a total it is listed under (…总投资39万元,其中:中央资金39万元,已下拨到位)
            kind = "REVENUE"
        elif kind is None and ALLOCATED_AFTER.match(after):
            kind = "BUDGET"  # 奖补资金8,200万元分配至各县: funds allocated
        elif kind in (None, "REVENUE") and PASSED_DOWN_AFTER.match(after):
            kind = "BUDGET"  # 将2.4亿元资金下拨用于实施…: allocated on, a budget
        reason = None if kind else "no word before it says what kind of money it is"
        if kind is None and _fund_part(text, amount.start):
            reason = _FUND_PART_REASON
        elif kind is None:
            kind = (
                _kind_of_total(text, amount.start, kinds)
                or _share_of(text, amount.end)
                or parallel_kind(text, amount.start, amount.end, _kind)
                or itemised_kind(text, amount.start, amount.end, _kind)
                or listed_project_kind(text, amount.start, amount.end, _kind)
                or under_budget_heading(text, amount.start)
            )
            reason = None if kind else reason
        kind, why = context_kind(text, amount.start, amount.end, plain, kind, kinds, _kind)
        reason = why or (reason if kind is None else None)
        total = partial(_kind_of_total, text, amount.start, kinds)  # fundwords: said kinds
        kind, reason = said_kind(text, amount, clause_start, kind, reason, _kind, total)
        stated_year = _YEAR.findall(context)
        if budget_after and (budget_year := _YEAR.search(budget_after.group())):
            stated_year = [budget_year[1]]  # 32万元纳入2018年预算: the budget of 2018
        joint = _JOINT.search(plain) or _JOINT_BEFORE.search(plain)
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
        last_unit = (amount.unit, amount.end)
    if last_unit[0]:
        yield from _cut_at_the_end(view, text, last_unit, year)


_CUT = re.compile(rf"(?P<fig>{NUMBER})\s*$")


def _cut_at_the_end(view: TextView, text: str, last_unit: tuple[str, int], year):
    """A figure the excerpt ends inside (减少1,913.0|): its unit word is lost. Where its
    clause has a money word and an amount of its paragraph comes before it, it is listed
    unread in that amount's unit, saying so; never read."""
    found = _CUT.search(text, max(0, len(text) - 40))
    unit, unit_end = last_unit
    if found is None or found.start() < unit_end:
        return
    clause_start = _clause_start(text, found.start())
    if not same_section(text, unit_end, found.start()):
        return  # no amount of its paragraph (or of its section, ``cutunit``) gives the unit
    own = _PINYIN.sub("", text[max(clause_start, unit_end) : found.start()])
    if not _MONEY_WORD.search(own) and not _KIND.search(own):
        return
    reason = (
        f"the text ends inside this figure: its unit word is lost ({unit} is the unit of "
        "the amount before it in its paragraph, not stated here)"
    )
    for side in ("收入", "支出") if _JOINT.search(own) else ("",):
        yield MoneyFound(
            rule=RULE,
            cites=(cite(view, max(clause_start, found.start() - REACH), found.end()),),
            amount=yuan(found["fig"], unit),
            figure=found["fig"],
            unit=unit,
            as_written=cite(view, found.start(), found.end()).quote,
            kind=None,
            label=(side + (_label(own) or "")) or None,
            year=year,
            reason=reason,
        )


_JOINT = re.compile(
    r"收\s*入?\s*[、,，和与及/]?\s*支\s*出?"
    r"(?=\s*(?:总计|合计|总额|总体|均|各|较|比|与|同比|决算|上年))"
)
"""收 and 支 stated together with one figure each or one for both: 收、支总计均为…, 收支较上年…"""
_JOINT_BEFORE = re.compile(r"收\s*支(?=\s*$)")
"""A bare 收支 right before its figure, "凌云路项目收支2,000万元": as much came in as went out."""


_AMONG = re.compile(r"其中|分别(?:是|为)")
"""What opens the parts of a total: 其中, or 分别是 / 分别为 listing its items."""


def _kind_of_total(text: str, at: int, kinds: list[tuple[int, str | None]]) -> str | None:
    """An amount no word names, listed under 其中 after a total (项目支出2604.1万元，其中：
    案件审判414.35万元；“两庭”建设411.27万元): a part has the kind of its total. So has an
    item of the list 分别是 / 分别为 opens right after a total (部门预算项目支出87.5万元,分别是
    科技活动交流经费5万元,…评审及系统维护费18万元: nineteenth trial; ``totalparts`` shows the
    total is theirs, and an item whose words name a kind is read by them)."""
    sentence = _last(_SENTENCE_END, text, max(0, at - 200), at)
    start = sentence.end() if sentence else max(0, at - 200)
    opened = _last(_AMONG, text, start, at)
    if opened is None:
        return None
    among = opened.start()
    at_total = bisect.bisect_right(kinds, among, key=lambda k: k[0])  # those before 其中
    return total_kind(text, kinds[:at_total], among)  # past its change and why (totalparts)


_COMPOSED = re.compile(r"资金(?:主要)?(?:包括|包含|由)")
_FUND_PART_REASON = (
    "a part of a fund's composition (…资金包括…) that says neither budget nor spending: "
    "the 经费 in an item's name is no money word"
)


def _fund_part(text: str, at: int) -> bool:
    """An amount listed in a fund's composition whose sentence states no kind ("xx年優撫資金
    包括義務兵優待金33.118萬元,…優撫慰問工作經費1.5萬元,…共計:39.118萬元"): the 经费 of an
    item's name (慰問工作經費) names what the money is for, not that it was spent."""
    sentence = _last(_SENTENCE_END, text, max(0, at - 200), at)
    before = _PINYIN.sub("", text[sentence.end() if sentence else max(0, at - 200) : at])
    composed = _last(_COMPOSED, before, 0, len(before))
    if composed is None or _kind(before[: composed.start()]):
        return False
    words = [m.group() for m in _KIND.finditer(before, composed.end())]
    return all(word in ("经费", "费用") for word in words)


def _share_of(text: str, end: int) -> str | None:
    """An amount no word names, stated as a share of a total of spending or revenue
    (涉及资金593,697.88万元，占专项资金支出总额的100%): a part of spending is spending."""
    found = _SHARE_OF.match(text, end)
    if found is None:
        return None
    return "SPENDING" if found["of"] == "支出" else "REVENUE"


_SENTENCE_END = re.compile(r"[！？!?\n]|。(?!其中)")
"""Where a sentence ends; 。其中… continues the sentence before it (its parts)."""


def _last(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in ``text[start:end]``."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 (the last one is kept)
        pass
    return found


def _clause_start(text: str, at: int) -> int:
    found = _last(_CLAUSE_END, text, max(0, at - 200), at)
    return found.end() if found else max(0, at - 200)


_PARTS = re.compile(r"基本支出|项目支出|人员经费|公用经费|(?<!上年)(?<!上年度)决算数?为?$")


def _kind_in(own: str, context: str) -> str | None:
    """The kind the words just before the amount name; the parts of a total (其中：基本支出…)
    and a bare 决算数 take the kind of what the clause is about (预算总金额…, 收入…)."""
    kind = _kind(own)
    if kind == "SPENDING" and _FEE_ACCOUNTS.search(own):
        return kind  # 其中:因公出国(境)费决算为0万元: the fee's own 决算, spent
    if kind == "SPENDING" and _PARTS.search(own.rstrip("为是：: ")):
        head = context[: context.rfind("其中")] if "其中" in context else context[: -len(own)]
        about = _kind(head)
        if about in ("BUDGET", "REVENUE") and "支出" not in own.replace("基本支出", "").replace(
            "项目支出", ""
        ):
            return _actual(about, own, head)
    return kind or _kind(context)


def _actual(about: str, own: str, head: str) -> str:
    """A bare 决算数 after a budget of revenue or of spending is that revenue or spending
    as it came out (预算收入785.59万元，决算数为885.63万元: revenue), never a budget; after
    a budget of no revenue (该项目预算数为15.00万元，决算数为5.00万元) it is what was spent."""
    if about != "BUDGET" or not _BARE_ACCOUNTS.search(own):
        return about
    budget = _last(_BUDGET_OF, head, 0, len(head))
    if budget is None:
        return "REVENUE" if "收入" in head else "SPENDING"
    return "REVENUE" if budget["of"] == "收入" else "SPENDING"


_FEE_ACCOUNTS = re.compile(r"费\s*决算数?[为是：:]?\s*$")
"""A fee's 决算 named with the fee (公务接待费决算为…), not a bare 决算数 of a total."""
_BARE_ACCOUNTS = re.compile(r"^[，,\s]*决算数?[为是：:]?\s*$")
_BUDGET_OF = re.compile(r"预算(?P<of>收入|支出)")


def _kind(context: str) -> str | None:
    """The kind of the money word nearest the end of ``context``."""
    found = _last(_KIND, context, 0, len(context))
    return KIND_WORDS[int(found.lastgroup[1:])][0] if found else None


kind_of = _kind
"""The kind of the money word nearest the end of some words, for a table rule that reads
a figure written inside a text cell (``threepublicrows``)."""


_ASIDE = re.compile(r"[（(][^（()）,，：:、。]{1,4}[）)](?=\S)")
"""A short closed bracket inside a label, "因公出国(境)费": part of the label, no cut."""


def _label(own: str) -> str | None:
    """What the amount is of: the words just before it, without connectives."""
    masked = _ASIDE.sub(lambda m: "\0" * len(m.group()), own)  # 因公出国(境)费: one label
    cut = _last(_LABEL_CUT, masked, 0, len(masked))
    words = own[cut.end() if cut else 0 :].strip()
    words = _TAIL.sub("", _LEAD.sub("", words)).strip()
    return words or None


def _quote_span(text: str, clause_start: int, amount: Amount) -> tuple[int, int]:
    """From the label's start (at most REACH back, within the clause) to the amount's end."""
    start = max(clause_start, amount.start - REACH)
    cut = _last(_LABEL_CUT, text, start, amount.start)
    return (cut.end() if cut else start), amount.end
