"""Kinds running prose settles past the nearest money word (thirteenth round), each kept to
what the words say:

- ``procurement``: a 政府采购 figure is a contract sum. A 部门决算's procurement note
  states 政府采购支出总额 and its 货物/工程/服务 parts, which the standard explanation defines
  as the contracts signed in the year (政府采购合同金额), not money paid out, and says it
  政府采购总额 too (trial 26: 2018年度政府采购总额45.24万元,其中:货物…); a project
  form's 实际采购金额 is what was contracted, and its 应采购金额 what was due to be bought
  (planned). Only where those words stand right before the amount.
- ``rate-standard``: "按每个街道20万元标准核定": an amount said per something (按每…) with
  标准 right after it is a rate, not a sum handed out.
- ``per-measure``: "县道每公里7000元", "每公里扣1500元" (twentieth trial): an amount said per
  kilometre, hectare, tonne… of something (每 and the measure, then at most a few words of
  its own, no punctuation, figure or total between) is a rate, whatever its verb (扣, 补助,
  支出); 元/公里 after the figure is ``saidafter.PER_UNIT``'s. A 每公里 in another clause, or
  before a total (每公里3000元,共计36万元), says nothing of that total.
- ``per-head`` (twenty-first trial): "每村每年补助 4400 元", "每人每月补贴200元": an amount
  per village, household, person, school… (``HEADS``), or per county, township (每县, 每个乡镇:
  thirty-fourth trial), maybe per year or month too, with
  at most a grant's verb (补助, 补贴, 奖补, 发放…) between, is a rate, not money received by the
  补助; 元/村 after the figure is ``saidafter.PER_UNIT``'s. Not where other words follow the head
  (分红款每户贫困户可分得700元: a dividend, said of who gets it), nor a yearly sum alone
  (市财政每年安排15万元: what the year's budget holds, no head).
- ``per-period fee`` (twenty-second trial): "给120人发放以36.66元每月的记账户补贴费", "按200元每人
  的标准发放交通补贴": a figure followed at once by 每 and a period or head, then 的 and what
  is paid at that rate (补贴费, 补助, 津贴, 经费…) is a rate, not the sum paid out; 元/月 with
  nothing after is ``saidafter.PER_UNIT``'s. Not 每 after a comma (36.66元,每月的补贴另计), nor a
  period and a noun of no payment (15万元每年的预算), nor a total before the figure (共计1.2万元
  每月的补贴: a month's sum, said as such).
- ``restated``: reports restate a figure (a summary line, then its section): an amount no
  word names, whose label and figure are those of amounts read elsewhere in the text, all
  of one kind, has that kind ("年度资金40.83万元,本年度财政拨款40.83万元,执行率100%" read
  as the budget; in 资金投入情况 "1、年度资金40.83万元" again). A reading by an event said
  after the figure (…105万元已全部到位, …分配至各县) is that statement's, not the quantity's,
  and gives none. Where the readings left disagree, it stays unread. An amount read as
  spending only by the 经费 / 费用 ending its item's name, its clause naming no other kind,
  is read so too (nineteenth trial): a project report lists 2、…稽查核查费用8万元,主要用于…,
  then again 2、…稽查核查费用8万元,实际已支付8万元,资金支付率100%, where the rate makes it
  the budget; the name's 费用 is no act of spending, and such a reading gives no kind either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified

__all__ = [
    "HEADS",
    "MEASURES",
    "UNNAMED",
    "per_measure_kind",
    "per_period_fee_kind",
    "procured",
    "procurement_kind",
    "rate_standard_kind",
    "restated_kinds",
]

UNNAMED = "no word before it says what kind of money it is"
"""The reason ``money`` gives an amount no word names: the only unread ``restated`` reads."""

_PROCURED = re.compile(
    r"(?<!非)政府采购(?:货物|工程|服务)?(?:类)?(?:支出(?:总额|总计|合计|金额)?|总额|总计|合计)"
    r"|实际采购(?:总?金额|总?额)"
)
_DUE = re.compile(r"应采购(?:总?金额|总?额)")
_JUST_BEFORE = r"[为是共计达：:\s]*$"
_PROCURED_END = re.compile(rf"(?:{_PROCURED.pattern}){_JUST_BEFORE}")
_DUE_END = re.compile(rf"(?:{_DUE.pattern}){_JUST_BEFORE}")


def procured(words: str) -> bool:
    """Whether ``words`` name procurement money (a share's base: 占政府采购支出总额的20.5%)."""
    return _PROCURED.search(words) is not None


def procurement_kind(own: str, kind: str | None) -> str | None:
    """CONTRACT for a 政府采购…支出 or 实际采购金额 right before the amount, PLANNED for an
    应采购金额; else ``kind``. ``own``: the amount's own words before it."""
    if _PROCURED_END.search(own):
        return "CONTRACT"
    if _DUE_END.search(own):
        return "PLANNED"
    return kind


_PER = re.compile(r"按每[^，,。；;：:\d]{1,12}$")
_STANDARD_AFTER = re.compile(r"\s*的?(?:补助|奖补|拨款)?标准")


def rate_standard_kind(text: str, end: int, own: str, kind: str | None) -> str | None:
    """PRICE_OR_RATE for "按每<something> N万元标准"; else ``kind``."""
    after = PINYIN.sub("", text[end : end + 40])  # 标(biāo)准: a mirror's readings
    if _PER.search(own.rstrip()) and _STANDARD_AFTER.match(after):
        return "PRICE_OR_RATE"
    return kind


MEASURES = r"公里|千米|公顷|平方米|平米|立方米|亩|吨|米|公斤|千克"
"""Measures a price is said per: 每公里, 元/公里, 每亩, 每吨; 每公斤 (每公斤售价4元: a crop's
price per kilo in a project's projected yield, trial 62's 1238, read as planned by the 预计
of its sentence)."""
_PER_MEASURE = re.compile(rf"每\s*(?:{MEASURES})(?P<own>[^，,。；;：:、（()）\d]{{0,8}})$")
_TOTAL_WORDS = re.compile(r"共|合计|总|累计|全年")


HEADS = r"村|社区|户|人|名|所|校|家|场"
"""What a rate is said per besides a measure: 每村, 每户, 每人, 4400元/村."""
_AREAS = r"县市区|县市|县区|县|乡镇|乡|镇|街道"
"""Areas a grant is said per (thirty-fourth trial): 4个示范县每县补助1000万元, 每个乡镇奖补."""
_PERIOD = r"年|月|季度?"
_PER_HEAD = re.compile(
    rf"每\s*(?:(?:{_PERIOD})\s*每\s*)?个?(?:{HEADS}|{_AREAS})(?:\s*每\s*(?:{_PERIOD}|场|次))?"
    r"\s*(?:补助|补贴|奖补|奖励|资助|发放|拨付|给予)?"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:补助金?|补贴|资金|经费|费))?(?:标准)?\s*[为是：:]?$"
)
"""每村每年补助, 每年每户补贴, 每人每月发放生活补助: the head, a period, a grant's verb and
what it grants, nothing else."""


