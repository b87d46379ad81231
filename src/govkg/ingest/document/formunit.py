"""A form's cells that name its unit where its plain fields (``report``'s ``_FIELD_UNIT``)
do not, each read only where certain.

- a form whose 项目实施单位 cell is a company (广水市城投公司, a contractor) is its
  项目主管单位's: a company does not assess a budget unit's project, its supervisor does;
  so a central transfer's form (…转移支付区域(项目)绩效自评表) whose 资金使用单位 is a company
  (…电影放映有限公司) is its 地方主管部门's (rule ``local-supervisor``, thirteenth trial): the
  local supervisor files it, never the 省级主管部门 (a province does not file a district's
  form); each read only as one name ending on an organisation word;
- a central transfer's form whose 资金使用单位 is an office (a bureau, a centre: no
  company) is that office's where the 地方主管部门 cell names no single office: it lists
  the supervisors above the user (安徽省人力资源和社会保障厅 淮南市人力资源和社会保障局 over
  the district's 人社局, nineteenth trial's 237; rule ``funds-user``), or is empty. The office
  that uses the money assesses its use; where one local supervisor stands beside an office
  that uses the money, who filed the form is not written, and the unit stays unread, unless
  both cells name the same office (地方主管部门 | 医疗保障局 | 资金使用单位 | 医疗保障局:
  thirty-fourth trial's 443): that office supervises and uses the money, and filed the form;
  or both are offices of one area, each opening on it (休宁县文化旅游体育局 beside 休宁县
  文物局: trial 62's 1245; the corpus's 352): the area's office using the money assesses it;
- a flattened PDF form splits its label and puts a cell between it and the name:
  项目主管部门(单 位) 2021 苏州市财政局 (eleventh trial's 160). The label, at most one year
  cell, then a name ending on an organisation word and on the cell's end: read. Anything
  else between (two cells, a word that is no year), or a name that does not end on an
  organisation word (苏州市财政 市级预…), is left unread. 主管部门(单位) names the form's
  unit only in a form with no 实施单位 (where it has one, that cell is the unit's).
"""

from __future__ import annotations

import re

__all__ = ["funds_user", "split_field", "supervisor"]

_CONTRACTOR = re.compile(r"实施单位[ \t\u3000|]*[\u4e00-\u9fff（）()]{2,30}?公司(?=[\s|]|$)")
_SUPERVISOR = re.compile(
    r"主管(?:单位|部门)[ \t\u3000|]*(?P<unit>[\u4e00-\u9fff（）()]{2,40}?"
    r"(?:局|委员会|委|办公室|中心|院|所|厅|政府|法院|检察院))(?=[\s|]|$)"
)


# the company's name may run into the next line's words (…有限公司资金投入情况): no end asked
_COMPANY_USER = re.compile(
    r"(?:资金使用单位|实施单位)[ \t\u3000|]*[\u4e00-\u9fff（）()]{2,40}?公司"
)
_LOCAL = re.compile(
    r"地方主管部门[ \t\u3000|]*(?P<unit>[\u4e00-\u9fff（）()]{2,40}?"
    r"(?:局|委员会|委|办公室|中心|厅|部|政府))(?=[\s|]|$)"
)
_FILED_FOR_A_COMPANY = ((_CONTRACTOR, _SUPERVISOR), (_COMPANY_USER, _LOCAL))
"""(a company in this cell, then the office that files the form for it): 主管单位 first."""


def supervisor(head: str) -> re.Match | None:
    """The office that files a form whose money a company uses (see above): its 主管单位
    where the 实施单位 is a company, else a transfer form's 地方主管部门."""
    for company, office in _FILED_FOR_A_COMPANY:
        if company.search(head) is not None and (found := office.search(head)) is not None:
            return found
    return None


_OFFICE = r"(?:局|委员会|委|办公室|中心|院|所|站|队|厅|馆|部|政府)"
_USER = re.compile(
    r"资金使用单位[ \t\u3000|]*\n?[ \t\u3000|]*"
    r"(?P<unit>[\u4e00-\u9fff（）()]{2,40}?" + _OFFICE + r")"
    r"[ \t\u3000]*(?=\||\n|$)"
)
"""The 资金使用单位 cell holding one office's name alone (a company's ends on 公司); a form
flattened one cell a line puts the name on the line after its label (资金使用单位 | / 样例县
某某办公室 |: thirty-fourth trial's 448), and its 地方主管部门's cell too."""
_LOCAL_CELL = re.compile(r"地方主管部门[ \t\u3000|]*\n?[ \t\u3000|]*(?P<cell>[^|\n]*)")
_OFFICE_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,40}?" + _OFFICE + r"(?![\u4e00-\u9fff])")


_AREA = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:自治州|自治县|省|市|县|区|州|盟|旗))+")


def _same_area(local: str, user: str) -> bool:
    """Whether the local supervisor and the user are offices of one area, each opening on it
    (休宁县文化旅游体育局 over 休宁县文物局: trial 62's 1245; 广元市朝天区人民政府 over 广元市
    朝天区体育发展中心: the corpus's 352): the area's own form, its user the office that
    assesses the money's use. A supervisor of another place or level (青岚市…局 over 青岚市
    样例区…局) leaves who filed it unwritten."""
    place, own = _AREA.match(local), _AREA.match(user)
    return bool(place and own and place.group() == own.group() and own.end() < len(user) - 1)


def funds_user(head: str) -> re.Match | None:
    """The office that uses a transfer form's money, where no single local supervisor
    stands beside it (see above); None where the user is no office or one supervisor is."""
    user = _USER.search(head)
    if user is None:
        return None
    local = _LOCAL_CELL.search(head)
    offices = _OFFICE_NAME.findall(local["cell"]) if local is not None else []
    if (
        len(offices) == 1
        and offices[0].strip() != user["unit"]
        and not _same_area(offices[0].strip(), user["unit"])
    ):
        return None  # one local supervisor: which of the two filed it is not written
    return user  # none, several, or the user itself (医疗保障局 in both cells: one office)


def _spaced(words: str) -> str:
    return r"[ \t\u3000]*".join(re.escape(char) for char in words)


_GAP = r"[ \t\u3000]*"
_UNIT_LABEL = "|".join(map(_spaced, ("实施单位", "填报单位", "单位名称")))
_SUPERVISOR_LABEL = _spaced("主管部门") + _GAP + r"[（(]" + _GAP + _spaced("单位") + _GAP + r"[）)]"
_CELL = r"[ \t\u3000|]+"
_SPLIT_FIELD = re.compile(
    rf"(?:(?P<label>{_UNIT_LABEL})|{_SUPERVISOR_LABEL})(?:{_CELL}20\d\d(?:{_GAP}年度?)?)?{_CELL}"
    r"(?P<unit>[\u4e00-\u9fff（）()]{2,30}?"
    r"(?:局|委员会|委|办公室|办|中心|院|所|站|馆|厅|部))(?=[ \t\u3000|\n]|$)"
)
_HAS_UNIT_LABEL = re.compile(_spaced("实施单位"))


def split_field(head: str) -> re.Match | None:
    """A form's unit field with its label split or a year cell before the name (see
    above), its name in the group ``unit``; None where it is not certain."""
    for found in _SPLIT_FIELD.finditer(head):
        if found["label"] or not _HAS_UNIT_LABEL.search(head):
            return found
    return None
