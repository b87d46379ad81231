"""Words said after an amount's figure that settle its kind (``money`` reads them in the 80
characters after it, a mirror's readings taken out): a budget (``BUDGET_AFTER``,
``ALLOCATED_AFTER``, ``PASSED_DOWN_AFTER``), an amount per something (``PER_UNIT``), money
received (``RECEIVED_AFTER``), money whose execution rate follows it (``EXECUTED_AFTER``)."""

from __future__ import annotations

import re

from govkg.ingest.kinds.prosekinds import HEADS, MEASURES

COUNTERS = r"只|头|匹|羽|件|台|辆|套|株"
"""What a price is said per besides heads and measures: animals (500元/只, 每头), items."""

__all__ = [
    "ALLOCATED_AFTER",
    "BUDGET_AFTER",
    "EXECUTED_AFTER",
    "NOT_ARRIVED_AFTER",
    "PAID_ON_AFTER",
    "PASSED_DOWN_AFTER",
    "PER_UNIT",
    "RECEIVED_AFTER",
    "STANDARD_AFTER",
    "STANDARD_BEFORE",
]

BUDGET_AFTER = re.compile(
    r"\s*(?:已经?|均已?)?\s*(?:全部|全额|足额)?\s*(?:经(?:年初|调整后?)?|[列纳]入[^，,。；;]{0,10}?)预算"
)
"""A budget said after it: 经费170万元经年初预算审核通过后; 资金3483万元列入2022年部门预算; so with
已 / 全部 between (trial 53's 899: 分三年将村级组织活动场所建设资金450万元全部纳入了财政预算)."""


PER_UNIT = re.compile(
    rf"\s*(?:/|每)\s*(?:{HEADS}|{COUNTERS}|月|年|次|{MEASURES})"
    # 30000元每年每人, 200元/人/月: a rate said per two things (thirty-sixth trial)
    rf"(?:\s*(?:/|每)\s*(?:{HEADS}|{COUNTERS}|月|年|次|{MEASURES}))?(?![\u4e00-\u9fff])"
    rf"|\s*/\s*(?:{HEADS}|{COUNTERS}|{MEASURES})(?=\s*(?:进行|予以|给予|的|发放|补助|补贴|计算|核定))"
)
"""An amount per something, said after it: 1.142万元/人, 0.3万元/人, 7000元/公里, 4400元/村,
500元/只 (a rate, not a sum); so per two things, 30000元每年每人, 200元/人/月 (thirty-sixth
trial). Written with a slash, the verb that pays at that rate may follow at once
(twenty-ninth trial: 按照7000元/人进行补助, 补贴1500元/只,…): still a rate; 每 followed by
more of a word (15万元每年度预算) stays what it was."""
STANDARD_AFTER = re.compile(r"\s*的?\s*标准(?!化)")
STANDARD_BEFORE = re.compile(r"(?:按照?|参照|依照|依据)\s*$")
"""A standard a sum is paid by, said by the 按 right before its figure and the 标准 right
after it (trial 57's 1054, a Shandong fund's evaluation: 整县制完成雨污合流管网清零的县(市、区),
按照500万元标准实施激励: what each county that qualifies is given, a rate, not an allocation);
the rate said 每公里不低于10万元 beside it was read so already. A figure with 标准 after it and
no 按 before (投资500万元标准化厂房: the 标准 of a name) keeps its reading."""
NOT_ARRIVED_AFTER = re.compile(
    r"\s*(?:资金)?\s*(?:尚|仍|还|均|暂)?\s*未(?:能)?\s*(?:拨付|下拨|下达|支付)?\s*(?:到位|到账)"
    # 还有600万元暂未拨付。: not yet paid on (trial 47), the clause ending on the verb
    r"|\s*(?:资金)?\s*(?:尚|仍|还|暂)\s*未(?:能)?\s*(?:拨付|下拨)\s*(?=[，,。；;\n]|$)"
)
"""Money said after its figure not to have arrived (资金2万元未到位, forty-first trial's leftover
of trial 39): neither received nor spent, OTHER, whatever word before it named the fund; so
money said not yet paid on, the clause ending on its verb (还有600万元暂未拨付。, trial 47)."""
RECEIVED_AFTER = re.compile(
    r"\s*(?:转移支付)?(?:资金)?"  # ,于2016年当年到位; 于2020年11月9日拨付到账
    r"(?:[，,]?\s*于\s*(?:20\d\d\s*年(?:当年|\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)?)?"
    r"(?:\s*[，,](?=\s*(?:已|均已|全额|全部|足额)))?"  # 39万元,已下拨到位 / ,全额拨付到位
    r"\s*(?:已经?|均已)?\s*(?:全部|全额|足额)?\s*(?:及时)?(?:拨付|下拨|下达)?\s*(?:到位|到账)"
    r"|\s*[，,]?\s*已\s*完成\s*自筹"
    # 154万元资金抵达我局账户: the money came into the unit's own account (thirty-ninth trial)
    r"|\s*(?:资金)?\s*(?:已经?)?\s*(?:抵达|到达|拨入|转入|存入)\s*(?:我|本|该)"
    r"(?:局|单位|部门|中心|院|所|委|办|站|校|会)?的?(?:账户|帐户|专户)")
