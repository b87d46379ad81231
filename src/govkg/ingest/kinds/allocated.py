"""Funds handed down (下达) are a budget; funds received (收到) are revenue.

下达 is the verb of an allocation: a higher level hands a unit its funds (衔接资金共下达105
万元; 下达我单位环境监测补助资金2万元; 《关于提前下达…补助资金预算的通知》补助资金2万元).
What is handed down is what the unit may spend, a budget, also where the fund's name holds
补助 (补助资金 is what the fund is, not that it arrived), or a 经费 before the fund's 资金
(…经费保障机制…资金: the fund's name, not spending; sixteenth trial), or a class of
spending inside the fund's name (下达红十字事业支出专项资金: thirty-fifth trial), or the
经费 handed down named right before its figure (区财政局…下达区应急局2021年防汛抗旱经费
65万元: twenty-third trial; 下达经费已使用65万元 stays spending; also under a heading of
funds in place, where the collectors read it as the budget handed down, not the money
arrived: 1.项目资金到位情况 / …市财政局下达我局项目前期工作经费200万元, forty-fourth
trial), or the investment plan handed down named right
before its figure (…下达投资计划共计30.9万元: twenty-ninth trial; the plan handed down is
the allocation). It says so only where nothing
between 下达 and the amount names another kind (下达资金已到位2万元: revenue; 下达资金已
支出2万元: spending), in the amount's own segment of its clause.

收到 is the verb of receiving: the amounts it governs, up to the next comma of its clause
(本年度收到《…》中央补助2万元、《…》中央补助预算2万元), are revenue, also one its item
calls a 补助预算; not an amount whose own words name spending, a change or any kind but
revenue and budget (收到拨款5万元、支出3万元: the 3万元 is spending); a 经费 inside the name
of the fund received, its 资金 after it, names no spending (我校收到…工作经费资金16.20万元:
twenty-eighth trial). Past that comma, the
next items of the list it opens are received too where their own words are only a source
and its verb (2023年收到中央下达…资金1372.7万元,自治区下达98.6万元,地方匹配859.6万元:
eighteenth trial), and no segment since the 收到 names another kind.

A sentence that is the heading of the budget handed down (…资金下达预算及项目情况。) says the
same of the amounts of the sentence right after it that no word names (年度资金30万元,本年
度财政拨款30万元,执行率100%): the year's funds as handed down, a budget. Not past that
sentence, not under a heading of how it was spent (下达预算执行情况), and not under a
heading of anything else (资金投入情况分析).

An amount the words right after it name as 财政拨款 (新增了605.99万元政府性基金预算财政拨款
-抗疫特别国债资金) is an appropriation received, REVENUE, where its own verb names no kind
(使用了5万元财政拨款 is spending; …财政拨款支出 is not this pattern).

Under a heading of funds in place (1、项目资金到位情况分析。), the sentence right after it
states what arrived: its 下达 amounts are REVENUE (``arrived``, nineteenth trial).

A bare 共计 after a comma sums what the segment before it handed down (2022年,中央下达我省3批
…资金(水利部分),共计6800万元: thirty-fourth trial): read as that segment's 下达, where no
amount stands between and nothing there is 收到.

Kept apart from ``money`` (a module of its size); ``money`` asks it after the words before
an amount have named their kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.kinds.arrived import actual_arrival, under_arrival_heading
from govkg.ingest.text.lastmatch import last

__all__ = ["allocated_kind", "appropriation_after", "under_budget_heading"]

_SEGMENT_END = re.compile(r"[，,：:；;。\n]")
_NAMED_FEE = re.compile(r"经费(?=[^，,。；;\n]*?资金)")
"""A 经费 inside the name of the fund handed down, its 资金 after it: 下达2020年城乡义务教育
经费保障机制中央和市级资金-校舍维修9.8万元 (sixteenth trial): the fund's name, no spending."""
_NAMED_SPENDING = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![已实际累计共总未将拟需应并])支出(?=(?:专项)?(?:资金|项目))"
)
"""A class of spending inside the name of the fund handed down, a fund or project noun right
after it: 财政下达红十字事业支出专项资金28万元, 下达…公益金支出项目 (thirty-fifth trial): the
fund's name, what the unit may spend, not spent. Not an act (已支出, 实际支出资金)."""
_FEE_HANDED = re.compile(r"经费\s*(?:共计|合计|共|总额)?\s*[为是：:]?\s*$")
"""The 经费 handed down, named right before its figure: 区财政局…下达区应急局2021年防汛抗旱经费
65万元 (twenty-third trial): the fund's name, what the unit may spend, not spent."""
_PLAN_HANDED = re.compile(
    r"^[^，,。；;\n]{0,4}?(?:投资|资金|项目)?计划(?=\s*(?:共计|合计|总额|共|为|是|：|:)?\s*$)"
)
"""A plan handed down named right before its figure (安徽省水利厅…下达投资计划共计30.9万元:
twenty-ninth trial): the investment plan a higher level hands down is the allocation itself,
a budget, not a payment planned (计划 alone reads PLANNED)."""
_RECEIVED = "收到"
_HANDED_DOWN = "下达"
_BRACKETED_NAME = re.compile(
    r"(?<=资金)\s*[（(](?:(?!支出|使用|支付|拨付|到位|到账|结转|结余|决算|收入|实际|完成)"
    r"[^（()）\d，,。；;：:\n]){1,30}[）)]"
)
"""The name of the fund handed down, in a bracket right after its 资金: 财政部下达…救灾资金
(森林草原航空消防租机补助经费)3431万元 (forty-eighth trial): which fund it is, its 经费 no
spending; a bracket holding a figure or an act (…资金(已支出)) is not a name."""


