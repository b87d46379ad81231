"""A body's notice of how a public fund it holds was used: a sign of the genre with no title of it.

A department using a 彩票公益金 publishes each year how it used the fund (the 彩票公益金管理
办法 asks it to), as a 公告 under a title of its own (trial 56's 1014: 湖南省体育局关于2024年湖南省
体育彩票公益金筹集及省本级体育彩票公益金使用情况的公告, its sentence 现将…使用情况公告如下:, its
heading 二、2024年省本级体育彩票公益金使用情况 and under it 2024年省本级体育彩票公益金分配使用
61265.13万元…支持群众体育6067万元; refused before). It reports one fund's money and what it
was spent on: a project report of the family, although it scores no indicators.

All of these are asked: the notice announcing a public fund's use (…公益金 / 专项资金 / 专项经费 /
补助资金 / 财政资金 …使用情况(的)公告 / 公示 / 报告 / 通报, in its title or its sentence, in the
opening); a numbered heading of the use on a line of its own (二、…使用情况, (二)分配和使用情况);
under it, before the next heading of its rank, money stated as used (使用, 用于, 支出, 支持,
补助 in the amount's clause); and no sign of another class (``otherclasses``). So a finance
bureau's 公示 of a fund raised and allocated (the not-reports' 23, 泸西县2022年彩票公益金筹集
分配和使用情况公示: its 二、分配和使用情况 lists 101 projects and no amount) stays refused,
as does a 公示 titled so (the fund's notices' class, as ``performancenotice`` keeps it), a
company's 募集资金 report (a company's class) and a notice allocating a fund (下达…的通知).
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class
from govkg.ingest.text.amounts import MONEY

__all__ = ["NEXT_HEADINGS", "RANKS", "reports_fund_use", "used_money"]

_FUND = r"(?:公\s*益\s*金|专\s*项\s*资\s*金|专\s*项\s*经\s*费|补\s*助\s*资\s*金|财\s*政\s*资\s*金)"
_ANNOUNCED = re.compile(
    _FUND + r"[^。！？\n]{0,30}?使\s*用\s*(?:和?\s*管\s*理\s*)?情\s*况\s*(?:的\s*)?"
    r"(?:公\s*告|公\s*示|报\s*告|通\s*报)"
)
"""…体育彩票公益金使用情况的公告, 现将…公益金使用情况公告如下: the notice of the fund's use."""
RANKS = (
    r"[一二三四五六七八九十]{1,3}\s*[、.．]",
    r"[（(][一二三四五六七八九十]{1,3}[）)]",
    r"\d{1,2}\s*[、.．]",
)
_USE_HEADINGS = tuple(
    re.compile(
        rf"^[ \t\u3000]*{rank}[ \t\u3000]*[^。！？\n]{{0,40}}?"
        r"(?:使\s*用\s*(?:和?\s*管\s*理\s*)?|拨\s*付\s*(?:下\s*达\s*)?)情\s*况[ \t\u3000]*$",
        re.M,
    )
    for rank in RANKS
)
"""二、2024年省本级体育彩票公益金使用情况, (二)分配和使用情况: numbered, alone on its line. The
fund's payment out is its use too: 三、…发展资金拨付下达情况 (trial 65's 1344, a county's notice of
its 中央专项彩票公益金, 财政部门已拨付专项资金244.05万元 under it)."""
NEXT_HEADINGS = tuple(re.compile(rf"^[ \t\u3000]*{rank}", re.M) for rank in RANKS)
"""A heading of each rank: where the section under a heading of that rank ends."""
_USED = re.compile(r"使\s*用|用\s*于|支\s*出|支\s*持|补\s*助|已\s*拨\s*付")
"""分配使用61265.13万元, 支持群众体育6067万元, 用于…, 已拨付专项资金…: money said to be used."""
_CLAUSE_START = re.compile(r"[。；;，,：:！？\n][^。；;，,：:！？\n]*$")
OPENING = 1500  # characters in which the notice is announced


def reports_fund_use(text: str) -> bool:
    """Whether ``text`` (simplified) is a body's notice of its use of a public fund, with the
    money used under the use's heading (see above)."""
    if _ANNOUNCED.search(text[:OPENING]) is None:
        return False
    sections = zip(_USE_HEADINGS, NEXT_HEADINGS, strict=True)
    if not any(used_money(text, heading, after) for heading, after in sections):
        return False
    return other_class(text) is None


def used_money(
    text: str, heading: re.Pattern, after: re.Pattern, used: re.Pattern = _USED
) -> bool:
    """Money said to be used (``used``'s words in its clause) in a section under one of
    ``heading``'s use headings, up to the next heading of its rank (``after``); a special
    bond's disclosure asks it too (``bonddisclosure``)."""
    for found in heading.finditer(text):
        following = after.search(text, found.end())
        end = following.start() if following else len(text)
        for money in MONEY.finditer(text, found.end(), end):
            clause = _CLAUSE_START.search(text, found.end(), money.start())
            start = clause.start() + 1 if clause else found.end()
            if used.search(text, start, money.start()):
                return True
    return False
