"""A note with no title naming its unit whose attachment line names the unit's own table
(附件:肥西县政协办2018年部门“三公”经费支出预算表) is the unit's (trial 65's 1368, a county CPPCC
office's 三公 note opening on 2018年政协机关“三公”经费预算数为…, read unnamed). An attachment that
opens on its year (an area's table), a form with no name, a file that is no table, and two
attachments naming two units read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.attachedtable import attached_table_unit

NOTE = (
    "2035年政协机关“三公”经费预算数为20.1万元,与上年相比减少0.2万元。其中:因公出国(境)费0万元,"
    "公务接待费16.7万元,公务用车运行维护费3.4万元,公务用车购置费0万元。\n"
    "附件:青岚县政协办2035年部门“三公”经费支出预算表\n"
)


def test_the_attached_tables_unit_is_the_notes():
    assert attached_table_unit(NOTE)[0] == "青岚县政协办"
    assert document(NOTE).unit == "青岚县政协办"
    listed = NOTE.replace("附件:青岚", "附件:1.青岚")
    assert attached_table_unit(listed)[0] == "青岚县政协办"


def test_near_misses_read_nothing():
    area = NOTE.replace("附件:青岚县政协办2035年部门", "附件:2035年青岚县")
    assert attached_table_unit(area) is None  # the year first: an area's table
    assert attached_table_unit("附件:1.人大代表之家建设项目绩效目标自评表\n") is None
    assert attached_table_unit(NOTE.replace("支出预算表", "支出预算说明")) is None  # no table
    two = NOTE + "附件:青岚县财政局2035年部门预算表\n"
    assert attached_table_unit(two) is None


def test_a_mirror_in_traditional_characters_names_the_unit_as_it_writes_it():
    """The corpus held as a mirror would print it (OpenCC s2t) found 1368 unnamed: the line
    is matched in simplified characters and the name kept as written."""
    mirror = "附件:青嵐縣政協辦2035年部門“三公”經費支出預算表\n"
    assert attached_table_unit(NOTE.replace(NOTE.splitlines()[-1] + "\n", mirror)) == (
        "青嵐縣政協辦",
        (len(NOTE) - len(mirror) + 3, len(NOTE) - len(mirror) + 9),
    )
