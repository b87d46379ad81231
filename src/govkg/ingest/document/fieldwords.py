"""A form's field names that follow a unit's name with no separator: never part of the name.

A flattened form runs its fields together: 填报单位:邵阳市疾病预防控制中心填报日期:2022年9月18日
(the eighth held-out trial's 134, written in traditional characters as 填報日期; the head is
read as simplified). The name stops where the next field's name begins (填报日期, 联系人,
负责人, 联系电话…); what is left is the name only where it is one, and the field's
pattern then ends there (``report``'s ``_FIELD_UNIT``). A form's 实施单位 cell glued to the
next cell (实施单位中江县水利局资金情况(万元)…, 135) ends where that cell's head begins
(``NEXT_CELL``): a name ending with an organisation word, then a field's or a block's head.
A flattened form may write its next field's label spaced out, glued to the name (部门(单位)
名称: 共青团岳阳楼区委员会预 算 编 码: 106006, ninth trial's 144): ``SPACED_LABEL``.
A cover's date may follow the name with no label at all (单位名称:邵阳市美术馆2023年 5月4日,
nineteenth held-out trial's 236): a year is never part of a unit's name (``GLUED_YEAR``).
"""

from __future__ import annotations

__all__ = [
    "AMOUNT_UNIT_LABEL",
    "FIELD_END",
    "GLUED_YEAR",
    "NEXT_CELL",
    "NEXT_FIELD",
    "SPACED_LABEL",
]

NEXT_FIELD = (
    r"(?:填报日期|填报时间|报送日期|日期|联系人|联系电话|电话|负责人|项目负责人|单位负责人"
    r"|财务负责人|填报人|填表人|经办人|审核人|地址|邮编|项目主管部门|主管部门|评价类型|评价方式|评价机构"
    r"|预算编码)"
)
"""A field's name after the unit's, as the simplified head writes it; a cover's
项目主管部门 glued after its 项目实施单位's name (…管理处项目主管部门…, fortieth trial's 570); a
Yueyang cover's 预算编码 glued after its 部门(单位)名称's (…开发服务中心预算编码 YYX292, trial
62's 1263)."""
NEXT_CELL = NEXT_FIELD + (
    r"|资金情况|项目资金|资金投入|项目属性|项目期|年度总体目标|下属单位个数|年度预算申请"
)
"""A form's next cell head after a unit's cell, glued to it with no separator (a whole
department's form: 评价部门名称南昌县…卫生院下属单位个数0, thirteenth round)."""
SPACED_LABEL = r"[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){2,5}[ \t\u3000]*[：:]"
"""A form's next field label written spaced out (预 算 编 码:): no part of a name."""
GLUED_YEAR = r"20\d\d[ \t\u3000]*年"
"""A year (a date's, a title's) glued after the name: no unit's name holds one."""
AMOUNT_UNIT_LABEL = r"(?:金额)?单位[ \t\u3000]*[：:][ \t\u3000]*(?:亿元|万元|元)"
"""A table's amount-unit label glued after the name (单位名称:样例县科技局单位:万元, the
twenty-eighth trial's 360): the name ends before it, never with 单位 kept."""
FIELD_END = rf"{NEXT_FIELD}|{SPACED_LABEL}|{GLUED_YEAR}|{AMOUNT_UNIT_LABEL}"
"""Where a field's unit name ends: the next field's name, its label spaced out, or a year."""
