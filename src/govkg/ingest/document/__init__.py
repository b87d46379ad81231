"""Which report a text is: its genre, its unit, its fiscal year and its date.

report is the rule (``report-title``); issuerchain asks, in order, the ways a report names
its unit where its title does not; the others are the ways reports name these:
titles (titleunit, titlefragment, titlemonitoring, titleresults, bareyear, headingunit,
worksproject), the body and the signature (issuer, ourunit, selfevaluated, accountsbody,
accountsheading, publisher, publisherreadings, relativepublisher, roleline, cellline), a
form's fields (formunit, fieldwords, readingfield, readingnames), words that name no unit
(notaunit), the year (years, citedyear), and the signs of the genre in a text whose page
lost its title (genresigns, evaluationoutcome).
"""
