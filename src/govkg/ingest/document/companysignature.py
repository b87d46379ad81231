"""A company's own disclosure, in its own voice, signed at the end by the company.

A public company that holds a bond-funded project discloses the bonds' use itself, speaking as
我公司 (下达我公司2019年新增地方政府专项债券资金2000万元…), and signs at the end with its name
over the date: "晋城市水利建筑公司 / 2020年5月29日" (trial 65's 1347, read unnamed: a signature is
read only where it ends on a body's word, 局, 中心, 委员会…, never 公司, since a company at the
end of a report is most often its evaluator or a contractor). The company is the unit only
where the text speaks as a company (我公司, 本公司) and names no one it works for: a firm
commissioned to evaluate (受…委托, 接受…委托) signs as the writer, not as the unit reported on.

The signature is a line alone among the text's last 600 characters, a place first (晋城市…),
ending on 公司, with a date on a later line; read only where nothing else names the unit.
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["company_signature"]

_SIGNED = re.compile(
    r"^[ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗)[\u4e00-\u9fff]{2,24}?公司)"
    r"[ \t\u3000]*\n[ \t\u3000\n]*20\d\d[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月",
    re.M,
)
_VOICE = re.compile(r"[我本]公司")
_COMMISSIONED = re.compile(r"委托")
_TAIL = 600


def company_signature(text: str) -> tuple[str, tuple[int, int]] | None:
    """The company signing a text it speaks as (see above), with its span in ``text``;
    None where no such signature is, or the text names no company voice, or a commission."""
    plain = simplified(text)
    if not _VOICE.search(plain) or _COMMISSIONED.search(plain):
        return None
    start = max(0, len(text) - _TAIL)
    signed = list(_SIGNED.finditer(plain, start))
    if not signed:
        return None
    first, last = signed[-1].span("unit")
    return text[first:last], (first, last)
