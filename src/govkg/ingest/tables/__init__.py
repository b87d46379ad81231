"""Money in tables flattened to text: read where the table's own sums and heads place each
cell, listed unread where they do not.

tables is the rule (``money-table``) for tables whose unit is in a header (tableunits), its
cells in tablecells, the execution rates that confirm a displaced grid in executionrate, an
indicator table's money (a unit cell of its own) in indicatormoney; the others read one shape
each: 决算 books' statements (accountsrows, accountstables,
assetsheet, sheetcells, sheetline, sheetsums, tablesides), self-evaluation and target
forms (selfeval_form, targetform, ratedrows, costcells, owncells, sourcegrid, naturesplit,
yeargrid, unitfields), two years' rows their change proves (comparedrows), “三公”经费
tables (threepublicgrid, threepublicitemgrid,
threepublicpairs, threepublicrows, threepubliccells), cells glued by the flattening
(gluedcells, gluedfields, gluedfunds, gluedpoints, gluedtargets), tables restating the prose
(restatedcells); loosecells lists what no shape placed; cellfound makes a quoted cell.
"""
