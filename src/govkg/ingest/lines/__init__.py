"""A report's expenditure lines: every line it states and its place in the tree.

spending is the rule; linetree hangs each line under its category (childless drops an
empty derived total, rounding allows parts rounded past their total).
"""
