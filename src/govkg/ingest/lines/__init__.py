"""A report's expenditure lines: every line it states and its place in the tree.

spending is the rule; linetree hangs each line under its category (childless drops an
empty derived total, rounding allows parts rounded past their total); unspent leaves out a
line whose amount the kinds read as money not spent (a budget, revenue, a contract…) or
not at all; then twocuts keeps one cut of a whole the report states two ways under it.
"""
