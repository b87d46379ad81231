"""A special bond project's yearly disclosure of its money's use: a sign of the genre with no title.

A unit whose project a 地方政府专项债券 funds discloses, each year the bond runs (存续期), what
became of the money, under the items the 财政部's rules on disclosing local debt list:
截至上年末专项债券资金使用情况, 对应项目建设进度、运营情况, 项目收益及对应形成的资产情况 (trial
57's 1057, 旬阳县住房和城乡建设局's disclosure of its truck park's bond, its page title lost:
1、截至上年末专项债券资金使用情况。 / 该项目共发行债券2000万元,截至2020年末,共使用专项债券资金
1026万元… / 2、截至上年末专项债券对应项目建设进度、运营情况。 / 3、…项目收益及对应形成的资产情况。;
refused before). It reports one bond-funded project's money and its use, as the corpus's
专项债券 self-evaluations do (650, 651, 654, 655, 692): a project report of the family.

All of these are asked: a numbered heading on a line of its own naming the bond (专项债券,
专项债, 债券资金, 政府债券) and the use of its money (资金使用情况, 使用情况), a full stop or
colon may end it; under it, before the next heading of its rank, money stated as used
(使用, 用于, 支出, 支付, 拨付 in the amount's clause: ``funduse``'s test); another of the
template's items (建设进度, 运营情况, 项目收益, 形成的资产) as a numbered heading, or the
disclosure named in the opening (存续期信息公开, 信息披露, 信息公开); and no sign of another class
(``otherclasses``: an audit's section on the bonds' use, a notice allocating bond money, a
company's bond report). A news item on bonds issued (我县发行专项债券2亿元…) has no such
heading, and a heading with no money used under it stays no sign.
"""

from __future__ import annotations

import re

from govkg.ingest.document.funduse import NEXT_HEADINGS, RANKS, used_money
from govkg.ingest.document.otherclasses import other_class

__all__ = ["discloses_bond_use"]

_BOND = r"(?:专\s*项\s*债\s*券?|债\s*券\s*资\s*金|政\s*府\s*债\s*券)"
_LINE_END = r"[ \t\u3000]*[。.：:]?[ \t\u3000]*$"
_USE_HEADINGS = tuple(
    re.compile(
        rf"^[ \t\u3000]*{rank}[ \t\u3000]*[^。！？\n]{{0,30}}?{_BOND}[^。！？\n]{{0,12}}?"
        r"(?:使\s*用\s*(?:和?\s*管\s*理\s*)?情\s*况|总\s*体\s*规\s*模|公\s*开\s*情\s*况)"
        + _LINE_END,
        re.M,
    )
    for rank in RANKS
)
"""1、截至上年末专项债券资金使用情况。, (一)专项债券资金使用情况: numbered, alone on its line. The
存续期 template's first item, 一、政府债券资金总体规模 (…共使用债券资金1100.00万元 under it), and a
year's 三、2017年地方政府债券资金公开情况 (…共支出300万元 under it) head the same use (trial 65's
1346, 1347)."""
_ITEMS = tuple(
    re.compile(
        rf"^[ \t\u3000]*{rank}[^。！？\n]{{0,40}}?"
        r"(?:建\s*设\s*进\s*度|运\s*营\s*情\s*况|项\s*目\s*收\s*益|形\s*成\s*的?\s*资\s*产)",
        re.M,
    )
    for rank in RANKS
)
"""2、截至上年末专项债券对应项目建设进度、运营情况。: another item of the template."""
_DISCLOSED = re.compile(r"存\s*续\s*期|信\s*息\s*(?:公\s*开|披\s*露)|债\s*券\s*资\s*金\s*公\s*开")
_USED = re.compile(r"使\s*用|用\s*于|支\s*出|支\s*付|拨\s*付")
"""共使用专项债券资金1026万元, 已支付工程款…: the bond's money said to be used."""
OPENING = 1500  # characters in which the disclosure is named


def discloses_bond_use(text: str) -> bool:
    """Whether ``text`` (simplified) is a special bond project's disclosure of its money's
    use, the money used under the use's heading (see above)."""
    sections = zip(_USE_HEADINGS, NEXT_HEADINGS, strict=True)
    if not any(used_money(text, heading, after, _USED) for heading, after in sections):
        return False
    if not any(item.search(text) for item in _ITEMS) and not _DISCLOSED.search(text[:OPENING]):
        return False
    return other_class(text) is None
