"""An amount a 将 sentence moves, its verb of paying after the figure: to the writer it is
received, to others it is paid on.

Chinese puts the money first and its verb after it when 将 opens the act: 芜湖市财政局于2022年
7月中旬将奖补资金1639.69萬元撥付給我局賬戶 (trial 49's 763: money the writer's bureau got,
REVENUE), then 芜湖市经信局于2022年8月3日将1639.69萬元按省测算的…奖补资金一次性撥付到各擔保
機構 (the same bureau paying it on to the guarantee firms, SPENDING). The words before the
figure name no kind, so the verb after it (拨付, 划拨, 转拨, 拨, 支付) and whom it goes to
decide: the writer itself (给/至/到/入 我局, 本单位, 我单位…, its 账户 / 专户) is money
received; those under it or named by it (各…, 有关…, 相关…, or any other recipient) are paid.

Only where 将 stands in the amount's own clause before it, the verb follows within the same
clause (a manner between, 按…一次性, is allowed; no comma, no figure), and the amount's own
words name no kind or only a fund's 补助 (a receipt word that names the fund, not the act).
拨付到位 / 到账 (arrived: ``saidafter.RECEIVED_AFTER``), 下拨 / 下达 (handed down: a budget,
``saidafter.PASSED_DOWN_AFTER``) and 用于 keep their readings.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["transfer_after_kind"]

_JIANG = re.compile(r"将(?!于|近|要|会|在|来)")
"""将 opening an act on the money; not 将于 / 将要 (will), 将近 (nearly)."""
_VERB_AFTER = re.compile(
    r"\s*(?:(?!用于|用作|作为|纳入|列入)[^，,。；;！!？?\n\d]){0,40}?"
    r"(?<![下划])(?:拨付|划拨|转拨|拨(?!款|出|付)|支付)(?!到位|到账|完毕)\s*(?:给|至|到|入|进)?\s*"
    r"(?P<to>[^，,。；;！!？?\n]{0,16})"
)
"""The verb of paying after the figure, a manner before it (按…一次性), and whom it goes to."""
_WRITER = re.compile(
    r"^(?:我|本)(?:局|单位|部门|中心|院|所|委|办|站|校|会|厅|馆)?的?(?:账户|帐户|专户|基本户)?"
    r"(?![\u4e00-\u9fff])|^(?:我|本)(?:局|单位|部门|中心|院|所|委|办|站|校|会|厅|馆)"
)
"""The writer itself as the one paid (我局, 本单位, 我局账户): money received."""
_NOT_A_RECIPIENT = re.compile(r"^(?:用于|到位|到账|完毕|完成|情况|进度|比例|率)")


def transfer_after_kind(text: str, start: int, end: int, own: str, kind: str | None) -> str | None:
    """REVENUE or SPENDING for an amount a 将 clause moves, by whom its verb after the
    figure pays (see above); else ``kind``."""
    if kind not in (None, "REVENUE") or not _JIANG.search(own):
        return kind
    if kind == "REVENUE" and "补助" not in own and "奖补" not in own:
        return kind  # 将收到的…: the words before name the receipt themselves
    after = PINYIN.sub("", text[end : end + 80])
    moved = _VERB_AFTER.match(after)
    if moved is None:
        return kind
    to = moved["to"].strip()
    if not to or _NOT_A_RECIPIENT.match(to):
        return kind
    return "REVENUE" if _WRITER.match(to) else "SPENDING"