def allocated_kind(
    text: str,
    clause_start: int,
    own_start: int,
    at: int,
    kind: str | None,
    kind_of: Callable[[str], str | None],
) -> str | None:
    """The kind of the amount at ``at`` by a 收到 or 下达 that governs it, else ``kind``.
    ``own_start``: where the amount's own words start (after the amount before it);
    ``kind_of`` names the kind of words (the nearest money word)."""
    segment_start = max(
        [clause_start, *(m.end() for m in _SEGMENT_END.finditer(text, clause_start, at))]
    )
    segment_start = _before_colon(text, clause_start, segment_start, at)
    segment = text[segment_start:at]
    own = text[max(segment_start, own_start) : at]
    if _handed_colon_list(text, clause_start, segment_start, own, kind_of):
        return "BUDGET"  # 下达了绿化经费:514.56万元,行道树养护费:30.58万元: the next item's
    received = segment.rfind(_RECEIVED)
    if received >= 0 and kind_of(_received_fund(own)) in (None, "REVENUE", "BUDGET"):
        return "REVENUE"
    if received < 0 and _received_list(text, clause_start, segment_start, own, kind_of):
        return "REVENUE"  # 收到中央下达…1372.7万元,自治区下达98.6万元: the next source's
    handed, verb = _handed(own)
    if handed < 0 and received < 0 and _TOTAL_ONLY.fullmatch(segment):
        own = _handed_before_total(text, clause_start, segment_start, own_start) or own
        handed, verb = _handed(own)
    if handed >= 0 and received < 0:
        rest = _BRACKETED_NAME.sub("", own[handed + verb :]).replace("补助", "")
        rest = _NAMED_FEE.sub("", rest)  # 下达…经费保障机制…资金: the fund's name
        rest = _NAMED_SPENDING.sub("", rest)  # 下达…事业支出专项资金: the fund's name
        rest = _PLAN_HANDED.sub("", rest)  # 下达投资计划共计30.9万元: the plan is the allocation
        if kind_of(rest) in (None, "BUDGET"):
            arrived = under_arrival_heading(text, at) or actual_arrival(text, at, own)
            return "REVENUE" if arrived else "BUDGET"  # 实际下达…,到位率: trial 49's 767
        if kind_of(_FEE_HANDED.sub("", rest)) in (None, "BUDGET"):
            # 下达…防汛抗旱经费65万元: the fund handed down, what the unit may spend, also under
            # a heading of funds in place (forty-fourth trial): never spent by its 经费 alone
            return "BUDGET"
    return kind


_COLON_ONLY = re.compile(r"\s*(?:人民币)?\s*")


def _before_colon(text: str, clause_start: int, segment_start: int, at: int) -> int:
    """Where the amount's segment starts when a colon alone stands before its figure
    (下达了园林绿化经费:514.56万元, thirty-ninth trial): the name before the colon is the
    amount's own, so the segment reaches back past it; else ``segment_start``."""
    if segment_start <= clause_start or text[segment_start - 1] not in "：:":
        return segment_start
    if not _COLON_ONLY.fullmatch(text, segment_start, at):
        return segment_start
    cuts = [m.end() for m in _SEGMENT_END.finditer(text, clause_start, segment_start - 1)]
    return max([clause_start, *cuts])


