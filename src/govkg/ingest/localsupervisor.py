"""Rule ``local-supervisor``: a transfer form's 地方主管部门 is its unit where the money's user
is a company.

A central transfer's self-assessment form (…转移支付区域(项目)绩效自评表) names two
supervisors and the money's user: "省级主管部门 中共样例省委宣传部 / 地方主管部门 中共样例市
样例区委宣传部 资金使用单位 样例市样例电影放映有限公司". A company does not assess a budget's
transfer: the local supervisor files the form (as ``formunit`` reads a 主管单位 where the
实施单位 is a contractor). Read only where the form names its money's user (资金使用单位,
实施单位) as a company, and the 地方主管部门 cell holds one name ending on an organisation
word; the 省级主管部门 is never read (the province does not file a district's form).
"""

from __future__ import annotations

import re

__all__ = ["local_supervisor"]

# the company's name may run into the next line's words (…有限公司资金投入情况): no end asked
_COMPANY_USER = re.compile(
    r"(?:资金使用单位|实施单位)[ \t\u3000|]*[\u4e00-\u9fff（）()]{2,40}?公司"
)
_LOCAL = re.compile(
    r"地方主管部门[ \t\u3000|]*(?P<unit>[\u4e00-\u9fff（）()]{2,40}?"
    r"(?:局|委员会|委|办公室|中心|厅|部|政府))(?=[\s|]|$)"
)


def local_supervisor(head: str) -> re.Match | None:
    """The 地方主管部门 cell of a form whose money's user is a company (see above)."""
    if _COMPANY_USER.search(head) is None:
        return None
    return _LOCAL.search(head)
