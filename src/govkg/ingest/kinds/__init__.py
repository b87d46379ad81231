"""Every amount of money a report states, and which kind of money it is.

money is the rule (``money-figure``): each amount as a figure of one kind (SPENDING, BUDGET,
REVENUE, CHANGE, CARRY_OVER, PLANNED, CONTRACT, SAVING, PRICE_OR_RATE, OTHER), or listed
unread with its reason; its chain of asks is in one place (find_money), with the words that name
a kind in kindwords, the words said after a figure in saidafter, an amount's label and quote in
amountlabel, the kind of a part of a total or of a share in partkinds (lastmatch: the last match
of a pattern before an amount). contextkinds asks, in one place, the modules that settle a kind
from the words around an amount (approved, allocated, arrived, executed, projected,
variance, breakdown…), each named for the pattern of the genre it reads; sums, components, listparts
and the other part modules give a total's parts their kind; figureshares and shareof read
the share a report states for an amount, with what it is a share of; unitless, cutunit
and pagesplit list what cannot be read.
"""