def per_measure_kind(own: str, kind: str | None) -> str | None:
    """PRICE_OR_RATE for an amount right after 每<measure> (每公里扣1500元) or 每<head>
    (每村每年补助 4400 元); else ``kind``."""
    found = _PER_MEASURE.search(own.rstrip())
    if found and not _TOTAL_WORDS.search(found["own"]):
        return "PRICE_OR_RATE"
    if _PER_HEAD.search(own.rstrip()):
        return "PRICE_OR_RATE"
    return kind


_FEE_AT_RATE = re.compile(
    rf"\s*每\s*(?:{_PERIOD}|{HEADS})(?:\s*每\s*(?:{_PERIOD}|{HEADS}))?\s*的?\s*(?:标准)?\s*的?"
    r"[\u4e00-\u9fff]{0,8}?(?:补助金?|补贴费?|津贴|经费|补助费|费)(?![\u4e00-\u9fff])"
)
"""每月的记账户补贴费, 每人的交通补贴, 每人每月的生活补助: the rate's period or head, then what
is paid at it."""
_TOTAL_BEFORE = re.compile(r"(?:共计?|合计|总计|累计|总额|全年)[为是：:\s]*$")


def per_period_fee_kind(text: str, end: int, own: str, kind: str | None) -> str | None:
    """PRICE_OR_RATE for an amount followed at once by 每<period or head>的<fee> (see
    above); else ``kind``."""
    after = PINYIN.sub("", text[end : end + 30])
    if _FEE_AT_RATE.match(after) and not _TOTAL_BEFORE.search(own):
        return "PRICE_OR_RATE"
    return kind