_NAME = r"[^，,、。；;：:\d\n]{1,20}?"
_COLON_ITEM = rf"{_NAME}[：:]\s*(?:人民币)?\s*\d[\d,.]*\s*(?:万元|元|亿元)\s*[，,、]\s*"
_HANDED_COLON_LIST = re.compile(rf"下达了?\s*(?:{_COLON_ITEM})+$")
_ITEM_NAME = re.compile(rf"^\s*{_NAME}(?:费|经费|资金)\s*[：:]\s*(?:人民币)?\s*$")


def _handed_colon_list(
    text: str, clause_start: int, segment_start: int, own: str, kind_of: Callable
) -> bool:
    """Whether the amount is a later item of a list of names and figures, each after its
    colon, that a 下达 opens in its clause (2020年下达了园林绿化经费:514.56万元,行道树养护费:
    30.58万元: thirty-ninth trial): each item is handed down, a budget. Its own words are
    only a name ending on 费 / 经费 / 资金 and the colon; no name on the way names an act."""
    if not _ITEM_NAME.match(own):
        return False
    before = text[clause_start:segment_start]
    handed = before.rfind(_HANDED_DOWN)
    if handed < 0 or _RECEIVED in before:
        return False
    listed = before[handed:]
    if not _HANDED_COLON_LIST.search(listed):
        return False
    names = re.findall(rf"({_NAME})[：:]", listed[len(_HANDED_DOWN) :] + own)
    return all(kind_of(_FEE_HANDED.sub("", name + ":")) in (None, "BUDGET") for name in names)


_FINANCE_PASSED_DOWN = re.compile(
    r"(?:中央|省级?|自治区|市级?|州级?|县级?|区级?)\s*财政(?:部|厅|局)?\s*下拨"
    r"(?=\s*(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|县|区|旗)|我|各|全))"
)
"""下拨 with a finance level as its subject, to a place (中央财政下拨黑龙江省…补助资金…:
forty-seventh trial): the same act as 下达, funds handed down and allotted, a budget. Not a
下拨 whose giver names no finance level (省级下拨…护理费, 中国科协下拨…资金), nor one to a
recipient that is no place (市财政下拨建设公司改造资金: the thirty-ninth trial's reading)."""


_OWN_PASSED_DOWN = re.compile(
    r"^\s*(?:20\d\d\s*年度?|全年|本年度?|当年|年内)\s*(?:共计?|累计|合计)?\s*下拨(?!到位|到账)"
)
"""下拨 with no subject at the head of its segment, after the year alone (全年共下拨…救助资金
9.5418亿元: forty-eighth trial): the writer's own act, funds it handed down and allotted, a
budget as 下达 is. Not a 下拨 whose giver is named (上级下拨…: received, as before)."""


def _handed(own: str) -> tuple[int, int]:
    """(where the last 下达, or a finance level's 下拨, starts in ``own``, the verb's length
    with its subject); (-1, 0) when there is none."""
    handed = own.rfind(_HANDED_DOWN)
    passed = [m for m in _FINANCE_PASSED_DOWN.finditer(own) if m.start() > handed]
    passed += [m for m in _OWN_PASSED_DOWN.finditer(own) if m.start() > handed]
    if passed:
        return passed[-1].start(), len(passed[-1].group())
    return handed, len(_HANDED_DOWN) if handed >= 0 else 0


_TOTAL_ONLY = re.compile(r"\s*(?:金额)?(?:共计|合计|总计|共)(?:金额)?\s*[为是：:]?\s*")
"""A segment that is only a total's word: …下达我省3批…资金,共计6800万元 (thirty-fourth trial)."""


def _handed_before_total(text: str, clause_start: int, segment_start: int, own_start: int) -> str:
    """The segment before a bare 共计 where it hands funds down and no amount stands between
    (中央下达我省3批…救灾资金(水利部分),共计6800万元: the total handed down, a budget); else
    the empty string."""
    cuts = [m.end() for m in _SEGMENT_END.finditer(text, clause_start, segment_start - 1)]
    before_start = max([clause_start, *cuts])
    before = text[before_start:segment_start]
    if own_start > before_start or _handed(before)[0] < 0 or _RECEIVED in before:
        return ""
    return before


def _received_fund(own: str) -> str:
    """The amount's own words with a 经费 inside the name of the fund received left out
    (我校收到教育专项工作经费资金16.20万元: the fund's name, its 资金 after it; 28th trial)."""
    at = own.rfind(_RECEIVED)
    return own if at < 0 else own[:at] + _NAMED_FEE.sub("", own[at:])


