"""Signs of the classes of text that state money in the family's words but are no report of it.

The general fallback (``familywords``) reads a text by its vocabulary alone, so it must first
ask that the text is of none of the classes the project's negatives are made of
(``tests/fixtures/not-reports``, trial 29's ``/tmp/negatives29``): a procurement, tender or
award notice; a notice allocating funds (关于下达…的通知, 接文后, 请你们…); an audit's report or
its rectification; a company's disclosure; a statistical bulletin; a job advertisement; a fee
table; rules (…办法, …细则, 第一条); a government work report; a news item; a project's
approval; a disclosure catalogue; a fund's 公示; a government's whole budget
(``governmentbudget``). Title-like signs are asked of a line in the opening only, outside
《》: a report of the family quotes the notice or the 办法 it follows (根据《…管理办法》).
Over the corpus's 343 reports these signs fire on 13 (a dated tender, a quoted news agency).
"""

from __future__ import annotations

import re

from govkg.ingest.document.governmentbudget import government_budget

__all__ = ["other_class"]

OPENING = 600  # characters in which a title of another class is looked for
_LINE_END = r"[ \t\u3000]*$"

_ANYWHERE = (
    (
        "a procurement notice",
        r"采购公告|招标公告|竞争性磋商|竞争性谈判|采购意向|竞选公告|投标人|供应商|开标|中标候选人"
        r"|成交公告|磋商文件|采购需求|采购限价|最高限价|中标公告|中标结果|成交结果|招标文件",
    ),
    ("an audit", r"审计工作报告|审计查出|审计发现|问题整改情况的报告|审计整改"),
    ("a company", r"股份有限公司|证券代码|证券简称|募集资金|营业收入|董事会|股东大会|上市公司"),
    ("a statistical bulletin", r"统计公报|地区生产总值|GDP"),
    ("a fee table", r"收费标准|收费项目|价格调整|元\s*/\s*次|诊察费|学费"),
    # a work report quoted for what it asks (今年市政府工作报告要求…: trial 60's 1165, a news item
    # on departments' budgets) is the text's reason, not its class
    ("a government work report", r"政府工作报告(?!\s*(?:要求|提出|指出|强调))"),
    ("news", r"本报讯|记者|新华社|通讯员|本网讯|中新社|新闻网"),
)
_OPENING = (
    (
        "a funding notice",
        r"^[^《》\n]{0,80}(?:下达|分配|安排|拨付|印发)[^《》\n]{0,80}的通知"
        + _LINE_END
        + r"|接文后|请(?:你们|各地|你单位)[^。\n]{0,20}(?:按照|及时|抓紧|严格)",
    ),
    ("a job advertisement", r"招聘[^\n。]{0,20}公告|报名时间|笔试|面试"),
    (
        "rules",
        r"^[^《》\n]{0,80}(?:办法|细则|暂行规定|实施方案)"
        + _LINE_END
        + r"|^[ \t\u3000]*第[一二三四五六七八九十]+条",
    ),
    ("an approval", r"批复如下|^[^《》\n]{0,80}的批复" + _LINE_END + r"|可行性研究报告的?批复"),
    ("a disclosure catalogue", r"公开事项|标准目录|事项目录"),
    # a unit's own 财务信息公示 (达州市达川区中医医院财务信息公示: its year's 收支 table, trial
    # 54's 942) discloses its accounts, no fund's allocation: not this sign
    ("a fund's notice", r"(?<!财务)(?<!财务信息)公示" + _LINE_END + r"|筹集分配"),
)
_SIGNS = tuple((name, re.compile(words, re.M), False) for name, words in _ANYWHERE) + tuple(
    (name, re.compile(words, re.M), True) for name, words in _OPENING
)


def other_class(text: str) -> str | None:
    """The class of non-report ``text`` (simplified) shows a sign of, or None (see above)."""
    for name, sign, opening in _SIGNS:
        if sign.search(text[:OPENING] if opening else text):
            return name
    return "a government's budget" if government_budget(text) else None
