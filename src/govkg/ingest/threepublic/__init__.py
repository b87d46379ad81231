"""“三公”经费 notes: a department's note on its 因公出国(境)费, 公务接待费 and
公务用车购置及运行费, a report of the family, and the kinds of its items.

words       the 三公经费 as written and a note's title words
sign, sheet, opening, summed, title   how a note is known (its items, title or opening)
titleplace                            the area a note's title opens on (its unit)
items, section, variance              the kind of its items (under a 预算 or 决算 total)
budgettotal                           a budget note's total worded 支出 (budgeted)
budgetitems                           a budget note's items and their parts (budgeted)
vehicletypes                          the money of the cars bought, by type (the purchase item's)

Below ``kinds`` and ``document``, which ask it; its tables are read in ``tables``
(threepublicgrid, threepublicitemgrid, threepublicpairs, threepublicrows, threepubliccells).
"""