"""Money received, said after its figure: "衔接资金105万元已全部到位", "100万元资金全部拨付到位",
"中央资金39万元,已下拨到位", "自筹资金2696元,已完成自筹" (raised: in hand); "专项资金92.4万元,
全额拨付到位" (trial 25: after a comma, 全额 / 全部 / 足额 say it all came); "第二批经费295万元于
下达到位后" (trial 29: 于 with no year, 下达到位: handed down and arrived); "奖补资金3.6万元于2031年
5月8日拨付到账" (trial 32: a date to the day between)."""
ALLOCATED_AFTER = re.compile(
    r"(?:\s*[（(][^（()）。；;\n]{0,60}?\d\s*(?:亿元|万元|元)[^（()）。；;\n]{0,20}?[）)])?"
    r"(?:\s*[，,]\s*(?:该|项目)*资金\s*(?:已经?)?(?:全部)?(?=\s*分配))?"
    r"(?:\s*[，,]?\s*(?:按照?|根据|依据)[^，,。；;\n]{1,40}?(?:比例|因素|标准|办法|方式|数量))?"
    r"\s*(?:分配|安排)(?:下达)?(?:至|给|到)"
    # 80万元洪涝灾害资金于12月9日分配如下: the fund named after the figure, the date, and the
    # list of its shares (forty-eighth trial)
    r"|\s*[\u4e00-\u9fff]{0,12}?(?:资金|经费)\s*(?:于\s*(?:20\d\d\s*年)?\s*\d{1,2}\s*月"
    r"(?:\s*\d{1,2}\s*日)?)?\s*(?:分配|安排)(?:下达)?(?:至|给|到|如下)"
)
"""Funds allocated, said after their figure: "奖补资金8,200万元分配至各县" (a budget); so after
a bracket of its parts (thirty-third trial): "预拨资金3608万元(中央资金2855万元、省级资金753万元)
分配到各项目实施机构"; so in the next clause, the funds named again (forty-first trial):
"…项目资金440万元,项目资金已经分配下达到项目建设单位"; so after the key it is shared by
(forty-third trial): "其中1000万元按照各市州…各占50%的比例分配到市州、县市区"."""
PASSED_DOWN_AFTER = re.compile(
    r"\s*(?:(?:中央|省级?|市级?|县级?)?(?:转移支付)?资金)\s*(?:已经?)?\s*(?:全部|全额|足额)?"
    r"\s*(?:下拨|下达)\s*(?:用于|至|到|给)"
)
"""Funds passed down to a use, said after their figure (twenty-seventh trial): "将2.4亿元资金
下拨用于实施清洁取暖,47万元资金下拨用于实施…项目" — what a city allocates on from the
transfer it was given, a budget as 下达…资金 is (``allocated``); the 下拨 before the second
figure is the first's, not its own (it was read as money received). 下拨到位 after a figure is
money arrived (``RECEIVED_AFTER``). So "将1400万元中央转移支付资金全部下达至有关部门和州(市)"
(thirty-sixth trial): the fund's level and 全部 may come between."""
PAID_ON_AFTER = re.compile(
    r"\s*(?:已经?|均已)?\s*(?:全部|全额|足额)\s*拨付\s*(?:至|到|给)?\s*(?:各个?|有关|相关|所属)"
    r"|\s*(?:资金)?\s*(?:已经?|均已)?\s*(?:全部|全额|足额)?\s*(?:及时)?支付到位"
    r"|\s*[，,]\s*(?:已经?|均已)\s*(?:全部|全额|足额)?\s*拨付\s*(?:完成|完毕)"  # trial 61's 1215
)
"""Funds paid on in full to those under the unit, said after their figure (thirty-sixth
trial): "将…补助资金99万元全部拨付各个县市区" — paid out, not received by the 补助 of the
fund's name; 全部拨付到位 stays money arrived (``RECEIVED_AFTER``). 支付到位 is the payer's
act done in full (thirty-ninth trial: 18家企业共计152萬元資金全部支付到位, a unit paying the
firms their subsidy): paid out, not received. 已全部拨付完成 said after a project's funds is the
payer's act done too (trial 61's 1215, a town's road project monitoring: 項目資金共157萬元,
已全部撥付完成); 已拨付到位 stays money arrived."""
EXECUTED_AFTER = re.compile(
    r"\s*[，,]?\s*(?:其\s*)?(?:预算|资金|项目|实际|年度|全年|当前)?\s*执\s*行\s*(?:比\s*例|比\s*率|率)"
    r"\s*(?:为|是|达到?|仅为?|约为?|不到|不足|超过)?\s*\d+(?:\.\d+)?\s*[%％]"
)
"""The budget's execution rate said right after a figure no word names: the figure is what
was executed, spent (trial 55's 965, a news item on a ministry's 决算: headline 外交部去年公务
接待费仅8万元 预算执行比例不到3%; body 其中:因公出国(境)费8657.78万元,预算执行比例为90.13%). Read
so only where nothing else gave the amount a kind (a part under 其中 takes its total's; 预算数
180万元,执行率100% keeps its own word), and where no amount read before it as anything but
spending has a rate said after it: the corpus's figures before 执行率 are the executed ones
(实际执行9265.35万元,项目执行率88.74%; 执行数29.6万,执行率100%), but a text that says the rate
after a budget (平台运维年初预算数12万元,执行率为83.33%;网络租赁8.50万元,执行率为100%: a fictional
test's) follows the other convention, and its unnamed figure stays unread."""
