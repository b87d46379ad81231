"""The words that name a kind of money, and how the words before an amount settle its kind.

Kinds and their words are listed in ``KIND_WORDS``, in the order they are tried when two
end at the same place; an amount's kind is that of the money word nearest the end of its
words (``kind_of``). ``kind_in`` reads an amount's own words within its clause's: the parts
of a total (其中：基本支出…) and a bare 决算数 take the kind of what the clause is about.
``money`` asks them for every amount.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.mirroredside import mirrors_revenue
from govkg.ingest.text.lastmatch import last as _last

PLAN_WORD = r"(?!(?<=[\u4e00-\u9fff])(?<![年度原总拟按的月期目])计划(?:专项)?(?:资金|经费))计划"
"""计划 as a plan's word: not the 计划 of a programme's fund's name after a word of the name
(现代职业教育质量提升计划资金, 培训计划资金: trial 53's 891); 年度计划资金, 项目计划资金 are
plans."""

__all__ = ["KIND", "KIND_WORDS", "SPENT", "kind_in", "kind_of", "past_gloss"]

SPENT = r"(?<![少多棉樱鲜烟菊桃梅荷兰葵银绣插菜雪礼火])花了?"
"""A bare 花 (spent), not 少花 / 多花 (a change) nor the end of a flower's or a crop's name."""

_ACT = r"支出|执行|使用|支付|拨付|拨款|下达|下拨|到位|到账|结转|结余|决算|收入|实际|完成|调整"
"""Words of an act on the money: between 预算 / 安排 and a fund's name they say what was done."""
_NAME_CHAR = r"[^，,。；;：:、\d\s]"
"""A character of a fund's or fee's name: no punctuation, no figure."""
_CUT = r"(?:增加|减少|压减|削减|压缩|缩减)"
"""A verb of a cut or a rise that names its object, the money changed, after it."""
_CUT_OBJECT = (
    r"(?:(?!投入|安排|使用|支付|拨|下达|用于|发放|收|结转|结余|到位|为|至|后|的|由|从|以|向|给|对)"
    r"[^，,。；;：:、\d\s]){0,14}?(?:经费|预算|开支|支出|资金|费用?)"
)
"""The money a cut's verb names before its figure (“三公”经费, 公务接待费, “三公”经费预算): a
short name ending on a money noun, no act on the money, no level (为, 至) inside it, and no 的
or preposition (增加的设备由项目支出…购置: the verb is no cut of the figure's money)."""
_SIDE_OBJECT = (
    r"(?:(?!投入|安排|使用|支付|拨|下达|用于|发放|结转|结余|到位|为|至|后|的|由|从|以|向|给|对)"
    r"[^，,。；;：:、\d\s]){0,20}?(?:经费|资金)等?(?:收、支|收支|收入|支出)"
)
"""The money a rise's or a cut's verb names with the side it moved on (人员和公用经费等收、支,
“…制作经费”项目经费收入): a fund's name ending on 经费 / 资金, then the side; a longer name
than ``_CUT_OBJECT``'s, since a quoted project's name stands inside it."""
KIND_WORDS: tuple[tuple[str, str], ...] = (
    # 压减支出共计8.2亿元, 压缩开支3万元: spending cut by so much, a saving as 节支 is (trial
    # 57's 1078, a 人民日报 item on 辽宁's 三公, read as spending before: the cut's 压减 was
    # tried as a change, then 支出 alone was the word nearest the figure); first, so that
    # the cut and its 支出 are read as one word
    # 节约“三公经费”141.35万元, 公车节约最多,节约金额92.68万元: a saving whose object, the money
    # saved, is named between the verb and the figure, or its sum's 金额 after it, is the saving,
    # not the money its last word names (trial 60's 1163, a news item on a district's 三公:
    # read as spending and as no kind's 金额 before)
    (
        "SAVING",
        r"(?:压减|压缩|缩减|削减)了?(?:开支|支出)(?:共计|合计)?"
        rf"|(?<!未)节约了?{_CUT_OBJECT}[”\"’]?(?:约|共计?|合计|达)?(?=\s*$)"
        r"|(?<!未)节约的?(?:总?金额|资金|额)(?:约|共计?|合计|达|为|是)?(?=\s*$)"
        # 加上节省支出46.5亿元: spending saved, said 节省 as 节约 is (trial 65's 1351, a city's
        # accounts in a news item, read as spent by its 支出)
        rf"|(?<!未)节省了?{_CUT_OBJECT}[”\"’]?(?:约|共计?|合计|达)?(?=\s*$)",
    ),
    (
        "CHANGE",
        r"(?:较|比|与)(?:上年|上一年|20\d\d年)度?(?:同期)?(?:决算数?|预算数?)?(?:相比)?"
        # 项目压减7.00万元: a cut, as 减少 is (thirtieth trial)
        # 同比降低123.13万元: a fall said 降低 after 同比 or a year compared with, as 下降 is
        # (trial 52's 870, a budget note); 降低 alone (降低成本) names no change of a figure
        # 比上年增多了10 6 .51萬: 增多 after the year compared with, a change as 增加 is (trial
        # 57's 1077, a 南都 item on a spam mirror)
        # 比2025年上升867.60万元: a rise said 上升 after the year compared with, as 增长 is
        # (trial 60's 1185, a city's 三公 budget, read as the budget before)
        r"(?:增加|减少|增长|下降|降低|增多|上升)(?:支出)?|同比(?:增加|减少|增长|下降|降低|上升)"
        # 较上年增支204萬元, 较上年减支5273萬元, 占调整预算数115.8%,增支42991萬元: a fiscal
        # 决算 note's 增支 / 减支 (spending up or down by so much) is the change, as 增加 is
        # (trial 60's 1182, a district's 决算 notes); right before its figure, and not the
        # 减支 of a cut's 压减支出 (a saving: the first entry)
        r"|(?:(?:较|比|与)(?:上年|上一年|20\d\d年)度?(?:同期)?(?:决算数?|预算数?)?(?:相比)?)?"
        r"(?<![压削缩])[增减]支(?!出)(?:了)?(?=\s*$)"
        # 减少了“三公”经费342.74万元, 削减“三公”经费预算8552.6万元, 较去年压缩“三公”经费开支
        # 1.7亿元: a cut (or a rise) whose object, the money cut, is named between the verb and
        # the figure, is the change, not the money its last word names (trial 57's 1070, a
        # district's 三公 note, and 1079, a news item on the central 三公 budgets); so a bare
        # 减 / 增 right after the money or the year compared with (70余部门“三公”预算减1.7亿元,
        # “三公”经费较去年约减60万: 1079's headline, 1076's); an act on the money between
        # (减少…经费支出投入资金), a level (减至, 减为) or an adjustment (调减, 核减) is not this,
        # and a bare 减少支出 / 压缩开支, naming no money cut, is left to the words above and
        # below (压缩开支 is a saving: the first entry)
        rf"|(?!{_CUT}了?(?:开支|支出)){_CUT}了?{_CUT_OBJECT}(?:约|共计?|合计|达)?(?=\s*$)"
        # 增加了人员和公用经费等收、支72.46万元, 减少“…”等项目经费收入34.56万元: a 决算 note's
        # reasons for a change, each rise or cut of a fund named with the side it moved on, are
        # changes, not the revenue or spending the side names (trial 58's 1086)
        rf"|{_CUT}了?{_SIDE_OBJECT}(?:约|共计?|合计|达)?(?=\s*$)"
        r"|(?:(?:较|比)(?:去年|上年|上一年|20\d\d\s*年)度?|预算|经费|开支|支出|三公[”\"’]?)"
        r"约?[减增](?=\s*$)"
        # 与上年相比增了2228万元: a bare 增 / 减 with its 了, after the year compared with and
        # 相比 (trial 65's 1357, a 决算 note, read as spent by the 项目支出 before it)
        r"|(?:较|比|与)(?:去年|上年|上一年|20\d\d\s*年)度?(?:同期)?(?:相比)?约?[增减]了(?=\s*$)"
        r"|(?:增加|减少|压减|削减)了?"
        # 比上年压缩预算7.35万元, 压缩的52万元出自公务接待费预算, 压缩公务接待费52万元: a budget
        # cut by so much, a change as 压减 is (trial 55's 962 and 964, 三公 notes of 2011 and
        # 2014, read as budgets by the 预算 after 压缩); 压缩“三公”经费开支 right
        # before a figure is the cut the rule above reads (trial 57), a bare 压缩开支 / 压缩
        # 支出 is a saving (the first entry), and a rate's 压缩
        # (公务用车…1205.06萬元(較2010年壓縮2%),公務接待費865萬元: the corpus's 851) names no
        # change of the next figure
        r"|压缩(?:了|的)?(?:预算(?:数|资金|经费)?)?(?!\s*\d+(?:\.\d+)?\s*[%％])"
        # 实际少花9亿多元, 预算比去年实际花费多9亿: spent so much less (or more) than the figure
        # compared with, a change (trial 58's 1119, a news item on the central 三公, listed
        # unread before); only right before the figure
        r"|[少多]花(?:了|费了?)?(?=\s*$)",
    ),
    # 预算数为595.99万元,比去年的实际支出高出20多万元: how far a figure passes the one it is
    # compared with, said 高出 / 多出 right before the figure after 比 / 较, a change (trial 62's
    # 1267, read as spent by the 实际支出 compared with); 超出预算 (an overrun) is not this word
    ("CHANGE", r"(?:较|比)(?:20\d\d年度?|[^，,。；;：:\d]){0,16}?(?:高出|多出)了?约?(?=\s*$)"),
    # 较2013年的预算执行数上升了2200.12万元, 三公经费预算跌幅第一的是国税总局达20207.34万元: a rise
    # or fall against the figure compared with, named between (…的预算执行数), or the fall a
    # ranking names, right before the figure (trial 64's 1320, a news item on the central 三公
    # budgets, read as spent or budgeted by the 执行数 or 预算 compared with)
    (
        "CHANGE",
        r"(?:较|比)(?:20\d\d年度?|[^，,。；;：:\d]){0,16}?(?:上升|下降)了?约?(?=\s*$)"
        r"|(?:跌幅|涨幅|降幅|增幅)[^，,。；;：:\d]{0,12}?达(?=\s*$)",
    ),
    ("SAVING", r"节约|节省|节支|减少支出"),
    # 政府采购563宗,成交金额59072.55万元: the sum procurement's deals were closed at, contracts
    # awarded as 中标 are (trial 58's 1090, a public-resource trading centre's 决算 note, read
    # as no kind's 金额 before); the 采购 named before it in its sentence, a count or a channel
    # between; an auction's, a land sale's or a lease's 成交金额 (国有资产拍卖2宗,成交金额…) is
    # no contract, nor is one whose sentence names no 采购
    (
        "CONTRACT",
        r"中标(?:金额|价格?|总价)?|合同(?:金额|价款?|总价)?"
        r"|采购(?:(?!拍卖|挂牌|出让|转让|租赁)[^。；;！？!?\n]){0,40}?成交(?:总?金额|总额|额|价格?)",
    ),
    # 计划投资117.98万元,结算价112.92万元: the price the works were settled at with the builder,
    # a contract's as 中标价 is (trial 65's 1343, read as planned by the 计划投资 before it); an
    # audit's 结算审核造价 and a 预结算 are not this word
    ("CONTRACT", r"(?<![预审])结算(?:总)?价(?:格)?"),
    (
        "PRICE_OR_RATE",
        # 平均每辆1.76万元: an average per vehicle, a rate (eighteenth trial)
        # 亩均投入财政资金1500元: an average per mu of land, a rate (thirty-sixth trial)
        # 高标准农田建设资金: a standard of quality in a name, not a rate (thirty-sixth trial)
        # 单位价值50万元以上的设备: the value per item a threshold names, a price (trial 45)
        # 对…的孤儿进行每学年1万元的助(学): a sum per school year or term, a rate (trial 51's
        # 813), as 每月 is
        # 去年人均“三公”支出为2962元: an amount per head, its name's 支出 after the 人均 (trial
        # 56's 1037, a news item on 国家地震局's 三公), a rate as 人均 right before it is; a
        # fund named per pupil (生均公用经费共计安排239万元: the corpus's 389) names 经费, no rate
        # 全乡实现人均可支配收入达到13579元: an income per head of the people, a rate, not the
        # unit's revenue (trial 62's 1239, a township's 决算 note); only right before its figure
        r"(?:人均|户均)(?:可支配|纯)?收入(?=\s*(?:为|是|达到?|约)?\s*$)|"
        r"(?:人均|生均|户均)[^，,。；;：:\d]{0,10}?(?:支出|开支|花费|费用)(?=\s*(?:为|是|达|约)?\s*$)|"
        # 平均每辆公车的年运行维护费支出约为3.8万元: an average per car, its name's 支出 after
        # 平均每 (trial 64's 1337, a news item on a city's 三公 budget), a rate as 人均…支出 is
        r"平均每[辆台人户][^，,。；;：:\d]{0,14}?(?:支出|开支|花费|费用)"
        r"(?=\s*(?:为|是|达|约|大约|约为)?\s*$)|"
        r"人均|生均|亩均|每亩|每人|每月|每年每|每户|每件|每次|单价|单位价值|(?<!高)标准|每[卷册页张份本盒]|平均每|每[辆台]"
        # 每门急诊人次平均收费314.99元, 出院者平均医药费用5,392.67元: an average charge per
        # patient, a rate (trial 51's 824, a hospital's year-end account)
        # 公务用车车均运行维护费1.75万元: an average per car (35.07万元 / 20辆), a rate (trial
        # 52's 877), as 平均每辆 is; 车均运行维护费支出 names the spending word after it and
        # stays spent (the corpus's 258)
        r"|每学[年期]|车均|平均收费|平均[\u4e00-\u9fff]{0,4}?费用",
    ),
    # 计划使用财政资金45万元: the funds a project form's year plans to use, its budget
    # (thirty-sixth trial), before 计划 is read as a plan; 已使用资金, 实际使用 stay spent
    ("BUDGET", r"计划使用(?:财政|专项)?(?:资金|经费)"),
    # 下达我司中央预算内投资资金10856万元: 中央预算内投资 is the name of a budget fund, its
    # 预算 the kind and its 投资 the fund's noun (forty-fourth trial), not an investment of no
    # kind; 预算外, 实际完成投资 and 投资 alone keep their readings, and so does the older
    # 预算内基本建设投资 a unit seeks (积极争取…: the corpus's 184, read as sought, not had)
    ("BUDGET", r"预算内投资(?:资金)?"),
    # 《…的通知》文件规定补助金额为70万元: the sum a document of allocation sets for the fund,
    # a budget (forty-seventh trial), not a sum of no kind
    ("BUDGET", r"(?:文件|通知)规定的?[^，,。；;：:\d]{0,8}?(?:金额|数额|资金)"),
    # 中央财政补贴47.5%为614.39万元: the share of a subsidy a level of government's finance
    # bears at its stated rate, what it is to pay, a budget (forty-seventh trial); the rate
    # and 为 / 是 alone stand between it and the figure
    (
        "BUDGET",
        r"(?:中央|省|省级|市|市级|州|州级|县|县级|区|区级|地方)财政补贴"
        r"(?=\s*\d+(?:\.\d+)?\s*[%％]\s*[为是：:]?\s*$)",
    ),
    # 拟申请用区财政衔接推进乡村振兴补助资金29.862588万元: what a project means to apply for, the
    # fund's name after it (its 补助 a name's word, no grant received); 工程投资预算约30万元: a
    # works' investment said about (约), an estimate as 投资估算 is; 后续…合作社会追加投资20万元:
    # an investment to be added later (trial 65's 1345, a village project's announcement, read
    # as revenue, a budget and an investment of no kind before); before 拟申请 alone is tried
    (
        "PLANNED",
        rf"拟申请(?:(?!{_ACT}){_NAME_CHAR}){{1,30}}?(?:资金|经费)"
        r"|投资预算(?:约|大约)(?=\s*$)"
        r"|后续[^，,。；;：:\d]{0,20}?追加(?:投资|投入|资金)(?=\s*$)",
    ),
    (
        "PLANNED",
        # 全年需支付…68万元: a need; 年度指标值3000万元: a target; 计划项目 before more of a
        # name is a plan's projects (省级科技计划项目验收工作经费16万元, nineteenth trial), not
        # before its money (计划项目资金100万元: planned)
        # 该项目需县级财政安排资金8144万元: the funds a need asks to be arranged, not arranged
        # (thirtieth trial); 按需安排, 根据需要安排资金 (as needed) stay budgets
        r"(?:[还尚仍]|(?<![无不据照视按]))需(?!要安排)要?[^，,。；;\d]{0,10}?安排(?:专项)?资金"
        # 项目计划总投资1958.6万元: the plan's total investment, planned as 计划投资 is (thirty-
        # seventh trial; the corpus's 135 and 88 read them so); 项目总投资 alone stays a budget
        # 应承担…增加投资共9925万元, 还需拨付325万元, 某区承担65万元: a share of a cost a
        # level of government is to bear or still to pay, planned (fortieth trial)
        r"|[应需]承担[^，,。；;：:\d]{0,24}?(?:投资|资金|经费)(?:共计?|合计)?"
        r"|承担(?:资金|经费)?(?:共计?|合计)?(?=\s*$)|[还尚仍]需要?(?:拨付|支付|下达|下拨)(?:资金)?"
        r"|(?:项目|工程)?计划总?投资(?:额)?|计划到位|拟投资|拟安排|每年需|需要资金|需资金|还需|尚需|约需"
        # 计划和实际承保面积: the planned and the actual together, a plan met, not a plan of
        # money (forty-seventh trial); 现代职业教育质量提升计划资金, 培训计划资金: a programme's
        # fund, 计划 its name after a word of the name, no plan (trial 53's 891, the corpus's
        # 363); 年度计划资金, 项目计划资金 stay planned
        rf"|{PLAN_WORD}(?!项目(?!资金|经费|金额|预算|总?投资))(?![和与及]实际)"
        # 公务车保有量25辆,计划购置0辆公务接待费4.5万元: a plan's clause that ends on a count,
        # the next 三公 item's name after it with its stop missing, plans the count, not that
        # item's figure (trial 58's 1122, a 三公 budget note, read as planned before); a count
        # with a name of anything else after it (计划采购5台设备资金) stays planned
        r"(?![^，,。；;：:！？!?\n\d]{0,12}\d+\s*(?:辆|台|人次|人|批次|批|个|次|架|艘)"
        r"(?:公务接待|(?:因公)?出国[(（]?境?[)）]?|公务用?车[\u4e00-\u9fff]{0,6}?)经?费(?:用)?\s*$)"
        r"|未付|未支付|待支付|需要?支付|指标值|目标值"
        # 本项目拟申请债券资金总额37000万元: what a project means to apply for, planned as
        # 拟投资 / 拟安排 are (trial 49's 760), not the 申请 a unit made (a budget);
        # 2024年应支付贴息资金444.86万元,实际支付355.16万元: what was due to be paid, planned
        # as 需支付 is (trial 49's 762), not paid; 已支付 / 实际支付 / 相应支付 stay spent
        r"|拟申请|(?<![已实相对供])应(?:当|该)?支付"
        # 建议2024年度安排预算资金40万元: a proposal for next year, not a budget (thirty-fourth
        # trial); the budget words it ends on are its own
        r"|建议(?:20\d\d\s*年度?)?[^，,。；;：:\d]{0,8}?(?:安排|追加|增加|申请)(?:预算)?(?:专项)?"
        r"(?:资金|经费)?"
        # 项目投资估算67,463.91万元: the estimate a project is applied for with, not money
        # granted or invested (thirty-fourth trial)
        r"|投资估算|估算(?:总)?投资",
    ),
    # 中央财政每年专项补助10亿元, 省财政每年筹集7亿元, 州、市财政每年自筹3亿元, 到2020年每年补助
    # 专项资金10亿元: what a level of government's finance commits each year to a programme, the
    # money arranged for it, a budget (forty-eighth trial), not money received by the 补助; a
    # rate's 每户每年补助 names no level and stays a rate; 每年安排 is a budget already (安排…经费)
    (
        "BUDGET",
        r"(?:(?:中央|省|自治区|市|州|县|区)级?(?:财政)?|(?:到|至)20\d\d\s*年)\s*每年度?"
        r"(?:专项)?(?:补助|筹集|自筹|投入)(?:专项)?(?:资金|经费)?",
    ),
    # 实际缴费人数56294人,补贴金额154.89万元: the sum of the subsidies handed out, spent
    # (thirty-eighth trial); what was applied for, due or budgeted of them is not
    ("SPENDING", r"(?<!申请)(?<!应)(?<!预算)(?<!计划)补贴(?:发放)?金额"),
    # 各县区申请市级补贴共计1904万元, 某县申请基础养老金补贴945.72万元: what those under the
    # fund applied for out of it, the budget it is shared by (thirty-eighth trial)
    ("BUDGET", r"申请(?!书|表|材料|报告|人|单位)"),
    # 共申报项目资金215.00万元,其中:…工作经费15.00万元: what a unit applied for in its budget,
    # the budget its parts are of (thirty-eighth trial's leftovers, trial 36); only 申报 right
    # before the money's own noun (申报文本编制费, 申报工作 name no money)
    ("BUDGET", r"申报的?(?:项目)?(?:资金|经费|金额|数|预算)"),
    # 低于预算的1.8亿元, 高于预算数的…: the budget an outcome is compared with, its 的 tying the
    # figure to the budget, so the budget itself (trial 52's 874, a news item relaying a 三公
    # 决算: 因公出国(境)费用1.6亿元,低于预算的1.8亿元); 超出预算5万元 without 的 is the overrun
    (
        "BUDGET",
        r"(?:大于|小于|高于|低于|超过|超出|少于|多于)(?:年初|全年|调整后?)?预算(?:数|额)?的(?=\s*$)",
    ),
    # 年初预算为2.95万元,差值为0.9万元: a difference from the budget, not a budget
    ("OTHER", r"结余分配|(?:大于|小于|超过|超出|低于)(?:年初)?预算数?|差值"),
    # the economy's (a business's profit too: 利润为2万元), not public money; so the level it
    # rose or fell to (社会消费品零售总额增加到5200万元: trial 65's 1356, read as a change by its
    # 增加), the verb read with it
    (
        "OTHER",
        r"(?:零售总?额|销售额|进出口总?额|营业额|生产总值|产值|利润)"
        r"(?:(?:增加|增长|减少|下降|提高|上升)(?:到|至))?",
    ),
    # 各项存款余额238.87亿元, 各项贷款余额141.89亿元: a city's banks' deposits and loans, in the
    # statistics a bureau's 决算 note opens on (trial 62's 1269), the economy's, not a fund's
    # remainder carried over (余额) nor a change
    ("OTHER", r"(?:存款|贷款)余额"),
    # 完成外贸进出口14.42亿人民币,同比增长11%,其中出口14.05亿人民币: a place's foreign trade
    # named right before its figure, without 总额 (trial 62's 1269), the economy's as 进出口总额
    # is, not the change said before the part; a fund named after it (外贸进出口奖励专项资金) is not
    ("OTHER", r"(?:外贸)?(?:进出口|(?<=其中)出口)额?(?:达到?|为|是|约)?(?=\s*$)"),
    # 完成农民集中建房农发行贷款项目3.5亿元的申贷、审批工作: a loan a bank lends (银行, 农发行…)
    # named right before its figure is the bank's money lent, not the unit's budget (trial 62's
    # 1263, listed unread before); a loan's interest subsidy (贷款贴息) is public money, not this
    (
        "OTHER",
        r"(?:银行|农发行|国开行|农行|工行|建行|中行|信用社)贷款(?:项目)?(?:资金)?"
        r"(?:达到?|为|是|约|共计?)?(?=\s*$)",
    ),
    # 交易总额达40042.06万元, 成交额, 财政评审最高限价41364.05万元: the deals a public-resource
    # trading platform saw, and the ceiling price a tender is bid against, not the unit's
    # money (trial 58's 1091, a trading centre's 决算, listed unread before); its 中标金额 stays
    # the contract's
    ("OTHER", r"(?:交易|成交)总?(?:金)?额|(?:最高|招标)?(?:限价|控制价|拦标价)(?:金额)?"),
    (
        "SPENDING",
        # 对家庭和个人的补助 (either order): a class of spending, not a grant received
        r"对(?:个人和家庭|家庭和个人|企业|附属单位)的?补助|(?:一般公共|政府性基金)预算(?:财政拨款)?支出",
    ),
    # 结转政府采购207.44万元: the purchases carried over to the year, carried money (thirty-
    # seventh trial), not a purchase of no kind
    # 预算253.7万元,支出253.66万元,余额404元: what is left of the funds, carried (trial 51's
    # 845), not spent by the 支出 before it; a loan's or a debt's 余额 is no fund's remainder
    ("CARRY_OVER", r"结转(?:政府)?采购|结转|结余(?!分配)|(?<!贷款)(?<!债务)(?<!欠款)(?<!借款)余额"),
    (
        "BUDGET",
        # 三公经费预算拨入33万元: the budget allocated in, not money received (sixteenth trial)
        r"(?:年初|全年|调整后?)?预算(?:收入|支出|数|资金|经费|总?金额|拨入)|安排(?:专项)?资金"
        # 2017年部门预算总收入为771.38万元: a budget's total of either side, whatever year it
        # is of (trial 54's 950, last year's named beside the note's); an area's 一般公共预算
        # 总收入 (the corpus's 109, its fiscal accounts) is revenue, as read
        r"|(?<!公共)(?<!基金)预算总(?:收入|支出)"
        # 县级批复总投资3374.3万元: what was approved, not an investment made
        r"|批复的?总?(?:投资额?|资金|金额)"
        # 预算批复的总支出为18531.47万元, 预算批复基本支出: the spending approved, a budget
        # (nineteenth trial); not 按(照)预算批复支出 (spent as approved)
        r"|(?<![按照据]预算)(?<![按照据])批复的?(?:总|基本|项目)?支出(?!决算|实际)"
        # 批复我局项目支出160万元: the approval names whose spending it approves between
        # (thirty-fifth trial)
        r"|(?<![按照据])批复(?:给)?(?:我|本|该)(?:局|单位|部门|中心|院|所|委|办|站|校|会)"
        r"的?(?:总|基本|项目)?支出(?!决算|实际)"
        # 部门预算项目支出87.5万元: the budget's project lines; 一般公共预算项目支出 stays spending;
        # so the class named inside the budget (该部门2015年财政拨款支出预算中的项目支出14743.51
        # 万元: trial 55's 997, a news item on 湖北's budget notes, read as spent by 项目支出)
        r"|(?<!公共)(?<!基金)预算(?:中的?)?(?:项目|基本)支出(?!决算|实际)"
        # 全年应执行数为7.79万元,实际执行率为100%: what was to be executed, the rate's base
        # (eighteenth trial); 执行数 alone stays spending
        r"|应(?:当|该)?执行(?:数|金额|资金)"
        # 项目总投资39.27万元, 工程总投资1860万元: what the project is planned to cost, its
        # budget (sixteenth trial); 固定资产投资 and an investment alone stay OTHER; so is
        # 项目预算总投资1981.39万元, the total investment the budget plans (thirtieth trial)
        r"|(?:项目|工程)总投资(?:额)?|预算总投资(?:额)?"
        # 项目立项总投资约5.884亿元: the total investment the project was approved (立项) to
        # cost, its budget as 项目总投资 is (trial 62's 1246, read as an investment of no kind)
        r"|(?:项目|工程)?立项总投资(?:额)?"
        # 安排公车购置及运行维护费38万: the fee the budget arranges, not one spent
        r"|安排(?!使用|支出|支付)[^，,。；;：:使支]{0,16}?费"
        # 指标金额是110万元: the sum of a budget allotment (预算指标) the finance bureau gave
        # (thirty-third trial); 指标值 (a goal's value) stays a plan
        r"|(?:预算|资金)?指标(?:金额|额度|数额)"
        # 专项资金指标154万元: the allotment a fund was given, a budget (thirty-ninth trial);
        # 资金指标值 / 指标完成 (a goal's words) stay what they were
        r"|资金指标(?!值|完成)"
        # 年初专项经费指标总额为84万元, 档案装具专项指标为12万元, 公用经费指标总额: the quota a
        # fund (专项, 经费) was set, a budget as 资金指标 is (trial 65's 1341, a monitoring
        # report, read as spent by its 经费); a goal's 指标值 / 指标完成 stay what they were
        r"|(?:专项|经费)+指标(?!值|完成)(?:总额|总数)?"
        # 2021年预算飞行经费共计9799.2万元: the budget's fee named between, not a fee spent;
        # 共安排中央…(…补助)救灾资金7814万元: the fund a budget arranges, its name's 补助 no
        # receipt (thirty-fourth trial); an act between (预算执行经费, 安排拨付资金) is not one
        rf"|预算(?:(?!{_ACT}){_NAME_CHAR}){{1,8}}?经费"
        rf"|安排(?:(?!{_ACT}|需){_NAME_CHAR}){{1,24}}?资金",
    ),
    # 实际拨付至261个项目实施单位16227.61万元: paid on to those who carry the projects out,
    # spent (thirty-eighth trial); 拨付到位 / 到账 arrived, and 拨付至我局 / 本单位 received
    ("SPENDING", r"拨付(?:至|给|到)(?!位|账|我|本|该单位)"),
    # 2021年9月1日拨滇西铁路公司160万元: money handed to a company or a firm named after a bare
    # 拨, paid out (fortieth trial); 下拨 / 划拨 / 拨付 / 拨款 / 拨入 keep their reading
    (
        "SPENDING",
        r"(?<![下划])拨(?!付|款|入|出|到位|到账)给?[^，,。；;：:\d]{1,16}?(?:公司|企业|厂)",
    ),
    # 该项目已拨付工程款700万元: the works' price paid to the builder, spent (fortieth trial),
    # not money received by the 拨付
    ("SPENDING", r"拨付(?:了)?(?:的)?(?:工程|进度|建设|设备|质保)(?:尾)?款"),
    # 工程进度款已拨付资金100.6万元: the works' price named first, then paid (forty-first trial)
    (
        "SPENDING",
        r"(?:工程|进度|建设|设备|质保)(?:尾)?款(?:已经?|累计|共)*拨付(?:了)?(?:的)?(?:资金|金额)?(?![至给到])",
    ),
    # 总资金规模24224.30万元: the size of the fund a report evaluates, a budget (thirty-eighth
    # trial)
    ("BUDGET", r"资金规模"),
    # 已分配资金2166.00万元, …方向实际分配1746.00万元: funds shared out to projects, a budget
    # (thirty-eighth trial); 分配到位 / 分配至… say where it went, not what it is
    ("BUDGET", r"(?:已|实际)分配(?:的)?(?:资金|金额|数额)?(?!到位|至|给|到)"),
    # 补助市县体育4933万元: a subsidy paid down to the lower levels, named by whom it goes to, is
    # money paid out, not a grant received (trial 56's 1014, a provincial sports bureau's notice
    # of its lottery fund's use, read as revenue before); tried before 补助 alone
    ("SPENDING", r"补助(?:给|到|至)?各?(?:市县|市州|县市区?|县区|市、县|乡镇|下级|基层)"),
    (
        "REVENUE",
        # 实际拨付金额是108万元: the 金额 of a money word is that money's sum, not an
        # amount of no kind (thirty-third trial); so 支付金额, 执行金额 below
        # 已全部分解到位 (thirty-fourth trial): fully shared out among recipients, no arrival
        r"收入(?:决算数?|总计|合计)?|(?:(?<!分解)(?<!分配)到位|到账|拨付|下达|下拨|拨入)(?:金额|数额)?"
        # 财政拨款收入决算总计177.28万元: the 决算 of the appropriation received, as 收入决算 is
        # (trial 59's 1152, a health centre's 决算 note, read as spent by its 决算 before)
        r"|财政拨款收入(?:决算数?|总计|合计)?"
        r"|补助|资金来源",
    ),
    # 获批省政府专项债券资金12300万元: funds granted on approval, a budget (trial 46); so 获得…
    # 资金 (获得中省水利发展资金2000万元: the funds a project was granted, forty-eighth trial),
    # the fund's name opening on its year too (我市获得2023年度中央水污染防治专项资金17347万元:
    # trial 51's 840, a city's grant out of a central transfer)
    (
        "BUDGET",
        # 连续5年安排不少于200万元/年的…基金: a floor the budget arranges, a budget (trial 62's
        # 1241, a county's bamboo-industry fund, unread before)
        r"安排(?:不少于|不低于)(?=\s*$)|"
        r"预算|安排资金|批复|获批|年初安排|核定|安排(?=\s*$)"  # 购置安排692万元
        r"|获得了?(?=(?:20\d\d\s*年度?)?[^，,。；;：:\d]{0,20}?(?:资金|经费))",
    ),
    (
        "SPENDING",
        # 支总计460.06万元 (出 dropped, twenty-ninth trial): spending; not 收支总计, 收、支总计
        r"支出(?:决算数?|总计|合计|金额|数额)?|(?<!收)(?<!收、)支(?=\s*(?:总计|合计))"
        # 实际完成投资54.6万元, 实际决算金额54.6万元: what the works cost in the end, spent
        # (thirty-seventh trial), not an investment or a sum of no kind
        r"|(?:执行|(?<!转移)支付|列支|使用)(?:金额|数额)?|花费|开支|经费|费用"
        # 国土部晒三公:公车消费1326万 (trial 54's 921, a headline): the cars' spending, as 花费;
        # 消费 alone (消费扶贫, 消费券) names no money of the unit's
        r"|(?:公车|公务|公款|三公)消费"
        # 5个部门花2.69亿: a headline's bare 花 (spent) right before the figure, as 花费 (trial
        # 58's 1113, a news item on 贵州's 三公, missing before); 少花 / 多花 are changes, and
        # a flower's or a crop's name (棉花, 樱花, 鲜花) no spending
        rf"|{SPENT}(?=\s*$)"
        r"|决算(?:金额|数额)?|实际(?:完成)?投资额?|实际完成"
        # 完成总投资24187万元: the investment the works completed, spent as 实际完成投资 (the
        # corpus's 502; trial 61's 1212, a transport bureau's rural roads self-evaluation in
        # traditional characters); 计划完成, 预计完成, 拟完成 are plans
        r"|(?<![计预拟需])(?<!计划)(?<!预计)完成总投资(?:额)?"
        r"|完成预算资金|完成资金",
    ),
    # 救灾物资采购专项资金: what a fund of that name buys, not a purchase (thirty-sixth trial)
    # 总保费 / 保费总额: an insurance's premiums in all, paid by the insured and the subsidies
    # together, no money of the unit's (forty-seventh trial); 保费补贴 is not this word;
    # 造成经济损失9121.69万元: what a disaster cost the economy, no money of the unit's either
    # 金额合计 / 合计金额: a sum's word, no kind of its own; the money words before it in its
    # clause name what the sum is of (forty-seventh trial)
    # 结算审核造价819931.72元: what the works were audited to cost, no money paid or granted
    # (forty-eighth trial); 合同造价 / 中标造价 stay the contract's, 造价咨询费 a fee
    (
        "OTHER",
        r"总投资|投资|资产|采购(?!(?:专项)?(?:资金|经费))|(?<!合计)(?<!总计)金额(?!合计|总计)"
        r"|总保费|保费总额|经济损失|(?<!合同)(?<!中标)(?<!合同总)造价(?![\u4e00-\u9fff]{0,4}费)",
    ),
)
KIND = re.compile("|".join(f"(?P<k{i}>{words})" for i, (_, words) in enumerate(KIND_WORDS)))


_PARTS = re.compile(r"基本支出|项目支出|人员经费|公用经费|(?<!上年)(?<!上年度)决算数?为?$")


def kind_in(own: str, context: str) -> str | None:
    """The kind the words just before the amount name; the parts of a total (其中：基本支出…)
    and a bare 决算数 take the kind of what the clause is about (预算总金额…, 收入…)."""
    kind = _kind(own)
    if kind == "SPENDING" and _FEE_ACCOUNTS.search(own):
        return kind  # 其中:因公出国(境)费决算为0万元: the fee's own 决算, spent
    if kind == "SPENDING" and _PARTS.search(own.rstrip("为是：: ")):
        head = context[: context.rfind("其中")] if "其中" in context else context[: -len(own)]
        if mirrors_revenue(own, head):
            return kind  # 项目收入65万元,项目支出65万元: the other side, not a part
        about = _kind(head)
        if about in ("BUDGET", "REVENUE") and "支出" not in own.replace("基本支出", "").replace(
            "项目支出", ""
        ):
            return _actual(about, own, head)
    return kind or _kind(_CLOSED_BRACKET.sub("", context))


_CLOSED_BRACKET = re.compile(r"(?<=元)\s*[（(][^（()）]*[)）](?=[^（()）]*$)")
"""A bracket closed before the amount's own words, the last one, opened right after an amount:
it glosses the amount before it, and its words are not the next amount's (2010年决算数包括公务
用车购置费139.11万元(更新公务用车8辆,车均17.39万元),交通费328.43万元: trial 53's 881, the 车均
inside the bracket made the 交通费 a rate; the clause's 决算 names it). A bracket after words
(资金使用情况(万元)…: a unit's, heldout49's test) is no gloss of an amount and stays read."""


def past_gloss(text: str, low: int, at: int, about: str, reach: int) -> str:
    """The words before the amount at ``at`` in which its kind is looked for (``about``, the
    ``reach`` characters back to ``low``), counted past a bracket that glosses the amount
    before (see above): the bracket's words are no part of them, and the reach goes back by
    as many characters as the bracket held, to the words before it (…决算数包括…)."""
    wide = text[max(low, at - 3 * reach) : at]
    bare = _CLOSED_BRACKET.sub("", wide)
    if bare == wide or _CLOSED_BRACKET.search(about) is None:
        return about
    return bare[-reach:]


def _actual(about: str, own: str, head: str) -> str:
    """A 决算数 after a budget of revenue or of spending is that revenue or spending as it
    came out (预算收入785.59万元，决算数为885.63万元: revenue), never a budget; after a budget
    of no revenue (该项目预算数为15.00万元，决算数为5.00万元) it is what was spent. So too
    where other words come between (全年预算数…,预算调剂比例34.14%,决算数…) or the 决算 is
    named with what it is of (全年预算为…,收支总决算…: the accounts of both sides, thirtieth
    trial): a 决算 figure is never a budget."""
    if about != "BUDGET" or not _ACCOUNTS_END.search(own):
        return about
    budget = _last(_BUDGET_OF, head, 0, len(head))
    if budget is None:
        return "REVENUE" if "收入" in head else "SPENDING"
    return "REVENUE" if budget["of"] == "收入" else "SPENDING"


_FEE_ACCOUNTS = re.compile(r"费\s*决算数?[为是：:]?\s*$")
"""A fee's 决算 named with the fee (公务接待费决算为…), not a bare 决算数 of a total."""
_ACCOUNTS_END = re.compile(r"决算数?[为是：:]?\s*$")
"""The 决算 an amount's own words end on: the accounts as they came out."""
_BUDGET_OF = re.compile(r"预算(?P<of>收入|支出)")


def _kind(context: str) -> str | None:
    """The kind of the money word nearest the end of ``context``."""
    found = _last(KIND, context, 0, len(context))
    return KIND_WORDS[int(found.lastgroup[1:])][0] if found else None


kind_of = _kind
"""The kind of the money word nearest the end of some words, for a table rule that reads
a figure written inside a text cell (``threepublicrows``)."""
