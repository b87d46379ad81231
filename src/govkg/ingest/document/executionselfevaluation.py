"""A fund's budget execution self-evaluated and reported: a sign of the genre with no title.

A province or a department may publish its self-evaluation of a transfer payment's budget
execution with no title the page kept (forty-eighth trial's 743): the text opens on its own
preamble (为深入贯彻落实…,根据《财政部关于开展…转移支付预算执行情况绩效自评工作的通知》…),
says that it self-evaluated the fund's budget execution (X对2023年度…资金预算执行情况进行了
绩效自评) and reports it at once (现将自评情况总结汇报如下:), then states the fund's money
(财政部下达…3431万元). It is a project report of the family however few of the family's
other words the cut page kept, and whether or not the evaluation's own headings survive.

All three are asked: the writer's sentence that the budget execution of a fund or of
spending was self-evaluated, done (进行了/开展了, or 进行…绩效自评 closed before the report;
a notice asking for one says 请…开展, 将开展, and no 如下 of a report); the report at once
(现将…报告/汇报/报送如下 in the same or the next sentence); a money figure after it, within
the next lines. The notice it quotes (《…绩效自评工作的通知》) is no such sentence: the
sentence is read outside 《》. A text of another class (``otherclasses``) is not read.

The writer may put the work first and the fund after: X开展并完成了本部门涉及中央对地方转移支付
预算执行情况绩效自评工作,涉及…项目3个,项目绩效自评结果综述如下: (trial 52's 865, a sumu
government's summary of its three transfers), done (开展了/完成了/开展并完成了) and reported at
once (综述/报告/汇报如下 in the same sentence); a notice's 请…开展, 将开展 is not done. Its
money may be masked by the page (项目全年预算数*元: ``text.masked``): a masked amount is money
stated.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class
from govkg.ingest.text.amounts import MONEY
from govkg.ingest.text.masked import MASKED

__all__ = ["reports_execution_self_evaluation"]

_QUOTED = re.compile(r"《[^》\n]{0,120}》")
_DONE = re.compile(
    r"(?<![拟将要需请])(?:对|就)[^。！？\n]{2,80}?(?:资金|经费|支出|项目)[^。！？\n]{0,12}?"
    r"预\s*算\s*执\s*行\s*(?:情\s*况)?\s*(?:进行了|开展了|进行|开展)\s*(?:全面|认真)?\s*绩\s*效\s*自\s*评"
    r"[^。！？\n]{0,20}?[。，,；;]?[^。！？\n]{0,30}?"
    r"现将[^。！？\n]{0,20}?(?:报告|汇报|报送|呈报)如下"
)
"""The writer's sentence: 对…资金预算执行情况进行了绩效自评,现将自评情况总结汇报如下."""
_WORK_DONE = re.compile(
    r"(?<![拟将要需请应])(?:开展并完成了|开展了|完成了)[^。！？\n]{0,40}?"
    r"(?:资金|经费|支出|项目|转移支付)[^。！？\n]{0,12}?预\s*算\s*执\s*行\s*(?:情\s*况)?\s*"
    r"绩\s*效\s*自\s*评\s*(?:工\s*作)?[^。！？\n]{0,80}?(?:综述|报告|汇报|总结)如下"
)
"""The work first: 开展并完成了本部门涉及中央对地方转移支付预算执行情况绩效自评工作,…综述如下."""
OPENING = 1500  # characters in which the sentence is looked for
_MONEY_WITHIN = 1000  # characters after the sentence in which its money is looked for


def reports_execution_self_evaluation(text: str) -> bool:
    """Whether ``text`` (simplified) opens by reporting a self-evaluation it made of a fund's
    budget execution, with money after it (see above)."""
    opening = _QUOTED.sub(lambda m: "《" + " " * (len(m.group()) - 2) + "》", text[:OPENING])
    done = _DONE.search(opening) or _WORK_DONE.search(opening)
    if done is None:
        return False
    after = done.end(), done.end() + _MONEY_WITHIN
    if MONEY.search(text, *after) is None and MASKED.search(text, *after) is None:
        return False
    return other_class(text) is None
