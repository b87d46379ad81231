"""A budget note's title line: the unit, its year, then 部门预算(情况)说明 or 部门预算公开.

A unit's budget note (部门预算说明) is titled like its accounts, on a line of its own:
重庆市开州区人民法院2017年部门预算情况说明 (fiftieth trial's 800), 岳阳经济技术开发区宣传部
2018年部门预算说明 (802). No genre of the family is titled so, so a section heading below
(三、“三公”经费情况说明) was read as the title and the body's short name (开州区人民法院是…)
won; 802's 宣传部 was read nowhere. The unit that heads the title line is the note's, asked
before the body's sentences: a name ending on an organisation word (a 部 too: 宣传部), the
line nothing but the name, the year and the budget's words. A sentence (a comma, 根据…,
本单位…) or a line going on after 说明 is no title.

A central organ titles its budget so too, with no place before its name (trial 51's 831:
第三部分 共青团中央2013年部门预算情况说明; 834: 全国人大常委会办公厅机关2012年部门预算): the
line may open on its part's heading (第三部分), the name be a central organ's (``centralorgan``:
…中央, an office's 机关 after its organisation word), and the line end on 部门预算 itself, the
budget being the whole title. A line naming no organisation (第三部分 2013年部门预算) is none.

A budget published as its tables is titled …部门预算公开表 (trial 53's 904: 益阳市农业机械化
管理局2017年部门预算公开表, whose body first introduces 益阳市农业科学研究所系全额拨款事业单位,
a sibling's paragraph left in): the title line's unit, as with 部门预算公开. A 公开表 line
going on is none. A unit's …2026年预算公开情况说明 (trial 55's 974: 重庆市九龙坡区华岩镇卫生院,
its body's 华岩镇卫生院是… read instead) is titled so too.

A budget's workbook opens on its cover, the unit, the year and 部门预算, then the cover's field
for the day it was sent in (报送日期: 年 月 日); a page that flattened the workbook keeps the
cover on one line with the tables after it: "教育局 2020年部门预算 报送日期: 年 月 日 表1 部门收支
总表 单位:万元 …" (trial 57's 1068, a document site's copy, read unnamed). The cover's line goes
on into that field, and no further words stand between: the name heading it is the unit's,
as written, with no place where the cover writes none (教育局: the corpus keeps a bare name
as written, 704's 环卫局, 886's 教育局; never a place guessed). A line going on into anything
else (2020年部门预算编报范围…) is no cover.

A note may title the budget's 收支 before its 情况说明: 广东医学院2015年部门预算收支情况说明
(trial 63's 1292, a college's note on a mirror, read unnamed): the same title line, 收支 only
where 情况 follows it.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import ORG, Stated
from govkg.ingest.entities.centralorgan import CENTRAL

__all__ = ["budget_title_unit"]

_BUDGET_TITLE = re.compile(
    r"^[ \t\u3000]*(?:第[一二三四五六七八九十]+部分[ \t\u3000]*)?(?:关于[ \t\u3000]*)?"
    rf"(?P<unit>(?!本|我|该|各|其|根据|按照)(?:{CENTRAL}"
    rf"|[\u4e00-\u9fff（）()]{{2,40}}?(?:{ORG}|部)(?:机关)?))"
    r"[ \t\u3000]*(?:关于[ \t\u3000]*)?20\d\d[ \t\u3000]*年度?[ \t\u3000]*(?:部门|单位)?"
    r"[ \t\u3000]*预[ \t\u3000]*算[ \t\u3000]*"
    # 广东医学院2015年部门预算收支情况说明 (trial 63's 1292): the budget's 收支 before 情况
    r"(?:收[ \t\u3000]*支[ \t\u3000]*(?=情))?(?:情[ \t\u3000]*况[ \t\u3000]*)?"
    r"(?:的?说[ \t\u3000]*明|公[ \t\u3000]*开(?:情[ \t\u3000]*况)?(?:说明|表)?"
    r"|(?<=部门预算)|(?<=单位预算))"
    # a flattened workbook's cover: 教育局 2020年部门预算 报送日期: 年 月 日 表1… (trial 57's 1068)
    r"(?:[ \t\u3000]*$|(?<=预算)[ \t\u3000]+(?=(?:报送|编报|填报)[ \t\u3000]*日[ \t\u3000]*期))",
    re.M,
)


def budget_title_unit(head: str) -> Stated | None:
    """The unit heading a budget note's title line (see above), with its span; None where
    no line is one."""
    found = _BUDGET_TITLE.search(head)
    return (found["unit"], found.span("unit")) if found else None