_SOURCE = re.compile(
    r"^\s*(?:中央|省级?|自治区|市级?|州级?|县级?|区级?|地方|上级|本级)(?:财政)?\s*"
    r"(?:下达|下拨|拨付|拨入|匹配|配套)(?:的)?[^，,。；;：:]{0,12}?(?:资金)?\s*$"
)
"""A source and its verb, all an item of a list of money received says: 自治区下达, 地方匹配."""


def _received_list(
    text: str, clause_start: int, segment_start: int, own: str, kind_of: Callable
) -> bool:
    """Whether the amount, its own words a source and its verb (自治区下达), is the next
    item of a list a 收到 opens earlier in its clause (2023年收到中央下达…资金1372.7万元,
    自治区下达98.6万元,地方匹配859.6万元), every segment from the 收到 on naming no kind but
    revenue or budget (收到…5万元,支出3万元,省级下达2万元: the 支出 ends the list)."""
    if not _SOURCE.match(own):
        return False
    before = text[clause_start:segment_start]
    received = before.rfind(_RECEIVED)
    if received < 0:
        return False
    segments = _SEGMENT_END.split(text[clause_start + received : segment_start])
    return all(kind_of(words) in (None, "REVENUE", "BUDGET") for words in segments)


_SENTENCE_END = re.compile(r"[。！？!?\n]")
_WORDS = r"[^。！？!?\n，,；;]"  # within one phrase of a heading
_NOT_SPENT = rf"(?:(?!执行|支出|使用|完成|决算){_WORDS})"  # 预算执行情况: what was spent
_BUDGET_HEADING = re.compile(
    rf"(?:下达{_WORDS}{{0,20}}?预算|预算(?:支出)?){_NOT_SPENT}{{0,12}}?情况[\s。:：]*$"
    r"|(?:资金|金)下达情况[\s。:：]*$"
)
"""…下达预算及项目情况。; (二)项目内容和预算支出情况 (thirty-eighth trial: the fund and its
parts the report evaluates, the first sentence under it); not 预算执行情况. Or the funds handed
down, (一)资金下达情况 (trial 65's 1342, a mirror whose 资 is garbled: ┵Y金下達情況)."""
REACH = 200  # characters looked at before the amount for its sentence and the one before
_ALSO_SPENT = re.compile(r"(?:支出|执行|使用|决算)(?:数|决算)?情况|决算")
"""A sentence ending on a budget's 情况 that names an account of spending before it too
(气象局…公布了全国气象部门2010年“三公经费”财政拨款支出情况和2011年“三公经费”财政拨款预算
安排情况。/ 其中,2010年三公经费支出数为…,公务用车购置及运行费16940.73万元: trial 51's 830, a
news item relaying a 三公 note) heads no budget alone: the figures after it are placed by
their own words, or by the total they are listed under, not by the budget it names last."""


def under_budget_heading(text: str, at: int) -> str | None:
    """BUDGET for an amount in the first sentence after a heading of the budget handed down
    (…下达预算及项目情况。), else None; the caller asks only of amounts no word names."""
    ends = list(_SENTENCE_END.finditer(text, max(0, at - REACH), at))
    if not ends:
        return None
    low = max(0, at - REACH)
    heading = _BUDGET_HEADING.search(text, low, ends[-1].end())
    if heading is None:
        return None
    opening = last(_SENTENCE_END, text, low, heading.start())
    if _ALSO_SPENT.search(text, opening.end() if opening else low, heading.start()):
        return None  # 公布了…2010年“三公经费”财政拨款支出情况和2011年…预算安排情况。: both
    return "BUDGET"


_APPROPRIATION = re.compile(
    r"\s*(?:一般公共预算|政府性基金预算|国有资本经营预算)?财政拨款(?!支出|结转|结余|[\d.])"
)
_VERB_CUT = re.compile(r"[，,：:；;是为]")


def appropriation_after(
    text: str, end: int, own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """REVENUE for an amount the words after it name as 财政拨款 (新增了605.99万元政府性基金
    预算财政拨款-抗疫特别国债资金: an appropriation received), where its own verb, after
    the clause's last 是 or comma, names no kind (使用了5万元财政拨款 is spending); else
    ``kind``."""
    if not _APPROPRIATION.match(text, end):
        return kind
    cuts = list(_VERB_CUT.finditer(own))
    verb = own[cuts[-1].end() :] if cuts else own
    return "REVENUE" if kind_of(verb) is None else kind
