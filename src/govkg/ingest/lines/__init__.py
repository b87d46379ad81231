"""A report's expenditure lines: every line it states, its share, its place in the tree.

spending is the rule; linetree hangs each line under its category (childless drops an
empty derived total, rounding allows parts rounded past their total); figureshares and
shareof read the shares a report states, each with what it is a share of.
"""
