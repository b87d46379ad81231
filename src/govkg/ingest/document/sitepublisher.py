"""A publisher field naming a website after its body: the body is the publisher (trial 54).

A news page credits what it reprints to the site it came from, and the site is named after
the body that runs it: 图片来源:国土资源部网站 (trial 54's 920, a news item relaying the
ministry's 部门决算, read 国土资源部网站 as its unit). The unit is the body, 国土资源部, where
the words before 网站 / 官网 are a central organ's name or a placed one; a site named after
no body (中国发展门户网站) is left as the field gives it, to the rules after.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import placed
from govkg.ingest.entities.centralorgan import is_central

__all__ = ["site_body"]

_READING = r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]"
_SITE = re.compile(rf"(?:[网網](?:{_READING})?站|官[网網](?:{_READING})?)$")
"""网站 or 官网 closing the field, a mirror's reading after 網 kept (網(wǎng)站)."""


def site_body(
    publisher: tuple[str, str, tuple[int, int]],
) -> tuple[str, str, tuple[int, int]] | None:
    """The body a publisher field's site is named after (``publisher`` as
    ``issuerchain`` reads it: the name simplified, as written, and the field's span), with
    the site's word cut off; None where the field names no site or the site no body."""
    short, written, (start, end) = publisher
    short = re.sub(_READING, "", short)
    if not short.endswith(("网站", "官网")):
        return None
    body = short[:-2]
    cut = _SITE.search(written)
    if cut is None or not (is_central(body) or placed(body)):
        return None
    return body, written[: cut.start()], (start, end - (len(written) - cut.start()))
