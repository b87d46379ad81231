"""A title naming its unit by the usual short form, signed at the end with the whole name
(trial 62's 1257, 肇庆市文联2016年部门收支预算公开 signed 肇庆市文学艺术界联合会: read 肇庆市文联).
Pattern: the signature, the text's last name-alone line, opens on the title's place, and the
title's words after it open on the signature's first character, stand in it in order and end
on a character of its organisation word (``document.titlesigned``). Not another body of the
place, not another place, not a body under the title's (its whole name and more). Test
material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.titlesigned import signed_whole

NOTE = (
    "青岚市文联2035年部门收支预算公开\n\n2035年青岚市文联部门预算基本情况说明\n"
    "一、部门基本情况\n主要职能是联络各文艺家协会。\n二、收支预算情况\n"
    "2035年收入预算183万元,支出预算183万元,其中基本支出176万元,项目支出7万元。\n\n"
    "                  {signature}\n"
)


def test_the_signature_writes_the_title_s_short_name_in_full():
    assert (
        document(NOTE.format(signature="青岚市文学艺术界联合会")).unit == "青岚市文学艺术界联合会"
    )


def test_another_body_another_place_or_a_body_under_it_keeps_the_title_s_name():
    assert document(NOTE.format(signature="青岚市财政局")).unit == "青岚市文联"
    assert document(NOTE.format(signature="青岚县文学艺术界联合会")).unit == "青岚市文联"
    assert signed_whole("样例县某局…\n样例县某局信息中心\n", "样例县某局") is None
    assert signed_whole("样例县某局…\n样例县某局\n", "样例县某局") is None
