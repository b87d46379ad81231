"""``govkg ingest``: a new report in, a cited draft seed out (every fact marked extracted).

text        the report's text as cited, and its figures as written (reading, textview…)
document    which report it is: genre, unit, fiscal year, date (the ``report-title`` rule)
kinds       every amount of money, its kind and its stated share, or listed unread
tables      money in tables flattened to text (三公 tables too)
threepublic “三公”经费 notes: their words, signs and the kinds of their items
lines       expenditure lines and their tree
entities    units and systems named, staffing, indicators, events
facts       what the rules find, each citing its span
limits      the caps on a report's size, density and names, and the checks
extract     runs every rule over one text, within the caps
resolve     names met with the seed they join, within their scope
held, heldnames   the index of what a seed directory holds, a new draft is checked against
drafts      the facts as seed records, and their review
write       a draft checked on its own and against that index, then written atomically
batch       many files and folders: extraction in worker processes, writes in order
summary, progress   what a run did, file by file; a progress bar on a terminal (rich)
score       precision and recall of a draft against curated facts
corpus      a draft against a real text's hand-checked expectations (the real corpus)

The folders import one way: text, then threepublic and entities, then document and kinds,
then lines, tables and drafts (tests/test_layers.py).
"""