_NO_LABEL = re.compile(r"[^\u4e00-\u9fff]")


def _key(found) -> tuple[str, object] | None:
    label = _NO_LABEL.sub("", simplified(found.label or ""))
    return (label, found.amount) if len(label) >= 3 else None


_EVENT_AFTER = re.compile(
    r"\s*(?:转移支付)?(?:资金)?\s*(?:已经?|均已)?\s*(?:全部|全额|足额)?\s*(?:及时)?(?:拨付)?\s*"
    r"(?:到位|到账)|\s*(?:分配|安排)(?:至|给|到)"
)
"""Money arriving or allocated, said after its figure (``saidafter``'s RECEIVED_AFTER and
ALLOCATED_AFTER): an event of that statement."""


def restated_kinds(source: str, found: Iterable, kind_of: Callable[[str], str | None]) -> Iterator:
    """``found`` (``money.MoneyFound``, cited in ``source``) in order, each left unread for
    want of a money word, or read as spending by its name's fee alone, read with the one
    kind the text gives the same label and figure elsewhere, by no event said after that
    figure. ``kind_of``: the kind the words nearest their end name (``kindwords.kind_of``)."""
    money = list(found)
    by_fee = {id(a) for a in money if _read_by_fee(source, a, kind_of)}
    kinds: dict[tuple[str, object], set[str]] = {}
    for amount in money:
        key = _key(amount)
        end = amount.cites[0].end if amount.cites else 0
        after = PINYIN.sub("", simplified(source[end : end + 40]))
        if key is None or amount.kind is None or id(amount) in by_fee:
            continue
        if not _EVENT_AFTER.match(after):
            kinds.setdefault(key, set()).add(amount.kind)
    for amount in money:
        open_to = (amount.kind is None and amount.reason == UNNAMED) or id(amount) in by_fee
        key = _key(amount) if open_to else None
        read = kinds.get(key, set()) if key else set()
        if len(read) == 1:
            amount = replace(amount, kind=next(iter(read)), reason=None)
        yield amount


_CLAUSE_END = re.compile(r"[。；;！？!?\n]")
_NAME_FEE = re.compile(r"(?:经费|费用)[\s：:]*$")


def _read_by_fee(source: str, amount, kind_of: Callable[[str], str | None]) -> bool:
    """Whether ``amount`` was read as spending only by the 经费 / 费用 ending its item's name:
    its clause's words before it name no other kind (2、…稽查核查费用8万元)."""
    if amount.kind != "SPENDING" or not amount.cites:
        return False
    start = amount.cites[0].end - len(amount.as_written)
    low = max(0, start - 200)
    ends = list(_CLAUSE_END.finditer(source, low, start))
    words = PINYIN.sub("", simplified(source[ends[-1].end() if ends else low : start]))
    return bool(_NAME_FEE.search(words)) and kind_of(_NAME_FEE.sub("", words)) is None
