"""Trial 54's 927, by class, on fictional texts: a forum's repost keeps the site's advertising
above the item (【某云】4核8G云新老同享 88元/年,续费同价…服务器): its price is listed unread as
the page's advertisement, never read as the report's price or rate. A report's own renewal
fee or server bought, with no offer beside it, stays the report's. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.text.advertline import ADVERT_REASON

FORUM = (
    "找回密码\n 注册\n"
    "【某云】4核8G云新老同享 88元/年,续费同价某某云精选云产品特惠做网站就用某某主机,海外服务器\n"
    "查看: 12|回复: 0\n\n"
    "某某部公开三公经费 公车花费接近1亿\n\n"
    "  本报讯 昨天,某某部公布了2030年“三公经费”支出和2031年预算情况。2030年,某某部"
    "“三公”经费财政拨款决算数为12021.88万元,较2030年预算数减少175.61万元。\n"
)


def test_an_advert_lines_price_is_listed_unread_as_the_pages():
    money = extract(FORUM, "fictional.txt").money
    advert = next(m for m in money if m.as_written == "88元")
    assert (advert.kind, advert.reason) == (None, ADVERT_REASON)
    assert ("12021.88万元", "SPENDING") in [(m.as_written, m.kind) for m in money]


def test_a_reports_own_server_and_renewal_fee_stay_its_own():
    text = FORUM.replace(
        "【某云】4核8G云新老同享 88元/年,续费同价某某云精选云产品特惠做网站就用某某主机,海外服务器\n",
        "",
    ) + "  购置服务器支出8000元,域名续费支出300元。\n"
    money = [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]
    assert ("8000元", "SPENDING") in money
    assert ("300元", "SPENDING") in money
