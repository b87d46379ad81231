"""The readings of an amount's kind found in the held-out trials, asked in one place.

``money`` is at its size, so the rules that look past the words right before an amount
(an approval that governs its sentence, a contract's schedule and its 大写/小写, an
execution pair checked by its rate, funds arriving under their heading, 财政拨款 named
after the figure, a kindless total and the parts that add up to it; from the fourth: a
fiscal account's balancing words, 经费 under a heading of money arriving, a breakdown by
the nature of spending, a difference from the budget, amounts that add up to a total of
the paragraph; from the fifth: words right before it that settle its kind, ``growth``;
the parts and items of a listed total, ``listparts``; from the seventh: a 追加 or pooled
funds assigned to a budget, ``additions``, and what of a project's budget its funds 已拨付,
``paidout``; a goal under a target heading, ``targets``; a total its named parts add up
to, ``namedparts``; from the tenth: the items of a 三公 total, ``threepublic.items``; from
the twelfth: a 三公 item under its section's heading, ``threepublic.section``, and the figure a
statement is compared with, ``compared``; a goal's value at the end of its indicator's
path, ``goalpath``; from the thirteenth: a 政府采购 figure and a rate by its 标准,
``prosekinds``; from the fourteenth: a change after the figure compared with,
``compared``; from the sixteenth: a projection, ``projected``, and
a goal behind its label, ``goallabel``; from the eighteenth: the level a figure came to
after its change, ``changedlevel``, money paid out, ``disbursed``, and the items of a
list its lead names, ``leadlist``; from the twentieth: an amount per kilometre or other
measure, ``prosekinds``; from the twenty-second: a figure followed by 每月的…补贴费,
``prosekinds``, a budget's words in reverse order, ``budgetwording``, money said to be used
up after it, ``usedup``, the total after a rate, ``ratetotal``, and the money of the cars
bought by type, ``threepublic.vehicletypes``; from the twenty-seventh: the shares of money
handed on, each in a bracket after its project, ``passedparts``, and the items of a clause
opened by 支付, ``paidlist``; from the twenty-eighth: a budget note's 三公 total worded 支出,
``threepublic.budgettotal``; from the twenty-ninth: an amount after a class of spending's
code, by its section's heading, ``functionclass``, and a fund the text says was handed down,
stated later under its name alone, ``handedfund``; from the thirtieth: the fees listed after
待支付…:, ``duelist``, a fund named by 补助 under a heading of the budget,
``fundheading``, and an item of a 一是…二是… list, ``enumerated``; from the thirty-second:
money said after its figure to be paid out, ``paidafter``, what a fund is made of,
``fundmakeup``, an amount in the reason given for a change, ``reasonclause``, funds named
after a budget allocation's file number, ``budgetfile``, a ceiling, ``ceiling``, the items
of a detail list opened right after a total, ``detaillist``, and a part of money paid out
that came from last year's carry-over, ``sourceparts``; from the thirty-fourth: a fund
said after its figure to be split among recipients, ``splitafter``, the next fee of a list a
budget's verb opens, ``feelist``, a figure said after it to be paid later, ``payablelater``,
funds 拨付 as a contract and the works' progress say, ``contractpaid``, a part of a revenue
total named as budgeted revenue, ``revenuesource``, a fund no word names whose bracket
of parts names a budget, ``bracketedwhole``, and a fee under a heading of the funds' input,
``inputheading``; from the thirty-fifth: the items of a list cut by ；after funds handed
down, ``handedlist``, and the projects a budget arranges, counted and then listed,
``arrangedprojects``; from the forty-first: the funds an evaluation's scope lists,
``evaluationscope``; from the forty-second: a part in brackets of a revenue figure,
``revenueinclusion``, and the function classes under a revenue section's 财政拨款,
``revenueclasses``; from the forty-third: a fund's size in brackets after the fund
an evaluation is of, ``evaluatedfund``, and a project's 金额 after its 项目名称,
``namedproject``, and an appropriation named alone before its figure,
``appropriationtotal``; from the forty-fourth: matching funds named alone before their
figure, ``matchingfunds``; from the forty-fifth: the items a spent amount was mainly used
for, ``usedforitems``, and a 决算 clause's figure whose fund is named 一般公共预算,
``accountsclause``; from the forty-seventh: a part named by its fund's 补助 under a budget
total, ``subsidyparts``, the revenue lines of a revenue budget, ``budgetedrevenue``, and
money given to each of the recipients a sentence names, ``eachgiven``; from the
forty-eighth: the items of a note titled as a 三公 budget, ``threepublic.budgetitems``, the
later parts of a list under 其中 written figure first, ``figurefirstparts``, and an amount
that marks off which bodies a rule covers, ``threshold``; from the forty-ninth: the spending
lines of a spending budget, ``budgetedspending``, and the revenue and spending a budget
note's own section states, ``budgetsection``, a finance ministry's 下拨 to a place,
``ministrypassed``, the parts a total is said to be made of, ``composedparts``, money a 将
clause pays with its verb after the figure, ``transferafter``, a bond's amount issued,
``bondissued``, and a sum granted with its fund named after the figure, ``grantedafter``; from
the fiftieth: the 收入 and 支出 of a department's budget note as a whole, by its title or its
headings, ``budgetnote`` read in ``budgetsection``; from the fifty-first: a fee compared
at once with an earlier year's 决算, ``accountscompared``, and the items of a sentence
opening on a revenue's name and 中, ``revenuelead``; from the fifty-second: the funds a
count of evaluations covers, ``evaluatedcount``, and a spending figure of 今年 with nothing
said done, ``thisyearbudget``, and last year's figure before the subject that names its
kind, ``comparedsubject``; from the fifty-third: a part in brackets of a budget figure,
``budgetinclusion``, and the items an account stated earlier is said to include,
``includeditems``; from the fifty-fourth: a difference said 多 / 少 after a comparison,
``moreless``, a fund named as the reason for a change of revenue, ``reasonfunds``, what a
carry-over is said to include, ``carryincludes``, the purpose said after a listed part's
figure, ``purposeafter``, another organ's figures in a news item about one, ``otherorgan``,
numbered lines whose first figures add up to a figure of the lead before them, ``summedlines``,
the parts a 此外 sentence goes on listing after a total's 其中, ``furtherparts``, and the level
after a change said in words, of its sentence's topic, ``wordedlevel``; from the fifty-fifth: a
figure named by 决算 and 预算 at once, by its other statements, ``bothaccounts``, two figures
given 分别 for names of two kinds, ``pairedsides``, money said after it to be taken in as
revenue, ``takenrevenue``, another body's figure ranked among those compared,
``rankedbodies``, a fee compared at once with an earlier year's 预算 in a paragraph of
budgets, ``budgetcompared``, and a fund's size said 规模 before its figure, ``fundsize``; from the
fifty-sixth: a fund's sum named in its report's title, ``titledfund``, the sum an ex-ante
assessment applies for, ``exanteapplied``, and the money brought under performance management,
``performancescope``; from the fifty-ninth: the sources a carry-over's total lists after it,
``carrysources``, a change whose verb was dropped, said after it with its rate,
``verblesschange``, and funds paid out bare for the works they speed up, ``paidforworks``; from
the sixty-second: a bare verb of change proven by its rate or its average, ``ratedchange``; from
the sixty-fourth: spending cut and put to another use, ``cutredirected``, and the 支出 of a news
item headlined on budgets published, ``publishedbudgets``) are
asked here, each in its own module, after ``money``'s own rules. Each returns the kind
unchanged where it does not apply; a rule that finds an amount cannot be read says why.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from govkg.ingest.kinds.accountsappropriation import accounts_appropriation_kind
from govkg.ingest.kinds.accountsclause import accounts_clause_kind
from govkg.ingest.kinds.accountscompared import accounts_compared_kind
from govkg.ingest.kinds.additions import addition_kind
from govkg.ingest.kinds.allocated import appropriation_after
from govkg.ingest.kinds.allocationlist import allocation_list_kind
from govkg.ingest.kinds.appropriationtotal import appropriation_total_kind
from govkg.ingest.kinds.approved import approved_kind
from govkg.ingest.kinds.arrangedprojects import arranged_projects_kind
from govkg.ingest.kinds.bondissued import bond_issued_kind
from govkg.ingest.kinds.bothaccounts import both_accounts_kind
from govkg.ingest.kinds.boundtarget import bound_target_kind
from govkg.ingest.kinds.bracketedwhole import bracketed_whole_kind
from govkg.ingest.kinds.breakdown import breakdown_kind
from govkg.ingest.kinds.budgetcolumn import budget_column_kind
from govkg.ingest.kinds.budgetcompared import budget_compared_kind
from govkg.ingest.kinds.budgetedrevenue import budgeted_revenue_kind
from govkg.ingest.kinds.budgetedspending import budgeted_spending_kind
from govkg.ingest.kinds.budgetfile import budget_file_kind
from govkg.ingest.kinds.budgetinclusion import budget_inclusion_kind, listed_inclusion_kind
from govkg.ingest.kinds.budgetsection import budget_section_kind
from govkg.ingest.kinds.budgetsources import budget_sources_kind
from govkg.ingest.kinds.budgetsplit import budget_split_kind
from govkg.ingest.kinds.budgetwording import budget_wording_kind
from govkg.ingest.kinds.carryincludes import carry_included_kind
from govkg.ingest.kinds.carrysources import carry_source_kind
from govkg.ingest.kinds.ceiling import ceiling_kind
from govkg.ingest.kinds.changedlevel import level_kind
from govkg.ingest.kinds.classchange import class_change_kind
from govkg.ingest.kinds.classparts import class_in_bracket
from govkg.ingest.kinds.compared import change_after_compared, compared_kind
from govkg.ingest.kinds.comparedsubject import compared_subject_kind
from govkg.ingest.kinds.components import components_kind
from govkg.ingest.kinds.composedparts import composed_part_kind
from govkg.ingest.kinds.continueduse import continued_use_kind
from govkg.ingest.kinds.contractpaid import contract_paid_kind
from govkg.ingest.kinds.contracts import contract_kind
from govkg.ingest.kinds.costactual import cost_actual_kind
from govkg.ingest.kinds.cutredirected import cut_redirected_kind
from govkg.ingest.kinds.detaillist import detail_list_kind
from govkg.ingest.kinds.disbursed import disbursed_kind
from govkg.ingest.kinds.duelist import due_list_kind
from govkg.ingest.kinds.eachgiven import each_given_kind
from govkg.ingest.kinds.enumerated import enumerated_kind
from govkg.ingest.kinds.evaluatedcount import evaluated_count_kind
from govkg.ingest.kinds.evaluatedfund import evaluated_fund_kind
from govkg.ingest.kinds.evaluationscope import evaluation_scope_kind
from govkg.ingest.kinds.exanteapplied import ex_ante_applied_kind
from govkg.ingest.kinds.executed import arrived_kind, arrived_named_kind, execution_kind
from govkg.ingest.kinds.feelist import fee_list_kind
from govkg.ingest.kinds.figurefirstparts import figure_first_part_kind
from govkg.ingest.kinds.fiscalbalance import fiscal_kind
from govkg.ingest.kinds.functionclass import function_class_kind
from govkg.ingest.kinds.fundheading import fund_heading_kind
from govkg.ingest.kinds.fundmakeup import fund_makeup_kind
from govkg.ingest.kinds.fundsize import fund_size_kind
from govkg.ingest.kinds.furtherparts import further_part_kind
from govkg.ingest.kinds.goallabel import goal_label_kind
from govkg.ingest.kinds.goalpath import goal_path_kind
from govkg.ingest.kinds.goalsum import goal_sum_kind
from govkg.ingest.kinds.grantedafter import granted_after_kind
from govkg.ingest.kinds.growth import growth_kind
from govkg.ingest.kinds.handedfund import handed_fund_kind
from govkg.ingest.kinds.handedlist import handed_list_kind
from govkg.ingest.kinds.includeditems import included_item_kind
from govkg.ingest.kinds.inputheading import input_heading_kind
from govkg.ingest.kinds.leadlist import lead_list_kind
from govkg.ingest.kinds.linedparts import lined_parts_kind
from govkg.ingest.kinds.listparts import list_part_kind
from govkg.ingest.kinds.matchingfunds import matching_funds_kind
from govkg.ingest.kinds.ministrypassed import ministry_passed_kind
from govkg.ingest.kinds.moreless import compared_more_less, elided_more_less
from govkg.ingest.kinds.namedparts import named_parts_kind
from govkg.ingest.kinds.namedproject import named_project_kind
from govkg.ingest.kinds.numbereduses import numbered_use_kind
from govkg.ingest.kinds.otherorgan import other_organ_kind
from govkg.ingest.kinds.overviewfunds import overview_funds_kind
from govkg.ingest.kinds.paidafter import paid_after_kind
from govkg.ingest.kinds.paidforworks import paid_for_works_kind
from govkg.ingest.kinds.paidlist import paid_list_kind
from govkg.ingest.kinds.paidonward import paid_onward_kind
from govkg.ingest.kinds.paidout import paid_out_kind
from govkg.ingest.kinds.pairedsides import paired_side_kind
from govkg.ingest.kinds.partkinds import kind_of_total
from govkg.ingest.kinds.passedparts import passed_part_kind
from govkg.ingest.kinds.payablelater import payable_later_kind
from govkg.ingest.kinds.performancescope import performance_scope_kind
from govkg.ingest.kinds.perheadincome import per_head_income_kind
from govkg.ingest.kinds.procurementshare import procurement_share_kind
from govkg.ingest.kinds.projected import projected_kind
from govkg.ingest.kinds.projectfunds import project_funds_kind
from govkg.ingest.kinds.projectinvestment import project_investment_kind
from govkg.ingest.kinds.prosekinds import (
    per_measure_kind,
    per_period_fee_kind,
    procurement_kind,
    rate_standard_kind,
)
from govkg.ingest.kinds.publishedbudgets import published_budget_kind
from govkg.ingest.kinds.purposeafter import purpose_after_kind
from govkg.ingest.kinds.putin import put_in_kind
from govkg.ingest.kinds.rankedbodies import ranked_body_kind
from govkg.ingest.kinds.ratedchange import rated_change_kind
from govkg.ingest.kinds.ratetotal import rate_total_kind
from govkg.ingest.kinds.reasonclause import reason_clause_kind
from govkg.ingest.kinds.reasonfunds import reason_fund_kind
from govkg.ingest.kinds.receivedfund import received_fund_kind
from govkg.ingest.kinds.revenueclasses import revenue_class_kind
from govkg.ingest.kinds.revenueinclusion import revenue_inclusion_kind
from govkg.ingest.kinds.revenuelead import revenue_lead_kind
from govkg.ingest.kinds.revenuesource import revenue_source_kind
from govkg.ingest.kinds.sourceparts import source_part_kind
from govkg.ingest.kinds.spenton import spent_on_kind
from govkg.ingest.kinds.splitafter import split_after_kind
from govkg.ingest.kinds.subsidyparts import subsidy_part_kind
from govkg.ingest.kinds.summedlines import summed_line_kind
from govkg.ingest.kinds.sums import summed_kind
from govkg.ingest.kinds.takenrevenue import taken_revenue_kind
from govkg.ingest.kinds.targets import target_kind
from govkg.ingest.kinds.thisyearbudget import this_year_budget_kind
from govkg.ingest.kinds.threshold import threshold_kind
from govkg.ingest.kinds.titledfund import titled_fund_kind
from govkg.ingest.kinds.transferafter import transfer_after_kind
from govkg.ingest.kinds.unpaidrest import unpaid_rest_kind
from govkg.ingest.kinds.usedforitems import used_for_item_kind
from govkg.ingest.kinds.usedup import used_up_kind
from govkg.ingest.kinds.variance import variance_kind
from govkg.ingest.kinds.verblesschange import verbless_change_kind
from govkg.ingest.kinds.wordedlevel import worded_level_kind
from govkg.ingest.kinds.yearside import year_side_kind
from govkg.ingest.threepublic.budgetintro import budget_intro_kind
from govkg.ingest.threepublic.budgetitems import budget_item_kind
from govkg.ingest.threepublic.budgetnews import budget_news_kind
from govkg.ingest.threepublic.budgetsum import budget_sum_kind
from govkg.ingest.threepublic.budgettotal import budget_total_kind
from govkg.ingest.threepublic.carparts import car_part_kind
from govkg.ingest.threepublic.items import three_public_item_kind
from govkg.ingest.threepublic.vehicletypes import vehicle_type_kind

__all__ = ["context_kind"]


def context_kind(
    text: str,
    start: int,
    end: int,
    own: str,
    kind: str | None,
    kinds: list[tuple[int, str | None]],
    kind_of: Callable[[str], str | None],
) -> tuple[str | None, str | None]:
    """(kind, reason if unread by a rule here) of the amount at ``text[start:end]``;
    ``own``: its own words before it; ``kinds``: (end, kind) of each amount before it."""
    before_kind = kinds[-1][1] if kinds else None  # approvals, contracts…
    kind = budget_wording_kind(own, kind)  # 预算安排收入: a budget; 实际执行支出预算: spent
    kind = accounts_clause_kind(own, kind, kind_of)  # 2031年决算一般公共预算安排…经费数为…: spent
    kind = project_funds_kind(text, start, kind, kind_of)  # 2020年项目经费10万元: a budget
    kind = reason_clause_kind(own, kind, kind_of)  # 减少的主要原因是…购置2辆公务用车19.44万元
    kind = fee_list_kind(text, start, own, kind, kinds, kind_of)  # 安排A经费50万元、B经费60万元
    kind = handed_list_kind(text, start, end, kind, kinds, kind_of)  # 下达A项目40万元;B经费25万元
    kind = arranged_projects_kind(text, start, end, kind, kind_of)  # 安排项目4个,即A经费120万元、…
    kind = lead_list_kind(text, start, kind, kind_of)  # 专项资金预算:…经费36.4万元、…17万元
    kind = evaluation_scope_kind(text, start, kind, kind_of)  # 评价范围包括:甲资金80万元、…
    kind = evaluated_fund_kind(text, start, end, kind)  # 对甲专项资金(80万元)进行了绩效评价
    kind = list_part_kind(text, start, kind, kinds)
    kind = figure_first_part_kind(text, start, kind, kinds)  # 其中A万元下拨…,B万元用于…
    kind = used_for_item_kind(text, start, kind, kinds)  # …支出”40.6万元,主要用于:A5万元,B1万元
    kind = detail_list_kind(text, start, kind, kinds)  # 共计支出6.77万元,具体内容包括:…;…0.18万元
    kind = source_part_kind(text, start, end, kind, kinds)  # 发放…(…,上年结转资金52.73万元)
    kind = revenue_source_kind(text, start, own, kind, kinds)  # 总收入…其中…拨款预算收入155万元
    kind = budget_sources_kind(text, start, kind, kinds)  # 总预算…,资金来源为:中央补助…
    kind = disbursed_kind(own, kind, kind_of)  # 发放补助金2126.81万元: paid out, not received
    kind = contract_paid_kind(own, kind)  # 按合同约定和施工进度…拨付资金66.86万元: paid out
    kind = unpaid_rest_kind(text, start, kind)  # 资金支付18501.096万元,未支703万元: left over
    kind = class_in_bracket(  # (基本支出…、项目支出4922万元); 继续使用…; 增加基本支出…
        text, start, class_change_kind(own, continued_use_kind(own, kind)), kinds
    )
    kind = compared_more_less(own, growth_kind(own, kind))  # 比2010年…决算数多了0.34万元
    kind = variance_kind(own, fiscal_kind(text, own, kind, kind_of), text, start)
    kind = elided_more_less(text, start, own, kind, kinds)  # …较预算少支出X,“乙费”少支出Y
    kind, why = level_kind(text, start, kind, kind_of)  # 减少133万元,为115,055万元: a level
    if why:
        return None, why
    kind = appropriation_after(text, end, own, kind, kind_of)
    kind, why = contract_kind(text, start, end, kind)
    if why:
        return None, why
    kind, why = approved_kind(text, start, kind)
    if why:
        return None, why
    kind = execution_kind(text, start, end, kind, before_kind, kind_of)
    kind = arrived_kind(text, start, end, kind)
    kind = arrived_named_kind(text, start, kind, kind_of)
    kind, why = breakdown_kind(text, start, own, kind, kind_of)
    if why:
        return None, why
    kind = summed_kind(text, start, own, kind, kinds, kind_of)
    kind = budget_split_kind(text, start, own, kind, kinds, kind_of)  # 预算200万元,…A65万元、…
    kind = named_parts_kind(text, start, end, kind, kind_of)
    kind = addition_kind(text, start, end, components_kind(text, start, kind, kind_of), kinds)
    kind = paid_onward_kind(text, start, end, paid_out_kind(text, start, end, kind, kinds), kinds)
    kind = target_kind(text, start, kind)
    kind = projected_kind(text, start, kind)  # 预计年收入2万元: a projection
    kind = goal_label_kind(text, start, kind)  # 投入目标:…金额2000万元: a goal
    kind = overview_funds_kind(text, start, own, bound_target_kind(text, start, kind))
    kind = goal_path_kind(text, start, end, kind)
    kind = budget_total_kind(text, start, kind)  # 预算说明: “三公”经费支出合计5.6万元 budgeted
    kind = budget_news_kind(text, start, kind)  # 2013年三公经费预算…: 北京…达11.1亿元 budgeted
    kind = budget_sum_kind(text, start, kind)  # 2014年…“三公”经费预算…编制,合计8.9亿元
    kind = budget_intro_kind(text, start, kind)  # …“三公经费”预算安排情况:…支出总额为… budgeted
    kind = three_public_item_kind(text, start, kind, kinds, kind_of)
    kind = budget_item_kind(text, start, kind, kinds)  # 预算说明: 公务接待费42万元,其中…
    kind = car_part_kind(text, start, kind, kinds)  # (1)公务用车购置费0万元 under the cars item
    kind = vehicle_type_kind(text, start, kind, kinds)  # 购置公务用车…其中:轿车0辆、金额0万元
    kind = change_after_compared(text, start, compared_kind(text, start, end, kind, kinds))
    kind = spent_on_kind(own, lined_parts_kind(text, start, kind, kinds, kind_of), kind_of)
    kind = allocation_list_kind(text, start, kind, kind_of)  # 分配至A县93万元,B县52万元
    kind = rate_standard_kind(text, end, own, procurement_kind(own, kind))
    kind = procurement_share_kind(text, end, own, kind)  # 货物类采购1万元,占政府采购预算58.8%
    kind = bracketed_whole_kind(text, start, end, kind, kind_of)  # 资金800万元(财政预算740万元,…)
    kind = used_up_kind(text, end, kind)  # ,4.4万元慰问经费于…全部使用完毕: spent
    kind = paid_after_kind(text, end, own, kind, kind_of)  # 补助资金…元于2020年11月10日发放
    kind = payable_later_kind(text, end, own, kind, kind_of)  # ,105.04万元将于…验收后…支付
    kind = fund_makeup_kind(text, start, kind, kind_of)  # 该项资金包含…A元及…B元,合计共X元
    kind = ceiling_kind(text, end, budget_file_kind(own, kind))  # 在120万元额度内; 财预指[…]号
    kind = threshold_kind(text, start, end, kind)  # 1亿元以下的单位; 20多个部门…超过1000万元
    kind = split_after_kind(text, end, kind)  # 资金6800万元进行了合理分解; …万元分两批下达
    kind = per_period_fee_kind(text, end, own, kind)  # 36.66元每月的记账户补贴费: a rate
    kind = per_measure_kind(own, kind)  # 每公里扣1500元: a rate
    kind = passed_part_kind(text, start, kind, kinds)  # 将该笔资金下拨至…“…项目”(723万元)
    kind = paid_list_kind(text, start, kind)  # ;支付…经费50万元,…购置经费15万元: spent
    kind = due_list_kind(text, start, kind)  # 待支付前期费:预算审核费55,055元、…: still to pay
    kind = function_class_kind(text, start, own, kind)  # 20103-…事务9185万元 under 支出决算说明
    kind = handed_fund_kind(text, start, kind, kind_of)  # 下达…扑杀补助资金; …补助资金23万元
    kind = fund_heading_kind(text, start, own, kind)  # (一)…预算 / 中央补助地方…资金共计1586万元
    kind = input_heading_kind(text, start, own, kind, kind_of)  # (二)项目投入情况 / …经费1400万元
    kind = enumerated_kind(text, start, kind, kinds)  # 一是…需资金277万元 二是…600万元 三是…
    kind = composed_part_kind(text, start, kind, kinds)  # 共下达…亿元。主要包含:一是…;含…、…
    kind = revenue_inclusion_kind(own, kind, kinds, start, text)  # 拨款X元(含…经费Y元)
    kind = budget_inclusion_kind(own, kind, kinds, start, text)  # 预算X万元(含…支出Y万元)
    kind = listed_inclusion_kind(kind, kinds, start, text)  # 总预算X万元,含…经费Y万元,…Z万元
    kind = project_investment_kind(text, start, own, kind)  # 该项目位于…,总投资约13亿元
    kind = revenue_class_kind(text, start, own, kind)  # 收入来源…财政拨款…文物(款)Y万元
    kind = named_project_kind(text, start, kind, kind_of)  # 项目名称:甲资金,金额为12万元
    kind = appropriation_total_kind(text, start, own, kind)  # 2、财政拨款总额153.55万元: received
    kind = accounts_appropriation_kind(text, start, own, kind)  # (四)…决算… / 一般公共预算财政拨款X
    kind = matching_funds_kind(own, kind, kind_of)  # …有限公司配套资金10892.92万元: a budget
    kind = subsidy_part_kind(text, start, own, kind, kinds)  # 其中…补助资金X万元 of a budget
    kind = budgeted_revenue_kind(text, start, own, kind, kinds)  # 收入预算…其中…事业收入0万元
    kind = budgeted_spending_kind(text, start, own, kind, kinds)  # 支出预算…其中:科学技术支出…
    kind = budget_section_kind(text, start, own, kind)  # 三、部门预算情况说明 / …财政拨款收入…
    kind = goal_sum_kind(text, start, own, kind)  # 预算说明: 2018年绩效目标2个,金额550万元
    kind = ministry_passed_kind(text, end, own, kind, kind_of)  # 财政部会同…部共下拨四川省…
    kind = each_given_kind(text, start, own, kind)  # 对…十个乡镇分别补助7万元: paid on
    kind = transfer_after_kind(text, start, end, own, kind)  # 将…X万元拨付给我局 / 到各…
    kind = bond_issued_kind(text, start, own, kind)  # 专项债…2022年度发行9000万元: received
    kind = granted_after_kind(text, end, own, kind)  # 鞍山市获得3000万元奖励资金: a budget
    kind = accounts_compared_kind(text, end, own, kind)  # 公务接待费345950元,较2014年决算数增加
    kind = budget_compared_kind(text, start, end, own, kind, kinds)  # 国内接待费X万元,比2014年预算…
    kind = put_in_kind(text[start:end], own, kind, text[end : end + 20])  # 共投入…公益金870.2万元
    kind = numbered_use_kind(text, start, kind, kinds)  # …以下三个方面: / 1.甲类资金675.2万元
    kind = summed_line_kind(text, start, kind, kinds)  # 实际支出X万元…如下: / (1)…费A万元 / (2)…
    kind = further_part_kind(text, start, kind, kinds)  # 决算数X亿元,其中…。此外,A和B分别为…
    kind = worded_level_kind(text, start, kind, kind_of)  # 2011年的预算数…比2010年稍多,为X万元
    kind = budget_column_kind(text, start, end, kind)  # 全年预算数全年执行数… / 年度资金总额50万元
    kind = cost_actual_kind(text, start, end, kind)  # 成本指标项目建设成本≤50万元47.68万元: spent
    kind = received_fund_kind(text, start, kind, kind_of)  # 收到…保障支出520万元
    kind = revenue_lead_kind(text, start, kind)  # 财政补助收入中,在职人员经费X元,…: received
    kind = evaluated_count_kind(text, start, kind)  # 共对9个项目进行了评价,…涉及…资金X万元
    kind = compared_subject_kind(text, end, own, kind, kind_of)  # 与上年的X相比,…预算减少
    kind = this_year_budget_kind(own, kind)  # 沪今年教育支出208亿元 (a news item): a budget
    kind = year_side_kind(text, own, kind)  # 2010年决算数…; 商务委2010年公务用车运行维护费为
    kind = included_item_kind(text, start, kind, kinds)  # “交通费”科目下…还包括…费39.6万元
    kind = reason_fund_kind(text, start, own, kind, kinds, kind_of)  # 收入增加…原因是新增…资金
    kind = carry_included_kind(own, kind, kind_of)  # 原因是上年度结转包含…经费149万元
    kind = carry_source_kind(text, start, kind)  # 上年结转收入0万元,主要是…拨款0万元,…
    kind = verbless_change_kind(text, start, end, kind)  # 与2016年相比21.79万元,增加14.01%
    kind = rated_change_kind(text, start, end, kind)  # 下降543万元,降幅达58.6%; 平均下降达X万元
    kind = paid_for_works_kind(own, text[end : end + 60], kind)  # 拨付资金175亿元,加快…建设
    total = partial(kind_of_total, text, start, kinds)
    kind = purpose_after_kind(text, start, kind, kinds, kind_of, total)  # A310万元计划…:B24万元
    kind = other_organ_kind(text, start, kind)  # 水利部…。交通部去年“三公”支出X万元。水利部…
    kind = both_accounts_kind(text, start, end, own, kind, kind_of)  # …决算预算数48.32万元
    kind = paired_side_kind(text, start, kind, kind_of)  # 去年决算和今年预算分别为X和Y
    kind = taken_revenue_kind(text, end, kind)  # 年中安排的存量资金669.04万元作为收入
    kind = fund_size_kind(own, kind)  # 设立…专项资金,规模为5000万元: the money set for it
    kind = ranked_body_kind(text, start, kind)  # 各部门中…最高的是中国科学院,达X万元,其次为…
    kind = titled_fund_kind(text, start, end, kind)  # …开放经费236.25万元部门整体支出绩效自评表
    kind = ex_ante_applied_kind(text, start, own, kind)  # 事前绩效评估: 申请资金总额: / …480万元
    kind = performance_scope_kind(own, kind)  # 纳入绩效目标管理的项目支出金额约2140亿元
    kind = per_head_income_kind(text, start, kind)  # 居民可支配收入…分别达17200元、7555元
    kind = cut_redirected_kind(text, end, own, kind)  # 压减公用经费0.38亿元用于…: a saving
    kind = published_budget_kind(text, start, kind)  # 75所高校公布预算 / 支出方面,甲大学超过200亿
    return rate_total_kind(text, start, kind, kinds)  # 每户400元,共计4.4万元: not a rate
