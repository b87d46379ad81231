"""A 三公 note whose sentence opens on its year, then names its unit as the subject:
"2016年,市人大“三公”经费预算为168.53万元" (twenty-fourth trial's 309, a note with no title).

The year and its comma lead the sentence; the words between the comma and “三公”经费 are
whose 三公 money it is, and the figures that follow are that unit's budget or accounts. The
unit is written as the note writes it (市人大, 县政协, 区应急局: a relative name, the place
the host's), never completed. Read only where those words end on an organisation word (a
people's congress, 人大, too); a pronoun (我局, 本单位), a whole area (全市, 各部门), a level
(市级) or a bare place (样例县) names no unit, and the note stays unnamed.

The comma may be left out, and the money may be the budget's grant (thirty-second round,
pages whose title is gone): "2017年某某市委宣传部财政预算拨款“三公”经费…"; or the sentence
may name one of the three items the unit has or has not: "2014年某某养护中心没有安排出国
计划", "2014年某某养护中心一般公务用车编制3台", "…安排公务接待费预算8万元", or its running costs
told beside them ("2019年,某某局机关运行经费支出…", thirty-second trial's 407). Without the
comma, or named by an item, the unit is read only where its name starts with its place
(2015年市政协公务接待费支出…: a relative name, maybe the office a signature names in
full, is left to the rules that follow).

A central organ's name (``entities.centralorgan``: 审计署, 教育部, 国家海洋局) needs no place:
it is read as a placed one is (trial 52's 851, a news item relaying 2010年審計署「三公經費」
財政撥款預算中…; 855, …了解到,2010年教育部“三公經費”實際開支少于當年預算: 实际开支 is its
spending). A clause (after a comma) is read only where the name is placed or central.

The unit may be named with its subordinates, or as its offices, and by the cars it keeps on
the grant: "2017年,桂林市司法局及所属单位开支财政拨款的公务用车保有量为7辆,全年运行费支出
19.95万元" (trial 54's 952 and 955, a bureau's 三公 budget notes on a mirror, no title);
"2013年,绩溪县政协机关开支财政拨款的公务用车保有量为3辆" (the corpus's 340). The scope words
after the name (及所属单位, 及下属单位, 机关, 本级) are no part of it; the cars kept
(公务用车保有量) are the third item's count, read as the other items are, its name placed.

The words before “三公经费” may be a clause, not a name: 2011年,财政部批复我委“三公经费”支出
预算总额575.48万元 (trial 54's 924, a foundation's note: 财政部 approves, 我委 is the
unit, its name not written) names no unit, nor does any subject holding a verb of approving
or allotting (批复, 下达, 核定) or a pronoun (我委, 本局).
"""

from __future__ import annotations

import re

from govkg.ingest.entities.centralorgan import is_central
from govkg.ingest.text.namewords import NOT_A_NAME_START
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["year_subject"]

_ORG = (
    r"(?:委员会|办公室|办事处|管理处|中心|联合会|人民政府|人大常委会|人大|政协|法院|检察院"
    r"|局|委|办|厅|部|署|院|所|站|队|处|馆|镇|乡|街道|银行)"
)
_SCOPE = r"(?:及其?(?:所属|下属)单位|(?:机关)?本级|机关)?"
"""X及所属单位 / X机关: whose money, with its subordinates or as its offices (trial 54's 952)."""
_SENTENCE = re.compile(
    r"(?:^|[。；;！!\n]|(?P<clause>[，,]))[ \t\u3000]*20\d\d\s*年度?[ \t\u3000]*"
    r"(?P<comma>[，,])?[ \t\u3000]*"
    rf"(?P<unit>[\u4e00-\u9fff（）()]{{1,30}}?{_ORG}){_SCOPE}[ \t\u3000]*"
    r"(?:财\s*政\s*(?:预\s*算\s*)?拨\s*款\s*)?"
    rf"{QUOTED}\s*(?:财\s*政\s*拨\s*款\s*)?(?:支\s*出\s*)?(?:预\s*算|决\s*算|支\s*出|实\s*际\s*开\s*支)",
    re.M,
)
_ITEM = re.compile(
    r"(?:^|[。；;！!\n])[ \t\u3000]*20\d\d\s*年度?[ \t\u3000]*[，,]?[ \t\u3000]*"
    rf"(?P<unit>[\u4e00-\u9fff（）()]{{1,30}}?{_ORG}){_SCOPE}[ \t\u3000]*"
    r"(?:没有|未)?(?:安排)?(?:因公)?(?:出国(?:[（(]境[）)])?(?:计划|团组|经费)|一般公务用车编制"
    r"|公务接待费(?:预算|支出)|机关运行经费(?:财政拨款)?(?:支出|决算|预算)"
    r"|(?:开支)?(?:一般公共预算)?(?:财政拨款)?的?公务用车保有量)",
    re.M,
)
"""2014年X没有安排出国计划 / 2014年X一般公务用车编制3台: a 三公 item the unit has or not
(2017年,X及所属单位开支财政拨款的公务用车保有量为7辆: the cars it keeps, trial 54's 952);
or its running costs, the 部门决算's matter told beside them (2019年,样例县某局机关运行经费
支出…: thirty-second trial's 407, page 2 of a 决算 with no title)."""
_PLACED = re.compile(
    r"^(?:中共)?[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗).."
)
"""A name that starts with its place (样例市委宣传部), not a relative one (市政协)."""
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|上述|以下|部门|单位)")
_CLAUSE = re.compile(r"批复|下达|核定|核批|[我本](?:委|局|部|厅|办|院|署|中心|单位|部门)")
"""财政部批复我委: a clause, the approver and the pronoun, no name (trial 54's 924)."""
OPENING = 1500


def year_subject(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a 三公 sentence opening on its year names as its subject (see above), with
    its span in ``head``; None where no such sentence names one."""
    for pattern in (_SENTENCE, _ITEM):
        for found in pattern.finditer(head[:OPENING]):
            if _NOT_A_NAME.match(found["unit"]) or _CLAUSE.search(found["unit"]):
                continue
            if (pattern is _ITEM or not found["comma"] or found["clause"]) and not (
                _PLACED.match(found["unit"]) or is_central(found["unit"])
            ):
                continue
            return found["unit"], found.span("unit")
    return None
