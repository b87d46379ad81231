"""A central organ's name: a unit as much as a city's bureau is, though no place heads it.

The rules that read a unit from a body's sentence ask for a placed name (样例县某局, 中共样例市
某委员会…), so that a bare 财政局 or 我局 is never taken for the reporter. A central organ is
named without a place, its level being its first words: 共青团中央 (trial 51's 831, 832: a
部门预算情况说明 and a 预算批复 notice), 全国人大常委会办公厅机关 (834), 国家海洋局 (836),
中国气象局 (830), 中国科学院 (820), 国务院办公厅 (844). Such a name is one of

- a central committee of the party, the league or a democratic party: 共青团中央, 团中央,
  中共中央…, 民革中央…, with an office after it or not (中共中央办公厅);
- 国务院 or one of its offices (国务院办公厅, 国务院国有资产监督管理委员会);
- a national body: 全国…, 国家…, 中国… ending on an organisation word (全国妇联, 国家海洋局,
  中国气象局, 中国科学院);
- one of the State Council's ministries, named bare as the State Council names them, no
  prefix telling its level: 民政部, 教育部, 财政部, 审计署, 海关总署, 中国人民银行, the
  supreme court and procuratorate (trial 52: 853 民政部, 855 教育部, 851 審計署, each a news
  item relaying the ministry's 三公 note, read unnamed because only prefixed names were
  known). The list is the ministries' (those of the years the corpus spans: 农业部, 卫生部,
  铁道部… too), not any 部: a bare 宣传部, 财务部 or 业务部 is a unit's division, no organ;

and an organ's name is read as a unit where the rules ask for a placed one: a 三公 sentence
opening on its year (2010年审计署“三公经费”财政拨款预算中…: ``threepublic.yearsubject``) or on
its name (民政部2013年“三公经费”预算…: ``threepublic.opening``), where a bare bureau stays
unread. The trial's 852 and 844 read right only because a title (《2012年国家邮政局部门决算》,
国务院办公厅2013年度部门决算) named them; a 三公 item has no such title.

an organ's own offices (…办公厅机关) included. A news agency or a medium is never a unit,
whatever its first words (中国新闻社, 中国网络电视台, 新华社, 人民网): its name ends on 社, 网,
台 or 报, or holds 新闻/新华. A bare 国家 or 全国 (全国气象部门, 国家有关规定) ends on no
organisation word and names none.

A ministry may be written with 国家 before it, as a reporter does (國家環保部昨日發佈…:
trial 54's 922; 据国家人力资源和社会保障部网站消息: 949), and the customs by its whole
system, 中国海关 (中國海關(guān)21日公布了“三公經(jīng)費”…: 926, whose note covers 海关总署本级
and every customs house); 国土部 is the land ministry's short name as 人社部 is the labour
one's (trial 54's 920, 921). Where 国家 stands before a ministry's official name
(国家人力资源和社会保障部), the name is the official one (``official_name``): no ministry's
name holds 国家 (国家安全部 apart); a short name with 国家 before it (國家環保部) is the only
form the text gives and is kept as written.
"""

from __future__ import annotations

import re

from govkg.ingest.entities.orgwords import ORG

__all__ = ["CENTRAL", "MINISTRY", "is_central", "official_name"]

MINISTRY = (
    r"(?:(?:外交|国防|教育|科学技术|科技|工业和信息化|工信|公安|国家安全|监察|民政|司法|财政"
    r"|人力资源和社会保障|人社|人事|劳动和社会保障|自然资源|国土资源|生态环境|环境保护|环保"
    r"|住房和城乡建设|住建|建设|国土|交通运输|交通|铁道|信息产业|水利|农业农村|农业|商务"
    r"|文化和旅游|文化|卫生|退役军人事务|应急管理)部"
    r"|审计署|海关总署|中国人民银行|最高人民法院|最高人民检察院)"
)
"""A State Council ministry (or the supreme court, procuratorate) named bare: 民政部, 审计署."""

CENTRAL = (
    r"(?:(?:共青团|团|中共|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)中央"
    rf"(?:[\u4e00-\u9fff]{{0,12}}?{ORG})?"
    rf"|国务院(?:[\u4e00-\u9fff]{{0,12}}?{ORG})?"
    rf"|(?:全国|国家|中国)[\u4e00-\u9fff]{{1,16}}?{ORG}(?![员公会室合])"
    rf"|国家{MINISTRY}|中国海关|{MINISTRY}|(?:中共)?中央党校)"
    r"(?:机关)?"
)
"""A central organ's name (see above), as a pattern to build others with; ``is_central``
checks the medium's names off. The Central Party School (中央党校, 中共中央党校: a central unit
publishing its own 三公, trial 62's 1267) ends on 党校, no organisation word of ``ORG``."""
_MEDIUM = re.compile(r"(?:社|网|台|报)(?:机关)?$|新闻|新华|电视|广播")
"""A news agency's or a medium's name: never the unit (中新网, 新华社, 中国网络电视台)."""


_OFFICIAL = re.compile(
    r"国家(?P<name>(?:外交|国防|教育|科学技术|工业和信息化|公安|监察|民政|司法|财政|人力资源和社会保障"
    r"|自然资源|国土资源|生态环境|环境保护|住房和城乡建设|交通运输|铁道|水利|农业农村|农业|商务"
    r"|文化和旅游|文化|卫生|退役军人事务|应急管理)部)"
)
"""国家 before a ministry's official name (国家人力资源和社会保障部): the writer's word, not the
name's."""


def official_name(name: str) -> str:
    """``name`` (simplified) without a 国家 a writer put before a ministry's official name
    (国家人力资源和社会保障部 → 人力资源和社会保障部); any other name as it is (國家環保部, a
    short name, and 国家安全部, whose 国家 is its own)."""
    found = _OFFICIAL.fullmatch(name)
    return found["name"] if found else name


def is_central(name: str) -> bool:
    """Whether ``name`` (simplified, no spaces) is a central organ's name, not a medium's."""
    return bool(re.fullmatch(CENTRAL, name)) and not _MEDIUM.search(name)
